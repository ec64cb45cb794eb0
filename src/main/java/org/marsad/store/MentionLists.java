package org.marsad.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.marsad.export.AnalysisJson;
import org.marsad.model.Analysis;
import org.marsad.model.Entity;
import org.marsad.model.Field;
import org.marsad.model.Mention;

/**
 * The mentions of one entity in one document, kept as one compact JSON column of its {@code doc_entities}
 * row ({@code [[start, end, "in", "text"], ...]}, offsets in code points like the contract) instead of one
 * row each: a document has about twice as many mentions as entities, and each row cost the single writer
 * two B-tree inserts, their undo log and page writes. Reads need the mentions of one entity only, which the
 * {@code doc_entities} rows of that entity give.
 */
final class MentionLists {
    /** Longest list kept (an entity named thousands of times in one text keeps its first mentions). */
    static final int MAX_CHARS = 100_000;

    private MentionLists() {
    }

    /** The code-point offsets of one text, with no counting for texts without surrogate pairs (nearly all). */
    static final class Offsets {
        private final String title;
        private final String text;
        private final boolean titleBmp;
        private final boolean textBmp;

        Offsets(Analysis a) {
            title = a.title() == null ? "" : a.title();
            text = a.text();
            titleBmp = noSurrogates(title);
            textBmp = noSurrogates(text);
        }

        int codePoint(Field in, int utf16) {
            String s = in == Field.TITLE ? title : text;
            int at = Math.max(0, Math.min(utf16, s.length()));
            return (in == Field.TITLE ? titleBmp : textBmp) ? at : s.codePointCount(0, at);
        }

        private static boolean noSurrogates(String s) {
            for (int i = 0; i < s.length(); i++) if (Character.isSurrogate(s.charAt(i))) return false;
            return true;
        }
    }

    static String encode(Entity e, Offsets offsets) {
        StringWriter out = new StringWriter(32 * e.mentions().size() + 2);
        try (JsonGenerator g = AnalysisJson.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartArray();
            int chars = 2;
            for (Mention m : e.mentions()) {
                String text = m.text().length() <= 500 ? m.text() : m.text().substring(0, 500);
                chars += text.length() * 6 + 40; // bound on the escaped length
                if (chars > MAX_CHARS) break;
                g.writeStartArray();
                g.writeNumber(offsets.codePoint(m.in(), m.start()));
                g.writeNumber(offsets.codePoint(m.in(), m.end()));
                g.writeString(m.in().wireName());
                g.writeString(text);
                g.writeEndArray();
            }
            g.writeEndArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** One decoded mention: code-point offsets, the field's wire name and the text. */
    record Decoded(int start, int end, String in, String text) {
    }

    /** Calls {@code each} for the mentions of a list, in order, until it returns false. */
    static void decode(String list, java.util.function.Predicate<Decoded> each) throws IOException {
        if (list == null || list.isEmpty()) return;
        try (JsonParser p = AnalysisJson.MAPPER.getFactory().createParser(list)) {
            if (p.nextToken() != JsonToken.START_ARRAY) return;
            while (p.nextToken() == JsonToken.START_ARRAY) {
                p.nextToken();
                int start = p.getIntValue();
                p.nextToken();
                int end = p.getIntValue();
                p.nextToken();
                String in = p.getText();
                p.nextToken();
                String text = p.getText();
                p.nextToken(); // END_ARRAY
                if (!each.test(new Decoded(start, end, in, text))) return;
            }
        }
    }
}
