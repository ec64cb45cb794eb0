package org.marsad.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.marsad.model.Boilerplate;

/**
 * Cleans the chosen container the way Readability's "clean conditionally" does: a nested box (div, list, table, section, figure, form) whose class reads
 * negative, that is mostly links, or that has more list items or images than prose, goes out (a box of
 * headline links as {@code related_headline}s). Innermost boxes are judged first.
 */
final class ContentCleaner {
    private static final Set<String> BOXES = Set.of("div", "section", "ul", "ol", "table", "figure", "form", "aside", "dl", "header");

    private ContentCleaner() {
    }

    /** Moves every caption (figcaption, caption classes, photo credits) on the page to boilerplate. */
    static void moveCaptions(Element root, List<Boilerplate> out) {
        for (Element c : root.select("figcaption, .caption, .wp-caption-text, [class*=image-caption], [class*=photo-caption], .credit")) {
            if (c.parent() == null) continue;
            String t = c.text().strip();
            if (!t.isEmpty()) out.add(new Boilerplate(Boilerplate.Kind.CAPTION, t, Map.of()));
            c.remove();
        }
    }

    static void clean(Element container, List<Boilerplate> out) {
        List<Element> all = new ArrayList<>(container.getAllElements());
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e == container || e.parent() == null || !BOXES.contains(e.tagName())) continue;
            if (shouldRemove(e)) {
                Chrome.record(e, out);
                e.remove();
            }
        }
    }

    private static boolean shouldRemove(Element e) {
        String text = e.text();
        int weight = Hints.weight(e);
        if (Chrome.RELATED.matcher(Hints.of(e)).find() && longProse(e) < 3) return true;
        if (weight < 0 && !(weight > -50 && longProse(e) >= 3)) return true;
        if (ContentScorer.commas(text) >= 10) return false;
        boolean list = e.tagName().equals("ul") || e.tagName().equals("ol");
        int p = e.select("p").size();
        int img = e.select("img").size();
        int li = e.select("li").size() - 100; // as Readability: lists only count against a box when very long
        int input = e.select("input").size();
        double ld = TextStats.linkDensity(e);
        int len = text.length();
        if (img > 1 && (double) p / img < 0.5 && e.closest("figure") == null && len < 200) return true;
        if (!list && li > p) return true;
        if (input > p / 3) return true;
        if (!list && len < 25 && (img == 0 || img > 2) && ld > 0) return true;
        if (!list && weight < 25 && ld > 0.2 && len < 1000) return true;
        if (weight >= 25 && ld > 0.5) return true;
        if (list && ld > 0.6) return true;
        return false;
    }

    private static int longProse(Element e) {
        int n = 0;
        for (Element p : e.select("p")) if (p.text().length() > 120) n++;
        return n;
    }
}
