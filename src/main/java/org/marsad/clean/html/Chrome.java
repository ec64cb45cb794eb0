package org.marsad.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.marsad.model.Boilerplate;

/**
 * Page furniture removed before scoring (navigation, sidebars, footers, share bars, cookie banners,
 * comments, related-article boxes), each recorded as boilerplate: a related box as one
 * {@code related_headline} per headline, the rest as {@code other} with a {@code role}.
 */
final class Chrome {
    private static final Set<String> ALWAYS = Set.of("nav", "aside", "footer", "menu", "dialog");
    static final java.util.regex.Pattern RELATED = java.util.regex.Pattern.compile(
            "related|read-?more|read-?also|readalso|more-?from|recommend|most-?read|trending|see-?also|popular|latest-?news");
    private static final Set<String> KEEP = Set.of("html", "body", "article", "main");

    private Chrome() {
    }

    /** Removes furniture under {@code root}; with {@code strict}, also every element whose class/id reads unlikely. */
    static void strip(Element root, boolean strict, List<Boilerplate> out) {
        for (Element e : new ArrayList<>(root.getAllElements())) {
            if (e.parent() == null || e == root || KEEP.contains(e.tagName())) continue;
            if (!isAttached(e, root)) continue;
            String role = e.attr("role").toLowerCase(Locale.ROOT);
            boolean furniture = ALWAYS.contains(e.tagName()) || role.equals("navigation") || role.equals("complementary")
                    || role.equals("contentinfo") || role.equals("banner") || role.equals("alertdialog");
            if (!furniture && strict && e.tagName().equals("header") && e.select("p").text().length() < 200) furniture = true;
            if (!furniture && strict && Hints.unlikely(e) && !inTableOrCode(e) && !holdsMostProse(e)) furniture = true;
            // comment threads and consent banners go whatever else their class says, unless they hold the article
            if (!furniture && Hints.ALWAYS_UNLIKELY.matcher(Hints.of(e)).find() && e.selectFirst("h1, article") == null) furniture = true;
            if (!furniture) continue;
            record(e, out);
            e.remove();
        }
    }

    private static boolean isAttached(Element e, Element root) {
        for (Element p = e; p != null; p = p.parent()) if (p == root) return true;
        return false;
    }

    private static boolean inTableOrCode(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.tagName().equals("table") || p.tagName().equals("code") || p.tagName().equals("pre")) return true;
        }
        return false;
    }

    /** An element with many long paragraphs is a content wrapper whatever its class says. */
    private static boolean holdsMostProse(Element e) {
        int longParagraphs = 0;
        for (Element p : e.select("p")) if (p.text().length() > 120 && TextStats.linkDensity(p) < 0.2) longParagraphs++;
        return longParagraphs >= 3;
    }

    static void record(Element e, List<Boilerplate> out) {
        String text = e.text().strip();
        if (text.isEmpty()) return;
        String hint = (Hints.of(e) + " " + e.tagName() + " " + e.attr("role")).toLowerCase(Locale.ROOT);
        if (relatedBox(e) || TextStats.linkDensity(e) > 0.6) {
            List<Boilerplate> headlines = new ArrayList<>();
            for (Element a : e.select("a")) {
                String headline = a.text().strip();
                if (headline.split("\\s+").length >= 3) {
                    headlines.add(new Boilerplate(Boilerplate.Kind.RELATED_HEADLINE, headline,
                            Map.of("url", a.attr("abs:href").isEmpty() ? a.attr("href") : a.attr("abs:href"))));
                }
            }
            // a box of headline links (not a menu of one- and two-word links)
            if (headlines.size() * 2 >= e.select("a").size() && !headlines.isEmpty()) {
                out.addAll(headlines);
                return;
            }
        }
        out.add(new Boilerplate(Boilerplate.Kind.OTHER, text, Map.of("role", role(hint))));
    }

    /** The element or one of its three nearest ancestors reads as a related/read-also/most-read box. */
    private static boolean relatedBox(Element e) {
        Element x = e;
        for (int i = 0; i < 4 && x != null; i++, x = x.parent()) {
            String h = Hints.of(x);
            if (RELATED.matcher(h).find()) return true;
        }
        return false;
    }

    private static String role(String hint) {
        if (hint.contains("cookie") || hint.contains("consent") || hint.contains("gdpr")) return "cookie_banner";
        if (hint.contains("comment") || hint.contains("disqus") || hint.contains("replies")) return "comments";
        if (hint.contains("share") || hint.contains("social") || hint.contains("follow")) return "share";
        if (hint.contains("nav") || hint.contains("menu") || hint.contains("breadcrumb")) return "navigation";
        if (hint.contains("footer") || hint.contains("contentinfo")) return "footer";
        if (hint.contains("aside") || hint.contains("sidebar") || hint.contains("complementary")) return "sidebar";
        if (hint.contains("newsletter") || hint.contains("subscri") || hint.contains("signup")) return "newsletter";
        if (hint.contains("header") || hint.contains("banner")) return "header";
        if (hint.contains("ad") || hint.contains("sponsor") || hint.contains("promo")) return "advertising";
        return "other";
    }
}
