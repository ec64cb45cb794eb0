package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style files: one token per line, the token in the first column and (when present) the tag in
 * the last, whitespace separated; a blank line ends a sentence.
 */
public final class ConllCorpus {
    private ConllCorpus() {
    }

    /** A sentence: tokens and their gold tags (tags null when the file has only one column). */
    public record Sentence(List<String> tokens, List<String> tags) {
        public Sentence {
            tokens = List.copyOf(tokens);
            tags = tags == null ? null : List.copyOf(tags);
        }
    }

    public static List<Sentence> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    public static List<Sentence> read(BufferedReader r) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean tagged = true;
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
            String t = line.strip();
            if (t.isEmpty()) {
                if (!tokens.isEmpty()) out.add(new Sentence(tokens, tagged ? tags : null));
                tokens = new ArrayList<>();
                tags = new ArrayList<>();
                tagged = true;
                continue;
            }
            String[] cols = t.split("\\s+");
            tokens.add(cols[0]);
            if (cols.length > 1) tags.add(cols[cols.length - 1]);
            else tagged = false;
        }
        if (!tokens.isEmpty()) out.add(new Sentence(tokens, tagged ? tags : null));
        return out;
    }
}
