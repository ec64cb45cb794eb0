package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Boilerplate;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;

class LineDetectorsTest {
    private static final SourceRef SRC = new SourceRef("t", null, SourceFormat.TEXT);

    private static Article clean(String text) {
        return new ScrapedTextCleaner().clean(SRC, text, DocumentMetadata.EMPTY);
    }

    @Test
    void titleIsTheShortFirstLine() {
        Article a = clean("مقتل ثلاثة مدنيين في غارة على الحديدة\nقتل ثلاثة مدنيين في غارة جوية استهدفت سوقا شعبيا.");
        assertThat(a.title()).isEqualTo("مقتل ثلاثة مدنيين في غارة على الحديدة");
        assertThat(a.text()).startsWith("قتل ثلاثة");
    }

    @Test
    void noTitleWhenTheFirstLineIsASentence() {
        Article a = clean("قتل ثلاثة مدنيين في غارة جوية استهدفت سوقا شعبيا.\nوقال مصدر طبي إن بين المصابين طفلين.");
        assertThat(a.title()).isNull();
        assertThat(a.text()).startsWith("قتل ثلاثة");
    }

    @Test
    void metadataTitleMeansTheTextIsAllBody() {
        Article a = new ScrapedTextCleaner().clean(SRC, "الرئيس يصل إلى بغداد\nفي زيارة رسمية.",
                new DocumentMetadata("عنوان", null, null, null, null));
        assertThat(a.title()).isEqualTo("عنوان");
        assertThat(a.text()).startsWith("الرئيس يصل إلى بغداد");
    }

    @Test
    void headlinesBetweenDashLinesAreRelated() {
        Article a = clean("عنوان الخبر\nالفقرة الأولى من الخبر.\n-\nعنوان خبر آخر عن الانتخابات\n-\nعنوان ثالث عن الاقتصاد\nوأضاف المتحدث أن الوضع مستقر.");
        List<String> related = new ArrayList<>();
        a.boilerplate().stream().filter(b -> b.kind() == Boilerplate.Kind.RELATED_HEADLINE).forEach(b -> related.add(b.text()));
        assertThat(related).containsExactly("عنوان خبر آخر عن الانتخابات", "عنوان ثالث عن الاقتصاد");
        assertThat(a.text()).isEqualTo("الفقرة الأولى من الخبر.\nوأضاف المتحدث أن الوضع مستقر.");
    }

    @Test
    void readAlsoLinesAreRelated() {
        Article a = clean("عنوان\nالفقرة الأولى.\nاقرأ أيضاً: الجيش يعلن السيطرة على المدينة\nالفقرة الثانية.");
        assertThat(a.boilerplate()).extracting(Boilerplate::text).containsExactly("الجيش يعلن السيطرة على المدينة");
        assertThat(a.text()).isEqualTo("الفقرة الأولى.\nالفقرة الثانية.");
    }

    @Test
    void tweetWithSignatureIsAnEmbed() {
        Article a = clean("عنوان\nالفقرة الأولى.\nنص التغريدة هنا https://t.co/abc pic.twitter.com/xyz\n— وزارة الخارجية (@mofa) March 4, 2024\nالفقرة الثانية.");
        Boilerplate embed = a.boilerplate().get(0);
        assertThat(embed.kind()).isEqualTo(Boilerplate.Kind.SOCIAL_EMBED);
        assertThat(embed.meta()).containsEntry("handle", "@mofa").containsEntry("date", "2024-03-04")
                .containsEntry("author", "وزارة الخارجية");
        assertThat(a.text()).isEqualTo("الفقرة الأولى.\nالفقرة الثانية.");
    }

    @Test
    void bareLinksAndCaptionsAreBoilerplate() {
        Article a = clean("عنوان\nالفقرة الأولى.\nhttps://example.com/news/1\nجنود في شوارع المدينة (رويترز)\nالفقرة الثانية.");
        assertThat(a.boilerplate()).extracting(Boilerplate::kind).containsExactly(Boilerplate.Kind.LINK, Boilerplate.Kind.CAPTION);
        assertThat(a.text()).isEqualTo("الفقرة الأولى.\nالفقرة الثانية.");
    }

    @Test
    void emptyAndBlankInputGiveEmptyText() {
        assertThat(clean("").text()).isEmpty();
        assertThat(clean(" \n\n \t").text()).isEmpty();
    }
}
