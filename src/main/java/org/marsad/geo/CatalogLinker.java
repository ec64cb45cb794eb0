package org.marsad.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.model.ArticleText;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.NamedMention;

/**
 * Links names to the catalog (and the imported gazetteer): the recognizer's names plus every catalog
 * name found by a longest-match scan of title and text, resolved by document context, with nominal
 * mentions (التنظيم المتطرف, الوزير العراقي) joined to the actor named before. Immutable and thread-safe.
 */
public final class CatalogLinker implements EntityLinker {
    private static final Map<String, Catalog> BY_GAZETTEER = new ConcurrentHashMap<>();

    private final Catalog catalog;
    private final DictionaryMatcher matcher;

    public CatalogLinker(Catalog catalog) {
        this.catalog = catalog;
        this.matcher = new DictionaryMatcher(catalog.index());
    }

    /**
     * The linker the standard pipeline uses: the built-in catalog, plus the gazetteer imported into the
     * data directory ({@code marsad.data} property, {@code MARSAD_DATA}, else {@code ./marsad-data}) when present.
     */
    public static CatalogLinker standard() {
        return new CatalogLinker(catalogFor(defaultDataDir()));
    }

    public static Path defaultDataDir() {
        String p = System.getProperty("marsad.data");
        if (p == null || p.isBlank()) p = System.getenv("MARSAD_DATA");
        return Path.of(p == null || p.isBlank() ? "marsad-data" : p);
    }

