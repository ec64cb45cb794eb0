package org.marsad.ner;

/**
 * Words that announce a name in the next few tokens: titles before persons (الرئيس, وزير, الشيخ), kinds of
 * organization (شركة, وكالة, حزب) and kinds of place (مدينة, محافظة, نهر). Matched on the word's
 * {@link Features#coreHash core} (normalized, clitic-stripped, without ال), so والرئيس and لوزير match too.
 * The class of a trigger up to three tokens back is a feature of the next tokens: the perceptron already
 * sees the previous two words, but a class generalizes over rare titles and reaches the third token.
 */
final class Triggers {
    static final int NONE = 0, PERSON = 1, ORGANIZATION = 2, PLACE = 3;

    private static final String[] PERSON_WORDS = {
        "الرئيس", "رئيس", "نائب", "وزير", "وزيرة", "الشيخ", "السيد", "السيدة", "الملك", "الملكة", "الامير", "الاميرة",
        "العاهل", "الدكتور", "د", "البروفسور", "الجنرال", "اللواء", "العميد", "العقيد", "الرائد", "النقيب", "المشير",
        "الفريق", "السفير", "المستشار", "المتحدث", "الناطق", "الزعيم", "القائد", "المرشد", "الامام", "البابا",
        "الكاردينال", "المطران", "الحاخام", "المدرب", "اللاعب", "الكاتب", "الشاعر", "الروائي", "الفنان", "الفنانة",
        "الممثل", "الممثلة", "المخرج", "المطرب", "المطربة", "الصحفي", "المراسل", "الاستاذ", "القاضي", "المحامي",
        "المدعي", "النائب", "السناتور", "الحاكم", "المحافظ", "الوزير", "المبعوث", "المفوض", "الامين", "المدير",
        "الخليفة", "السلطان", "الشريف", "الحاج", "المهندس", "الاب", "الابن", "شقيق", "شقيقة", "زوجة", "زوج", "نجل",
        "ابنة", "والد", "والدة", "المواطن", "الطفل", "المتهم", "الرهينة", "بن", "ابن", "ابو", "ام",
    };
    private static final String[] ORGANIZATION_WORDS = {
        "شركة", "الشركة", "وكالة", "جامعة", "منظمة", "حزب", "حركة", "جبهة", "مجلس", "وزارة", "هيئة", "جمعية", "اتحاد",
        "بنك", "البنك", "مصرف", "مؤسسة", "صحيفة", "مجلة", "قناة", "تلفزيون", "اذاعة", "مجموعة", "لجنة", "نادي", "فريق",
        "محكمة", "برلمان", "جيش", "قوات", "مركز", "معهد", "اكاديمية", "كلية", "مستشفى", "نقابة", "رابطة", "تحالف",
        "ائتلاف", "منتدى", "صندوق", "سلطة", "ادارة", "مكتب", "دائرة", "مصلحة", "كتلة", "تنظيم", "جماعة", "ميليشيا",
        "كتائب", "سرايا", "فيلق", "لواء", "مجمع", "اتحادية", "الاتحاد", "المنظمة", "الوكالة", "الحزب", "الحركة",
    };
    private static final String[] PLACE_WORDS = {
        "مدينة", "بلدة", "قرية", "ولاية", "محافظة", "منطقة", "مقاطعة", "اقليم", "عاصمة", "العاصمة", "جزيرة", "جزر",
        "نهر", "بحر", "خليج", "جبل", "جبال", "صحراء", "وادي", "بحيرة", "مخيم", "مطار", "ميناء", "حي", "شارع", "ساحة",
        "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "ضواحي", "قرب",
        "دولة", "بلاد", "جمهورية", "مملكة", "امارة", "سلطنة", "قضاء", "ناحية", "مديرية", "مركز", "حدود", "سواحل",
    };

    private static final LongIntMap CLASSES = build();

    private Triggers() {
    }

    private static LongIntMap build() {
        LongIntMap m = new LongIntMap(512);
        put(m, PLACE_WORDS, PLACE);
        put(m, ORGANIZATION_WORDS, ORGANIZATION);
        put(m, PERSON_WORDS, PERSON);
        return m;
    }

    private static void put(LongIntMap m, String[] words, int cls) {
        for (String w : words) m.put(Features.coreHash(w), cls);
    }

    /** The trigger class of a word given its core hash, {@link #NONE} if it is no trigger. */
    static int of(long coreHash) {
        return CLASSES.get(coreHash, NONE);
    }
}
