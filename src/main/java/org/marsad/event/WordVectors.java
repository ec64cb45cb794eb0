package org.marsad.event;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word vectors learned from unannotated news ({@link WordVectorTrainer}, docs/word-vectors-model-card.md): words
 * used in the same contexts (قتل، مقتل، لقي) get near vectors, so the sentence-type model can weigh a word it never
 * saw in an annotated sentence by the company it keeps. Keyed by the normalized word form of {@code WordView.norm}.
 * Stored one signed byte per component (the vectors have unit length; 1/127 is finer than the model needs).
 *
 * <p>Immutable after loading and safe to share between threads.
 */
public final class WordVectors {
    static final String RESOURCE = "word-vectors.bin.gz";
    private static final int MAGIC = 0x4D575631; // "MWV1"
    /** The length of a sentence vector ({@link #sentence}): about the weight of three binary features. */
    static final double SCALE = 3.0;

    private final List<String> words;
    private final Map<String, Integer> index;
    private final byte[] values;
    private final int dims;

    private WordVectors(List<String> words, byte[] values, int dims) {
        this.words = List.copyOf(words);
        this.values = values;
        this.dims = dims;
        this.index = new HashMap<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) index.put(words.get(i), i);
    }

    /** Vectors from unit-length rows (one per word, in the order given), rounded to the stored bytes. */
    static WordVectors of(List<String> words, double[][] vectors) {
        int dims = vectors.length == 0 ? 0 : vectors[0].length;
        byte[] v = new byte[words.size() * dims];
        for (int i = 0; i < words.size(); i++) {
            for (int d = 0; d < dims; d++) v[i * dims + d] = (byte) Math.max(-127, Math.min(127, Math.round(vectors[i][d] * 127)));
        }
        return new WordVectors(words, v, dims);
    }

    private static final class Shipped {
        static final WordVectors VECTORS = load();

        private static WordVectors load() {
            try (InputStream in = WordVectors.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(new java.util.zip.GZIPInputStream(in));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The shipped vectors (read once), or null when the resource is absent. */
    public static WordVectors shipped() {
        return Shipped.VECTORS;
    }

    /** Reads vectors as {@link #write} writes them. */
    public static WordVectors read(InputStream in) throws IOException {
        var data = new DataInputStream(new java.io.BufferedInputStream(in));
        if (data.readInt() != MAGIC) throw new IOException("not a word-vector file");
        int n = data.readInt(), dims = data.readInt();
        if (n < 0 || dims <= 0) throw new IOException("bad word-vector file header: " + n + " words of " + dims);
        String[] w = new String[n];
        byte[] v = new byte[n * dims];
        for (int i = 0; i < n; i++) {
            w[i] = data.readUTF();
            data.readFully(v, i * dims, dims);
        }
        return new WordVectors(List.of(w), v, dims);
    }

    /** Writes the vectors: a header (magic, word count, dimensions), then each word and its bytes, in row order. */
    public void write(OutputStream out) throws IOException {
        var data = new DataOutputStream(new java.io.BufferedOutputStream(out));
        data.writeInt(MAGIC);
        data.writeInt(words.size());
        data.writeInt(dims);
        for (int i = 0; i < words.size(); i++) {
            data.writeUTF(words.get(i));
            data.write(values, i * dims, dims);
        }
        data.flush();
    }

    public int dims() {
        return dims;
    }

    public int size() {
        return words.size();
    }

    /** The word's vector as stored (unit length up to rounding), or null for a word without one. */
    public double[] vector(String word) {
        Integer row = index.get(word);
        if (row == null) return null;
        double[] out = new double[dims];
        for (int d = 0; d < dims; d++) out[d] = values[row * dims + d] / 127.0;
        return out;
    }

    /**
     * A sentence's vector: the mean of its distinct words' vectors, scaled to length {@link #SCALE} (its direction
     * is what says what the sentence is about; its length would only say how many known words it has); zeros when
     * none of its words has a vector.
     */
    public double[] sentence(Collection<String> distinctWords) {
        double[] out = new double[dims];
        boolean any = false;
        for (String w : distinctWords) {
            Integer row = index.get(w);
            if (row == null) continue;
            any = true;
            int at = row * dims;
            for (int d = 0; d < dims; d++) out[d] += values[at + d];
        }
        if (!any) return out;
        double norm = 0;
        for (double x : out) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm == 0) return out;
        for (int d = 0; d < dims; d++) out[d] = out[d] / norm * SCALE;
        return out;
    }
}