    /** The built-in catalog with the gazetteer of {@code dataDir} when one was imported there (cached). */
    public static Catalog catalogFor(Path dataDir) {
        Path folder = Gazetteer.folder(dataDir).toAbsolutePath().normalize();
        if (!Files.exists(folder.resolve(Gazetteer.PLACES))) return Catalog.builtIn();
        try {
            String key = folder + "@" + Files.getLastModifiedTime(folder.resolve(Gazetteer.PLACES)).toMillis();
            return BY_GAZETTEER.computeIfAbsent(key, k -> {
                try {
                    return Catalog.withGazetteer(Gazetteer.load(folder));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    @Override
    public List<Entity> link(ArticleText article, List<NamedMention> names) {
        List<WordUnits> fields = new ArrayList<>(2);
        fields.add(WordUnits.of(Field.TITLE, article.title(), article.titleTokens()));
        fields.add(WordUnits.of(Field.TEXT, article.text(), article.tokens()));
        DocumentContext ctx = new DocumentContext();
        List<List<List<DictionaryMatcher.Hit>>> hits = new ArrayList<>(2);
        for (WordUnits u : fields) {
            List<List<DictionaryMatcher.Hit>> h = matcher.hits(u);
            hits.add(h);
            for (DictionaryMatcher.Match m : DictionaryMatcher.scan(u, h, ctx::strongOnly)) ctx.noteStrong(m);
            ctx.noteNisbas(u);
        }
        List<Found> found = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            WordUnits u = fields.get(f);
            for (DictionaryMatcher.Match m : DictionaryMatcher.scan(u, hits.get(f), ctx::gate)) {
                found.add(new Found(u, m.from(), m.to(), m.start(), m.end(), null, m.aliases(), null));
            }
        }
        found = mergeRecognized(found, names, fields, ctx);
        found.sort(Found.ORDER);
        Resolver.resolve(found, ctx);
        List<Found> nominals = Coreference.nominalMentions(fields, found);
        found.addAll(nominals);
        found.sort(Found.ORDER);
        return EntityBuilder.build(found);
    }

    /**
     * Adds the recognizer's names. A name that is not a catalog match is looked up whole (clitics set
     * aside) and kept unlinked when unknown. Where it overlaps catalog matches, the catalog wins, except
     * that an organisation (or other non-person name) with more words than the catalog matches inside it
     * replaces them (جامعة بغداد), and a person name with a catalog match at its edge is cut to the rest
     * (a tagger's بكندا لاري فانس becomes كندا and لاري فانس).
     */
    private List<Found> mergeRecognized(List<Found> found, List<NamedMention> names, List<WordUnits> fields, DocumentContext ctx) {
        if (names.isEmpty()) return found;
        List<Found> out = new ArrayList<>(found);
        for (NamedMention nm : names) {
            var m = nm.mention();
            WordUnits u = m.in() == Field.TITLE ? fields.get(0) : fields.get(1);
            int a = u.wordAt(m.start()), b = a;
            while (b < u.size && u.start[b] < m.end()) b++;
            if (b <= a || b == a + 1 && DictionaryMatcher.financial(u, a)) continue;
            List<Found> overlapping = new ArrayList<>();
            int c = Integer.MAX_VALUE, d = -1;
            boolean inside = true, sameType = false;
            for (Found f : out) {
                if (f.units() != u || f.to() <= a || f.from() >= b) continue;
                overlapping.add(f);
                c = Math.min(c, f.from());
                d = Math.max(d, f.to());
                if (f.from() < a || f.to() > b) inside = false;
                if (typeOf(f) == nm.type()) sameType = true;
            }
            if (overlapping.isEmpty()) {
                out.add(lookUp(u, a, b, nm.type(), ctx, m.start(), m.end()));
            } else if (!sameType && inside && nm.type() != EntityType.PER && b - a > d - c) {
                out.removeAll(overlapping);
                out.add(lookUp(u, a, b, nm.type(), ctx, m.start(), m.end()));
            } else if (!sameType && inside && nm.type() == EntityType.PER && overlapping.size() == 1 && (c == a) != (d == b)) {
                int from = c == a ? d : a, to = c == a ? b : c;
                if (to > from) {
                    out.add(lookUp(u, from, to, nm.type(), ctx, from == a ? m.start() : u.start[from], to == b ? m.end() : u.end[to - 1]));
                }
            }
        }
        return out;
    }

    private static EntityType typeOf(Found f) {
        return f.aliases() == null || f.aliases().isEmpty() ? f.nerType() : f.aliases().get(0).entry().type();
    }

    /** The recognizer's name at words [from, to) linked when the catalog has it whole, else unlinked at [start, end). */
    private Found lookUp(WordUnits u, int from, int to, EntityType type, DocumentContext ctx, int start, int end) {
        StringBuilder rest = new StringBuilder();
        for (int k = from + 1; k < to; k++) rest.append(' ').append(u.norm[k]);
        for (WordUnits.Reading r : u.readings(from)) {
            List<Alias> aliases = catalog.index().get(r.form() + rest);
            // the recognizer's word that this is a place stands in for the context a one-word or weak place name needs
            List<Alias> allowed = aliases.isEmpty() || type == EntityType.LOC ? aliases : ctx.gate(u, from, to, r.prefix(), aliases);
            List<Alias> typed = new ArrayList<>();
            for (Alias a : allowed) if (a.entry().type() == type) typed.add(a);
            if (!typed.isEmpty()) {
                return new Found(u, from, to, u.startAfter(from, r.prefix()), u.end[to - 1], type, typed, null);
            }
        }
        if (type == EntityType.LOC) {
            // a recognized place written with or without the article: الكعيدنة / كعيدنة
            String first = u.norm[from];
            String other = first.startsWith("ال") && first.length() > 4 ? first.substring(2) : "ال" + first;
            List<Alias> aliases = catalog.index().get(other + rest);
            List<Alias> typed = new ArrayList<>();
            for (Alias a : aliases) if (a.entry().type() == type) typed.add(a);
            if (!typed.isEmpty()) return new Found(u, from, to, start, end, type, typed, null);
        }
        return new Found(u, from, to, start, end, type, List.of(), null);
    }

    /** What the first pass learnt about the document: countries in focus and entries named unambiguously. */
    static final class DocumentContext {
        private static final Set<String> PLACE_WORDS = Set.of("مدينه", "بلده", "محافظه", "ولايه", "قريه", "منطقه", "اقليم",
                "مخيم", "ناحيه", "قضاء", "مطار", "ميناء", "جزيره", "قاعده", "مدينتي", "بلدتي", "حي", "معبر", "معتمديه");
        private static final Set<String> COUNTRY_WORDS = Set.of("في", "الي", "شمال", "جنوب", "شرق", "غرب", "وسط", "دوله", "جمهوريه");

        final Map<String, Integer> focus = new HashMap<>();
        final Set<String> strong = new HashSet<>();
        final Map<String, Integer> resolvedSoFar = new HashMap<>();
        private final Set<String> ambiguous = new HashSet<>();

        List<Alias> strongOnly(WordUnits u, int from, int to, int prefix, List<Alias> aliases) {
            List<Alias> out = new ArrayList<>(aliases.size());
            for (Alias a : aliases) if (a.plain()) out.add(a);
            if (out.size() < aliases.size()) ambiguous.add(u.field + ":" + from);
            return out;
        }

        /** Notes a first-pass match: a name with other readings does not count towards the focus. */
        void noteStrong(DictionaryMatcher.Match m) {
            if (ambiguous.contains(m.units().field + ":" + m.from())) return;
            Set<String> countries = new HashSet<>();
            for (Alias a : m.aliases()) {
                String c = a.entry().country();
                if (c != null && !c.equals("XX")) countries.add(c);
            }
            if (countries.size() == 1) focus.merge(countries.iterator().next(), 1, Integer::sum);
            if (m.aliases().size() == 1) strong.add(m.aliases().get(0).entry().id());
        }

        /**
         * A nationality adjective puts its country in focus too (نظيره الأردني ... القاهرة وعمان → Amman, not
         * Oman): news names the parties' countries by nisba at least as often as by name.
         */
        void noteNisbas(WordUnits u) {
            for (int i = 0; i < u.size; i++) {
                String c = Nisba.countryOfWord(u.norm[i]);
                if (c != null) focus.merge(c, 1, Integer::sum);
            }
        }

        List<Alias> gate(WordUnits u, int from, int to, int prefix, List<Alias> aliases) {
            List<Alias> out = new ArrayList<>(aliases.size());
            for (Alias a : aliases) {
                if (a.plain()
                        || a.context() != null && focus.containsKey(a.context())
                        || a.weak() && (strong.contains(a.entry().id()) || triggered(u, from, a.entry()))) {
                    out.add(a);
                }
            }
            return out;
        }

        private static boolean triggered(WordUnits u, int i, CatalogEntry e) {
            if (i == 0 || u.breakBefore[i] || e.type() != EntityType.LOC) return false;
            for (WordUnits.Reading r : u.readings(i - 1)) {
                if (PLACE_WORDS.contains(r.form())) return true;
                if ("country".equals(e.kind()) && COUNTRY_WORDS.contains(r.form())) return true;
            }
            return false;
        }

        double focusBonus(String country) {
            Integer n = country == null ? null : focus.get(country);
            if (n == null) return 0;
            return n >= 3 ? 2.0 : 1.5;
        }
    }
}
