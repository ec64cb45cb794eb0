package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standard GeoNames dump format, plain and zipped, without ../shared. */
class GazetteerFormatsTest {
    // geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1..4, population, elevation, dem, tz, modified
    private static final String ROWS = String.join("\n",
            "99039\tAl Musayyib\tAl Musayyib\tAl Musayyib,Musaiyib,المسيب,مسيب\t32.77872\t44.29005\tP\tPPLA2\tIQ\t\t06\t\t\t\t121000\t\t33\tAsia/Baghdad\t2016-06-22",
            "1\tNowhere\tNowhere\tNowhere,Nowhereville\t10.0\t10.0\tP\tPPL\tXX\t\t01\t\t\t\t20000\t\t1\tUTC\t2020-01-01",
            "2\tKurdish only\tKurdish only\tگوندی,ڕانیە\t36.0\t44.0\tP\tPPL\tIQ\t\t03\t\t\t\t20000\t\t1\tUTC\t2020-01-01") + "\n";

    @Test
    void readsPlainAndZippedDumps_keepingOnlyStandardArabicNames(@TempDir Path tmp) throws Exception {
        Path plain = tmp.resolve("cities15000.txt");
        Files.writeString(plain, ROWS, StandardCharsets.UTF_8);
        Gazetteer g = Gazetteer.empty();
        assertThat(g.importFile(plain)).isEqualTo(1);
        assertThat(g.rows()).singleElement().satisfies(r -> {
            assertThat(r.geonameId()).isEqualTo(99039);
            assertThat(r.names()).containsExactly("المسيب", "مسيب");
            assertThat(r.country()).isEqualTo("IQ");
            assertThat(r.kind()).isEqualTo("city");
        });

        Path zip = tmp.resolve("cities15000.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("not data".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("cities15000.txt"));
            z.write(ROWS.getBytes(StandardCharsets.UTF_8));
        }
        Gazetteer h = Gazetteer.empty();
        assertThat(h.importFile(zip)).isEqualTo(1);
        h.save(tmp.resolve("gz"));
        assertThat(Gazetteer.load(tmp.resolve("gz")).size()).isEqualTo(1);
        assertThat(Gazetteer.load(tmp.resolve("none"))).isNull();
    }
}
