package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Repair;

/** One rule at a time, on real Arabic phrases. */
class RepairRulesTest {

    private static String apply(InlineRepair rule, String text, String... otherText) {
        WordCounts counts = new WordCounts();
        counts.addWords(text);
        for (String t : otherText) counts.addWords(t);
        Line line = new Line(0, text.length(), text);
        List<Repair> repairs = new ArrayList<>();
        rule.propose(text, line, counts, repairs);
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (Repair r : repairs) {
            assertThat(text.substring(r.start(), r.end())).isEqualTo(r.original());
            out.append(text, pos, r.start()).append(r.replacement());
            pos = r.end();
        }
        return out.append(text.substring(pos)).toString();
    }

    @Test
    void displacedPeriodGoesBackToTheWordBefore() {
        assertThat(apply(new PeriodRepair(), "عناصر التنظيم المتطرف .وسعوا سيطرتهم"))
                .isEqualTo("عناصر التنظيم المتطرف. وسعوا سيطرتهم");
        assertThat(apply(new PeriodRepair(), "واضعافها في 2017 .لكن الهجمات")).isEqualTo("واضعافها في 2017. لكن الهجمات");
    }

    @Test
    void displacedCommaGoesBackToo() {
        assertThat(apply(new PeriodRepair(), "في بغداد ،وأضاف المصدر")).isEqualTo("في بغداد، وأضاف المصدر");
    }

    @Test
    void periodBeforeRelativePronounIsRemoved() {
        assertThat(apply(new PeriodRepair(), "إمكانية تهريب الأسلحة. التي تم الاستيلاء عليها"))
                .isEqualTo("إمكانية تهريب الأسلحة التي تم الاستيلاء عليها");
        assertThat(apply(new PeriodRepair(), "اضعاف القوات الكردية .التي تتعرض لهجمات"))
                .isEqualTo("اضعاف القوات الكردية التي تتعرض لهجمات");
    }

    @Test
    void periodBeforeComplementizerIsRemoved() {
        assertThat(apply(new PeriodRepair(), "الأسبوع الماضي .أن التنظيم")).isEqualTo("الأسبوع الماضي أن التنظيم");
    }

    @Test
    void periodBetweenNounAndAgreeingAdjectiveIsRemoved() {
        assertThat(apply(new PeriodRepair(), "قبل فترة .وجيزة من سقوط النظام")).isEqualTo("قبل فترة وجيزة من سقوط النظام");
    }

    @Test
    void periodBeforePurposeLamIsRemoved() {
        assertThat(apply(new PeriodRepair(), "بين الجانبين الأميركي والعراقي. لسحب القوات الأميركية"))
                .isEqualTo("بين الجانبين الأميركي والعراقي لسحب القوات الأميركية");
    }

    @Test
    void realSentenceEndsAreKept() {
        String text = "وقالت الوزارة في بيان رسمي. وأضافت أن الوضع مستقر. لبنان يرفض الاتهامات. لكن المعارضة ترفض.";
        assertThat(apply(new PeriodRepair(), text)).isEqualTo(text);
        String noun = "تعاني البلاد من أزمة سياسية. ومنظمة العفو الدولية تحذر";
        assertThat(apply(new PeriodRepair(), noun)).isEqualTo(noun);
    }

    @Test
    void decimalsAndEllipsesAreNotTouched() {
        String text = "ارتفع المؤشر 2.5 بالمئة... ثم تراجع";
        assertThat(apply(new PeriodRepair(), text)).isEqualTo(text);
    }

    @Test
    void doubledWordIsRemoved() {
        assertThat(apply(new DoubledWordRepair(), "وأكد خلال خلال اتصال هاتفي")).isEqualTo("وأكد خلال اتصال هاتفي");
        assertThat(apply(new DoubledWordRepair(), "وصل الوفد إلى إلى بغداد")).isEqualTo("وصل الوفد إلى بغداد");
    }

    @Test
    void intendedRepetitionIsKept() {
        String text = "تقدمت القوات رويدا رويدا نحو المدينة وقال لا لا للحرب";
        assertThat(apply(new DoubledWordRepair(), text)).isEqualTo(text);
        String punctuated = "قال: سوريا، سوريا فوق الجميع";
        assertThat(apply(new DoubledWordRepair(), punctuated)).isEqualTo(punctuated);
    }

    @Test
    void doubledContentWordsThatAreMistakes() {
        assertThat(apply(new DoubledWordRepair(), "ونوه البيان البيان إلى أن")).isEqualTo("ونوه البيان إلى أن");
        assertThat(apply(new DoubledWordRepair(), "تولى رئاسة رئاسة التحرير")).isEqualTo("تولى رئاسة التحرير");
    }

    @Test
    void repetitionThatIsArabicUsageIsKept() {
        for (String text : new String[] {"قال لشبكة بي بي سي إن", "لشبكتي سي أن أن وفوكس", "حاملة الطائرات يو إس إس كارل",
                "محادثات كورية كورية لن تكفي", "خطة يمنية يمنية للحل", "للمتهم محمد محمد كمال", "بصواريخ أرض أرض"}) {
            assertThat(apply(new DoubledWordRepair(), text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void periodBeforeOrdinarySentenceStartsIsKept() {
        for (String text : new String[] {"اختيار الحركة المستقلة. لدينا الآن خيارات", "قبل عامين. لكنّها الآن تجذب",
                "شاشات عرض بلورية. وطائرة سوخوي 30 قادرة"}) {
            assertThat(apply(new PeriodRepair(), text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void gluedWordSplitWhenThePartOccursAlone() {
        String other = "وزير الدولة البريطاني هاميش فالكونر";
        assertThat(apply(new GluedWordRepair(), "من جانبه عبّر فالكونرعن قلق بلاده", other))
                .isEqualTo("من جانبه عبّر فالكونر عن قلق بلاده");
    }

    @Test
    void gluedLookingWordsWithoutEvidenceAreKept() {
        String text = "قال المؤمن إن الأمن يتضمن حماية العاملين في المنطقة";
        assertThat(apply(new GluedWordRepair(), text)).isEqualTo(text);
        // فالكونرعن stays when فالكونر never occurs on its own
        assertThat(apply(new GluedWordRepair(), "عبّر فالكونرعن قلق بلاده")).isEqualTo("عبّر فالكونرعن قلق بلاده");
    }

    @Test
    void whitespaceRunsCollapse() {
        assertThat(apply(new WhitespaceRepair(), "قال  المتحدث\u00A0\u00A0باسم الجيش")).isEqualTo("قال المتحدث باسم الجيش");
    }
}
