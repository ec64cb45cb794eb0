package org.marsad.ingest;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The date strings of a feed's items exactly as written, in document order: Rome parses {@code pubDate} and
 * Atom {@code published} into a {@link java.util.Date}, an instant that has lost the publisher's offset, so an
 * item published at 01:30 +03:00 would fall on the previous calendar day in UTC and every relative date in it
 * ("أمس") would resolve a day early. This scan keeps the offset; {@link FeedReader} uses it when it finds one
 * date slot per entry Rome returned, else Rome's instant in UTC.
 *
 * <p>Per item (RSS {@code item}, Atom {@code entry}), a direct child {@code pubDate} or {@code published}, else
 * {@code dc:date}, else {@code updated} — the order Rome uses for "published, else updated". Written by hand
 * because Rome exposes no raw strings; StAX is the JDK's, with DTDs and external entities off (a DOCTYPE
 * makes the scan give up, as Rome refuses such feeds anyway).
 */
final class FeedDates {
    private FeedDates() {
    }

    /** One entry per item or entry element (null when it has no date), or an empty list when the XML is unreadable. */
    static List<String> of(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String> dates = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            int depth = 0, itemDepth = -1, rank = 0;
            String best = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) return List.of();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    if (itemDepth < 0 && (name.equals("item") || name.equals("entry"))) {
                        itemDepth = depth;
                        best = null;
                        rank = 0;
                    } else if (itemDepth >= 0 && depth == itemDepth + 1) {
                        int r = rank(name, xml.getNamespaceURI());
                        if (r > rank) {
                            String text = xml.getElementText().strip();
                            depth--; // getElementText consumed the end tag
                            if (!text.isEmpty()) {
                                best = text;
                                rank = r;
                            }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == itemDepth) {
                        dates.add(best);
                        itemDepth = -1;
                    }
                    depth--;
                }
            }
            return dates;
        } catch (XMLStreamException | RuntimeException e) {
            return List.of();
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing held open: the input is a byte array
                }
            }
        }
    }

    private static int rank(String name, String namespace) {
        return switch (name) {
            case "pubDate", "published" -> 3;
            case "date" -> namespace != null && namespace.startsWith("http://purl.org/dc/") ? 2 : 0;
            case "updated", "modified" -> 1;
            default -> 0;
        };
    }
}
