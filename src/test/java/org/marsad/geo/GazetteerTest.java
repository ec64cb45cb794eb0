package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;

/** Imports the GeoNames-based tables of ../shared/data/geonames-ar and links a place only the gazetteer knows. */
class GazetteerTest {
    private static final Path DATA = Path.of("../shared/data/geonames-ar");

    @Test
    void importsDerivedAndStandardDumps_andLinksGazetteerPlaces(@TempDir Path tmp) throws Exception {
        Path derived = DATA.resolve("cities15000_ar.tsv.gz");
        Path standard = DATA.resolve("cities15000.txt.gz");
        Path admin1 = DATA.resolve("admin1_ar.tsv");
        Assumptions.assumeTrue(Files.exists(derived) && Files.exists(standard) && Files.exists(admin1),
                "../shared/data/geonames-ar absent: skipping the gazetteer import test");
        Gazetteer g = Gazetteer.empty();
        assertThat(g.importFile(admin1)).isGreaterThan(600);
        assertThat(g.importFile(derived)).isGreaterThan(8000);
        int before = g.size();
        assertThat(g.importFile(standard)).isGreaterThan(8000);
        assertThat(g.size()).isBetween(before, before + 500); // the same places: names merged, not duplicated
        Path folder = Gazetteer.folder(tmp);
        g.save(folder);
        Gazetteer loaded = Gazetteer.load(folder);
        assertThat(loaded.size()).isEqualTo(g.size());

        CatalogLinker linker = new CatalogLinker(CatalogLinker.catalogFor(tmp));
        assertThat(linker.catalog().size()).isGreaterThan(Catalog.builtIn().size());
        String text = "قالت الشرطة العراقية إن انفجارا وقع في المسيب شمال الحلة، وآخر في الموصل في العراق.";
        Article article = new Article(new SourceRef(null, null, SourceFormat.TEXT), null, text, null, "ar", List.of(), List.of(), text);
        List<Entity> es = linker.link(Pipeline.builder().build().prepare(article), List.of());
        Entity tk = es.stream().filter(e -> e.mentions().get(0).text().equals("المسيب")).findFirst().orElseThrow();
        assertThat(tk.kb()).isEqualTo("geonames:99039");
        assertThat(tk.geo().country()).isEqualTo("IQ");
        assertThat(Distance.km(tk.geo().lat(), tk.geo().lon(), 32.78, 44.29)).isLessThan(5);
        // the catalog keeps its own entry for a place both know
        Entity mosul = es.stream().filter(e -> "Mosul".equals(e.nameEn())).findFirst().orElseThrow();
        assertThat(mosul.kb()).startsWith("marsad:");
    }

    @Test
    void pipelineWorksWithoutAnyGazetteer(@TempDir Path tmp) {
        assertThat(CatalogLinker.catalogFor(tmp)).isSameAs(Catalog.builtIn());
    }
}
