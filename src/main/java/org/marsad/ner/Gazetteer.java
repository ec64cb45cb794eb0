package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.marsad.text.ArabicNormalizer;

/**
 * Name lists by type (PERS, LOC, ORG, MISC), kept as hashes of normalized token sequences so that the model
 * file stays small and matching allocates nothing. Built at training time from ANERGazet and the GeoNames
 * Arabic tables, then stored inside the model.
 */
final class Gazetteer {
    static final int MAX_TOKENS = 6;
    private static final int PREFIX_BIT = 1 << 16;
    /** phrase hash -> bits: 1 << type for a full name, PREFIX_BIT when a longer name continues. */
    final LongIntMap phrases;

    Gazetteer(LongIntMap phrases) {
        this.phrases = phrases;
    }

    static Gazetteer empty() {
        return new Gazetteer(new LongIntMap(16));
    }

    /** Adds a name of the given type index (into {@link Labels#TYPES}). */
    void add(String name, int type) {
        String[] parts = ArabicNormalizer.normalizeForMatching(name).strip().split("\\s+");
        if (parts.length == 0 || parts.length > MAX_TOKENS || parts[0].isEmpty()) return;
        long h = 0;
        for (int i = 0; i < parts.length; i++) {
            h = extend(h, Hashing.of(parts[i]));
            int old = phrases.get(h, 0);
            phrases.put(h, old | (i == parts.length - 1 ? 1 << type : PREFIX_BIT));
        }
    }

    static long extend(long phrase, long token) {
        long h = Hashing.mix(phrase * 0x100000001b3L + token);
        return h == 0 ? 1 : h;
    }

    /**
     * What the gazetteer holds for the one-token phrase of a word read whole, then of each of its readings
     * without proclitics (0 = nothing or no reading): a property of the word alone, so it can be kept with it.
     */
    int[] firstValues(long tokenHash, long[] firstHashes) {
        int[] v = new int[1 + firstHashes.length];
        for (int alt = -1; alt < firstHashes.length; alt++) {
            long first = alt < 0 ? tokenHash : firstHashes[alt];
            if (first != 0) v[alt + 1] = phrases.get(extend(0, first), 0);
        }
        return v;
    }

    /**
     * Marks matches in a sentence. {@code tokenHashes[i]} are hashes of the normalized tokens and
     * {@code firstHashes[i]} alternative hashes of token i with proclitics set aside (0 when none).
     * Result bits per token: for type t, bit 2t = the name starts here, bit 2t+1 = inside a name.
     * The longest name starting at each token wins. {@code firstValues[i]}: token i's {@link #firstValues}.
     */
    int[] match(long[] tokenHashes, long[][] firstHashes, int[][] firstValues, int n) {
        int[] bits = new int[n];
        if (phrases.size() == 0) return bits;
        for (int i = 0; i < n; i++) {
            int bestLen = 0, bestTypes = 0;
            for (int alt = -1; alt < firstHashes[i].length; alt++) {
                long first = alt < 0 ? tokenHashes[i] : firstHashes[i][alt];
                if (first == 0) continue;
                long h = extend(0, first);
                int v = firstValues[i][alt + 1];
                for (int j = i; v != 0; ) {
                    int types = v & 0xFF;
                    if (types != 0 && j - i + 1 > bestLen) {
                        bestLen = j - i + 1;
                        bestTypes = types;
                    }
                    if ((v & PREFIX_BIT) == 0) break;
                    if (++j >= n || j - i >= MAX_TOKENS) break;
                    h = extend(h, tokenHashes[j]);
                    v = phrases.get(h, 0);
                }
            }
            for (int t = 0; t < 4; t++) {
                if ((bestTypes & (1 << t)) == 0) continue;
                bits[i] |= 1 << (2 * t);
                for (int j = i + 1; j < i + bestLen; j++) bits[j] |= 1 << (2 * t + 1);
            }
        }
        return bits;
    }

