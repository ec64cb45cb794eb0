package org.marsad.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes a small crawl with jwarc's writer: a warcinfo, a request, two HTML pages, an image, a 404 and a text resource. */
final class WarcFixtures {
    static final String PAGE_ONE = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>خبر</title>"
            + "<meta property=\"article:published_time\" content=\"2024-06-01T12:00:00+03:00\"></head><body><article>"
            + "<h1>وصول أول رحلة مباشرة بين الدوحة والجزائر</h1>"
            + "<p>حطت في مطار هواري بومدين الدولي، مساء السبت، أول رحلة مباشرة تربط الدوحة بالجزائر العاصمة، في خطوة تهدف إلى تعزيز السياحة والتبادل التجاري بين البلدين.</p>"
            + "<p>وقال مسؤول في شركة الطيران إن الرحلات ستسير ثلاث مرات أسبوعيا في المرحلة الأولى، على أن تصبح يومية مع بداية الصيف المقبل.</p>"
            + "</article></body></html>";
    static final String PAGE_TWO = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body>"
            + "<div class=\"article-body\"><p>أعلنت وزارة الصحة التونسية عن إطلاق حملة وطنية للتلقيح ضد الحصبة تستهدف الأطفال دون سن الخامسة في جميع الولايات.</p>"
            + "<p>وأوضحت الوزارة أن الحملة تستمر أسبوعين، وأن التلقيح مجاني في جميع مراكز الصحة الأساسية.</p></div></body></html>";

    private WarcFixtures() {
    }

    /** Seven records; two are HTML responses (one of them in windows-1256 as its HTTP header says). */
    static void write(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            Instant crawled = Instant.parse("2024-06-03T08:00:00Z");
            w.write(new Warcinfo.Builder().date(crawled).filename(file.getFileName().toString()).build());
            w.write(new WarcRequest.Builder(URI.create("https://news.example/a1"))
                    .body(new HttpRequest.Builder("GET", "/a1").addHeader("Host", "news.example").build()).date(crawled).build());
            w.write(response("https://news.example/a1", 200, MediaType.HTML_UTF8, PAGE_ONE.getBytes(StandardCharsets.UTF_8), crawled));
            w.write(response("https://news.example/logo.png", 200, MediaType.parse("image/png"), new byte[]{(byte) 0x89, 'P', 'N', 'G'}, crawled));
            w.write(response("https://news.example/missing", 404, MediaType.HTML_UTF8,
                    "<html><body><p>الصفحة غير موجودة</p></body></html>".getBytes(StandardCharsets.UTF_8), crawled));
            w.write(response("https://news.example/a2", 200, MediaType.parse("text/html; charset=windows-1256"),
                    PAGE_TWO.getBytes(java.nio.charset.Charset.forName("windows-1256")), crawled));
            w.write(new WarcResource.Builder(URI.create("https://news.example/robots.txt")).date(crawled)
                    .body(MediaType.PLAIN_TEXT, "User-agent: *".getBytes(StandardCharsets.UTF_8)).build());
        }
    }

    private static WarcResponse response(String url, int status, MediaType type, byte[] body, Instant date) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, body).build();
        return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
    }
}
