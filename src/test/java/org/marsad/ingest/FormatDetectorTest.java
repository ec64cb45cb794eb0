package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.SourceFormat;

class FormatDetectorTest {
    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
            "a.warc|WARC/1.1\\r\\nWARC-Type: warcinfo|WARC",
            "a.bin|WARC/1.0\\r\\n|WARC",
            "a.xml|<?xml version=\"1.0\"?>\\n<rss version=\"2.0\"><channel>|RSS",
            "feed|<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">|RSS",
            "page.txt|<!DOCTYPE html><html><body>|HTML",
            "x|  <html lang=ar><head>|HTML",
            "news.htm|مرحبا|HTML",
            "a.rss.gz|junk|RSS",
            "a.jsonl|{\"title\": 1}|JSONL",
            "-|{\"title\": \"x\", \"text\": \"y\"}\\n{\"title\": 2}|JSONL",
            "article.txt|{\"title\": \"x\"}|TEXT",
            "-|قال مسؤول عراقي إن|TEXT",
            "-|<div><p>فقرة</p><p>فقرة</p><a href=x>رابط</a><br><span>x</span></div>|HTML",
    })
    void detectsByMagicExtensionAndSniffing(String name, String content, SourceFormat expected) {
        byte[] bytes = content.replace("\\r", "\r").replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(FormatDetector.detect(name, bytes)).isEqualTo(expected);
    }
}
