package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.ArticleText;
import org.marsad.model.Granularity;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.model.TimeExpression;
import org.marsad.pipeline.Pipeline;

class ArabicDateRecognizerTest {
    private static final Pipeline PIPELINE = Pipeline.builder().build();
    private final ArabicDateRecognizer recognizer = new ArabicDateRecognizer();

    private List<TimeExpression> dates(String text, String published) {
        Article a = new Article(new SourceRef(null, null, SourceFormat.TEXT), null, text, published, "ar", List.of(), List.of(), text);
        ArticleText t = PIPELINE.prepare(a);
        return recognizer.recognize(t);
    }

    private String one(String text, String published) {
        List<TimeExpression> d = dates(text, published);
        assertThat(d).as(text).hasSize(1);
        return d.get(0).value() + " " + d.get(0).granularity().wireName() + " " + d.get(0).text();
    }

    @Test
    void gregorianMonthsInEveryArabUsage() {
        assertThat(one("وقع الهجوم في 19 ديسمبر 2024 في المدينة", null)).isEqualTo("2024-12-19 day 19 ديسمبر 2024");
        assertThat(one("في 3 كانون الثاني 2020 قتل", null)).isEqualTo("2020-01-03 day 3 كانون الثاني 2020");
        assertThat(one("اجتمعوا في 5 تشرين الأول 2019", null)).isEqualTo("2019-10-05 day 5 تشرين الأول 2019");
        assertThat(one("يوم 14 جويلية 2021 بتونس", null)).isEqualTo("2021-07-14 day 14 جويلية 2021");
        assertThat(one("في 2 فيفري 2018", null)).isEqualTo("2018-02-02 day 2 فيفري 2018");
        assertThat(one("منذ يوليو/ تموز 2016", null)).isEqualTo("2016-07 month يوليو/ تموز 2016");
        assertThat(one("في أيار/مايو 2018 وقعت", null)).isEqualTo("2018-05 month أيار/مايو 2018");
    }

    @Test
    void ambiguousMonthWordsNeedADayOrAYear() {
        assertThat(dates("مارس الضغط على الحكومة", "2024-12-20")).isEmpty();
        assertThat(one("في 8 مارس 2018", null)).startsWith("2018-03-08 day");
        // a preposition before it or a direction after it makes it a month
        assertThat(one("وفي مارس الفائت، فتحت المفوضية تحقيقا", "2018-05-29")).isEqualTo("2018-03 month مارس الفائت");
        assertThat(one("وقعت الهجمات في مارس", "2018-05-29")).startsWith("2018-03 month");
        // with a conjunction on the preposition, for every month
        assertThat(one("وفي يناير فتحت السلطات المعبر", "2018-05-29")).startsWith("2018-01 month");
        assertThat(one("وفي 2011 اندلعت الاحتجاجات", "2018-05-29")).startsWith("2011 year");
        assertThat(dates("قتل أكثر من 2000 شخص", "2018-05-29")).isEmpty();
        assertThat(dates("وكان الرئيس مارس ضغوطا كبيرة في الماضي", "2018-05-29")).isEmpty();
    }

    @Test
    void ordinalDaysAndDaysOfTheMonthBeforeOrNow() {
        assertThat(one("أطلقت في الخامس من مارس الجاري عملية عسكرية", "2018-03-11")).startsWith("2018-03-05 day الخامس من مارس");
        assertThat(one("في الحادي والعشرين من أبريل", "2018-05-29")).startsWith("2018-04-21 day");
        assertThat(one("هجمات الحادي عشر من سبتمبر 2001", "2018-05-29")).startsWith("2001-09-11 day");
        assertThat(one("في الـ15 من الشهر الجاري", "2018-05-29")).startsWith("2018-05-15 day 15 من الشهر الجاري");
        assertThat(one("في الثالث من الشهر الماضي", "2018-05-29")).startsWith("2018-04-03 day");
        // an ordinal before من without a month is no date
        assertThat(dates("وقع الجزء الثاني من الاتفاق", "2018-05-29")).isEmpty();
    }

    @Test
    void hijriDatesConvertToGregorian() {
        assertThat(one("في 12 رمضان 1445 هـ", null)).startsWith("2024-03-22 day");
    }

    @Test
    void englishAndNumericDates() {
        assertThat(one("— وزارة الخارجية (@x) December 19, 2024", null)).startsWith("2024-12-19 day");
        assertThat(one("بتاريخ 19/12/2024 صدر", null)).startsWith("2024-12-19 day");
        assertThat(one("بتاريخ 2024-12-19 صدر", null)).startsWith("2024-12-19 day");
    }

