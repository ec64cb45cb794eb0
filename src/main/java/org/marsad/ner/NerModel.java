package org.marsad.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear sequence tagger: feature weights per label, label transitions, and the gazetteer and
 * word clusters its features read. A first pass tags each sentence; an optional second pass adds what the
 * first pass found for the same word elsewhere in the document. Decoding is first-order Viterbi restricted to
 * well-formed BIO. Immutable
 * and thread-safe once built.
 *
 * <p>File format (gzip): magic {@code MARSAD-NER}, format version, a manifest of key=value lines, the
 * feature groups, the tag set, the gazetteer, cluster and embedding-cluster tables, then for each pass the feature keys with
 * their float16 weights and the transitions.
 */
public final class NerModel {
    static final String MAGIC = "MARSAD-NER";
    public static final int FORMAT_VERSION = 2;
    static final int L = Labels.COUNT;

    private final Map<String, String> manifest;
    private final Set<FeatureGroup> groups;
    final Gazetteer gazetteer;
    final WordClusters clusters;
    private final LinearTagger first;
    private final LinearTagger second; // null: no document-level pass
    private final Features features;
    private final FeatureRows rows; // both passes' rows per feature key
    private final WordTable words; // per word form: its form-only features with their weights found
    /** {@code -Dmarsad.ner.noPropagation=true} turns name propagation off, for ablations. */
    private static final boolean PROPAGATE = !Boolean.getBoolean("marsad.ner.noPropagation");

    NerModel(Map<String, String> manifest, Set<FeatureGroup> groups, Gazetteer gazetteer, WordClusters clusters,
             LinearTagger first, LinearTagger second) {
        this.manifest = Map.copyOf(manifest);
        this.groups = groups.isEmpty() ? EnumSet.noneOf(FeatureGroup.class) : EnumSet.copyOf(groups);
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.first = first;
        this.second = second;
        this.features = new Features(gazetteer, clusters, this.groups);
        this.rows = new FeatureRows(first.rows, second == null ? null : second.rows);
        this.words = new WordTable(features, rows, first, second);
    }

    public Map<String, String> manifest() {
        return manifest;
    }

    public Set<FeatureGroup> groups() {
        return EnumSet.copyOf(groups);
    }

    public int featureCount() {
        return first.rows.size() + (second == null ? 0 : second.rows.size());
    }

    /** The first pass, the second (null without one) and the features: for tests checking the cached path. */
    LinearTagger firstPass() {
        return first;
    }

    LinearTagger secondPass() {
        return second;
    }

    Features features() {
        return features;
    }

    /** Whether the word clusters or embedding clusters (learned from news) contain this word, after normalization. */
    boolean knowsWord(String word) {
        long h = Hashing.of(org.marsad.text.ArabicNormalizer.normalizeForMatching(word));
        return clusters.codes.get(h, Integer.MIN_VALUE) != Integer.MIN_VALUE
                || clusters.embeddings.get(h, Integer.MIN_VALUE) != Integer.MIN_VALUE;
    }

    /** Whether a single word is a name in the model's gazetteer, after normalization. */
    boolean isListedName(String word) {
        long h = Gazetteer.extend(0, Hashing.of(org.marsad.text.ArabicNormalizer.normalizeForMatching(word)));
        return (gazetteer.phrases.get(h, 0) & 0xFF) != 0;
    }

    /** IOB tags (PERS, LOC, ORG, MISC) for one sentence taken as a whole document. */
    public String[] tag(String[] tokens) {
        return names(decodeDocument(List.<String[]>of(tokens), null, DocumentContext.WHOLE_DOCUMENT).get(0));
    }

    /**
     * IOB tags for a run of sentences; the document-level pass sees the sentences within {@code window}
     * of each ({@link #WHOLE_DOCUMENT} for all of them).
     */
    public List<String[]> tag(List<String[]> sentences, int window) {
        List<String[]> out = new ArrayList<>(sentences.size());
        for (int[] labels : decodeDocument(sentences, null, window)) out.add(names(labels));
        return out;
    }

    public static final int WHOLE_DOCUMENT = DocumentContext.WHOLE_DOCUMENT;

    private static String[] names(int[] labels) {
        String[] out = new String[labels.length];
        for (int i = 0; i < labels.length; i++) out[i] = Labels.name(labels[i]);
        return out;
    }

