package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.geo.CatalogLinker;
import org.marsad.geo.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read GeoNames files into the local index (merged with what is there): standard dumps such as",
                "cities15000.txt (plain, .gz or .zip; Arabic names from the alternatenames column), and the",
                "derived tables of shared/data/geonames-ar (cities15000_ar.tsv.gz, admin1_ar.tsv)."})
final class GazetteerImportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "GeoNames files to import.")
    List<Path> files;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default ./marsad-data, or MARSAD_DATA); the index goes to DIR/gazetteer.")
    Path data;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path folder = Gazetteer.folder(data != null ? data : CatalogLinker.defaultDataDir());
        Gazetteer g = Gazetteer.load(folder);
        if (g == null) g = Gazetteer.empty();
        var out = spec.commandLine().getOut();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                spec.commandLine().getErr().println("marsad: not a file: " + f);
                return Main.EXIT_USAGE;
            }
            int n = g.importFile(f);
            out.printf("%s: %,d rows read%n", f, n);
        }
        g.save(folder);
        out.printf("gazetteer %s: %,d places with Arabic names, %,d admin-1 names%n", folder, g.size(), g.admin1Size());
        out.flush();
        return Main.EXIT_OK;
    }
}
