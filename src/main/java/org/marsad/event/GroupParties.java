package org.marsad.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.geo.Nisba;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Mention;
import org.marsad.time.WordView;

/**
 * Parties named by a common noun rather than a name: الشرطة، قوات الأمن العراقية، الجيش، المتظاهرين
 * الفلسطينيين، مسلحون مجهولون، سكان القرية، المحكمة. News reports most violence, arrests and protests with
 * such nouns, and ACLED codes them as generic actors ("Police Forces of Iraq", "Protesters (Iraq)",
 * "Unidentified Armed Group"). Each class of group, with the country of a nationality adjective when one
 * follows, becomes one entity of the article whose {@code kb} is {@code group:<class>[:<ISO2>]} and whose
 * {@code name_en} is the ACLED-style actor name; its mentions keep the exact spans of the text.
 *
 * <p>Hand-written: no library names Arabic group nouns; the list is closed and short (about 80 forms).
 * A noun inside a name the recognizer found, or right after a title word (رئيس الحكومة، وزير الداخلية،
 * المتحدث باسم الجيش), is no group of its own.
 */
final class GroupParties {
    /** One class of group: its key (in {@code kb}), ACLED-style English name and the contract's type. */
    record GroupClass(String key, String nameEn, EntityType type) {
    }

    static final String KB_PREFIX = "group:";

    private static final GroupClass POLICE = new GroupClass("police-forces", "Police Forces", EntityType.ORG);
    private static final GroupClass SECURITY = new GroupClass("security-forces", "Security Forces", EntityType.ORG);
    private static final GroupClass MILITARY = new GroupClass("military-forces", "Military Forces", EntityType.ORG);
    private static final GroupClass JUDICIARY = new GroupClass("judiciary", "Judiciary", EntityType.ORG);
    private static final GroupClass AUTHORITIES = new GroupClass("government", "Government", EntityType.ORG);
    private static final GroupClass PROTESTERS = new GroupClass("protesters", "Protesters", EntityType.PER);
    private static final GroupClass RIOTERS = new GroupClass("rioters", "Rioters", EntityType.PER);
    private static final GroupClass ARMED = new GroupClass("unidentified-armed-group", "Unidentified Armed Group", EntityType.ORG);
    private static final GroupClass MILITANTS = new GroupClass("militants", "Militants", EntityType.ORG);
    private static final GroupClass REBELS = new GroupClass("rebels", "Rebel Group", EntityType.ORG);
    private static final GroupClass MILITIA = new GroupClass("militia", "Militia", EntityType.ORG);
    private static final GroupClass CIVILIANS = new GroupClass("civilians", "Civilians", EntityType.PER);
    private static final GroupClass JOURNALISTS = new GroupClass("journalists", "Journalists", EntityType.PER);
    private static final GroupClass DIPLOMATS = new GroupClass("diplomats", "Diplomats", EntityType.PER);
    private static final GroupClass PRISONERS = new GroupClass("prisoners", "Prisoners", EntityType.PER);
    private static final GroupClass STUDENTS = new GroupClass("students", "Students", EntityType.PER);
    private static final GroupClass OFFICIALS = new GroupClass("officials", "Government Officials", EntityType.PER);
    private static final GroupClass LEGISLATORS = new GroupClass("legislators", "Legislators", EntityType.PER);
    private static final GroupClass ACTIVISTS = new GroupClass("activists", "Activists", EntityType.PER);
    private static final GroupClass RELATIVES = new GroupClass("relatives", "Relatives", EntityType.PER);
    private static final GroupClass MIGRANTS = new GroupClass("refugees-migrants", "Refugees/Migrants", EntityType.PER);
    private static final GroupClass OPPOSITION = new GroupClass("opposition", "Opposition", EntityType.ORG);
    private static final GroupClass LABOUR = new GroupClass("labour-group", "Labour Group", EntityType.ORG);
    private static final GroupClass COALITION = new GroupClass("coalition", "Coalition Forces", EntityType.ORG);
    private static final GroupClass STATES = new GroupClass("states", "States", EntityType.ORG);
    private static final GroupClass INTERNATIONAL = new GroupClass("international-community", "International Community", EntityType.ORG);

