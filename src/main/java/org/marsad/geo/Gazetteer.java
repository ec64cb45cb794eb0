package org.marsad.geo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A local place index built from GeoNames dumps: one gzipped TSV ({@code places.tsv.gz}) of places that
 * have Arabic names, plus admin-1 names ({@code admin1.tsv.gz}), in {@code <data>/gazetteer}.
 *
 * <p>Reads the standard 19-column GeoNames format ({@code cities15000.txt}, plain, {@code .gz} or
 * {@code .zip}; Arabic forms come from the alternatenames column), the derived
 * {@code cities15000_ar.tsv.gz} table and the {@code admin1_ar.tsv} table of {@code shared/data/geonames-ar}.
 */
public final class Gazetteer {
    static final String PLACES = "places.tsv.gz";
    static final String ADMIN1 = "admin1.tsv.gz";

    /** One place: Arabic names first-preferred; {@code admin1} a name when known, else the GeoNames code. */
    public record Row(long geonameId, String nameEn, String country, String admin1, String kind, double lat, double lon,
                      long population, List<String> names) {
    }

    private final Map<Long, Row> rows;
    private final Map<String, String> admin1Names;

    private Gazetteer(Map<Long, Row> rows, Map<String, String> admin1Names) {
        this.rows = rows;
        this.admin1Names = admin1Names;
    }

