package org.marsad.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Mention;
import org.marsad.text.ArabicNormalizer;
import org.marsad.time.WordView;

/** The text mentions of an article's entities, placed on its tokens, for argument filling. */
final class MentionIndex {
    /**
     * One mention on tokens [from, to); {@code prep} is the normalized preposition before it, or ""; {@code joined}
     * when the conjunction و stands right before it (والاتحاد الأوروبي، و روسيا): a conjunct of the party before.
     */
    record Ref(Entity entity, int from, int to, String prep, boolean joined) {
        boolean isAgent() {
            return entity.type() == EntityType.PER || entity.type() == EntityType.ORG;
        }

        boolean isPlace() {
            return entity.type() == EntityType.LOC;
        }
    }

    private final List<Ref> refs = new ArrayList<>();
    /** Every mention, also those inside a title phrase or a name (for looking entities up). */
    private final List<Ref> everyRef = new ArrayList<>();

    MentionIndex(WordView v, List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.in() != Field.TEXT || m.end() <= m.start()) continue;
                int from = v.indexAt(m.start() + 1) - 1;
                int to = v.indexAt(m.end());
                if (from < 0 || to <= from) continue;
                refs.add(new Ref(e, from, to, prepBefore(v, from, m.start()), joined(v, from, m.start())));
            }
        }
        refs.sort(Comparator.comparingInt(Ref::from).thenComparingInt(r -> -(r.to() - r.from())));
        everyRef.addAll(refs);
        refs.removeIf(r -> insideLongerName(r) || insideTitle(v, r));
    }

    /** A mention inside a longer mention of another entity (the place in an organisation's name). */
    private boolean insideLongerName(Ref r) {
        for (Ref o : refs) {
            if (o.from() > r.from()) break;
            if (o != r && o.to() >= r.to() && o.to() - o.from() > r.to() - r.from() && !o.entity().id().equals(r.entity().id())) return true;
        }
        return false;
    }

    /**
     * A place or organisation inside a person's title phrase that ends with the person's name (وزير الدولة
     * البريطاني لشؤون الشرق الأوسط وشمال إفريقيا هاميش فالكونر; سفير السعودية في واشنطن خالد بن سلمان): the
     * phrase is one argument, the person. The phrase starts at the nearest title word before the name, with
     * no clause break, preposition of a party (مع، على، ضد…) or reporting verb in between.
     */
    private boolean insideTitle(WordView v, Ref r) {
        if (r.entity().type() == EntityType.PER) return false;
        Ref person = null;
        for (Ref o : refs) {
            if (o.from() < r.to()) continue;
            if (o.from() > r.to() + 2) break;
            if (o.entity().type() == EntityType.PER) {
                person = o;
                break;
            }
            if (o.entity().type() == EntityType.LOC || o.entity().type() == EntityType.ORG) continue;
            break;
        }
        if (person == null) return false;
        for (int k = r.from(); k >= Math.max(0, person.from() - 12); k--) {
            if (k < r.from() && (v.is(k, Cues.CLAUSE_BREAK) || v.is(k, Cues.REPORT_VERBS) || v.is(k, Cues.SUPPORT_VERBS)
                    || Cues.PARTY_PREPS.contains(v.norm(k)))) return false;
            if (v.is(k, Cues.TITLES)) return true;
        }
        return false;
    }

    /** The preposition governing a mention: a clitic inside its first token, or the word before it. */
    private static String prepBefore(WordView v, int tok, int start) {
        int clitic = start - v.token(tok).start();
        if (clitic > 0) {
            String prefix = ArabicNormalizer.normalizeForMatching(v.text().substring(v.token(tok).start(), start));
            if (prefix.endsWith("ب")) return "ب";
            if (prefix.endsWith("ل")) return "ل";
            if (prefix.endsWith("ك")) return "ك";
        }
        String before = v.norm(tok - 1);
        if (Cues.TARGET_PREPS.contains(before) || Cues.PLACE_PREPS.contains(before)) return before;
        if (before.length() > 1 && (before.charAt(0) == 'و' || before.charAt(0) == 'ف')) {
            String rest = before.substring(1);
            if (Cues.TARGET_PREPS.contains(rest) || Cues.PLACE_PREPS.contains(rest)) return rest;
        }
        return "";
    }

    /** و glued before the mention inside its first token (والاتحاد), or the word before it is و. */
    private static boolean joined(WordView v, int tok, int start) {
        int clitic = start - v.token(tok).start();
        if (clitic > 0) return ArabicNormalizer.normalizeForMatching(v.text().substring(v.token(tok).start(), start)).startsWith("و");
        return v.norm(tok - 1).equals("و");
    }

    /** Mentions starting in tokens [from, to), in text order. */
    List<Ref> in(int from, int to) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : refs) {
            if (r.from() >= to) break;
            if (r.from() >= from) out.add(r);
        }
        return out;
    }

    /** Every mention, in text order, also those inside a title phrase or a longer name. */
    List<Ref> every() {
        return everyRef;
    }

    boolean isEmpty() {
        return refs.isEmpty();
    }

    /** Entity ids of places whose name is the country of a nisba adjective (العراقي → العراق, السوري → سوريا). */
    static boolean isCountryOf(Entity place, String nisba) {
        if (place.type() != EntityType.LOC) return false;
        String n = nisba.startsWith("ال") ? nisba.substring(2) : nisba;
        if (n.endsWith("يه")) n = n.substring(0, n.length() - 2);
        else if (n.endsWith("ي")) n = n.substring(0, n.length() - 1);
        else return false;
        if (n.length() < 2) return false;
        for (Mention m : place.mentions()) {
            String name = ArabicNormalizer.normalizeForMatching(m.text());
            if (name.startsWith("ال") && name.length() > 2 && name.substring(2).equals(n)) return true;
            if (name.equals(n) || name.equals(n + "ا") || name.equals(n + "يا") || name.equals(n + "يه") || name.equals(n + "ان")) {
                return true;
            }
        }
        return false;
    }

    static final Set<String> NISBA_EXCEPTIONS = Set.of("الدولي", "الدوليه", "العسكري", "الامني", "الرسمي", "الحكومي", "الشعبي");
}