    @Test
    void relativeExpressionsResolveAgainstPublication() {
        String pub = "2024-12-20"; // a Friday
        assertThat(one("قال اليوم إن", pub)).startsWith("2024-12-20 day");
        assertThat(one("وقع أمس انفجار", pub)).startsWith("2024-12-19 day");
        assertThat(one("وقع أول أمس انفجار", pub)).startsWith("2024-12-18 day");
        assertThat(one("قتل قبل يومين", pub)).startsWith("2024-12-18 day");
        assertThat(one("اعتقل منذ ثلاثة أيام", pub)).startsWith("2024-12-17 day");
        assertThat(one("وأكد الأسبوع الماضي أن", pub)).isEqualTo("2024-W50 week الأسبوع الماضي");
        assertThat(one("في الشهر الماضي", pub)).startsWith("2024-11 month");
        assertThat(one("خلال العام الماضي", pub)).startsWith("2023 year");
        assertThat(one("قال اليوم الثلاثاء", pub)).startsWith("2024-12-17 day");
        assertThat(one("يوم الأحد الماضي", pub)).startsWith("2024-12-15 day");
        assertThat(one("الجمعة قال", pub)).startsWith("2024-12-20 day");
        // the Tunisian press's الفارط (past) and غرة (the first of the month)
        assertThat(one("وأكد الأسبوع الفارط أن", pub)).isEqualTo("2024-W50 week الأسبوع الفارط");
        assertThat(one("خلال السنة الفارطة", pub)).startsWith("2023 year");
        assertThat(one("منذ غرة جانفي 2024", pub)).isEqualTo("2024-01-01 day غرة جانفي 2024");
        assertThat(one("يوم غرة ماي المقبل", pub)).startsWith("2025-05-01 day");
        // a bare January in a December article is the coming month; a later month than next is last year's
        assertThat(one("الإضراب المقرر يوم 17 جانفي", pub)).startsWith("2025-01-17 day");
        assertThat(one("في 3 مارس", "2025-01-10")).startsWith("2024-03-03 day");
        // after a future cue, a date without a year or a direction is the next one, not the last
        assertThat(one("ستنطلق الدورة يوم 15 جويلية", "2026-11-30")).startsWith("2027-07-15 day");
        assertThat(one("ومن المقرر أن يصوت البرلمان في 3 مارس", "2025-01-10")).startsWith("2025-03-03 day");
        assertThat(one("وستعقد الجلسة يوم الخميس", pub)).startsWith("2024-12-26 day");
        assertThat(one("قتل يوم الخميس", pub)).startsWith("2024-12-19 day");
        assertThat(one("سيتم ذلك. وكان قد وقع يوم 15 جويلية", "2026-11-30")).startsWith("2026-07-15 day");
    }

    @Test
    void relativeExpressionsNeedAPublicationDate() {
        assertThat(dates("وقع أمس انفجار", null)).isEmpty();
    }

    @Test
    void yearsAfterACueWordOnly() {
        assertThat(one("واضعافها في 2017.", null)).isEqualTo("2017 year 2017");
        assertThat(one("منذ عام 2011", null)).startsWith("2011 year");
        assertThat(dates("قتل 2017 شخصا", null)).isEmpty();
    }

    @Test
    void spansAreExactAndOrderedOnRandomText() {
        Random random = new Random(42);
        String[] words = {"في", "19", "ديسمبر", "2024", "أمس", "الأسبوع", "الماضي", "قبل", "يومين", "،", "عام", "2017", "كانون",
                "الأول", "الأحد", "December", "/", "ثلاثة", "أيام", "منذ", "اليوم"};
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 25; k++) sb.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            String text = sb.toString();
            int last = -1;
            for (TimeExpression t : dates(text, "2024-12-20")) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
                assertThat(t.start()).isGreaterThanOrEqualTo(last);
                last = t.end();
            }
        }
    }

    @Test
    void wireFormatMatchesTheIsoPatternsForRandomDates() {
        Random random = new Random(7);
        for (int k = 0; k < 5_000; k++) {
            java.time.LocalDate d = java.time.LocalDate.ofEpochDay(random.nextInt(-800_000, 3_000_000));
            assertThat(ArabicDateRecognizer.format(d, Granularity.DAY)).isEqualTo(d.toString());
            assertThat(ArabicDateRecognizer.format(d, Granularity.MONTH))
                    .isEqualTo(String.format("%04d-%02d", d.getYear(), d.getMonthValue()));
            assertThat(ArabicDateRecognizer.format(d, Granularity.YEAR)).isEqualTo(String.format("%04d", d.getYear()));
            assertThat(ArabicDateRecognizer.format(d, Granularity.WEEK)).isEqualTo(String.format("%04d-W%02d",
                    d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR), d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
    }
}