    /** Builds the gazetteer from {@code shared/data}: ANERGazet (all three lists) and GeoNames Arabic place names. */
    static Gazetteer build(Path data) throws IOException {
        Gazetteer g = new Gazetteer(new LongIntMap(1 << 16));
        int pers = Labels.TYPES.indexOf("PERS"), loc = Labels.TYPES.indexOf("LOC"), org = Labels.TYPES.indexOf("ORG");
        Path anergazet = data.resolve("anergazet");
        for (String line : Files.readAllLines(anergazet.resolve("ANERGazet_locations.txt"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("====") && !line.startsWith("****") && !line.isBlank()) g.add(line, loc);
        }
        for (String line : Files.readAllLines(anergazet.resolve("ANERGazet_organizations.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) g.add(line, org);
        }
        for (String line : Files.readAllLines(anergazet.resolve("ANERGazet_persons.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) g.add(line, pers);
        }
        Path geo = data.resolve("geonames-ar");
        addColumns(g, geo.resolve("countries_ar.tsv"), loc, List.of("name_ar_geonames", "name_ar_isocodes", "official_name_ar_isocodes"));
        addColumns(g, geo.resolve("admin1_ar.tsv"), loc, List.of("name_ar"));
        addColumns(g, geo.resolve("cities15000_ar.tsv.gz"), loc, List.of("name_ar", "admin1_name_ar", "alt_arabic_letters_only"));
        if (CATALOG) addCatalog(g);
        return g;
    }

    /** {@code -Dmarsad.ner.noCatalog=true} leaves the project catalog out, for ablations. */
    private static final boolean CATALOG = !Boolean.getBoolean("marsad.ner.noCatalog");
    /** The project's own catalog of countries, places, organizations and people (read as a file, not through geo). */
    static final String CATALOG_RESOURCE = "/org/marsad/geo/catalog.tsv";

    /**
     * {@code -Dmarsad.ner.catalog=FILE} reads the catalog names from that file instead of the built-in catalog: the
     * shipped model was trained with the catalog of an earlier commit (docs/ner-model-card.md, "How it was built").
     */
    private static final String CATALOG_FILE = System.getProperty("marsad.ner.catalog");

    /** Adds the Arabic names of the project catalog: PER as PERS, ORG as ORG, LOC as LOC; weak aliases (~) too. */
    static void addCatalog(Gazetteer g) throws IOException {
        var in = CATALOG_FILE != null ? Files.newInputStream(Path.of(CATALOG_FILE)) : Gazetteer.class.getResourceAsStream(CATALOG_RESOURCE);
        if (in == null) throw new IOException("catalog resource missing: " + CATALOG_RESOURCE);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int typeCol = -1, namesCol = -1;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#id\t") || line.startsWith("id\t")) {
                    List<String> header = List.of(line.replaceFirst("^#", "").split("\t", -1));
                    typeCol = header.indexOf("type");
                    namesCol = header.indexOf("names");
                    continue;
                }
                if (line.isBlank() || line.startsWith("#") || typeCol < 0 || namesCol < 0) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length <= Math.max(typeCol, namesCol)) continue;
                int type = switch (cols[typeCol]) {
                    case "PER" -> Labels.TYPES.indexOf("PERS");
                    case "ORG" -> Labels.TYPES.indexOf("ORG");
                    case "LOC" -> Labels.TYPES.indexOf("LOC");
                    default -> -1;
                };
                if (type < 0) continue;
                for (String name : cols[namesCol].split("\\|")) {
                    String n = name.startsWith("~") ? name.substring(1) : name;
                    if (isArabic(n)) g.add(n, type);
                }
            }
        }
    }

    private static void addColumns(Gazetteer g, Path file, int type, List<String> columns) throws IOException {
        var in = Files.newInputStream(file);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
            List<String> header = List.of(r.readLine().split("\t", -1));
            int[] idx = columns.stream().mapToInt(header::indexOf).toArray();
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.split("\t", -1);
                for (int c : idx) {
                    if (c < 0 || c >= cols.length) continue;
                    for (String name : cols[c].split("\\|")) {
                        if (isArabic(name)) g.add(name, type);
                    }
                }
            }
        }
    }

    private static boolean isArabic(String s) {
        if (s.isBlank()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && (c < '\u0600' || c > '\u06FF') && c != '\u200E' && c != '\u200F') return false;
        }
        return true;
    }
}
