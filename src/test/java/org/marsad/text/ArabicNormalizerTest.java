package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
    private static void check(String input, String expected) {
        assertThat(ArabicNormalizer.normalizeForMatching(input)).isEqualTo(expected);
        assertThat(ArabicNormalizer.normalize(input).normalized()).isEqualTo(expected);
    }

    @Test
    void hamzaAndAlefForms() {
        check("أحمد", "احمد");
        check("إيران", "ايران");
        check("آمال", "امال");
        check("ٱلله", "الله");
    }

    @Test
    void alefMaqsuraAndTehMarbuta() {
        check("مصطفى", "مصطفي");
        check("الدولة", "الدوله");
        check("فارسی", "فارسي");
    }

    @Test
    void diacriticsAndTatweelRemoved() {
        check("عَبّر", "عبر");
        check("مؤكداً", "مؤكدا");
        check("العـــراق", "العراق");
    }

    @Test
    void digitsBecomeAscii() {
        check("٢٠٢٤", "2024");
        check("۱۴۰۳", "1403");
    }

    @Test
    void presentationFormsFold() {
        check("\uFEDF\uFEE0\uFEEE", "للو");
        check("\uFEFB", "لا");
    }

    @Test
    void bidiMarksRemovedAndLatinLowercased() {
        check("\u200Fداعش\u200E ISIS", "داعش isis");
    }

    @Test
    void offsetsMapBack() {
        String original = "قال الـمتحدثُ إنّ";
        NormalizedText n = ArabicNormalizer.normalize(original);
        int s = n.normalized().indexOf("المتحدث");
        int e = s + "المتحدث".length();
        assertThat(original.substring(n.toOriginalStart(s), n.toOriginalEnd(e))).isEqualTo("الـمتحدثُ");
    }

    @Test
    void theTableAgreesWithTheCharByCharRulesOnEveryUnitAndOnRandomMixes() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            assertThat(ArabicNormalizer.normalizeForMatching(one)).as("U+%04X", c).isEqualTo(ArabicNormalizer.normalizeGenerally(one));
        }
        java.util.Random random = new java.util.Random(3);
        char[] pool = "اأةًـ٠۵‏ﻻﷲىAzZ  کٱ".toCharArray();
        for (int k = 0; k < 2_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) b.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : pool[random.nextInt(pool.length)]);
            String s = b.toString();
            assertThat(ArabicNormalizer.normalizeForMatching(s)).isEqualTo(ArabicNormalizer.normalizeGenerally(s))
                    .isEqualTo(ArabicNormalizer.normalize(s).normalized());
            // the offset map: each normalized char points at the original char it came from
            java.util.List<Integer> expected = new java.util.ArrayList<>();
            for (int i = 0; i < s.length(); i++) {
                StringBuilder one = new StringBuilder();
                ArabicNormalizer.appendNormalized(one, s.charAt(i));
                for (int x = 0; x < one.length(); x++) expected.add(i);
            }
            assertThat(ArabicNormalizer.normalize(s).originalIndex()).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
