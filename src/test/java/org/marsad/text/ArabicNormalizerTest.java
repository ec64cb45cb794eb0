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
}
