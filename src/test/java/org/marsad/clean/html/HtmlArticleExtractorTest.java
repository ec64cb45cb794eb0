package org.marsad.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.HtmlCharset;
import org.marsad.ingest.InputException;
import org.marsad.model.Article;
import org.marsad.model.Boilerplate;
import org.marsad.model.ContentType;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.RawDocument;
import org.marsad.model.Repair;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Pipelines;

/** Golden tests on Arabic news pages written as realistic fixtures (src/test/resources/html). */
class HtmlArticleExtractorTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/html/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static List<Boilerplate> ofKind(List<Boilerplate> all, Boilerplate.Kind kind) {
        return all.stream().filter(b -> b.kind() == kind).toList();
    }

    private static List<String> roles(List<Boilerplate> all) {
        return all.stream().map(b -> String.valueOf(b.meta().get("role"))).toList();
    }

    @Test
    void jsonLdPageKeepsBodyAndMovesRelatedTweetCommentsAndChromeAside() throws IOException {
        String html = new String(fixture("news-jsonld-tweet.html"), StandardCharsets.UTF_8);
        ExtractedPage page = extractor.extractPage(html, null);

        PageMetadata m = page.metadata();
        assertThat(m.title()).isEqualTo("الحكومة العراقية تعلن خطة لإعادة إعمار الموصل القديمة");
        // the NewsArticle's JSON-LD wins over og meta (09:00) and over the WebPage node (2020)
        assertThat(m.published()).isEqualTo("2024-03-05T10:15+03:00");
        assertThat(m.modified()).isEqualTo("2024-03-06T08:40:12+03:00");
        assertThat(m.author()).isEqualTo("سارة الجبوري");
        assertThat(m.language()).isEqualTo("ar");
        assertThat(m.canonicalUrl()).isEqualTo("https://www.rafidain-news.example/iraq/2024/03/05/mosul-reconstruction");

        assertThat(page.paragraphs()).hasSize(5);
        assertThat(page.paragraphs().get(0)).startsWith("أعلنت الحكومة العراقية، يوم الثلاثاء،");
        assertThat(page.paragraphs().get(4)).endsWith("في أحياء الجانب الأيسر من المدينة.");
        assertThat(page.text()).doesNotContain("اقرأ أيضا", "افتتاح متحف الموصل", "بدء العمل رسميا", "خطوة ممتازة",
                "ملفات تعريف الارتباط", "الأكثر قراءة", "جميع الحقوق", "واتساب", "صورة أرشيفية", "بقلم");

        Boilerplate tweet = ofKind(page.boilerplate(), Boilerplate.Kind.SOCIAL_EMBED).getFirst();
        assertThat(tweet.text()).startsWith("بدء العمل رسميا في مشروع إعادة إعمار الموصل القديمة");
        assertThat(tweet.meta()).containsEntry("platform", "twitter").containsEntry("handle", "@IraqPlanning")
                .containsEntry("author", "وزارة التخطيط العراقية").containsEntry("date", "2024-03-05");
        assertThat(String.valueOf(tweet.meta().get("links"))).contains("https://twitter.com/IraqPlanning/status/1765012345678901234");

        assertThat(ofKind(page.boilerplate(), Boilerplate.Kind.RELATED_HEADLINE)).extracting(Boilerplate::text)
                .contains("افتتاح متحف الموصل بعد سنوات من الإغلاق والدمار", "مجلس محافظة نينوى يقر موازنة العام الجديد");
        assertThat(ofKind(page.boilerplate(), Boilerplate.Kind.CAPTION)).extracting(Boilerplate::text)
                .containsExactly("صورة أرشيفية لأحد أحياء الموصل القديمة (رويترز)");
        assertThat(roles(page.boilerplate())).contains("cookie_banner", "comments", "share", "footer");
    }

    @Test
    void entryContentPageWithOpenGraphDatesAndEmbeds() throws IOException {
        String html = new String(fixture("entry-content-og.html"), StandardCharsets.UTF_8);
        ExtractedPage page = extractor.extractPage(html, null);

        PageMetadata m = page.metadata();
        assertThat(m.title()).isEqualTo("ارتفاع صادرات الفوسفات المغربية بنسبة 12 بالمئة");
        assertThat(m.published()).isEqualTo("2024-01-18T14:30+01:00");
        assertThat(m.modified()).isEqualTo("2024-01-19T09:05+01:00");
        assertThat(m.author()).isEqualTo("يوسف بنعلي");
        assertThat(m.language()).isEqualTo("ar");
        assertThat(m.canonicalUrl()).isEqualTo("https://almassae-eco.example/economy/phosphate-exports-2023");

        assertThat(page.paragraphs()).hasSize(4);
        assertThat(page.paragraphs().get(0)).startsWith("كشفت معطيات رسمية صادرة عن مكتب الصرف");
        assertThat(page.text()).doesNotContain("نشر في", "منشأة لمعالجة", "إنستغرام", "شارك هذا المقال", "بنك المغرب",
                "النشرة البريدية", "الرئيسية");
        assertThat(ofKind(page.boilerplate(), Boilerplate.Kind.SOCIAL_EMBED)).extracting(b -> b.meta().get("platform"))
                .containsExactlyInAnyOrder("instagram", "youtube");
        assertThat(ofKind(page.boilerplate(), Boilerplate.Kind.SOCIAL_EMBED)).filteredOn(b -> b.meta().get("platform").equals("youtube"))
                .extracting(Boilerplate::text).containsExactly("تقرير مصور عن صادرات الفوسفات");
        assertThat(ofKind(page.boilerplate(), Boilerplate.Kind.RELATED_HEADLINE)).extracting(Boilerplate::text)
                .contains("بنك المغرب يبقي على سعر الفائدة الرئيسي دون تغيير");
        assertThat(ofKind(page.boilerplate(), Boilerplate.Kind.CAPTION)).extracting(Boilerplate::text)
                .containsExactly("منشأة لمعالجة الفوسفات قرب مدينة خريبكة");
    }

    @Test
    void windows1256PageDecodedFromItsMetaCharsetThroughThePipeline() throws Exception {
        byte[] bytes = fixture("windows-1256.html");
        assertThat(HtmlCharset.declared(bytes)).isEqualTo(java.nio.charset.Charset.forName("windows-1256"));
        Pipeline pipeline = Pipelines.standard().build();
        RawDocument raw = new RawDocument(new SourceRef("windows-1256.html", null, SourceFormat.HTML), bytes, ContentType.HTML,
                HtmlCharset.declared(bytes), DocumentMetadata.EMPTY);
        Article a = pipeline.toArticle(raw);
        assertThat(a.title()).isEqualTo("أمطار غزيرة تغمر شوارع الإسكندرية");
        assertThat(a.published()).isEqualTo("2024-01-10");
        assertThat(a.language()).isEqualTo("ar");
        assertThat(a.text()).startsWith("شهدت مدينة الإسكندرية، صباح اليوم الأربعاء،")
                .contains("وأعلنت محافظة الإسكندرية رفع درجة الاستعداد القصوى")
                .doesNotContain("أمطار غزيرة تغمر", "الأرصاد تحذر", "رياضة", "يناير");
        assertThat(a.text().split("\n")).hasSize(3);
        assertThat(ofKind(a.boilerplate(), Boilerplate.Kind.RELATED_HEADLINE)).extracting(Boilerplate::text)
                .contains("إغلاق ميناء الإسكندرية بسبب سوء الأحوال الجوية");
    }

    @Test
    void divSoupWithBareTextInlineTeasersAndAFacebookPost() throws Exception {
        byte[] bytes = fixture("div-soup-inline-teasers.html");
        Article a = extractor.extract(new SourceRef("soup.html", null, SourceFormat.HTML), new String(bytes, StandardCharsets.UTF_8),
                DocumentMetadata.EMPTY);
        assertThat(a.title()).isEqualTo("سوريا: عودة الكهرباء إلى أحياء في حلب بعد انقطاع دام أسبوعا");
        assertThat(a.published()).isEqualTo("2024-02-11"); // JSON-LD time without a zone: the day only
        String[] paragraphs = a.text().split("\n");
        assertThat(paragraphs).hasSize(4);
        assertThat(paragraphs[0]).startsWith("عادت الكهرباء مساء الأحد إلى عدد من أحياء مدينة حلب");
        assertThat(paragraphs[3]).startsWith("ويشكو سكان حلب منذ سنوات");
        assertThat(a.text()).doesNotContain("اقرأ أيضا", "أزمة وقود", "عودة التيار", "الأكثر قراءة", "مجلس الوزراء", "جميع الحقوق",
                "الكلمات المفتاحية", "فيديو");
        assertThat(ofKind(a.boilerplate(), Boilerplate.Kind.RELATED_HEADLINE)).extracting(Boilerplate::text).containsExactly(
                "أزمة وقود خانقة في دمشق وطوابير طويلة أمام المحطات", "ارتفاع جديد في أسعار المواد الغذائية في الأسواق السورية");
        Boilerplate post = ofKind(a.boilerplate(), Boilerplate.Kind.SOCIAL_EMBED).getFirst();
        assertThat(post.meta()).containsEntry("platform", "facebook").containsEntry("author", "كهرباء حلب");
        assertThat(post.text()).startsWith("عودة التيار الكهربائي إلى أحياء الشعار");
    }

    @Test
    void malformedHtmlStillYieldsItsParagraphs() throws InputException {
        String html = "<html><body><div class=story><p>انفجار في مستودع للوقود جنوب بغداد، ولا أنباء عن إصابات حتى الآن."
                + "<p>وقالت مصادر أمنية إن فرق الدفاع المدني سيطرت على الحريق بعد ساعتين من اندلاعه، وفتحت تحقيقا في أسبابه.</div></span></b>"
                + "<div><p>فقرة ثالثة <b>غير مغلقة، تتحدث عن ردود الفعل المحلية على الحادث ومطالبات بتشديد إجراءات السلامة.";
        Article a = extractor.extract(new SourceRef("bad.html", null, SourceFormat.HTML), html, DocumentMetadata.EMPTY);
        assertThat(a.text()).contains("انفجار في مستودع للوقود جنوب بغداد", "فرق الدفاع المدني سيطرت على الحريق");
    }

    @Test
    void repairsPointIntoTheExtractedBody() throws InputException {
        String html = "<html lang=ar><head><title>خبر</title></head><body><article><h1>وزير النقل يتفقد مشروع المترو</h1>"
                + "<p>تفقد وزير النقل اليوم سير العمل في في مشروع مترو الأنفاق الجديد، واطلع على نسب الإنجاز في المحطات الرئيسية.</p>"
                + "<p>وأكد الوزير أن المرحلة الأولى من المشروع ستفتتح قبل نهاية العام ، وأن العمل يسير وفق الجدول الزمني المحدد.</p>"
                + "</article></body></html>";
        Article a = extractor.extract(new SourceRef("repair.html", null, SourceFormat.HTML), html, DocumentMetadata.EMPTY);
        assertThat(a.repairs()).isNotEmpty();
        for (Repair r : a.repairs()) assertThat(a.original().substring(r.start(), r.end())).isEqualTo(r.original());
        assertThat(a.text()).doesNotContain("في في");
        assertThat(a.title()).isEqualTo("وزير النقل يتفقد مشروع المترو");
    }

    @Test
    void arabicBodyOverridesATemplateLangOfEnglish() throws InputException {
        String p = "<p>قالت وزارة الداخلية إن قوات الأمن أحبطت محاولة تهريب كميات كبيرة من المخدرات عبر الحدود الشمالية، "
                + "وألقت القبض على خمسة مشتبه بهم بعد مطاردة استمرت عدة ساعات في المنطقة الصحراوية.</p>";
        String html = "<html lang=\"en-US\"><body><article><h1>إحباط عملية تهريب على الحدود</h1>" + p + p.replace("خمسة", "ستة")
                + "</article></body></html>";
        Article a = extractor.extract(new SourceRef("lang.html", null, SourceFormat.HTML), html, DocumentMetadata.EMPTY);
        assertThat(a.language()).isEqualTo("ar");
        assertThat(HtmlArticleExtractor.language("fr", "en", 5000)).isEqualTo("fr"); // same script: the declaration stands
        assertThat(HtmlArticleExtractor.language("ar", "en", 50)).isEqualTo("ar"); // too little text to overrule
    }

    @Test
    void truncatedAndShuffledPagesNeverThrow() throws IOException {
        java.util.Random random = new java.util.Random(20240305L);
        for (String name : List.of("news-jsonld-tweet.html", "entry-content-og.html", "div-soup-inline-teasers.html")) {
            String html = new String(fixture(name), StandardCharsets.UTF_8);
            for (int i = 0; i < 40; i++) {
                int a = random.nextInt(html.length()), b = random.nextInt(html.length());
                String mutated = switch (i % 3) {
                    case 0 -> html.substring(0, a); // cut anywhere, even inside a tag or the JSON-LD
                    case 1 -> html.substring(Math.min(a, b)); // start anywhere
                    default -> html.substring(0, Math.min(a, b)) + html.substring(Math.max(a, b)); // a hole
                };
                ExtractedPage page = extractor.extractPage(mutated, null);
                assertThat(page.paragraphs()).as(name + " #" + i).allSatisfy(p -> assertThat(p).isNotBlank());
            }
        }
    }

    @Test
    void oversizedPageIsRefusedWithOneLine() {
        String html = "<p>" + "ا".repeat(HtmlArticleExtractor.MAX_PAGE_CHARS) + "</p>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        extractor.extract(new SourceRef("big.html", null, SourceFormat.HTML), html, DocumentMetadata.EMPTY))
                .isInstanceOf(InputException.class).hasMessageStartingWith("page too large");
    }
}
