package org.marsad.clean.html;

import org.jsoup.nodes.Element;

/** Text measures of an element: link density and sentence ends (Latin and Arabic punctuation). */
final class TextStats {
    private TextStats() {
    }

    /** Share of the element's text that sits inside links (in-page "#" anchors count a third). */
    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) return 0;
        double linked = 0;
        for (Element a : e.select("a")) {
            String href = a.attr("href");
            double coefficient = href.startsWith("#") ? 0.3 : 1;
            linked += a.text().length() * coefficient;
        }
        return Math.min(1, linked / total);
    }

    static boolean endsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) return false;
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '"' || c == '”' || c == '»' || c == ')' || c == ':';
    }
}
