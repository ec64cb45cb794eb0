package org.marsad.event;

import java.util.List;
import java.util.Set;

/** Closed word lists the event coder reads around triggers, in normalized form. */
final class Cues {
    private Cues() {
    }

    static final Set<String> NEGATION = Set.of("لم", "لن", "لا", "ليس", "ليست", "عدم", "دون", "بدون", "غير");

    /**
     * Token i is a negation, also لم or لن with a glued conjunction (ولم، فلن): the clitic readings leave two-letter
     * words whole, so {@code v.is(i, NEGATION)} alone misses them. ولا is left out: ولا يزال is "still".
     */
    static boolean isNegation(org.marsad.time.WordView v, int i) {
        if (v.is(i, NEGATION)) return true;
        if (i < 0 || i >= v.size()) return false;
        String rest = afterConjunction(v.norm(i));
        return "لم".equals(rest) || "لن".equals(rest);
    }

    /** The word after a glued و or ف (ولم → لم, فلا → لا), or "" when it has none or is a single letter. */
    static String afterConjunction(String w) {
        return w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : "";
    }
    static final Set<String> DENIAL = Set.of("نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا", "نافيه", "تنفيه", "ينفيه");
    static final Set<String> FUTURE = Set.of("سوف", "المقرر", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "يزمع", "تزمع",
            "يستعد", "تستعد", "يخطط", "تخطط", "المرتقب", "المرتقبه", "المزمع", "المزمعه", "سيتم", "يتوقع", "تتوقع", "المنتظر",
            "المتوقع", "عزم", "اعتزام", "نيه");
    static final Set<String> HYPOTHETICAL = Set.of("حذر", "حذرت", "يحذر", "تحذر", "حذروا", "محذرا", "محذره", "تحذير", "تحذيرات",
            "مخاوف", "قلق", "القلق", "تخوف", "تخوفات", "خشيه", "يخشي", "تخشي", "امكانيه", "احتماليه", "احتمال", "المحتمل",
            "محتمل", "ربما", "خطر", "خطوره", "مخاطر", "لو", "اذا", "يمكن", "ممكن", "لمنع", "لتجنب", "تجنب", "منع",
            "سيناريو", "مخاطره", "يهدد", "تهدد", "ضروره", "بضروره", "اهميه", "يجب", "ينبغي", "لابد", "يتعين",
            "رجح", "رجحت", "يرجح", "ترجح", "المرجح", "ورجحت", "ورجح",
            // considering (يدرس قبول تبرع، يبحث ترامب الانسحاب): training gold 40 hypothetical to 11 other; session 21
            "يدرس", "تدرس", "يبحث", "تبحث");
    static final Set<String> MAY = Set.of("قد");
    /** Background told as such: سابقا، آنذاك، في وقت سابق، في السابق. */
    static final Set<String> EARLIER = Set.of("سابقا", "انذاك", "حينها", "حينذاك", "السابق");
    /** Plans and coming events: خطة ل، عشية، (العمليات) القادمة. */
    static final Set<String> PLANNED = Set.of("خطه", "خطط", "عشيه", "يعتزمون", "تنوي", "يخططون", "يخطط", "تخطط", "لتنفيذ",
            "لشن", "يعدون", "يعد",
            "التخطيط", "بالتخطيط", "تخطيط", "مخطط", "مخططا", "مخططات", "خططت", "خططوا");
    /** Head nouns that make a following event noun a name of a thing: نقاط التفتيش، لجنة التحقيق، مركز الاحتجاز. */
    static final Set<String> THING_HEADS = Set.of("نقاط", "نقطه", "حاجز", "حواجز", "مركز", "مراكز", "لجنه", "جهاز", "وحده",
            "فريق", "قواعد", "ملف", "قانون", "طاوله", "معسكر", "معسكرات", "مخيم", "مخيمات", "اداره", "هيئه", "فرقه", "منشور",
            "مشروع", "قائمه", "تكلفه", "تقديرات", "اليه", "اليات", "شبكات", "شبكه", "وسائل", "عقوبه");
    static final Set<String> COMING = Set.of("القادمه", "القادم", "المقبله", "المقبل", "المرتقبه", "المرتقب", "المزمع", "المزمعه",
            "المتوقع", "المتوقعه", "المقرر", "المقرره", "مرتقبه", "مرتقب", "متوقعه", "مقرره", "مزمعه", "مزمع");
    static final Set<String> PLUPERFECT = Set.of("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا");
    /** The commas and semicolons after which a new clause may open (ModalityRules, Arguments). */
    static final Set<String> COMMAS = Set.of("،", ",", "؛", ";");
    static final Set<String> CLAUSE_BREAK = Set.of("،", ",", ".", ":", "؛", ";", "!", "?", "؟", "\"", "“", "”");

    /** Event idioms whose first noun always carries the article (القبض على، الإفراج عن). */
    static final Set<String> IDIOM_ARTICLE = Set.of("القبض", "الافراج");

    /** Counts of a crowd after a gathering verb (تجمع آلاف/مئات/نحو 200). */
    static final Set<String> CROWD_COUNTS = Set.of("الاف", "الالاف", "مئات", "المئات", "عشرات", "العشرات", "نحو", "حوالي",
            "قرابه", "زهاء", "اكثر", "الوف", "ملايين");
    /** Group classes ({@link GroupParties}) that bear arms: their departure is a withdrawal. */
    static final Set<String> ARMED_GROUPS = Set.of("military-forces", "unidentified-armed-group", "militants", "rebels", "militia");

