package org.marsad.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Readability-style choice of the main-content container. Every paragraph-like element with enough text
 * scores 1 + its commas (Latin and Arabic ، ؛) + one point per 100 characters (at most 3); the score
 * goes to its parent in full, its grandparent by half and further ancestors by a third per level. Each
 * ancestor starts from its tag and its class/id hints; the final score is scaled by (1 - link density).
 * The best candidate is widened to an ancestor when the other strong candidates sit under it, and its
 * siblings join when they score close to it or read as prose.
 */
final class ContentScorer {
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "h2", "h3", "h4", "section");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt",
            "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
            "ol", "p", "pre", "section", "table", "ul", "tr", "td", "th", "tbody", "thead");

    private final Map<Element, Double> scores = new IdentityHashMap<>();

    /** The chosen content: one container, or the container's parent's children that belong with it. */
    record Choice(List<Element> parts, Element top) {
    }

    Choice choose(Element body) {
        for (Element e : body.getAllElements()) {
            if (isParagraph(e)) {
                credit(e.parent(), e.text());
            } else if (hasBlockChild(e)) {
                // text written straight into a container between its blocks counts as its paragraphs
                for (String run : inlineRuns(e)) credit(e, run);
            }
        }
        Element top = null;
        double best = -1;
        List<Element> candidates = new ArrayList<>();
        for (Map.Entry<Element, Double> c : scores.entrySet()) {
            double s = c.getValue() * (1 - TextStats.linkDensity(c.getKey()));
            c.setValue(s);
            candidates.add(c.getKey());
            if (s > best) {
                best = s;
                top = c.getKey();
            }
        }
        if (top == null) return new Choice(List.of(body), body);
        top = widen(top, best, candidates);
        top = climbOverProse(top);
        return new Choice(withSiblings(top), top);
    }

    /** Gives a paragraph's score to its container in full, the next ancestor by half, further ones by a third per level. */
    private void credit(Element container, String text) {
        if (text.length() < 25) return;
        double score = 1 + commas(text) + Math.min(Math.floor(text.length() / 100.0), 3);
        Element ancestor = container;
        for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
            if (ancestor.tagName().equals("html") || ancestor.tagName().equals("#root")) break;
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            Element a = ancestor;
            scores.put(a, scores.computeIfAbsent(a, k -> initial(a)) + score / divider);
        }
    }

    /** The runs of inline content (text and inline elements) between the block children of a container. */
    private static List<String> inlineRuns(Element e) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                run.append(t.text());
            } else if (n instanceof Element c && !BLOCKS.contains(c.tagName()) && !c.tagName().equals("br")) {
                run.append(c.text());
            } else if (n instanceof Element) {
                if (!run.toString().isBlank()) runs.add(run.toString().strip());
                run.setLength(0);
            }
        }
        if (!run.toString().isBlank()) runs.add(run.toString().strip());
        return runs;
    }

    double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    private static boolean isParagraph(Element e) {
        String tag = e.tagName();
        if (tag.equals("section") || tag.equals("li") || tag.equals("td")) return !hasBlockChild(e);
        if (PARAGRAPHS.contains(tag)) return true;
        // a div holding only inline content is a paragraph too
        return tag.equals("div") && !hasBlockChild(e) && hasOwnText(e);
    }

    static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) if (BLOCKS.contains(c.tagName())) return true;
        return false;
    }

    private static boolean hasOwnText(Element e) {
        for (Node n : e.childNodes()) if (n instanceof TextNode t && !t.isBlank()) return true;
        return !e.children().isEmpty();
    }

    private static double initial(Element e) {
        double base = switch (e.tagName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + Hints.weight(e);
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '؛' || c == ';') n++;
        }
        return n;
    }

    /**
     * When at least three other candidates scoring 3/4 of the best share an ancestor with it, that ancestor
     * is the article (the best one was only one section of it); a lone child is replaced by its parent.
     */
    private Element widen(Element top, double best, List<Element> candidates) {
        List<Element> strong = new ArrayList<>();
        for (Element c : candidates) if (c != top && score(c) >= best * 0.75) strong.add(c);
        if (strong.size() >= 3) {
            Element parent = top.parent();
            while (parent != null && !parent.tagName().equals("body")) {
                int contained = 0;
                for (Element s : strong) if (isAncestor(parent, s)) contained++;
                if (contained >= 3) {
                    top = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        // climb while the parent scores higher than this one (the article was split in parts)
        double last = score(top);
        Element parent = top.parent();
        while (parent != null && !parent.tagName().equals("body") && scores.containsKey(parent)) {
            double ps = score(parent);
            if (ps < last / 3) break;
            if (ps > last) {
                top = parent;
                break;
            }
            last = ps;
            parent = parent.parent();
        }
        while (top.parent() != null && !top.parent().tagName().equals("body") && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /**
     * Articles split into sections sit several levels below their common container, beyond where the
     * scores reach. An ancestor is taken when what it adds to the chosen container is mostly prose:
     * paragraphs of 80+ characters with few links.
     */
    private static Element climbOverProse(Element top) {
        int topText = top.text().length();
        int topProse = prose(top);
        Element a = top.parent();
        for (int level = 0; level < 6 && a != null && !a.tagName().equals("body") && !a.tagName().equals("html"); level++, a = a.parent()) {
            int text = a.text().length();
            int extra = text - topText;
            if (extra <= 0) continue;
            int extraProse = prose(a) - topProse;
            if (extraProse >= 200 && extraProse >= 0.6 * extra && TextStats.linkDensity(a) < 0.25) {
                top = a;
                topText = text;
                topProse += extraProse;
            }
        }
        return top;
    }

    private static int prose(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            int len = p.text().length();
            if (len >= 80 && TextStats.linkDensity(p) < 0.2) n += len;
        }
        return n;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        double topScore = score(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element s : parent.children()) {
            if (s == top) {
                parts.add(s);
                continue;
            }
            double bonus = !top.className().isEmpty() && s.className().equals(top.className()) ? topScore * 0.2 : 0;
            if (scores.containsKey(s) && score(s) + bonus >= threshold) {
                parts.add(s);
            } else if (s.tagName().equals("p")) {
                String text = s.text();
                double ld = TextStats.linkDensity(s);
                if (text.length() > 80 && ld < 0.25) parts.add(s);
                else if (!text.isEmpty() && text.length() <= 80 && ld == 0 && TextStats.endsSentence(text)) parts.add(s);
            }
        }
        return parts;
    }
}