    public static Gazetteer empty() {
        return new Gazetteer(new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** The gazetteer folder of a data directory. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("gazetteer");
    }

    /** Loads the index in {@code folder}, or null when none was imported there. */
    public static Gazetteer load(Path folder) throws IOException {
        Path places = folder.resolve(PLACES);
        if (!Files.exists(places)) return null;
        Gazetteer g = empty();
        Path admin1 = folder.resolve(ADMIN1);
        if (Files.exists(admin1)) {
            try (BufferedReader r = gzReader(admin1)) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    if (f.length >= 2) g.admin1Names.put(f[0], f[1]);
                }
            }
        }
        try (BufferedReader r = gzReader(places)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 9) continue;
                g.put(new Row(Long.parseLong(f[0]), f[1], f[2], f[3], f[4], Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                        Long.parseLong(f[7]), List.of(f[8].split("\\|"))));
            }
        }
        return g;
    }

    /** Writes the index into {@code folder}. */
    public void save(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path tmp = folder.resolve(PLACES + ".tmp");
        try (BufferedWriter w = gzWriter(tmp)) {
            for (Row row : rows.values()) {
                w.write(row.geonameId() + "\t" + clean(row.nameEn()) + "\t" + row.country() + "\t" + clean(row.admin1() == null ? "" : row.admin1())
                        + "\t" + row.kind() + "\t" + row.lat() + "\t" + row.lon() + "\t" + row.population() + "\t"
                        + String.join("|", row.names()) + "\n");
            }
        }
        Files.move(tmp, folder.resolve(PLACES), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (BufferedWriter w = gzWriter(folder.resolve(ADMIN1))) {
            for (var e : admin1Names.entrySet()) w.write(e.getKey() + "\t" + clean(e.getValue()) + "\n");
        }
    }

    public int size() {
        return rows.size();
    }

    public int admin1Size() {
        return admin1Names.size();
    }

    /** Rows with admin-1 codes replaced by their Arabic names where known. */
    List<Row> rows() {
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            String a = r.admin1();
            String name = a == null ? null : admin1Names.get(r.country() + "." + a);
            out.add(name == null ? r : new Row(r.geonameId(), r.nameEn(), r.country(), name, r.kind(), r.lat(), r.lon(), r.population(), r.names()));
        }
        return out;
    }

    /**
     * Reads one GeoNames file into this gazetteer (merging names of places already present) and returns
     * how many rows it took.
     */
    public int importFile(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = raw;
            if (name.endsWith(".gz")) in = new GZIPInputStream(raw, 1 << 16);
            if (name.endsWith(".zip")) {
                ZipInputStream zip = new ZipInputStream(raw);
                int n = 0;
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    if (!e.isDirectory() && e.getName().endsWith(".txt") && !e.getName().toLowerCase(java.util.Locale.ROOT).contains("readme")) {
                        n += importLines(new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8)));
                    }
                }
                return n;
            }
            return importLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
        }
    }

    private int importLines(BufferedReader r) throws IOException {
        String first = r.readLine();
        if (first == null) return 0;
        String[] header = first.split("\t", -1);
        if (header.length >= 4 && header[0].equals("admin1_code")) return importAdmin1(r);
        if (header.length >= 12 && header[0].equals("geonameid") && header[1].equals("name")) return importDerived(r, header);
        int n = importStandard(first) ? 1 : 0;
        String line;
        while ((line = r.readLine()) != null) if (importStandard(line)) n++;
        return n;
    }

    /** Standard GeoNames: geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1..4, population, ... */
    private boolean importStandard(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || f[0].isEmpty() || !Character.isDigit(f[0].charAt(0))) return false;
        Set<String> names = new LinkedHashSet<>();
        for (String alt : f[3].split(",")) addArabic(names, alt);
        if (names.isEmpty()) return false;
        merge(new Row(Long.parseLong(f[0]), f[1], f[8], f[10], kind(f[6], f[7]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                parseLong(f[14]), List.copyOf(names)));
        return true;
    }

    /** The derived {@code cities15000_ar.tsv.gz}: columns named in its header. */
    private int importDerived(BufferedReader r, String[] header) throws IOException {
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.length; i++) col.put(header[i], i);
        int n = 0;
        String line;
        while ((line = r.readLine()) != null) {
            String[] f = line.split("\t", -1);
            if (f.length < header.length) continue;
            Set<String> names = new LinkedHashSet<>();
            addArabic(names, f[col.get("name_ar")]);
            Integer alt = col.get("alt_arabic_letters_only");
            if (alt != null) for (String a : f[alt].split("\\|")) addArabic(names, a);
            if (names.isEmpty()) continue;
            String cc = f[col.get("country_code")];
            Integer adminName = col.get("admin1_name_ar");
            String admin1 = adminName != null && !f[adminName].isBlank() ? f[adminName] : f[col.get("admin1_code")];
            merge(new Row(Long.parseLong(f[col.get("geonameid")]), f[col.get("name")], cc, admin1,
                    kind(f[col.get("feature_class")], f[col.get("feature_code")]), Double.parseDouble(f[col.get("latitude")]),
                    Double.parseDouble(f[col.get("longitude")]), parseLong(f[col.get("population")]), List.copyOf(names)));
            n++;
        }
        return n;
    }

    private int importAdmin1(BufferedReader r) throws IOException {
        int n = 0;
        String line;
        while ((line = r.readLine()) != null) {
            String[] f = line.split("\t", -1);
            if (f.length >= 4 && !f[3].isBlank()) {
                admin1Names.put(f[0], stripMarks(f[3]));
                n++;
            }
        }
        return n;
    }

    private void put(Row row) {
        rows.put(row.geonameId(), row);
    }

    private void merge(Row row) {
        Row old = rows.get(row.geonameId());
        if (old == null) {
            rows.put(row.geonameId(), row);
            return;
        }
        Set<String> names = new LinkedHashSet<>(old.names());
        names.addAll(row.names());
        String admin1 = old.admin1() != null && Catalog.isArabic(old.admin1()) ? old.admin1() : row.admin1();
        rows.put(row.geonameId(), new Row(old.geonameId(), old.nameEn(), old.country(), admin1, old.kind(), old.lat(), old.lon(),
                Math.max(old.population(), row.population()), List.copyOf(names)));
    }

    /** Keeps names written in standard Arabic letters only (Persian, Kurdish and Urdu forms are left out). */
    private static void addArabic(Set<String> names, String raw) {
        String s = stripMarks(raw).trim();
        if (s.isEmpty()) return;
        boolean arabic = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') continue;
            if (c >= '\u0621' && c <= '\u064A' || c >= '\u064B' && c <= '\u0652') {
                arabic = true;
            } else {
                return;
            }
        }
        if (arabic) names.add(s);
    }

    private static String stripMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\u200E' && c != '\u200F' && c != '|' && c != '\t') b.append(c);
        }
        return b.toString();
    }

    static String kind(String featureClass, String featureCode) {
        if ("P".equals(featureClass)) return "city";
        if ("ADM1".equals(featureCode)) return "admin1";
        if ("PCLI".equals(featureCode)) return "country";
        return "other";
    }

    private static long parseLong(String s) {
        try {
            return s.isBlank() ? 0 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    private static BufferedReader gzReader(Path p) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p), 1 << 16), StandardCharsets.UTF_8));
    }

    private static BufferedWriter gzWriter(Path p) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(p)), StandardCharsets.UTF_8));
    }
}
