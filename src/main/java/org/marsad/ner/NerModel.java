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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear sequence tagger: feature weights per label, label transitions, and the gazetteer and
 * word clusters its features read. Decoding is first-order Viterbi restricted to well-formed BIO. Immutable
 * and thread-safe once built.
 *
 * <p>File format (gzip): magic {@code MARSAD-NER}, format version, a manifest of key=value lines, the
 * feature groups, the gazetteer and cluster tables, then the feature keys and their float16 weights.
 */
public final class NerModel {
    static final String MAGIC = "MARSAD-NER";
    public static final int FORMAT_VERSION = 1;
    static final int L = Labels.COUNT;

    private final Map<String, String> manifest;
    private final Set<FeatureGroup> groups;
    final Gazetteer gazetteer;
    final WordClusters clusters;
    private final LongIntMap rows;
    private final float[] weights; // rows x L
    private final float[] transitions; // (L + 1) x L, row L = sentence start
    private final Features features;

    NerModel(Map<String, String> manifest, Set<FeatureGroup> groups, Gazetteer gazetteer, WordClusters clusters,
             LongIntMap rows, float[] weights, float[] transitions) {
        this.manifest = Map.copyOf(manifest);
        this.groups = groups.isEmpty() ? EnumSet.noneOf(FeatureGroup.class) : EnumSet.copyOf(groups);
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.rows = rows;
        this.weights = weights;
        this.transitions = transitions;
        this.features = new Features(gazetteer, clusters, this.groups);
    }

    public Map<String, String> manifest() {
        return manifest;
    }

    public Set<FeatureGroup> groups() {
        return EnumSet.copyOf(groups);
    }

    public int featureCount() {
        return rows.size();
    }

    /** Whether the word clusters (learned from news) contain this word, after normalization. */
    boolean knowsWord(String word) {
        return clusters.codes.get(Hashing.of(org.marsad.text.ArabicNormalizer.normalizeForMatching(word)), Integer.MIN_VALUE)
                != Integer.MIN_VALUE;
    }

    /** IOB tags (PERS, LOC, ORG, MISC) for a tokenized sentence. */
    public String[] tag(String[] tokens) {
        int[] labels = decode(tokens, null);
        String[] out = new String[labels.length];
        for (int i = 0; i < labels.length; i++) out[i] = Labels.name(labels[i]);
        return out;
    }

    /** Label indexes for tokens; when {@code confidence} is given, fills a per-token local confidence. */
    int[] decode(String[] tokens, double[] confidence) {
        int n = tokens.length;
        if (n == 0) return new int[0];
        float[] emission = emissions(features.extract(tokens, n), n);
        int[] labels = viterbi(emission, transitions, n);
        if (confidence != null) {
            for (int i = 0; i < n; i++) {
                double max = Double.NEGATIVE_INFINITY, z = 0;
                for (int l = 0; l < L; l++) max = Math.max(max, emission[i * L + l]);
                for (int l = 0; l < L; l++) z += Math.exp(emission[i * L + l] - max);
                confidence[i] = Math.exp(emission[i * L + labels[i]] - max) / z;
            }
        }
        return labels;
    }

    private float[] emissions(long[] feats, int n) {
        float[] e = new float[n * L];
        for (int i = 0; i < n; i++) {
            int eb = i * L;
            for (int k = i * Features.PER_TOKEN, end = k + Features.PER_TOKEN; k < end; k++) {
                long f = feats[k];
                if (f == 0) continue;
                int r = rows.get(f, -1);
                if (r < 0) continue;
                int wb = r * L;
                for (int l = 0; l < L; l++) e[eb + l] += weights[wb + l];
            }
        }
        return e;
    }

    /** First-order Viterbi over BIO-allowed label pairs. */
    static int[] viterbi(float[] emission, float[] transitions, int n) {
        float[] score = new float[n * L];
        int[] back = new int[n * L];
        for (int l = 0; l < L; l++) {
            score[l] = Labels.allowed(-1, l) ? emission[l] + transitions[L * L + l] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int l = 0; l < L; l++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    if (!Labels.allowed(p, l)) continue;
                    float s = score[(i - 1) * L + p] + transitions[p * L + l];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i * L + l] = best + emission[i * L + l];
                back[i * L + l] = arg;
            }
        }
        int[] out = new int[n];
        float best = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < L; l++) {
            if (score[(n - 1) * L + l] > best) {
                best = score[(n - 1) * L + l];
                out[n - 1] = l;
            }
        }
        for (int i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
        return out;
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
        for (float t : transitions) out.writeFloat(t);
        out.flush();
        gz.finish();
        gz.flush();
    }

    private static void writeMap(DataOutputStream out, LongIntMap map) throws IOException {
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
        return new NerModel(manifest, groups, new Gazetteer(gaz), new WordClusters(clusters), rows, weights, transitions);
    }

    private static LongIntMap readMap(DataInputStream in) throws IOException {
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