    /** Head nouns, normalized and without the article (the word view's readings set clitics aside). */
    private static final Map<String, GroupClass> HEADS = new HashMap<>();
    /** Complements after a head that decide its class (قوات الأمن، رجال الشرطة، قوات المعارضة). */
    private static final Map<String, GroupClass> COMPLEMENTS = new HashMap<>();
    /** Heads that take any complement noun phrase or a place (سكان القرية، شرطة لندن، حكومة مالي). */
    private static final Set<String> PLACE_HEADS = Set.of("شرطه", "حكومه", "سلطات", "سلط", "جيش", "قوات", "سكان", "اهالي", "محكمه");
    /** Heads that are only a group with a complement or nationality (قوات الأمن, رجال الشرطة), else a plain noun. */
    private static final Set<String> NEEDS_COMPLEMENT = Set.of("رجال", "عناصر", "اجهزه", "افراد", "جماعات", "مجموعات", "منظمات",
            "طالبي", "طالبو", "اعوان", "وحدات", "عنصر");

    static {
        put(POLICE, "شرطه", "شرطي", "شرطيا", "شرطيين", "شرطيون");
        put(MILITARY, "جيش", "قوات", "جنود", "جندي", "جنديا", "جنديين", "عسكريين", "عسكريون", "مجندا", "مجندين", "ضباط", "ضابطا", "ضابطين");
        put(JUDICIARY, "محكمه", "قضاء", "نيابه", "ادعاء", "قاضي", "قاض");
        put(AUTHORITIES, "سلطات", "حكومه");
        put(PROTESTERS, "متظاهرين", "متظاهرون", "متظاهرا", "محتجين", "محتجون", "محتجا");
        put(RIOTERS, "مشاغبين", "مشاغبون");
        put(ARMED, "مسلحين", "مسلحون", "مهاجمين", "مهاجمون", "مهاجم", "مجهولين", "مجهولون", "ملثمين", "ملثمون");
        put(MILITANTS, "متشددين", "متشددون", "ارهابيين", "ارهابيون", "جهاديين", "جهاديون", "متطرفين", "متطرفون", "اسلاميين", "اسلاميون");
        put(REBELS, "معارضين", "معارضون", "متمردين", "متمردون", "مقاتلين", "مقاتلون", "مقاتلي", "ثوار");
        put(MILITIA, "ميليشيات", "ميليشيا", "مليشيات", "مليشيا", "ميلشيات");
        put(CIVILIANS, "مدنيين", "مدنيون", "مدنيا", "سكان", "اهالي", "مواطنين", "مواطنون", "شبان", "شخصا", "اشخاص", "شخصين", "ناجين",
                "ناجون");
        // people a report names by who they are rather than by name: the victims and detainees of most incidents
        put(CIVILIANS, "شخص", "فتاه", "فتاتين", "فتيات", "امراه", "امراتين", "نساء", "سيدات", "سيده", "طفل", "طفلا", "طفلين", "اطفال",
                "اطفالا", "رجلا", "رجلين", "شابا", "شابين", "ماره", "عمال", "عاملا", "صيادين", "مزارعين", "ركاب", "سياح", "مصلين",
                "رهائن", "ضحايا", "ناخبين", "ناخبون", "حجاج", "زوار", "مرضي", "جرحي", "مصابين", "مشتبه", "متهمين", "متهمون");
        put(STUDENTS, "طلاب", "طلبه", "مراهقين", "تلاميذ");
        put(OFFICIALS, "مسؤولين", "مسؤولون", "مسؤولو", "مسؤولي", "وزراء");
        put(LEGISLATORS, "مشرعين", "مشرعون", "نواب");
        put(ACTIVISTS, "ناشطين", "ناشطون", "نشطاء", "ناشطات", "حقوقيين", "حقوقيون");
        put(RELATIVES, "اسره", "عائله", "اقارب", "ذوي");
        put(JOURNALISTS, "صحفيين", "صحفيون", "صحافيين", "صحافيون");
        put(DIPLOMATS, "دبلوماسيين", "دبلوماسيون", "دبلوماسيا");
        put(PRISONERS, "معتقلين", "سجناء", "اسري", "محتجزين");
        put(MIGRANTS, "لاجئين", "لاجئون", "مهاجرين", "مهاجرون", "نازحين");
        put(OPPOSITION, "معارضه");
        put(LABOUR, "نقابات", "نقابه", "نقابيين", "نقابيون");
        // the professions that strike and hold sit-ins (أضرب المعلمون، نفذ الأطباء الشبان إضرابا، وقفة احتجاجية للموظفين);
        // عمال stays with the civilians, who are more often its victims than its strikers
        put(LABOUR, "معلمين", "معلمون", "مدرسين", "مدرسون", "اساتذه", "اطباء", "ممرضين", "ممرضون", "موظفين", "موظفون", "موظفي",
                "موظفو");
        // session 11: the parties the annotators named most often that no entity covered (النظام السوري، التحالف،
        // المجتمع الدولي، الدول الغربية، الإدارة الأمريكية، طائرات التحالف، الفصائل، المقاومة، رجل)
        put(AUTHORITIES, "نظام", "اداره");
        put(COALITION, "تحالف");
        put(STATES, "دول");
        put(INTERNATIONAL, "مجتمع");
        put(MILITARY, "طائرات", "طائره", "مقاتلات", "مقاتله", "طيران", "مروحيات", "مروحيه");
        put(REBELS, "فصائل");
        put(MILITIA, "مقاومه");
        put(CIVILIANS, "رجل", "شاب", "سائق");
        // the Maghreb press's words for suspects (المظنون فيه), residents (المتساكنين), detainees (الموقوفين), authorities
        // (السلط) and migrants crossing by sea (المجتازين)
        put(CIVILIANS, "مظنون", "مظنونا", "مظنونين", "متساكنين", "متساكنو", "متساكني");
        put(PRISONERS, "موقوفين", "موقوفون", "موقوفا");
        put(AUTHORITIES, "سلط"); // السلط الجهوية: the Tunisian plural of سلطة
        put(MIGRANTS, "مجتازين", "مجتازون", "مجتازا");
        for (String h : NEEDS_COMPLEMENT) HEADS.put(h, null);
        COMPLEMENTS.put("امن", SECURITY);
        COMPLEMENTS.put("الامن", SECURITY);
        COMPLEMENTS.put("الامنيه", SECURITY);
        COMPLEMENTS.put("الشرطه", POLICE);
        // أعوان الحرس، أعوان الديوانة، الوحدات الأمنية: the Maghreb's security agents and units
        COMPLEMENTS.put("الحرس", SECURITY);
        COMPLEMENTS.put("الديوانه", SECURITY);
        COMPLEMENTS.put("الجيش", MILITARY);
        COMPLEMENTS.put("الاحتلال", MILITARY);
        COMPLEMENTS.put("النظام", MILITARY);
        COMPLEMENTS.put("المسلحه", MILITARY);
        COMPLEMENTS.put("المعارضه", REBELS);
        COMPLEMENTS.put("اللجوء", MIGRANTS);
        COMPLEMENTS.put("لجوء", MIGRANTS);
        for (String w : new String[] {"حقوقيه", "الحقوقيه"}) COMPLEMENTS.put(w, ACTIVISTS);
        for (String w : new String[] {"حربيه", "الحربيه", "حربي", "الحربي", "مسيره", "المسيره"}) COMPLEMENTS.put(w, MILITARY);
        for (String w : new String[] {"مسلحه", "المسلحه"}) COMPLEMENTS.putIfAbsent(w, ARMED);
        for (String w : new String[] {"متشدده", "المتشدده", "ارهابيه", "الارهابيه", "جهاديه", "الجهاديه", "متطرفه", "المتطرفه",
                "تكفيري", "تكفيريا", "التكفيري", "تكفيريه", "التكفيريه", "ارهابي", "ارهابيا", "الارهابي"}) {
            COMPLEMENTS.put(w, MILITANTS);
        }
        // the staff of a workplace (أعوان المستشفى، أعوان البلدية، موظفو وزارة الصحة go by their heads): a labour group,
        // as Maghreb news names strikers; the security complements above keep أعوان الأمن/الحرس/الديوانة
        for (String w : new String[] {"المستشفي", "المستشفيات", "الصحه", "البلديه", "البلديات", "الشركه", "النقل", "التعليم",
                "التربيه", "البريد", "المصحات", "المعمل", "المصنع"}) {
            COMPLEMENTS.put(w, LABOUR);
        }
    }

