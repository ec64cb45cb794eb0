package org.marsad.cli;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeHTMLContentHandler;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * boilerpipe 1.1.0's ArticleExtractor, the Java baseline. boilerpipe's own HTML input needs an old
 * Xerces on the class path (its bundled NekoHTML depends on it), which would replace the JDK's XML
 * parser for the whole program; so the page is parsed with jsoup and replayed as the SAX events
 * boilerpipe's content handler expects (upper-case element names, as NekoHTML reports them).
 */
final class BoilerpipeBaseline {
    private BoilerpipeBaseline() {
    }

    static String extract(String html) throws BoilerpipeProcessingException {
        BoilerpipeHTMLContentHandler handler = new BoilerpipeHTMLContentHandler();
        try {
            handler.startDocument();
            SaxReplay replay = new SaxReplay(handler);
            NodeTraversor.traverse(replay, Jsoup.parse(html));
            if (replay.failure != null) throw replay.failure;
            handler.endDocument();
        } catch (SAXException e) {
            throw new BoilerpipeProcessingException(e);
        }
        var doc = handler.toTextDocument();
        ArticleExtractor.INSTANCE.process(doc);
        return doc.getContent();
    }

    private static final class SaxReplay implements NodeVisitor {
        private final BoilerpipeHTMLContentHandler handler;
        SAXException failure;

        SaxReplay(BoilerpipeHTMLContentHandler handler) {
            this.handler = handler;
        }

        @Override
        public void head(Node node, int depth) {
            try {
                if (node instanceof Element e) {
                    AttributesImpl atts = new AttributesImpl();
                    for (Attribute a : e.attributes()) atts.addAttribute("", a.getKey(), a.getKey(), "CDATA", a.getValue());
                    String name = e.tagName().toUpperCase(Locale.ROOT);
                    handler.startElement("", name, name, atts);
                } else if (node instanceof TextNode t) {
                    char[] chars = t.getWholeText().toCharArray();
                    handler.characters(chars, 0, chars.length);
                } else if (node instanceof org.jsoup.nodes.DataNode d && d.parent() instanceof Element p
                        && p.tagName().equals("title")) {
                    char[] chars = d.getWholeData().toCharArray();
                    handler.characters(chars, 0, chars.length);
                }
            } catch (SAXException e) {
                if (failure == null) failure = e;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            try {
                String name = e.tagName().toUpperCase(Locale.ROOT);
                handler.endElement("", name, name);
            } catch (SAXException ex) {
                if (failure == null) failure = ex;
            }
        }
    }
}