    /** Label indexes per sentence; when {@code confidence} is given, fills it with one array per sentence. */
    List<int[]> decodeDocument(List<String[]> sentences, List<double[]> confidence, int window) {
        // each sentence is analysed once: the second pass, the document context and name propagation reuse it
        List<int[]> labels = new ArrayList<>(sentences.size());
        List<Features.Analysis> analyses = new ArrayList<>(sentences.size());
        List<long[]> cores = new ArrayList<>(sentences.size());
        List<int[]> secondRows = new ArrayList<>(sentences.size());
        List<float[][]> secondStarts = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            int n = s.length;
            WordTable.Entry[] entries = new WordTable.Entry[n];
            Features.Word[] ws = new Features.Word[n];
            float[][] start1 = new float[n][], start2 = new float[n][];
            for (int i = 0; i < n; i++) {
                entries[i] = words.get(s[i]);
                ws[i] = entries[i].word;
                start1[i] = entries[i].firstSum;
                start2[i] = entries[i].secondSum;
            }
            Features.Analysis a = features.analyze(ws, n);
            analyses.add(a);
            cores.add(a.core);
            // one look-up per key finds its rows in both passes; the word's own keys come found with the word
            int[] r1 = new int[a.feats.length], r2 = second == null ? null : new int[a.feats.length];
            rowsOf(a, entries, r1, r2);
            secondRows.add(r2);
            secondStarts.add(start2);
            double[] c = second == null ? conf(confidence, s) : null;
            labels.add(n == 0 ? new int[0] : first.decodeRows(r1, n, start1, c));
        }
        if (second == null) return propagate(sentences, cores, labels, window);
        List<int[]> doc = DocumentContext.ofCores(cores, labels, window);
        List<int[]> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            String[] s = sentences.get(k);
            double[] c = conf(confidence, s);
            if (s.length == 0) {
                out.add(new int[0]);
                continue;
            }
            int[] r2 = new int[s.length * Features.PER_TOKEN];
            long[] f = features.withDocument(analyses.get(k), doc.get(k), secondRows.get(k), r2);
            rows.resolveSecond(f, r2);
            out.add(second.decodeRows(r2, s.length, secondStarts.get(k), c));
        }
        return propagate(sentences, cores, out, window);
    }

    /**
     * Rows (row + 1, 0 = none) of each slot of {@code a} in both passes ({@code second} may be null): the first
     * slots stay 0 (their sum starts the token's emission), the word's own cluster, embedding and n-gram slots
     * come from its entry, the others are looked up.
     */
    private void rowsOf(Features.Analysis a, WordTable.Entry[] entries, int[] first, int[] second) {
        long[] f = a.feats;
        for (int i = 0; i < a.n; i++) {
            WordTable.Entry e = entries[i];
            int end = (i + 1) * Features.PER_TOKEN;
            int cl = a.clusterAt[i], em = a.embedAt[i], doc = a.docAt[i];
            for (int k = i * Features.PER_TOKEN + e.word.local.length; k < end && f[k] != 0; k++) {
                long v;
                if (k >= doc) v = e.ngramRows[k - doc];
                else if (cl >= 0 && k >= cl && k < cl + e.clusterRows.length) v = e.clusterRows[k - cl];
                else if (em >= 0 && k >= em && k < em + e.embedRows.length) v = e.embedRows[k - em];
                else v = rows.get(f[k]);
                first[k] = (int) v;
                if (second != null) second[k] = (int) (v >>> 32);
            }
        }
    }

    private List<int[]> propagate(List<String[]> sentences, List<long[]> cores, List<int[]> labels, int window) {
        if (PROPAGATE) NamePropagation.apply(sentences, cores, labels, window);
        return labels;
    }

    private static double[] conf(List<double[]> confidence, String[] s) {
        if (confidence == null) return null;
        double[] c = new double[s.length];
        confidence.add(c);
        return c;
    }

    // ---- persistence ----

    public void save(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream os = Files.newOutputStream(file)) {
            write(os);
        }
    }

    void write(OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(os, 1 << 16), 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeInt(manifest.size());
        for (var e : new java.util.TreeMap<>(manifest).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeInt(groups.size());
        for (FeatureGroup g : groups) out.writeUTF(g.name());
        out.writeInt(L);
        for (int l = 0; l < L; l++) out.writeUTF(Labels.name(l));
        writeMap(out, gazetteer.phrases);
        writeMap(out, clusters.codes);
        writeMap(out, clusters.embeddings);
        writeTagger(out, first);
        out.writeBoolean(second != null);
        if (second != null) writeTagger(out, second);
        out.flush();
        gz.finish();
        gz.flush();
    }

    private static void writeTagger(DataOutputStream out, LinearTagger t) throws IOException {
        LongIntMap rows = t.rows;
        float[] weights = t.weights, transitions = t.transitions;
        int n = rows.size();
        long[] keys = new long[n];
        rows.forEach((k, r) -> keys[r] = k);
        out.writeInt(n);
        ByteBuffer kb = ByteBuffer.allocate(n * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long k : keys) kb.putLong(k);
        out.write(kb.array());
        ByteBuffer wb = ByteBuffer.allocate(weights.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float w : weights) wb.putShort(Float.floatToFloat16(w));
        out.write(wb.array());
        out.writeInt(transitions.length);
        for (float x : transitions) out.writeFloat(x);
    }

    static void writeMap(DataOutputStream out, LongIntMap map) throws IOException {
        out.writeInt(map.size());
        ByteBuffer b = ByteBuffer.allocate(map.size() * 12).order(ByteOrder.LITTLE_ENDIAN);
        map.forEach((k, v) -> b.putLong(k).putInt(v));
        out.write(b.array());
    }

    public static NerModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads a model; a file of another format or version fails with a message saying what to do. */
    public static NerModel read(InputStream raw, String name) throws IOException {
        DataInputStream in;
        try {
            in = new DataInputStream(new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16));
        } catch (java.util.zip.ZipException e) {
            throw new ModelFormatException(name + " is not a Marsad NER model (not gzip)");
        }
        String magic;
        try {
            magic = in.readUTF();
        } catch (IOException e) {
            throw new ModelFormatException(name + " is not a Marsad NER model (" + e.getMessage() + ")");
        }
        if (!MAGIC.equals(magic)) throw new ModelFormatException(name + " is not a Marsad NER model (bad magic)");
        int version = in.readInt();
        if (version != FORMAT_VERSION) {
            throw new ModelFormatException(name + " has NER model format version " + version + ", this build reads version "
                    + FORMAT_VERSION + ": retrain it with './marsad train ner'");
        }
        Map<String, String> manifest = new LinkedHashMap<>();
        int m = in.readInt();
        for (int i = 0; i < m; i++) manifest.put(in.readUTF(), in.readUTF());
        EnumSet<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
        int g = in.readInt();
        for (int i = 0; i < g; i++) {
            String s = in.readUTF();
            try {
                groups.add(FeatureGroup.valueOf(s));
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException(name + " uses feature group " + s + " unknown to this build: retrain it");
            }
        }
        int labels = in.readInt();
        for (int l = 0; l < labels; l++) {
            String s = in.readUTF();
            if (labels != L || !s.equals(Labels.name(l))) {
                throw new ModelFormatException(name + " has a different tag set (" + s + " at " + l + "): retrain it");
            }
        }
        LongIntMap gaz = readMap(in);
        LongIntMap clusters = readMap(in);
        LongIntMap embeddings = readMap(in);
        LinearTagger first = readTagger(in, name);
        LinearTagger second = in.readBoolean() ? readTagger(in, name) : null;
        return new NerModel(manifest, groups, new Gazetteer(gaz), new WordClusters(clusters, embeddings), first, second);
    }

    private static LinearTagger readTagger(DataInputStream in, String name) throws IOException {
        int n = in.readInt();
        byte[] kb = new byte[n * 8];
        in.readFully(kb);
        var keys = ByteBuffer.wrap(kb).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
        LongIntMap rows = new LongIntMap(n);
        for (int r = 0; r < n; r++) rows.put(keys.get(r), r);
        byte[] wbytes = new byte[n * L * 2];
        in.readFully(wbytes);
        var ws = ByteBuffer.wrap(wbytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        float[] weights = new float[n * L];
        for (int i = 0; i < weights.length; i++) weights[i] = Float.float16ToFloat(ws.get(i));
        int t = in.readInt();
        if (t != (L + 1) * L) throw new ModelFormatException(name + " has a corrupt transition table");
        float[] transitions = new float[t];
        for (int i = 0; i < t; i++) transitions[i] = in.readFloat();
        return new LinearTagger(rows, weights, transitions);
    }

    static LongIntMap readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] b = new byte[n * 12];
        in.readFully(b);
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        LongIntMap map = new LongIntMap(Math.max(16, n));
        for (int i = 0; i < n; i++) map.put(buf.getLong(), buf.getInt());
        return map;
    }

    /** A model file of the wrong kind or version. */
    public static final class ModelFormatException extends IOException {
        public ModelFormatException(String message) {
            super(message);
        }
    }
}
