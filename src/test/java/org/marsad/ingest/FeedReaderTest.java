package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ContentType;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;

class FeedReaderTest {
    static byte[] resource(String path) throws IOException {
        try (InputStream in = FeedReaderTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void rssItemsBecomeDocumentsWithLinkTitleDateAndContent() throws IOException {
        CollectingSink sink = new CollectingSink();
        new FeedReader().read(new SourceRef("news.rss", null, SourceFormat.RSS), resource("/feeds/news.rss"), sink);
        assertThat(sink.failures).isEmpty();
        assertThat(sink.documents).hasSize(2);
        RawDocument first = sink.documents.get(0);
        assertThat(first.source().url()).isEqualTo("https://petra-news.example/local/2024/04/02/bridge");
        assertThat(first.source().format()).isEqualTo(SourceFormat.RSS);
        assertThat(first.metadata().title()).isEqualTo("افتتاح جسر جديد يربط عمّان بالزرقاء");
        assertThat(first.metadata().published()).isEqualTo("2024-04-02T11:20+03:00"); // the offset as written
        assertThat(first.metadata().author()).isEqualTo("رنا الخطيب");
        assertThat(first.metadata().language()).isEqualTo("ar");
        assertThat(first.contentType()).isEqualTo(ContentType.HTML); // content:encoded, not the short description
        assertThat(new String(first.content(), StandardCharsets.UTF_8)).contains("بكلفة بلغت 18 مليون دينار");
        RawDocument second = sink.documents.get(1);
        assertThat(second.contentType()).isEqualTo(ContentType.PLAIN_TEXT);
        assertThat(new String(second.content(), StandardCharsets.UTF_8)).startsWith("توقعت دائرة الأرصاد الجوية");
    }

    @Test
    void atomEntryKeepsPublishedApartFromUpdated() throws IOException {
        CollectingSink sink = new CollectingSink();
        new FeedReader().read(new SourceRef("news.atom", null, SourceFormat.RSS), resource("/feeds/news.atom"), sink);
        assertThat(sink.failures).isEmpty();
        assertThat(sink.documents).hasSize(1);
        RawDocument entry = sink.documents.getFirst();
        assertThat(entry.metadata().published()).isEqualTo("2024-05-12T07:30+04:00");
        assertThat(entry.metadata().author()).isEqualTo("خالد المنصوري");
        assertThat(entry.source().url()).isEqualTo("https://khaleej-eco.example/banks/2024/05/12/rates");
        assertThat(new String(entry.content(), StandardCharsets.UTF_8)).contains("<p>قرر مصرف الإمارات المركزي");
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-TOKEN-1234");
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link><description>d</description>"
                + "<item><title>عنوان &xxe;</title><link>https://x.example/1</link><description>نص &xxe;</description></item>"
                + "</channel></rss>";
        CollectingSink sink = new CollectingSink();
        new FeedReader().read(new SourceRef("hostile.rss", null, SourceFormat.RSS), hostile.getBytes(StandardCharsets.UTF_8), sink);
        for (RawDocument d : sink.documents) {
            assertThat(new String(d.content(), StandardCharsets.UTF_8)).doesNotContain("TOP-SECRET");
            assertThat(String.valueOf(d.metadata().title())).doesNotContain("TOP-SECRET");
        }
        assertThat(sink.failures).hasSize(1).allSatisfy(f -> assertThat(f).startsWith("hostile.rss: not a readable RSS/Atom feed"));
    }

    @Test
    void aFeedThatIsNotXmlGivesOneLine() {
        CollectingSink sink = new CollectingSink();
        new FeedReader().read(new SourceRef("broken.rss", null, SourceFormat.RSS),
                "هذا ليس ملف XML <rss".getBytes(StandardCharsets.UTF_8), sink);
        assertThat(sink.documents).isEmpty();
        assertThat(sink.failures).hasSize(1).first().asString().startsWith("broken.rss: not a readable RSS/Atom feed");
    }
}
