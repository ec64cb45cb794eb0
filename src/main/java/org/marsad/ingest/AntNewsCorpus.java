package org.marsad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * The ANT multi-source news corpus as shared with the project (one gzipped JSON Lines file per section,
 * fields docno, title, time, url, src, text): what the evaluation and benchmark commands read.
 */
public final class AntNewsCorpus {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AntNewsCorpus() {
    }

    /** A reader over the lines of one section file. */
    public static BufferedReader open(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8));
    }

    /**
     * Visits the records of every section file in {@code dir}, one line from each file in turn (files in
     * name order), so that a reader stopping early still mixes the sections; stops when the visitor
     * returns false or every file is read.
     */
    public static void forEachInterleaved(Path dir, Predicate<JsonNode> visitor) throws IOException {
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList();
        }
        List<BufferedReader> readers = new ArrayList<>();
        try {
            for (Path f : files) readers.add(open(f));
            boolean any = true;
            while (any) {
                any = false;
                for (BufferedReader r : readers) {
                    String line = r.readLine();
                    if (line == null) continue;
                    any = true;
                    if (!visitor.test(MAPPER.readTree(line))) return;
                }
            }
        } finally {
            for (BufferedReader r : readers) r.close();
        }
    }

    /** The records with the wanted docnos, by docno; file names are relative to {@code dir}. */
    public static Map<String, JsonNode> byDocno(Path dir, Map<String, ? extends Collection<String>> docnosByFile) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        for (var entry : docnosByFile.entrySet()) {
            Set<String> wanted = new HashSet<>(entry.getValue());
            try (BufferedReader r = open(dir.resolve(entry.getKey()))) {
                String line;
                while (!wanted.isEmpty() && (line = r.readLine()) != null) {
                    String docno = docno(line);
                    if (docno != null && wanted.remove(docno)) out.put(docno, MAPPER.readTree(line));
                }
            }
        }
        return out;
    }

    /** The docno of a line without parsing the whole record (the files write {@code "docno": "..."}). */
    private static String docno(String line) {
        int at = line.indexOf("\"docno\": \"");
        if (at < 0) return null;
        int end = line.indexOf('"', at + 10);
        return end > 0 ? line.substring(at + 10, end) : null;
    }
}
