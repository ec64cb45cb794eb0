package org.marsad.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Flattens content into text blocks (paragraphs) the way a reader sees them: block elements and
 * {@code <br>} end a block, inline elements run on. Each block remembers how much of it is link text and
 * whether it is a heading, so that the extractor can tell prose from link lists.
 */
final class Blocks {
    static final Set<String> BREAKING = Set.of("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
            "main", "nav", "ol", "p", "pre", "section", "table", "tr", "td", "th", "ul", "caption", "tbody", "thead", "center");

    /** One paragraph of visible text. */
    record Block(String text, int linkChars, boolean heading, Element element) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }
    }

    private Blocks() {
    }

    static List<Block> of(List<Element> parts) {
        List<Block> blocks = new ArrayList<>();
        for (Element part : parts) {
            Collector c = new Collector(blocks);
            NodeTraversor.traverse(c, part);
            c.flush(null);
        }
        return blocks;
    }

    private static final class Collector implements NodeVisitor {
        private final List<Block> out;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int inLink;
        private boolean heading;
        private Element owner;

        Collector(List<Block> out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (t.parent() instanceof Element p && p.tagName().equals("pre")) append(s);
                else append(s.replaceAll("[\\s\\u00A0]+", " "));
                if (inLink > 0) linkChars += s.strip().length();
            } else if (node instanceof Element e) {
                String tag = e.tagName();
                if (BREAKING.contains(tag)) flush(e);
                if (tag.equals("a")) inLink++;
                if (tag.matches("h[1-6]")) heading = true;
                if (owner == null && BREAKING.contains(tag)) owner = e;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.tagName();
                if (tag.equals("a")) inLink--;
                if (BREAKING.contains(tag)) flush(null);
            }
        }

        private void append(String s) {
            if (text.isEmpty() || text.charAt(text.length() - 1) == ' ') s = s.stripLeading();
            text.append(s);
        }

        void flush(Element next) {
            String t = text.toString().strip();
            if (!t.isEmpty()) out.add(new Block(t, Math.min(linkChars, t.length()), heading, owner));
            text.setLength(0);
            linkChars = 0;
            heading = false;
            owner = next;
        }
    }
}