    private static void put(GroupClass c, String... heads) {
        for (String h : heads) HEADS.put(h, c);
    }

    /** Every head form, for the word view's bit tests. */
    static final Set<String> HEAD_WORDS = Set.copyOf(HEADS.keySet());

    private GroupParties() {
    }

    /** True when the entity is a group found here rather than a name. */
    static boolean isGroup(Entity e) {
        return e.kb() != null && e.kb().startsWith(KB_PREFIX);
    }

    /**
     * The entities with the article's groups: group entities numbered g1, g2 … after them, none overlapping a
     * mention of {@code entities}; a group that is a named army or police force joins that entity instead.
     */
    static List<Entity> find(WordView v, List<Entity> given) {
        List<Entity> entities = TitleAnaphora.resolve(v, HeadAnaphora.resolve(v, given));
        boolean[] named = HeadAnaphora.covered(v, entities);
        boolean[] person = HeadAnaphora.covered(v, entities.stream().filter(e -> e.type() == EntityType.PER).toList());
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        Map<String, GroupClass> classOf = new HashMap<>();
        int[] nisbaAt = new int[1];
        Map<Integer, List<Mention>> titled = new HashMap<>();
        Map<String, List<Mention>> acts = new LinkedHashMap<>();
        for (int i = 0; i < v.size(); i++) {
            if (named[i]) continue;
            GroupClass act = actAt(v, i);
            if (act != null && i + 1 < v.size() && !named[i + 1]) {
                // غارة إسرائيلية، الضربات الأمريكية، العقوبات الأوروبية: the adjective names who acted
                String nation = Nisba.countryOfWord(v.norm(i + 1));
                if (nation != null) {
                    int start = v.token(i + 1).start(), stop = v.token(i + 1).end();
                    String key = act.key() + ":" + nation;
                    classOf.put(key, act);
                    acts.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(v.text().substring(start, stop), start, stop, Field.TEXT));
                    i++;
                    continue;
                }
            }
            String official = unnamedOfficialAt(v, i, named, person, nisbaAt);
            if (official != null) {
                int nisba = nisbaAt[0];
                int titledAt = titledPerson(v, entities, i, nisba);
                if (titledAt >= 0) {
                    // الرئيس الأمريكي after الرئيس الأمريكي دونالد ترامب: the person named so before, not an unnamed official
                    int start = v.token(i).start() + proclitics(v, i), stop = v.token(nisba).end();
                    titled.computeIfAbsent(titledAt, k -> new ArrayList<>()).add(new Mention(v.text().substring(start, stop), start, stop, Field.TEXT));
                    i = nisba;
                    continue;
                }
                // المسؤول البحريني، المتحدث الإسرائيلي with no name after: an official of that country
                String key = OFFICIALS.key() + ":" + official;
                classOf.put(key, OFFICIALS);
                int start = v.token(i).start() + proclitics(v, i), stop = v.token(nisba).end();
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(v.text().substring(start, stop), start, stop, Field.TEXT));
                i = nisba;
                continue;
            }
            String head = v.is(i, HEAD_WORDS) ? headForm(v, i) : null;
            String country = head == null ? nationalsAt(v, i) : null;
            if (head == null && country == null || v.is(i - 1, Cues.TITLES) || v.norm(i - 1).equals("باسم")) continue;
            // دبلوماسيا is also an adverb (حلا دبلوماسيا، دبلوماسيا): a group only when counted (60 دبلوماسيا)
            if ("دبلوماسيا".equals(head) && !v.isNumber(i - 1) && !QUANTITIES.contains(v.norm(i - 1))) continue;
            if (head != null && !standsAsGroup(v, i, head, named)) continue;
            GroupClass cls = head == null ? CIVILIANS : HEADS.get(head);
            int end = i + 1;
            for (int j = i + 1; j < Math.min(v.size(), i + 4) && !named[j]; j++) {
                String w = v.norm(j);
                GroupClass c = j == i + 1 ? COMPLEMENTS.get(w) : null;
                if (c == MILITARY && cls == null && w.endsWith("مسلحه")) c = ARMED; // جماعات مسلحة، مجموعات مسلحة
                if (c != null && (cls == null || cls == MILITARY)) {
                    cls = c;
                    end = j + 1;
                    continue;
                }
                String nation = Nisba.countryOfWord(w);
                if (nation != null && cls != null) {
                    if (country == null) country = nation;
                    end = j + 1;
                    continue;
                }
                break;
            }
            if (cls == null) continue;
            if (head != null && NEEDS_MORE.contains(head)) {
                // these heads are a group only with what follows: a nationality or complement read above, or the
                // word right after them (المجتمع الدولي، الدول الغربية، الدول الأربع). Before a name they are that
                // name's (طائرات التحالف، دول الاتحاد الأوروبي): the named party stands for them
                if (end == i + 1 && i + 1 < v.size() && !named[i + 1]) {
                    String next = v.norm(i + 1);
                    if (head.equals("مجتمع") ? next.equals("الدولي")
                            : head.equals("دول") && (STATE_WORDS.contains(next) || next.startsWith("ال") && next.endsWith("يه"))) end = i + 2;
                }
                if (end == i + 1) continue; // for الإدارة only a nationality extends it: the country is known
            }
            if (end <= i + 2 && cls == OFFICIALS) {
                // وزراء خارجية مجموعة السبع، مسؤولو حلف الأطلسي: officials of a named body are one party with it
                Mention body = mentionAt(entities, v, end, end + 2);
                if (body != null) end = Math.max(end, v.indexAt(body.end()));
            }
            if (end == i + 1 && head != null && PLACE_HEADS.contains(head) && i + 1 < v.size()) {
                // شرطة لندن، حكومة مالي: the place is part of the group's name and gives its country
                Mention place = placeAt(entities, v, i + 1);
                if (place != null) {
                    end = Math.max(end, v.indexAt(place.end()));
                    if (country == null) country = countryOf(entities, place);
                }
            }
            boolean counted = i > 0 && !named[i - 1] && (v.isNumber(i - 1) || QUANTITIES.contains(v.norm(i - 1)));
            int start = counted ? v.token(i - 1).start() : v.token(i).start() + proclitics(v, i);
            int stop = v.token(end - 1).end();
            String key = cls.key() + (country == null ? "" : ":" + country);
            classOf.put(key, cls);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(v.text().substring(start, stop), start, stop, Field.TEXT));
            i = end - 1;
        }
        List<Entity> out = new ArrayList<>(entities);
        for (Map.Entry<Integer, List<Mention>> t : titled.entrySet()) out.set(t.getKey(), out.get(t.getKey()).withMentions(t.getValue()));
        for (var a : acts.entrySet()) {
            // the country itself when the article names it (the annotators' actor), else a group of the country
            String country = a.getKey().substring(a.getKey().indexOf(':') + 1);
            int place = countryEntity(out, country);
            if (place >= 0) out.set(place, out.get(place).withMentions(a.getValue()));
            else byKey.computeIfAbsent(a.getKey(), k -> new ArrayList<>()).addAll(a.getValue());
        }
        for (Entity g : entities(byKey, classOf)) {
            int force = namedForce(out, g);
            if (force < 0) {
                out.add(g);
            } else {
                out.set(force, out.get(force).withMentions(g.mentions()));
            }
        }
        out.addAll(InstitutionPhrases.find(v, out));
        return out;
    }

    /** Nouns of force whose nationality adjective names the forces that used it (غارة إسرائيلية، القصف التركي). */
    private static final Set<String> FORCE_ACTS = Set.of("غاره", "غارات", "ضربه", "ضربات", "قصف", "هجوم", "هجمات", "عدوان", "توغل",
            "اجتياح", "غزو", "عمليه", "عمليات");
    /** Nouns of a state's acts whose nationality adjective names its government (العقوبات الأمريكية، الوساطة المصرية). */
    private static final Set<String> STATE_ACTS = Set.of("عقوبات", "وساطه", "مبادره", "جهود", "ضغوط", "اتهامات", "تهديدات", "مطالب",
            "دعم", "مساعدات", "اجراءات", "تحركات", "رد", "موقف");

    /** The group a nationality adjective after the act noun at i names (forces or government), or null. */
    private static GroupClass actAt(WordView v, int i) {
        String w = v.norm(i);
        String bare = w.startsWith("ال") ? w.substring(2) : w;
        if (FORCE_ACTS.contains(bare)) return MILITARY;
        if (STATE_ACTS.contains(bare)) return AUTHORITIES;
        for (String r : v.readings(i)) {
            String b = r.startsWith("ال") ? r.substring(2) : r;
            if (FORCE_ACTS.contains(b)) return MILITARY;
            if (STATE_ACTS.contains(b)) return AUTHORITIES;
        }
        return null;
    }

    /** The article's place entity that is the country (ISO-2), or -1. */
    private static int countryEntity(List<Entity> entities, String country) {
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.type() == EntityType.LOC && e.geo() != null && country.equals(e.geo().country())
                    && "country".equals(e.geo().feature())) return i;
        }
        return -1;
    }

    /** Heads that are a group only with a nationality, a complement or a name after them. */
    private static final Set<String> NEEDS_MORE = Set.of("اداره", "مجتمع", "دول", "طائرات", "طائره", "مقاتلات", "مقاتله", "طيران",
            "مروحيات", "مروحيه");
    /** Words after دول that make them a group of states (الدول الأربع، دول الجوار، الدول الأعضاء). */
    private static final Set<String> STATE_WORDS = Set.of("الاربع", "الثلاث", "الخمس", "الست", "السبع", "الاعضاء", "المقاطعه",
            "الجوار", "المجاوره", "الخليج", "الغرب", "العالم", "الكبري", "غربيه", "عربيه", "اوروبيه", "خليجيه", "اسلاميه");
    /** Words before النظام in which it is order, not a regime (حفظ النظام، الإخلال بالنظام). */
    private static final Set<String> ORDER_WORDS = Set.of("حفظ", "وحفظ", "لحفظ", "اخلال", "الاخلال", "اعاده", "لاعاده", "ضبط", "استتباب");

    /**
     * Whether the head at i stands for a group here: النظام only with the article, alone or with a nationality
     * (النظام السوري، قوات النظام; النظام الانتخابي is a system, حفظ النظام order); التحالف and المقاومة only
     * with the article (تحالف مع is an alliance made, مقاومة الاحتلال resisting).
     */
    private static boolean standsAsGroup(WordView v, int i, String head, boolean[] named) {
        String w = v.norm(i);
        boolean definite = w.startsWith("ال") || w.startsWith("وال") || w.startsWith("بال") || w.startsWith("لل") || w.startsWith("فال")
                || w.startsWith("كال");
        switch (head) {
            case "نظام" -> {
                if (!definite || ORDER_WORDS.contains(v.norm(i - 1))) return false;
                if (i + 1 >= v.size()) return true;
                String next = v.norm(i + 1);
                return Nisba.countryOfWord(next) != null || !next.startsWith("ال") && !next.startsWith("وال") || named[i + 1];
            }
            case "تحالف", "مقاومه" -> {
                return definite;
            }
            default -> {
                return true;
            }
        }
    }

    /**
     * The named army or police of the group's country (جنديا سوريا → الجيش السوري, الشرطة الإسرائيلية → a
     * named "الشرطة الإسرائيلية"), whose mentions the group's join: index in {@code entities}, or -1.
     */
    private static int namedForce(List<Entity> entities, Entity group) {
        String kb = group.kb();
        int colon = kb.indexOf(':', KB_PREFIX.length());
        if (colon < 0) return -1;
        String cls = kb.substring(KB_PREFIX.length(), colon), country = kb.substring(colon + 1);
        String word = cls.equals(MILITARY.key()) ? "جيش" : cls.equals(POLICE.key()) ? "شرطه" : null;
        if (word == null) return -1;
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.type() != EntityType.ORG || isGroup(e)) continue;
            for (Mention m : e.mentions()) {
                String name = org.marsad.text.ArabicNormalizer.normalizeForMatching(m.text());
                if (!name.contains(word)) continue;
                for (String w : name.split(" ")) if (country.equals(Nisba.countryOfWord(w))) return i;
            }
        }
        return -1;
    }

    private static final Set<String> OFFICIAL_TITLES = Set.of("مسؤول", "المسؤول", "المتحدث", "متحدث", "الناطق", "ناطق", "المندوب",
            "مندوب", "المبعوث", "مبعوث", "الوزير", "السفير", "المفوض", "الدبلوماسي", "دبلوماسي");

    private static final Set<String> HEAD_TITLES = Set.of("وزير", "وزيره", "رئيس", "الرئيس", "نظير", "نظيره", "نظيرها",
            "نظيرهم", "نظيرته", "قائد", "رئيسه", "زعيم", "الزعيم");
    private static final Set<String> PORTFOLIOS = Set.of("الخارجيه", "الدفاع", "الداخليه", "الوزراء", "العدل", "الماليه",
            "الاقتصاد", "النفط", "الطاقه", "الاعلام", "الحكومه", "البرلمان", "الاركان", "الجيش", "الشرطه", "المخابرات");

    /**
     * The country of an unnamed official (a title, maybe a post, and a nationality adjective, with no person
     * named right after: وقال المسؤول البحريني …، اتهم وزير الخارجية المصري إسرائيل), or null; {@code nisbaAt[0]}
     * gets the adjective's word index.
     */
    private static String unnamedOfficialAt(WordView v, int i, boolean[] named, boolean[] person, int[] nisbaAt) {
        if (i + 1 >= v.size()) return null;
        String raw = v.norm(i);
        // وزير itself starts with و: strip a conjunction only from a word that is no title as written
        String title = titleForm(raw);
        int n = i + 1;
        if (!OFFICIAL_TITLES.contains(title)) {
            if (!HEAD_TITLES.contains(title)) return null;
            // وزير الخارجية المصري، رئيس الوزراء العراقي، نظيره الأردني: a post (which may read as the ministry's
            // short name) and the country it serves
            if (PORTFOLIOS.contains(v.norm(n))) n++;
            if (n >= v.size()) return null;
        }
        String country = named[n] ? null : Nisba.countryOfWord(v.norm(n));
        if (country == null) return null;
        int after = n + 1;
        if (v.norm(after).equals("،") || v.norm(after).equals(",")) after++;
        if (after < v.size() && (person[after] || v.is(after, Cues.TITLES))) return null; // المتحدث الأمريكي جون كيربي
        nisbaAt[0] = n;
        return country;
    }

    /**
     * The person last named before token i with the same title phrase as the unnamed official at [i, nisba] (الرئيس
     * الأمريكي → الرئيس الأمريكي دونالد ترامب; رئيس الوزراء العراقي is not الرئيس العراقي): index in {@code entities},
     * or -1. The phrase is compared word by word without conjunction and article, on the four words before the
     * person's mention and the mention itself.
     */
    private static int titledPerson(WordView v, List<Entity> entities, int i, int nisba) {
        for (int k = nisba + 1; k <= Math.min(v.size() - 1, nisba + 2); k++) {
            if (personAt(entities, v, k)) return -1; // الرئيس المصري آنذاك محمد مرسي: another person, named after
        }
        List<String> phrase = new ArrayList<>();
        for (int k = i; k <= nisba; k++) phrase.add(bare(k == i ? titleForm(v.norm(k)) : v.norm(k)));
        int at = v.token(i).start(), best = -1, bestAt = -1;
        for (int e = 0; e < entities.size(); e++) {
            Entity entity = entities.get(e);
            if (entity.type() != EntityType.PER || isGroup(entity)) continue;
            for (Mention m : entity.mentions()) {
                if (m.in() != Field.TEXT || m.start() >= at || m.start() <= bestAt) continue;
                int p = v.indexAt(m.start() + 1) - 1;
                if (v.norm(p - 1).equals("،") || v.norm(p - 1).equals(",")) p--; // الرئيس الأمريكي، دونالد ترامب
                List<String> before = new ArrayList<>(), inside = new ArrayList<>();
                for (int k = Math.max(0, p - phrase.size()); k < p; k++) before.add(bare(v.norm(k)));
                for (String w : org.marsad.text.ArabicNormalizer.normalizeForMatching(m.text()).split(" ")) inside.add(bare(w));
                if (before.equals(phrase) || java.util.Collections.indexOfSubList(inside, phrase) == 0) {
                    best = e;
                    bestAt = m.start();
                }
            }
        }
        return best;
    }

    /** A person's mention starts in token k. */
    private static boolean personAt(List<Entity> entities, WordView v, int k) {
        int from = v.token(k).start(), to = v.token(k).end();
        for (Entity e : entities) {
            if (e.type() != EntityType.PER) continue;
            for (Mention m : e.mentions()) if (m.in() == Field.TEXT && m.start() >= from && m.start() < to) return true;
        }
        return false;
    }

    /** A word without a glued conjunction before its article and without the article (والرئيس → رئيس). */
    private static String bare(String w) {
        if ((w.startsWith("وال") || w.startsWith("فال")) && w.length() > 4) w = w.substring(1);
        return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    }

    /** A title word without a glued و/ف, unless the و is its own first letter (وزير، ووزير → وزير). */
    private static String titleForm(String raw) {
        return OFFICIAL_TITLES.contains(raw) || HEAD_TITLES.contains(raw) ? raw : stripConjunction(raw);
    }

    private static String stripConjunction(String w) {
        return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
    }

    /** Counts before a group that belong to its mention: آلاف الفلسطينيين، عشرات المتظاهرين، 17 شخصا. */
    private static final Set<String> QUANTITIES = Set.of("الاف", "مئات", "عشرات", "ملايين", "الالاف", "المئات", "العشرات");

    /**
     * The country of people named by a nationality noun (آلاف الفلسطينيين، 14 إيرانيا، وبدأ الفلسطينيون), or
     * null. A plural nisba after a plural noun is that noun's adjective (المسؤولين الإسرائيليين), not a group.
     */
    private static String nationalsAt(WordView v, int i) {
        String w = v.norm(i);
        boolean plural = w.endsWith("يين") || w.endsWith("يون");
        if (!plural && !w.endsWith("يا")) return null;
        boolean counted = v.isNumber(i - 1) || QUANTITIES.contains(v.norm(i - 1));
        if (!plural && !counted) return null;
        if (!counted) {
            String before = v.norm(i - 1);
            if (!w.startsWith("ال") || before.endsWith("ون") || before.endsWith("ين") || before.endsWith("ات") || before.endsWith("ه")
                    || before.endsWith("اء") || before.endsWith("ي")) return null;
        }
        return Nisba.countryOfWord(w);
    }

    /** The head form token i reads as, or null. */
    private static String headForm(WordView v, int i) {
        if (HEADS.containsKey(v.norm(i))) return v.norm(i);
        for (String r : v.readings(i)) if (HEADS.containsKey(r)) return r;
        return null;
    }

    /** The mention of a named place starting at token k (سكان القرية is no place; شرطة لندن is), or null. */
    private static Mention placeAt(List<Entity> entities, WordView v, int k) {
        int at = v.token(k).start();
        for (Entity e : entities) {
            if (e.type() != EntityType.LOC) continue;
            for (Mention m : e.mentions()) if (m.in() == Field.TEXT && m.start() == at) return m;
        }
        return null;
    }

    /** A mention of a named organisation or place starting at token from or from + 1 (after one noun: خارجية), or null. */
    private static Mention mentionAt(List<Entity> entities, WordView v, int from, int until) {
        for (int k = from; k < Math.min(until, v.size()); k++) {
            if (v.is(k, Cues.CLAUSE_BREAK)) return null;
            int at = v.token(k).start();
            for (Entity e : entities) {
                if (e.type() == EntityType.PER) continue;
                for (Mention m : e.mentions()) if (m.in() == Field.TEXT && m.start() >= at && m.start() <= at + 2) return m;
            }
        }
        return null;
    }

    private static String countryOf(List<Entity> entities, Mention m) {
        for (Entity e : entities) if (e.mentions().contains(m)) return e.geo() == null ? null : e.geo().country();
        return null;
    }

    /**
     * Characters of a conjunction and preposition glued before the article (والشرطة، بالجيش، للصحفيين) to leave out of
     * the span. ل before the article drops the article's alif (ل + الصحفيين = للصحفيين): the first ل is the
     * preposition, as the recognizer's للأمم المتحدة → لأمم المتحدة; the mention index then reads it as governed by ل.
     */
    private static int proclitics(WordView v, int i) {
        String w = v.norm(i);
        int p = 0;
        if (w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
                && (w.startsWith("ال", 1) || w.startsWith("بال", 1) || w.startsWith("كال", 1) || w.startsWith("لل", 1))) p = 1;
        if (w.startsWith("بال", p) || w.startsWith("كال", p) || w.startsWith("لل", p) && w.length() > p + 3) p++;
        // the normalized word keeps the original's length unless diacritics or tatweel were dropped
        return v.token(i).end() - v.token(i).start() == w.length() ? p : 0;
    }

    /** One entity per class and country; a class named with one country only takes its bare mentions too. */
    private static List<Entity> entities(Map<String, List<Mention>> byKey, Map<String, GroupClass> classOf) {
        Map<String, String> onlyCountry = new HashMap<>();
        for (String key : byKey.keySet()) {
            int colon = key.indexOf(':');
            if (colon < 0) continue;
            String cls = key.substring(0, colon);
            onlyCountry.merge(cls, key, (a, b) -> "");
        }
        Map<String, List<Mention>> merged = new LinkedHashMap<>();
        for (var e : byKey.entrySet()) {
            String key = e.getKey();
            String target = key.indexOf(':') < 0 ? onlyCountry.getOrDefault(key, "") : "";
            if (target.isEmpty()) target = key;
            merged.computeIfAbsent(target, k -> new ArrayList<>()).addAll(e.getValue());
        }
        List<Entity> out = new ArrayList<>(merged.size());
        int n = 0;
        for (var e : merged.entrySet()) {
            List<Mention> mentions = e.getValue();
            mentions.sort(java.util.Comparator.comparingInt(Mention::start));
            GroupClass cls = classOf.get(e.getKey());
            int colon = e.getKey().indexOf(':');
            String country = colon < 0 ? null : e.getKey().substring(colon + 1);
            Mention fullest = mentions.get(0);
            for (Mention m : mentions) if (m.end() - m.start() > fullest.end() - fullest.start()) fullest = m;
            out.add(new Entity("g" + (++n), cls.type(), fullest.text(), cls.nameEn() + (country == null ? "" : " (" + country + ")"),
                    KB_PREFIX + e.getKey(), mentions, null));
        }
        return out;
    }
}
