package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;

class FeedDatesTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anItemPublishedAfterMidnightInItsZoneKeepsItsCalendarDay() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>أخبار</title><link>https://x.example/</link><description>d</description>
                <item><title>غارة على ريف إدلب</title><link>https://x.example/1</link>
                <description>قالت مصادر محلية إن غارة جوية استهدفت أمس بلدة في ريف إدلب.</description>
                <pubDate>Fri, 20 Dec 2024 01:30:00 +0300</pubDate></item>
                <item><title>بلا تاريخ</title><link>https://x.example/2</link><description>نص قصير.</description></item>
                </channel></rss>""";
        CollectingSink sink = new CollectingSink();
        new FeedReader().read(new SourceRef("x.rss", null, SourceFormat.RSS), utf8(rss), sink);
        assertThat(sink.documents).hasSize(2);
        assertThat(sink.documents.get(0).metadata().published()).isEqualTo("2024-12-20T01:30+03:00"); // not 19 Dec in UTC
        assertThat(sink.documents.get(1).metadata().published()).isNull();
    }

    @Test
    void onlyAnEntrysOwnChildrenCountAndPublishedBeatsUpdated() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2024-05-12T08:00:00Z</updated>
                <entry><title>a</title><updated>2024-05-12T09:10:00+04:00</updated>
                  <source><updated>2020-01-01T00:00:00Z</updated></source>
                  <published>2024-05-12T07:30:00+04:00</published></entry>
                <entry><title>b</title><source><published>2020-01-01T00:00:00Z</published></source>
                  <updated>2024-05-13T10:00:00+02:00</updated></entry>
                </feed>""";
        assertThat(FeedDates.of(utf8(atom))).containsExactly("2024-05-12T07:30:00+04:00", "2024-05-13T10:00:00+02:00");
    }

    @Test
    void dublinCoreDateOfRss1Items() {
        String rdf = """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel rdf:about="https://x.example/"><title>t</title></channel>
                <item rdf:about="https://x.example/1"><title>a</title><dc:date>2024-03-01T23:15:00+02:00</dc:date></item>
                </rdf:RDF>""";
        assertThat(FeedDates.of(utf8(rdf))).containsExactly("2024-03-01T23:15:00+02:00");
    }

    @Test
    void doctypesAndBrokenXmlGiveNothing() {
        assertThat(FeedDates.of(utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"y\">]><rss><channel><item>"
                + "<pubDate>&x;</pubDate></item></channel></rss>"))).isEmpty();
        assertThat(FeedDates.of(utf8("<rss><channel><item><pubDate>Fri, 20 Dec 2024"))).isEmpty();
        assertThat(FeedDates.of(new byte[] {0, 1, 2, (byte) 0xff})).isEmpty();
    }
}
