package org.marsad.clean.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.model.Boilerplate;

/**
 * Finds social-media embeds (tweets, Instagram, Facebook, YouTube, TikTok) and turns each into a
 * {@code social_embed} boilerplate entry with the contract's meta (platform, author, handle, date,
 * date_text, links), removing it from the page so that it never reaches the body.
 */
final class SocialEmbeds {
    private static final String SELECTOR = "blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media,"
            + " blockquote.tiktok-embed, div.fb-post, div.fb-video, .embed-twitter, .twitter-embed, .instagram-embed,"
            + " iframe[src*=youtube.com/embed], iframe[src*=youtube-nocookie.com], iframe[src*=facebook.com/plugins],"
            + " iframe[src*=platform.twitter.com], iframe[src*=instagram.com]";
    private static final Pattern HANDLE = Pattern.compile("\\(?@(\\w{1,30})\\)?");
    private static final Pattern STATUS_LINK = Pattern.compile("(?:twitter|x)\\.com/(\\w+)/status");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private SocialEmbeds() {
    }

    static List<Boilerplate> extract(Document doc) {
        List<Boilerplate> found = new ArrayList<>();
        for (Element e : doc.select(SELECTOR)) {
            if (e.parent() == null) continue; // inside an embed already taken
            Element outer = e;
            // an embed wrapper (figure / div.embed) holds only the embed and its script
            Element p = e.parent();
            if (p != null && p.text().strip().equals(e.text().strip()) && p.tagName().matches("figure|div|p|section")
                    && p.childrenSize() <= 3) outer = p;
            found.add(describe(e));
            outer.remove();
        }
        return found;
    }

    static Boilerplate describe(Element e) {
        String platform = platform(e);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("platform", platform);
        List<String> links = new ArrayList<>();
        for (Element a : e.select("a[href]")) links.add(a.attr("abs:href").isEmpty() ? a.attr("href") : a.attr("abs:href"));
        if (e.tagName().equals("iframe")) links.add(e.attr("src"));
        if (e.hasAttr("cite")) links.add(e.attr("cite"));
        if (e.hasAttr("data-href")) links.add(e.attr("data-href"));
        if (!links.isEmpty()) meta.put("links", List.copyOf(links));
        String text;
        if (platform.equals("twitter")) {
            Element tweet = e.selectFirst("p");
            text = tweet != null ? tweet.text() : e.ownText();
            // the signature after the tweet's text: "— Author (@handle) March 5, 2024"
            String signature = e.text().substring(Math.min(e.text().length(), text.length())).strip();
            if (!signature.isEmpty()) meta.put("signature", signature);
            Matcher h = HANDLE.matcher(signature);
            if (h.find()) {
                meta.put("handle", "@" + h.group(1));
                String author = signature.substring(0, h.start()).replaceFirst("^[—–\\-\\s]+", "").strip();
                if (!author.isEmpty()) meta.put("author", author);
            } else {
                for (String link : links) {
                    Matcher s = STATUS_LINK.matcher(link);
                    if (s.find()) {
                        meta.put("handle", "@" + s.group(1));
                        break;
                    }
                }
            }
            Element dateLink = e.select("a[href]").last();
            if (dateLink != null && dateLink.text().matches(".*\\d.*")) {
                meta.put("date_text", dateLink.text().strip());
                String day = dayOf(dateLink.text());
                if (day != null) meta.put("date", day);
            }
        } else {
            boolean frame = e.tagName().equals("iframe");
            text = frame ? e.attr("title") : e.text(); // an iframe has no text of its own; its title names the video or post
            String author = e.hasAttr("data-author") ? e.attr("data-author") : frame ? "" : e.attr("title");
            int dash = text.lastIndexOf('—');
            if (dash > 0 && text.length() - dash < 80) {
                // "... post text — Page name": the signature names the author
                String signature = text.substring(dash).strip();
                meta.put("signature", signature);
                if (author.isBlank()) author = signature.substring(1).strip();
                text = text.substring(0, dash);
            }
            if (!author.isBlank()) meta.put("author", author.strip());
        }
        return new Boilerplate(Boilerplate.Kind.SOCIAL_EMBED, text.strip(), meta);
    }

    private static String platform(Element e) {
        String hint = (e.className() + " " + e.attr("src") + " " + e.attr("cite")).toLowerCase(java.util.Locale.ROOT);
        if (hint.contains("twitter")) return "twitter";
        if (hint.contains("instagram")) return "instagram";
        if (hint.contains("fb-") || hint.contains("facebook")) return "facebook";
        if (hint.contains("youtube")) return "youtube";
        if (hint.contains("tiktok")) return "tiktok";
        return "other";
    }

    /** An embed's date text ("March 5, 2024", "5 مارس 2024") as YYYY-MM-DD, when it can be read. */
    private static String dayOf(String text) {
        Matcher iso = ISO_DAY.matcher(text);
        if (iso.find()) return iso.group();
        return VisibleDates.day(text);
    }
}