    /** Reporting verbs: the speaker is their subject. */
    static final Set<String> THAT = Set.of("ان", "وان", "بان");
    static final Set<String> REPORT_VERBS = Set.of("قال", "قالت", "يقول", "تقول", "اكد", "اكدت", "يؤكد", "تؤكد", "اعلن",
            "اعلنت", "يعلن", "تعلن", "ذكر", "ذكرت", "افاد", "افادت", "تفيد", "يفيد", "اوضح", "اوضحت", "اضاف", "اضافت", "صرح",
            "صرحت", "كشف", "كشفت", "اشار", "اشارت", "مشيرا", "مشيره", "مؤكدا", "مؤكده", "مضيفا", "مضيفه", "ابلغ", "ابلغت",
            "نقل", "نقلت", "اعتبر", "اعتبرت", "رات", "راي", "لفت", "لفتت", "بينت", "شدد", "شددت", "تابع", "تابعت");
    /** According to: the source follows. */
    static final Set<String> ACCORDING_TO = Set.of("وفق", "وفقا", "بحسب", "حسب", "نقلا", "طبقا", "استنادا");
    /** Light verbs of concern statements (أبدى/أعرب/عبّر عن قلق، يشعر بقلق). */
    static final Set<String> LIGHT_VERBS = Set.of("ابدي", "ابدت", "ابدوا", "يبدي", "تبدي", "اعرب", "اعربت", "اعربوا", "يعرب",
            "تعرب", "عبر", "عبرت", "عبروا", "يعبر", "تعبر", "يشعر", "تشعر", "يشعرون", "معربا", "معربه", "مبديا");
    static final Set<String> CONCERN = Set.of("قلق", "القلق", "قلقه", "قلقها", "قلقهم", "مخاوف", "مخاوفه", "مخاوفها", "تخوف",
            "تخوفه", "خشيه", "خشيته", "اسف", "استياء", "انزعاج");

    /** Appreciation voiced with a light verb (أعرب عن تقديره، عبر عن امتنانه): praise. */
    static final Set<String> APPRECIATION = Set.of("تقديره", "تقديرها", "تقديرهم", "تقديرنا", "امتنان", "امتنانه", "امتنانها",
            "امتنانهم", "ارتياحه", "ارتياحها", "ارتياحهم", "شكره", "شكرها", "شكرهم");

    /** Summoning (استدعى، استدعاء) and the envoys summoned or recalled (السفير، القائم بالأعمال؛ سفيرها: one's own). */
    static final Set<String> SUMMON = Set.of("استدعي", "استدعت", "استدعوا", "يستدعي", "تستدعي", "استدعاء", "باستدعاء",
            "واستدعت", "واستدعي", "فاستدعت");
    static final Set<String> AMBASSADOR = Set.of("سفير", "السفير", "سفيرها", "سفيره", "سفيرنا", "سفراء", "السفراء", "سفرائها",
            "سفرائه", "سفيريها", "سفيريه", "القائم", "والسفير");
    static final Set<String> OWN_AMBASSADOR = Set.of("سفيرها", "سفيره", "سفيرنا", "سفرائها", "سفرائه", "سفيريها", "سفيريه");

    /** Backing voiced with a light verb (أبدت مساندتها للفكرة، عبرت عن دعمها للموقف السعودي). */
    static final Set<String> BACKING = Set.of("مساندته", "مساندتها", "مساندتهم", "تاييده", "تاييدها", "تاييدهم", "دعمه",
            "دعمها", "دعمهم", "دعمنا");
    /** Charging (وجه الاتهام، توجيه الاتهامات، أسند إليه اتهامات) and the charges (the اتهام family only). */
    static final Set<String> CHARGE_VERBS = Set.of("وجه", "وجهت", "وجهوا", "يوجه", "توجه", "توجيه", "بتوجيه", "لتوجيه", "ووجه",
            "ووجهت", "ويوجه", "وتوجه", "اسند", "اسندت", "اسندوا", "يسند", "تسند", "اسناد", "واسندت", "واسند");
    static final Set<String> CHARGE_NOUNS = Set.of("الاتهام", "اتهام", "اتهاما", "الاتهامات", "اتهامات");
    /** Discussing (بحث، تباحث): with مع after, a meeting. */
    static final Set<String> DISCUSS_VERBS = Set.of("بحث", "بحثت", "يبحث", "تبحث", "يبحثان", "تبحثان", "بحثا", "وبحث", "وبحثت",
            "ويبحث", "وتبحث", "تباحث", "يتباحث", "تتباحث", "وتباحث", "سيبحث", "ستبحث");
    /** Plural meeting nouns, events only when a carrying verb holds them. */
    static final Set<String> MEETING_PLURALS = Set.of("اتصالات", "اجتماعات", "لقاءات", "الاتصالات", "الاجتماعات",
            "اللقاءات");

    /** Verbs that hold meetings (أجرى اتصالات، عقد اجتماعات). */
    static final Set<String> HOLD_VERBS = Set.of("اجري", "اجرت", "اجروا", "يجري", "تجري", "يجرون", "واجري", "واجرت", "ويجري",
            "وتجري", "عقد", "عقدت", "عقدوا", "يعقد", "تعقد", "يعقدون", "وعقد", "وعقدت", "ويعقد", "وتعقد", "سيعقد", "ستعقد", "سيجري",
            "ستجري");

