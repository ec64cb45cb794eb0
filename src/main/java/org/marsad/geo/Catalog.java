package org.marsad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.text.ArabicNormalizer;

/**
 * The entries the linker knows: the built-in catalog ({@code catalog.tsv}, written by the project) and,
 * when imported, a GeoNames gazetteer. Immutable after construction.
 */
public final class Catalog {
    private static final String RESOURCE = "catalog.tsv";
    private static final String COMMON_WORDS = "common-words.txt";
    private static volatile Catalog builtIn;

    private final List<CatalogEntry> entries;
    private final NameIndex index;

    private Catalog(List<CatalogEntry> entries, NameIndex index) {
        this.entries = List.copyOf(entries);
        this.index = index;
    }

    /** The built-in catalog alone (loaded once). */
    public static Catalog builtIn() {
        Catalog c = builtIn;
        if (c == null) {
            synchronized (Catalog.class) {
                if (builtIn == null) builtIn = load(List.of());
                c = builtIn;
            }
        }
        return c;
    }

    /** The built-in catalog plus gazetteer entries. */
    public static Catalog withGazetteer(Gazetteer gazetteer) {
        return load(gazetteer.rows());
    }

    public int size() {
        return entries.size();
    }

    List<CatalogEntry> entries() {
        return entries;
    }

    NameIndex index() {
        return index;
    }

    private static Catalog load(List<Gazetteer.Row> gazetteerRows) {
        List<CatalogEntry> entries = new ArrayList<>();
        NameIndex index = new NameIndex();
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("catalog resource missing: " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                readCatalogLine(line, entries, index);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> common = gazetteerRows.isEmpty() ? Set.of() : commonWords();
        for (Gazetteer.Row row : gazetteerRows) readGazetteerRow(row, entries, index, common);
        return new Catalog(entries, index);
    }

    private static void readCatalogLine(String line, List<CatalogEntry> entries, NameIndex index) {
        String[] f = line.split("\t", -1);
        if (f.length < 10) throw new IllegalStateException("bad catalog line: " + line);
        String role = null;
        Set<String> classes = new LinkedHashSet<>();
        if (f.length > 10 && !f[10].isBlank()) {
            for (String kv : f[10].split(";")) {
                int eq = kv.indexOf('=');
                if (eq < 0) continue;
                String k = kv.substring(0, eq).trim(), v = kv.substring(eq + 1).trim();
                if (k.equals("role")) role = v;
                if (k.equals("class")) {
                    for (String c : v.split("\\|")) if (!c.isBlank()) classes.add(ArabicNormalizer.normalizeForMatching(c.trim()));
                }
            }
        }
        List<String> rawNames = List.of(f[9].split("\\|"));
        String nameAr = null;
        for (String n : rawNames) {
            String bare = bare(n);
            if (isArabic(bare)) {
                nameAr = bare;
                break;
            }
        }
        CatalogEntry e = new CatalogEntry(f[0], EntityType.valueOf(f[1]), f[2], emptyToNull(f[3]), emptyToNull(f[4]),
                emptyToNull(f[5]), parse(f[6]), parse(f[7]), f[8], nameAr == null ? f[8] : nameAr, role,
                Collections.unmodifiableSet(classes), false, 0);
        for (String n : rawNames) {
            if (n.isBlank()) continue;
            boolean weak = n.startsWith("~");
            String context = null;
            String name = weak ? n.substring(1) : n;
            int at = name.lastIndexOf('@');
            if (at > 0) {
                context = name.substring(at + 1);
                name = name.substring(0, at);
            }
            index.add(name, new Alias(e, weak, context));
        }
        entries.add(e);
    }

    /**
     * Gazetteer places: names of several words, or of a city of a million or more, are plain aliases;
     * a one-word name of a smaller place may be a common word, so it counts only when its country is in
     * the document's focus. A gazetteer place that the catalog already has (same name, same country,
     * within 30 km) lends its names to the catalog entry instead of becoming a second entry.
     */
    private static void readGazetteerRow(Gazetteer.Row row, List<CatalogEntry> entries, NameIndex index, Set<String> common) {
        if (row.names().isEmpty()) return;
        CatalogEntry target = null;
        for (String n : row.names()) {
            for (Alias a : index.get(NameKeys.key(n))) {
                CatalogEntry c = a.entry();
                if (!c.fromGazetteer() && c.hasCoordinates() && row.country().equals(c.country())
                        && Distance.km(c.lat(), c.lon(), row.lat(), row.lon()) <= 30) {
                    target = c;
                    break;
                }
            }
            if (target != null) break;
        }
        CatalogEntry e = target != null ? target : new CatalogEntry("geonames:" + row.geonameId(), EntityType.LOC, row.kind(), null,
                row.country(), row.admin1(), row.lat(), row.lon(), row.nameEn(), row.names().get(0), null, Set.of(), true, row.population());
        for (String n : row.names()) {
            List<String> words = NameKeys.words(n);
            if (words.isEmpty() || String.join("", words).length() < 3) continue;
            boolean single = words.size() == 1;
            if (single && common.contains(words.get(0))) continue;
            index.add(n, new Alias(e, false, single && row.population() < 1_000_000 ? row.country() : null));
        }
        if (target == null) entries.add(e);
    }

    /** Normalized common words that GeoNames also gives as names of places (see common-words.txt). */
    static Set<String> commonWords() {
        Set<String> out = new java.util.HashSet<>();
        try (InputStream in = Catalog.class.getResourceAsStream(COMMON_WORDS)) {
            if (in == null) throw new IllegalStateException("resource missing: " + COMMON_WORDS);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.trim();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(ArabicNormalizer.normalizeForMatching(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String bare(String n) {
        String s = n.startsWith("~") ? n.substring(1) : n;
        int at = s.lastIndexOf('@');
        return at > 0 ? s.substring(0, at) : s;
    }

    static boolean isArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') return true;
        }
        return false;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static double parse(String s) {
        return s == null || s.isBlank() ? Double.NaN : Double.parseDouble(s.trim());
    }
}
