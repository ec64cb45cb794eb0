package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.SharedFixtures;
import org.marsad.model.Article;
import org.marsad.model.Boilerplate;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.Repair;
import org.marsad.model.Sentence;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.text.SentenceSplitter;

/** The real scraped article in ../shared/corpus against what a careful analyst finds in it. */
class ScrapedTextCleanerGoldenTest {
    static String original;
    static JsonNode expected;
    static Article article;

    @BeforeAll
    static void load() throws Exception {
        original = Files.readString(SharedFixtures.shared("corpus/iraq-isis-2024-12.txt"));
        expected = new ObjectMapper().readTree(SharedFixtures.shared("corpus/iraq-isis-2024-12.expected.json").toFile());
        article = new ScrapedTextCleaner().clean(new SourceRef("sample", null, SourceFormat.TEXT), original, DocumentMetadata.EMPTY);
    }

    @Test
    void titleAndLead() {
        JsonNode doc = expected.path("document");
        assertThat(article.title()).isEqualTo(doc.path("title").asText());
        assertThat(article.text()).startsWith(doc.path("lead_starts_with").asText());
        assertThat(article.language()).isEqualTo("ar");
    }

    @Test
    void relatedHeadlinesAreBoilerplateAndNotInText() {
        List<String> headlines = article.boilerplate().stream()
                .filter(b -> b.kind() == Boilerplate.Kind.RELATED_HEADLINE).map(Boilerplate::text).toList();
        for (JsonNode h : expected.path("document").path("boilerplate").path("related_headlines")) {
            assertThat(headlines).contains(h.asText());
            assertThat(article.text()).doesNotContain(h.asText());
        }
        assertThat(article.text()).doesNotContain("\n-\n").doesNotStartWith("-");
    }

    @Test
    void tweetIsAnEmbedWithItsMeta() {
        JsonNode embed = expected.path("document").path("boilerplate").path("social_embed");
        Boilerplate tweet = article.boilerplate().stream().filter(b -> b.kind() == Boilerplate.Kind.SOCIAL_EMBED)
                .findFirst().orElseThrow();
        assertThat(tweet.meta()).containsEntry("platform", embed.path("platform").asText())
                .containsEntry("author", embed.path("author").asText())
                .containsEntry("handle", embed.path("handle").asText())
                .containsEntry("date", embed.path("date").asText());
        List<String> links = new ArrayList<>();
        embed.path("links").forEach(l -> links.add(l.asText()));
        assertThat(tweet.meta().get("links")).asList().containsAll(links);
        assertThat(article.text()).doesNotContain("t.co/").doesNotContain("pic.twitter.com").doesNotContain("@Iraqimofa");
    }

    @Test
    void everyListedPeriodIsRepaired() {
        JsonNode repairs = expected.path("document").path("text_repairs");
        for (JsonNode p : repairs.path("misplaced_periods")) {
            String damaged = p.asText();
            assertThat(article.text()).doesNotContain(damaged);
            int at = original.indexOf(damaged);
            int period = original.indexOf(" .", at);
            assertThat(article.repairs()).as(damaged).anySatisfy(r -> {
                assertThat(r.start()).isLessThanOrEqualTo(period + 1);
                assertThat(r.end()).isGreaterThan(period + 1);
                assertThat(r.kind()).endsWith("_period");
            });
        }
        for (Repair r : article.repairs()) assertThat(original.substring(r.start(), r.end())).isEqualTo(r.original());
    }

    @Test
    void noSentenceBoundaryAtSpuriousBreaks() {
        JsonNode repairs = expected.path("document").path("text_repairs");
        List<Sentence> sentences = new SentenceSplitter().split(article.text());
        List<String> breaks = new ArrayList<>();
        repairs.path("spurious_breaks").forEach(b -> breaks.add(b.asText()));
        breaks.add("قبل فترة .وجيزة");
        breaks.add("الأسبوع الماضي .أن");
        for (String b : breaks) {
            String[] parts = b.replace(" .", " ").replace(". ", " ").split(" ");
            String left = parts[parts.length - 2];
            String right = parts[parts.length - 1];
            String joined = left + " " + right;
            int at = article.text().indexOf(joined);
            assertThat(at).as("clause '%s' is whole in the text", joined).isGreaterThanOrEqualTo(0);
            int boundary = at + left.length() + 1;
            assertThat(sentences).as(b).noneMatch(s -> s.start() == boundary);
            assertThat(sentences).as(b).anyMatch(s -> s.start() < boundary && s.end() > boundary);
        }
    }

    @Test
    void gluedAndDoubledWordsRepaired() {
        JsonNode repairs = expected.path("document").path("text_repairs");
        for (JsonNode g : repairs.path("glued_words")) {
            assertThat(article.text()).doesNotContain(g.asText());
            assertThat(article.repairs()).anyMatch(r -> r.kind().equals("glued_word") && r.original().equals(g.asText()));
        }
        assertThat(article.text()).contains("فالكونر عن");
        for (JsonNode d : repairs.path("doubled_words")) {
            assertThat(article.text()).doesNotContain(d.asText());
            assertThat(article.repairs()).anyMatch(r -> r.kind().equals("doubled_word"));
        }
        assertThat(article.text()).contains("وأكد خلال اتصال");
    }
}