    /** Before, on the eve of (قبل القمة، عشية الاجتماع): the event named after them is still ahead. */
    static final Set<String> AHEAD_OF = Set.of("قبل", "وقبل", "عشيه", "وعشيه", "قبيل", "وقبيل");

    /** Disclosing a name (نشر اسمه، الكشف عن هويته): what an anonymous source asks not to be done. */
    static final Set<String> DISCLOSE = Set.of("نشر", "كشف", "الكشف", "ذكر", "الافصاح", "اعلان", "الاعلان");

    /** Commenting (التعليق، الإدلاء بتصريح): what one declines when refusing to comment. */
    static final Set<String> COMMENT = Set.of("التعليق", "تعليق", "بالتعليق", "الادلاء", "بالادلاء", "الافصاح");

    /** Concerned, as a predicate (إنه قلق، إنها قلقة، إنهم قلقون). */
    static final Set<String> CONCERNED = Set.of("قلق", "قلقه", "قلقون", "قلقين", "قلقان", "قلقا");

    static final Set<String> TARGET_PREPS = Set.of("علي", "ضد", "مع", "الي", "عن", "بحق", "تجاه", "لدي", "من");
    static final Set<String> PLACE_PREPS = Set.of("في", "قرب", "بالقرب", "داخل", "شمال", "جنوب", "شرق", "غرب", "شمالي",
            "جنوبي", "شرقي", "غربي", "وسط", "ضواحي", "اطراف", "محيط", "انحاء", "منطقه", "مدينه", "محافظه", "بلده", "قريه",
            "ولايه", "اقليم", "مخيم", "حي", "ريف", "مناطق");
    /** The directions among them, which place a place relative to another (جنين شمال الضفة). */
    static final Set<String> DIRECTIONS = Set.of("قرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط");
    /** Prepositions that introduce a party (not a place inside a title): مع، على، ضد، إلى، بين. */
    static final Set<String> PARTY_PREPS = Set.of("مع", "ومع", "علي", "ضد", "الي", "بين", "لدي");
    /** Title words that open a person's title phrase (وزير … لشؤون …، سفير … في …، المبعوث … إلى …). */
    static final Set<String> TITLES = Set.of("وزير", "وزيره", "الوزير", "الوزيره", "رئيس", "الرئيس", "رئيسه", "سفير", "السفير",
            "سفيره", "مبعوث", "المبعوث", "مبعوثه", "ممثل", "الممثل", "مندوب", "المندوب", "نائب", "قائد", "القائد", "مستشار",
            "المستشار", "المتحدث", "متحدث", "الناطق", "ناطق", "امين", "الامين", "مدير", "المدير", "زعيم", "الزعيم", "ملك",
            "الملك", "امير", "الامير", "ولي", "مسؤول", "المسؤول", "قنصل", "القنصل", "منسق", "المنسق", "محافظ", "المحافظ",
            "حاكم", "الحاكم", "مفوض", "المفوض", "عضو", "النائب", "السيناتور", "مراسل", "مراسله", "قائده", "الرئيسه", "عاهل", "العاهل",
            "رجل");
    /** Words after which an event noun refers to an event told elsewhere (مسؤولية مقتل، المسؤولين عن قتل، على خلفية، إثر). */
    static final Set<String> REFERENCE = Set.of("مسؤوليه", "المسؤوليه", "المسؤولين", "المسؤول", "المسؤولون", "وراء", "خلفيه",
            "اثر", "اعقاب", "محاسبه", "ضحايا", "ذكري", "تفاصيل", "ملابسات");
    /** "Since" before an event noun: the event is a time anchor (منذ حادث تسميم). */
    static final Set<String> SINCE = Set.of("منذ", "ومنذ");
    /** Incident nouns that can stand between منذ and the event noun (منذ حادث تسميم، منذ واقعة اغتيال). */
    static final Set<String> INCIDENT = Set.of("حادث", "حادثه", "واقعه", "عمليه");
    /** "Any" before an event noun (أي هجوم، لأي اتفاق، بأية زيارة): no particular event. */
    static final Set<String> ANY = Set.of("اي", "لاي", "باي", "واي", "ايه", "لايه", "بايه", "وايه", "فاي");
    /** The start of an event after منذ (منذ بدء الاحتجاجات، منذ انطلاق مسيرات العودة): a time anchor too. */
    static final Set<String> START = Set.of("بدء", "بدايه", "انطلاق", "اندلاع", "انطلاقه", "بدايات");
    /** "Another", "new", "again": the event is not one told before (محكمة أخرى، هجوم جديد، مجددا). */
    static final Set<String> ANOTHER = Set.of("اخري", "اخر", "جديد", "جديده", "جديدا", "مجددا");
    /** Claims and charges: what a denial or a refusal of them answers (رفضت تلك المزاعم، نفى الاتهامات). */
    static final Set<String> CLAIMS = Set.of("المزاعم", "مزاعم", "الاتهامات", "اتهامات", "الاتهام", "التهم", "الادعاءات", "ادعاءات", "التقارير");
    static final Set<String> ASYLUM = Set.of("لجوء", "اللجوء");
    /** Complementizers carrying their clause's subject as a pronoun. */
    static final Set<String> THAT_PRONOUN = Set.of("انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "وانه", "وانها", "لانه", "لانها");
    /** "Was subjected to" (تعرض لقصف، تعرضهما للتعذيب): its subject or pronoun is the event's patient. */
    static final Set<String> SUBJECTED = Set.of("تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "يتعرضون", "تعرضه", "تعرضها",
            "تعرضهما", "تعرضهم", "لتعرض", "لتعرضه", "لتعرضها", "بتعرض");
    /** Facing an event named by a noun without لـ (يواجه العبادي انتقادات، واجهت القوات هجوما): the one facing it is its target. */
    static final Set<String> FACES = Set.of("واجه", "واجهت", "واجهوا", "يواجه", "تواجه", "يواجهون", "تواجهان", "يواجهان",
            "سيواجه", "ستواجه");
    /** Adjectives that make a battle or war figurative: معركة انتخابية، الحرب التجارية، حرب كلامية. */
    static final Set<String> FIGURATIVE = Set.of("انتخابيه", "الانتخابيه", "قانونيه", "القانونيه", "قضائيه", "القضائيه",
            "سياسيه", "السياسيه", "دبلوماسيه", "الدبلوماسيه", "اعلاميه", "الاعلاميه", "كلاميه", "الكلاميه", "اقتصاديه",
            "الاقتصاديه", "تجاريه", "التجاريه", "الرسوم", "العملات", "نفسيه", "النفسيه", "البارده", "بارده");
    /** Prepositions before a bare noun: في سجن صيدنايا is a prison, not an imprisonment. */
    static final Set<String> NOUN_PREPS = Set.of("في", "من", "الي", "داخل", "خارج", "الى");
    /**
     * Words before an agreement noun that refer to an agreement already made (بموجب اتفاق، وفقا للاتفاقية،
     * انسحاب بلاده من الاتفاق، تطبيق الاتفاق) or aimed at (للتوصل إلى اتفاق): no new agreement is reported.
     */
    static final Set<String> AGREEMENT_FRAMES = Set.of("بموجب", "وفقا", "وفق", "طبقا", "تطبيق", "بتطبيق", "لتطبيق", "تنفيذ",
            "بتنفيذ", "لتنفيذ", "بنود", "شروط", "اشاره", "مخالف", "مخالفه", "خرق", "انتهاك", "الالتزام", "بالالتزام", "التزام",
            "يلتزم", "تلتزم", "استنادا", "انسحاب", "الانسحاب", "انسحبت", "انسحب", "انسحبوا", "تنسحب", "ينسحب", "انسحابها", "انسحابه", "انسحابهم", "للتوصل", "لتوقيع", "بهدف");
    /**
     * What makes a meeting noun something else: قمة العيش/الهرم/الأخلاق (a top, a livelihood), لقاء رياضي (a
     * match), استضافة المباريات/اللاجئين (hosting games or people, not talks).
     */
    static final Set<String> NOT_MEETINGS = Set.of("العيش", "الهرم", "الجبل", "جبل", "الاخلاق", "المجد", "الدوري", "الترتيب",
            "النجاح", "رياضي", "ودي", "كروي", "المباريات", "مباريات", "المباراه", "مباراه", "البطوله", "بطوله", "كاس", "المونديال",
            "الالعاب", "اللاجئين", "لاجئين", "النازحين", "المهاجرين", "الطلاب", "المعرض", "معرض", "المهرجان", "مهرجان");
    /** Foiling, failing or cancelling an event (إحباط هجوم، فشلت مباحثات، ألغت القمة): the event did not happen. */
    static final Set<String> FOILED = Set.of("احباط", "باحباط", "احبط", "احبطت", "احبطوا", "يحبط", "تحبط", "افشال", "بافشال",
            "افشل", "افشلت", "يفشل", "تفشل",
            // failed and cancelled (فشلت مباحثات دولية، ألغت مباحثات رفيعة المستوى); session 21, training gold within four
            // words before the trigger: negated 48 to 23 other after فشل، 29 to 14 after ألغى/إلغاء
            "فشل", "فشلت", "فشلوا", "الغت", "الغي", "الغاء", "بالغاء");
    /** Counting words before an event noun: a tally (عدد القتلى، حصيلة الضحايا), not one event. */
    static final Set<String> TALLY = Set.of("عدد", "حصيله", "اجمالي", "مجموع");
    /** Purposes and conditions: an event noun after them is aimed at or supposed, not reported (بهدف قتل، في حال إدانته). */
    // and necessity or means (ضرورة وقف إطلاق النار، سبل وقف القتال): the event named is wanted, not reported
    static final Set<String> PURPOSE_OR_CONDITION = Set.of("بهدف", "هدف", "بغيه", "سعيا", "اجل", "حال", "حاله",
            "ضروره", "بضروره", "لضروره", "اهميه", "باهميه", "سبل", "لسبل");
    static final Set<String> SPECIFIC = Set.of("خاصه", "تحديدا", "بالتحديد", "سيما", "ولاسيما", "لاسيما", "وخاصه");
    /** Verbs that carry an event noun (شن هجوما، أجرى اتصالا، عقد اجتماعا، فرض عقوبات): their subject is the actor. */
    static final Set<String> SUPPORT_VERBS = Set.of("شن", "شنت", "شنوا", "يشن", "تشن", "يشنون", "نفذ", "نفذت", "نفذوا",
            "ينفذ", "تنفذ", "اجري", "اجرت", "اجروا", "يجري", "تجري", "عقد", "عقدت", "عقدوا", "يعقد", "تعقد", "قام", "قامت",
            "قاموا", "يقوم", "تقوم", "فرض", "فرضت", "يفرض", "تفرض", "ابرم", "ابرمت", "نظم", "نظمت", "نظموا", "ينظم", "تنظم",
            "كثف", "كثفت", "يكثف", "تكثف", "واصل", "واصلت", "يواصل", "تواصل", "بدا", "بدات", "اطلق", "اطلقت");
    /** Support verbs with the future prefix (سيعقد اجتماعا، ستجري محادثات). */
    static final Set<String> SUPPORT_VERBS_FUTURE = Set.of("سيعقد", "ستعقد", "سيجري", "ستجري", "سيشن", "ستشن", "سينفذ", "ستنفذ",
            "سيقوم", "ستقوم", "سيفرض", "ستفرض", "سيبدا", "ستبدا", "سيواصل", "ستواصل");
    static final Set<String> PASSIVE_AUX = Set.of("تم", "جري", "يتم", "جرت");
    static final Set<String> BY_AGENT = Set.of("قبل", "يد");
    /** Performative verbs in the first person (in quoted statements): the speaker acts, the party after is addressed. */
    static final Set<String> FIRST_PERSON = Set.of("ادعو", "ندعو", "اطالب", "نطالب", "احث", "نحث", "اناشد", "نناشد", "ارفض",
            "نرفض", "ندين", "اشكر", "نشكر", "ارحب", "نرحب", "نؤيد", "اؤيد", "نتهم", "نحذر", "احذر", "نطلب", "اطلب");
    /** Passive participles of event verbs: their subject is the patient (متهم، محتجز، معتقل، مطرود). */
    static final Set<String> PASSIVE_PARTICIPLES = Set.of("متهم", "متهما", "متهمه", "متهمين", "متهمون", "محتجز", "محتجزا",
            "محتجزه", "معتقل", "معتقلا", "معتقله", "مطرود", "مسجون", "مسجونا", "محكوم", "محكوما", "مدان", "مدانا");
    /** Weapons whose genitive is who used them: برصاص الجيش، بنيران القوات، بقصف الطيران. */
    static final Set<String> INSTRUMENTS = Set.of("رصاص", "الرصاص", "نيران", "النيران", "قصف", "غارات", "غاره", "قذائف", "صواريخ");

    /** Words for armed people: a victim so described makes an attack a battle (ACLED). */
    static final Set<String> ARMED = Set.of("جنود", "جنديا", "جندي", "جنديين", "عسكريين", "عسكريا", "مقاتلين", "مقاتلا",
            "مسلحين", "مسلحا", "عناصر", "ضباط", "ضابطا", "الجنود", "الجيش", "جيش", "قوات", "القوات", "ميليشيا", "مليشيا",
            "فصائل", "الفصائل", "عنصرا", "شرطيا", "افراد");
    static final Set<String> AIR = Set.of("جوي", "جويه", "طائرات", "طائره", "الطيران", "طيران", "مسيره", "مسيرات", "المقاتلات");
    static final Set<String> KILLED_AFTER = Set.of("قتيلا", "قتلي", "قتيل", "شهيدا", "شهداء", "حتفهم", "مصرعهم", "قتلوا",
            "لقوا", "جثه", "جثث");
    static final Set<String> INJURED_BEFORE = Set.of("اصابه", "جرح", "اصيب", "اصابت", "اصيبوا", "واصابه", "واصيب", "وجرح");
    static final Set<String> INJURED_AFTER = Set.of("جريحا", "جرحي", "مصابا", "مصابين", "اصابات", "بجروح", "جريح");
    static final Set<String> ARRESTED_AFTER = Set.of("معتقلا", "معتقلين", "موقوفا", "مشتبها");
    static final Set<String> NOT_PEOPLE = Set.of("دولار", "دولارا", "مليون", "مليار", "بالمئه", "بالمائه", "%", "كيلومتر",
            "كيلومترا", "كلم", "كم", "متر", "مترا", "عام", "عاما", "سنه", "سنوات", "اعوام", "يوم", "يوما", "ايام", "ساعه", "ساعات",
            "دقيقه", "دقائق", "شهر", "شهرا", "اشهر", "اسبوع", "اسابيع", "طن", "يورو", "جنيه", "ريال", "درهم", "دينار", "ليره");
    static final Set<String> HUMAN_SINGULAR = Set.of("شخص", "شخصا", "جندي", "جنديا", "مدني", "مدنيا", "طفل", "طفلا", "امراه",
            "رجل", "رجلا", "شرطي", "شرطيا", "ضابط", "ضابطا", "مسلح", "مسلحا", "صحفي", "صحفيا", "مواطن", "مواطنا", "فلسطيني",
            "فلسطينيا", "عنصر", "عنصرا");
    static final Set<String> HUMAN_DUAL = Set.of("شخصين", "جنديين", "طفلين", "رجلين", "ضابطين", "عنصرين", "امراتين", "فتاتين", "شابين",
            "طفلتين");

    static final Set<String> CHARGE_WORDS = Set.of("تهمه", "بتهمه", "تهم", "بتهم", "جريمه", "جرائم");
    static final Set<String> CONVICT_WORDS = Set.of("ادان", "ادانت", "ادانته", "ادانتها", "ادانه", "اتهم", "اتهمت",
            "اتهامه", "متهم", "متهما", "متهمه", "حكم", "حكمت", "قضت", "ادين", "ادينت");
    static final Set<String> MEDIA = Set.of("تلفزيوني", "تليفزيوني", "صحفي", "صحافي", "اذاعي", "متلفز", "تلفزيونيه", "صحفيه",
            "اعلامي");
    static final Set<String> REQUEST_FRAMES = Set.of("علي", "بناء", "في", "الي", "جاء");
    static final Set<String> COURT = Set.of("محكمه", "المحكمه", "القضاء", "قاضي", "القاضي", "بتهمه", "النيابه", "المحلفين");
    /** Conviction words: a condemnation (أدان) in a court's sentence is a conviction. */
    static final Set<String> CONVICTED = Set.of("ادان", "ادانت", "ادانته", "ادانتها", "ادانتهم", "ادانه", "ادين", "ادينت", "ادانتهما");
    static final Set<String> AGREEMENTS = Set.of("الاتفاق", "الاتفاقيه", "اتفاق", "اتفاقيه", "المعاهده", "معاهده");

    /** Attack words that a named person uses in words (هاجم ترامب الصحفيين). */
    static final Set<String> ATTACK_WORDS = Set.of("هاجم", "يهاجم", "تهاجم", "هاجمت", "هاجموا", "هجوم", "هجومه", "هجومها",
            "هجوما", "مهاجمه", "هجومهم");
    /** A market closing (أغلق المؤشر عند، ليغلق مرتفعا، على ارتفاع). */
    static final Set<String> MARKET_CLOSE = Set.of("عند", "مرتفعا", "منخفضا", "متراجعا", "مستقرا", "ارتفاع", "انخفاض", "تراجع",
            "تعاملاته", "تداولاته", "تعاملات", "تداولات", "مستوي", "نقطه", "نقاط");
    /** Shares of a poll (61 بالمئة، في المئة، %، استطلاع). */
    static final Set<String> SHARE = Set.of("بالمئه", "بالمائه", "%", "٪", "المئه", "المائه", "استطلاع", "الاستطلاع", "استطلاعا");
    /** برئاسة (chaired by): who chairs a meeting holds it. */
    static final Set<String> CHAIRED = Set.of("برئاسه", "تراسه", "تراسها", "يتراسه", "يتراسها");
    /** طعن in its legal sense (an appeal) and the words that make a sentence a court's. */
    static final Set<String> APPEAL = Set.of("طعن", "طعنا", "طعون", "الطعن", "طعنه", "طعنها");
    static final Set<String> VERDICTS = Set.of("الحكم", "حكم", "الاحكام", "احكام", "قرار", "القرار", "استئناف", "الاستئناف",
            "النقض", "المتهمين", "متهمين");
    static final Set<String> KNIVES = Set.of("سكين", "بسكين", "سكاكين", "طعنات", "بالسكين", "ساطور");
    /** Responsible, said of a party (روسيا مسؤولة عن): without the article, as a predicate. */
    static final Set<String> RESPONSIBLE = Set.of("مسؤول", "مسؤوله", "مسؤولون", "مسؤولين", "مسؤولتان", "مسؤولان");
    /** Prepositions framing a meeting noun as the occasion of another act (في اتصال هاتفي، خلال لقائه، عبر الهاتف). */
    static final Set<String> MEETING_FRAMES = Set.of("في", "خلال", "اثناء", "عبر", "ابان");
    /** Sentence openers that are no verbs (a verb opening a sentence has its subject right after it). */
    static final Set<String> NOT_VERBS = Set.of("في", "من", "الي", "علي", "عن", "مع", "بعد", "قبل", "خلال", "منذ", "كما",
            "ان", "وان", "لكن", "ولكن", "هذا", "هذه", "وهذا", "وفي", "وقد", "قد", "كان", "وكان", "وكانت", "كانت", "ومن", "وبعد",
            "وخلال", "وعلي", "لا", "ولا", "لم", "ولم", "ثم", "اما", "واما");
    /** Relative pronouns: a present-tense verb right after one describes a standing state (الحوثيين الذين تدعمهم إيران). */
    static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي");
    /** Past verbs that begin with ت (تظاهروا، تعهد): not present-tense forms. */
    static final List<String> PAST_T_STEMS = List.of("تظاهر", "تعهد", "تضامن", "تفاوض", "تسلل", "تحرش", "تبني", "تبنت", "تصادم", "تنحي");
    /** One's own responsibility (مسؤوليته، مسؤوليتها …), the object of a claim. */
    static final Set<String> OWN_RESPONSIBILITY = Set.of("مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "مسؤوليتهما", "مسئوليته", "مسئوليتها",
            "مسئوليتهم", "مسئوليتهما");
    /** Verbs that claim an act (أعلن، ادعى، تبنى، أكد), past and present, as their clitic readings give them. */
    static final Set<String> CLAIM_VERBS = Set.of("اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن", "يعلنون", "ادعي", "ادعت", "ادعوا", "يدعي",
            "تدعي", "تبني", "تبنت", "تبنوا", "يتبني", "تتبني", "اكد", "اكدت", "اكدوا", "يؤكد", "تؤكد", "اعلان");

    /** Attacking, as a verb or a noun (هاجم، هجوما، مهاجمة): in a sentence told in words, an attack in words. */
    static final Set<String> ASSAILING = Set.of("هاجم", "هاجمت", "يهاجم", "تهاجم", "هاجموا", "يهاجمون", "مهاجمه", "هجوما", "هجوم",
            "الهجوم", "هجومه", "هجومها", "هجمات", "الهجمات");
    /**
     * Words that tell an attack in words (قائلا، واصفا، في تغريدة، هجوما لاذعا): not a bulletin (بيان), statements
     * (تصريحات) or Twitter named as where an armed attack was reported.
     */
    static final Set<String> IN_WORDS = Set.of("قائلا", "قائله", "واصفا", "واصفه", "تغريده", "تغريدات", "لاذعا", "لاذع", "لاذعه",
            "ساخرا", "ساخر", "اللهجه");

    /** Intercepting (اعتراض الصواريخ): an interception is no rejection but an assault on what is intercepted. */
    static final Set<String> INTERCEPT = Set.of("اعتراض", "اعترض", "اعترضت", "يعترض", "تعترض", "اعترضوا", "يعترضون");
    static final Set<String> PROJECTILES = Set.of("صاروخ", "صواريخ", "صاروخا", "قذيفه", "قذائف", "طائره", "طائرات", "مسيره",
            "مسيرات", "سفينه", "سفن", "شحنه", "زورق", "زوارق");
    /** Hosting a thing, not a guest (استضافة اللاجئين، استضافة المونديال): no meeting. */
    static final Set<String> HOSTING = Set.of("استضافه", "استضاف", "استضافت", "يستضيف", "تستضيف", "استضافوا", "يستضيفون");
    static final Set<String> HOSTED_THINGS = Set.of("لاجئ", "لاجئين", "لاجئا", "نازح", "نازحين", "مهاجرين", "مهاجر", "بطوله",
            "كاس", "مونديال", "دوره", "مباريات", "مباراه", "العاب", "مهرجان", "معرض", "حدث", "نهائيات", "الاف", "مليون", "ملايين");
    /** A fall in aid (انخفاض المساعدات) is no aid; cutting or suspending it (قطع، تجميد، تعليق المساعدات) is a sanction. */
    static final Set<String> DECLINE = Set.of("انخفاض", "تراجع", "انخفضت", "تراجعت", "تناقص", "تناقصت", "نقص", "انخفض", "ضعف");
    static final Set<String> CUT = Set.of("خفض", "تقليص", "تخفيض", "وقف", "قطع", "تجميد", "تعليق", "قلص", "قلصت", "خفضت",
            "اوقف", "اوقفت", "قطعت", "جمدت", "علقت", "يقطع", "تقطع", "يوقف", "توقف", "يجمد", "تجمد", "يعلق", "تعلق", "يخفض", "تخفض");
    /** حمّل (blamed) … مسؤولية: holding someone responsible is an accusation. */
    static final Set<String> BLAME_VERBS = Set.of("حمل", "حملت", "يحمل", "تحمل", "حملوا", "يحملون", "يحملان", "تحملان", "حملا", "حملتا", "نحمل", "احمل");
    static final Set<String> RESPONSIBILITY = Set.of("مسؤوليه", "المسؤوليه");
    /** Ordering or asking someone to leave (أمرت 60 دبلوماسيا بالمغادرة): an expulsion. */
    static final Set<String> ORDER_TO_LEAVE = Set.of("امر", "امرت", "يامر", "تامر", "امروا", "طلب", "طلبت", "سيطلب", "ستطلب",
            "يطلب", "تطلب", "امهل", "امهلت", "يمهل", "تمهل", "مهله");
    /** Dying idioms (لقي مصرعه، لقوا حتفهم، استشهد): their subject is the victim. */
    static final Set<String> DIED = Set.of("لقي", "لقيت", "لقوا", "يلقي", "تلقي", "يلقون", "لقيا");
    static final Set<String> DEATH_NOUNS = Set.of("مصرع", "حتف");

    /** Verbs of result before a killing noun (أسفر عن مقتل، أدى إلى مقتل، تسبب في مقتل، خلف): the toll of an attack. */
    static final Set<String> RESULT_VERBS = Set.of("اسفر", "اسفرت", "يسفر", "تسفر", "اسفرا", "ادي", "ادت", "يؤدي", "تؤدي",
            "تسبب", "تسببت", "يتسبب", "تتسبب", "خلف", "خلفت", "يخلف", "تخلف", "اوقع", "اوقعت", "يوقع", "توقع", "نجم", "نتج");
    /** Accusative nouns of purpose (دعما لـ، تضامنا مع، تأييدا لـ). */
    static final Set<String> PURPOSE_ADVERBS = Set.of("دعما", "تضامنا", "تاييدا", "ودعما", "وتضامنا", "وتاييدا");
    /** Stopping (إيقاف، وقف) before إطلاق النار: a ceasefire. */
    static final Set<String> STOP = Set.of("ايقاف", "وقف", "لوقف", "بوقف", "لايقاف", "بايقاف", "وايقاف", "ووقف", "توقف", "بتوقف");
    /** Words joining a killing to the attack it happened in (في غارة، جراء القصف، إثر هجوم، خلال مواجهات). */
    static final Set<String> KILLED_IN = Set.of("في", "جراء", "اثر", "خلال", "اثناء", "نتيجه", "بسبب");
    /** Natural and accidental causes of death (الزلزال، الإعصار، الفيضانات، تحطم طائرة); not سيول, also Seoul. */
    static final Set<String> DISASTERS = Set.of("زلزال", "الزلزال", "اعصار", "الاعصار", "فيضانات", "الفيضانات", "الامطار",
            "تحطم", "بتحطم", "لتحطم", "البركان", "انجراف");
    /** A count rising (ارتفع عدد القتلى، لترتفع الحصيلة، بلغت حصيلة). */
    static final Set<String> RISE = Set.of("ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ليرتفع", "لترتفع", "وارتفع", "وارتفعت",
            "ويرتفع", "وترتفع", "بلغ", "بلغت", "يبلغ", "تبلغ", "وبلغ", "وبلغت", "ليبلغ", "لتبلغ", "ارتفاع", "بارتفاع", "وصل", "وصلت", "ليصل", "لتصل");
    /** Wounded or fallen (أصيبوا، سقطوا، جرح) before the weapon that did it (بالرصاص الحي). */
    static final Set<String> CASUALTY_VERBS = Set.of("اصيب", "اصيبوا", "اصيبت", "يصاب", "سقط", "سقطوا", "سقطت", "جرح", "جرحوا",
            "اصابه", "اصابات", "جرحي", "مصابين", "قتلي");
    /** The preposition after a verb of result (عن، إلى، في، ب). */
    static final Set<String> RESULT_LINKS = Set.of("عن", "الي", "في", "ب"); // ب: بـ written apart, with a tatweel

    /** Verbs and nouns of blocking (أغلق، غلق، قطع): a road blocked in protest is a protest. */
    static final Set<String> BLOCK_VERBS = Set.of("غلق", "اغلاق", "اغلق", "اغلقت", "اغلقوا", "يغلق", "تغلق", "يغلقون", "قطع", "قطعت",
            "قطعوا", "يقطع", "يقطعون", "تقطع");
    /** Roads (the article is set aside by the readings). */
    static final Set<String> ROADS = Set.of("طريق", "الطريق", "طرق", "الطرق", "طرقات", "الطرقات");
    /** In protest (احتجاجا على، للاحتجاج على، تنديدا ب). */
    static final Set<String> IN_PROTEST = Set.of("احتجاجا", "احتجاج", "للاحتجاج", "تنديدا");
    /** Heads of the constructions that scan every token (قال إنه قلق، استدعى، وجه الاتهام، أجرى اتصالات): one bit test first. */
    static final Set<String> CONSTRUCTION_HEADS = union(THAT_PRONOUN, SUMMON, CHARGE_VERBS, MEETING_PLURALS, BLOCK_VERBS);

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) all.addAll(s);
        return Set.copyOf(all);
    }

    /** Every list above that the coder asks about token by token, for {@link org.marsad.time.WordView}'s bit tests. */
    static final org.marsad.time.WordView.Classes CLASSES = new org.marsad.time.WordView.Classes(List.of(NEGATION, DENIAL,
            FUTURE, HYPOTHETICAL, CLAUSE_BREAK, TITLES, EARLIER, PLANNED, COMING, THING_HEADS, PLUPERFECT, MAY, THAT, REPORT_VERBS, ACCORDING_TO, LIGHT_VERBS, CONCERN, TARGET_PREPS, PLACE_PREPS,
            SPECIFIC, SUPPORT_VERBS, SUPPORT_VERBS_FUTURE, PASSIVE_AUX, BY_AGENT, ARMED, AIR, KILLED_AFTER, INJURED_BEFORE,
            INJURED_AFTER, ARRESTED_AFTER, NOT_PEOPLE, HUMAN_SINGULAR, HUMAN_DUAL, AGREEMENTS, CHARGE_WORDS, CONVICT_WORDS, COURT, CONVICTED, REQUEST_FRAMES, MEDIA, GroupParties.HEAD_WORDS, INSTRUMENTS, PURPOSE_OR_CONDITION, PASSIVE_PARTICIPLES, TALLY, FIRST_PERSON, ASYLUM, SUBJECTED, FACES, FIGURATIVE, NOUN_PREPS, AGREEMENT_FRAMES, NOT_MEETINGS, FOILED, SINCE, INCIDENT, ANOTHER, CLAIMS, CONSTRUCTION_HEADS,
            InstitutionPhrases.HEAD_FORMS, IN_WORDS));

    /** Penalties a court imposes, named after عقوبة (عقوبة الإعدام): no sanction between states. */
    static final Set<String> PENALTIES = Set.of("الاعدام", "السجن", "الحبس", "الجلد", "المؤبد", "بالاعدام", "بالسجن");

    /** Quotation marks as tokens ("، «»، “”). */
    static final Set<String> QUOTES = Set.of("\"", "“", "”", "«", "»");

    /** The Arabic or the Latin comma as a token. */
    static boolean isComma(String w) {
        return w.equals("،") || w.equals(",");
    }
}
