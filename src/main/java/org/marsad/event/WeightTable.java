package org.marsad.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The file form of the event models' sparse linear weights: "# " header lines, then one feature per line, sorted,
 * with a tab and one weight (4 decimals, "0" for none) per column.
 */
final class WeightTable {
    private WeightTable() {
    }

    /**
     * The system property naming a directory whose event model files take the place of the shipped ones of the same
     * name (arguments.model, sentence-types.model.gz, sentence-net.model.gz, sentence-decisions.model): a model just
     * trained by {@code ./marsad train events} is evaluated without rebuilding the jar. A file absent there is the
     * shipped one.
     */
    static final String MODELS_PROPERTY = "marsad.events.models";

    /** The model file {@code name}: from the {@link #MODELS_PROPERTY} directory when there, else the resource beside {@code owner}; null when neither. */
    static InputStream open(Class<?> owner, String name) throws IOException {
        String dir = System.getProperty(MODELS_PROPERTY);
        if (dir != null) {
            java.nio.file.Path p = java.nio.file.Path.of(dir, name);
            if (java.nio.file.Files.isRegularFile(p)) return java.nio.file.Files.newInputStream(p);
        }
        return owner.getResourceAsStream(name);
    }

    /** The weights of a model shipped as a class-path resource beside {@code owner} (gzipped when it ends in .gz); null when absent. */
    static Map<String, float[]> resource(Class<?> owner, String name, int columns, String what) {
        try (InputStream in = open(owner, name)) {
            if (in == null) return null;
            return read(name.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in, columns, what);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads weights as {@link #write} writes them; {@code columns} 0 or less takes the width of the first row. */
    static Map<String, float[]> read(InputStream in, int columns, String what) throws IOException {
        Map<String, float[]> w = new HashMap<>();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IOException("bad " + what + " line: " + line);
            if (columns <= 0) columns = (int) line.chars().filter(ch -> ch == '\t').count();
            float[] x = new float[columns];
            int c = 0;
            for (int at = tab + 1; at <= line.length(); c++) {
                int end = line.indexOf('\t', at);
                if (end < 0) end = line.length();
                if (c >= columns) throw new IOException("bad " + what + " line: " + line);
                try {
                    x[c] = parse(line, at, end);
                } catch (NumberFormatException e) {
                    throw new IOException("bad " + what + " line: " + line, e);
                }
                at = end + 1;
            }
            if (c != columns) throw new IOException("bad " + what + " line: " + line);
            w.put(line.substring(0, tab), x);
        }
        return w;
    }

    /**
     * A weight as {@link #write} writes it ("0", or up to four decimals: -0.0123): the same float as
     * {@link Float#parseFloat}, since digits / 10^k of two exact floats rounds once, as the parser does; other forms go
     * to {@link Float#parseFloat}. Written by hand because the models hold millions of weights, and parsing them
     * through {@code split} and {@code parseFloat} took seconds of every start.
     */
    static float parse(CharSequence s, int from, int to) {
        int i = from;
        boolean negative = i < to && s.charAt(i) == '-';
        if (negative) i++;
        int digits = 0, decimals = -1;
        long n = 0;
        for (; i < to; i++) {
            char ch = s.charAt(i);
            if (ch == '.' && decimals < 0) {
                decimals = 0;
                continue;
            }
            if (ch < '0' || ch > '9' || ++digits > 7) return Float.parseFloat(s.subSequence(from, to).toString());
            n = n * 10 + (ch - '0');
            if (decimals >= 0) decimals++;
        }
        if (digits == 0 || decimals > 4 || decimals == 0) return Float.parseFloat(s.subSequence(from, to).toString());
        float v = decimals <= 0 ? n : n / POWERS[decimals];
        return negative ? -v : v;
    }

    private static final float[] POWERS = {1f, 10f, 100f, 1000f, 10000f};

    static void write(Writer out, String header, Map<String, float[]> weights) throws IOException {
        for (String h : header.split("\n")) out.write("# " + h + "\n");
        for (var e : new TreeMap<>(weights).entrySet()) {
            StringBuilder line = new StringBuilder(e.getKey());
            for (float x : e.getValue()) line.append('\t').append(x == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.4f", x));
            out.write(line.append('\n').toString());
        }
    }

    /** Weights rounded as the file writes them. */
    static float round(double x) {
        return Math.round(x * 1e4) / 1e4f;
    }
}
