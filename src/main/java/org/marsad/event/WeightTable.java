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

    /** The weights of a model shipped as a class-path resource beside {@code owner} (gzipped when it ends in .gz); null when absent. */
    static Map<String, float[]> resource(Class<?> owner, String name, int columns, String what) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) return null;
            return read(name.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in, columns, what);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, float[]> read(InputStream in, int columns, String what) throws IOException {
        Map<String, float[]> w = new HashMap<>();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length != columns + 1) throw new IOException("bad " + what + " line: " + line);
            float[] x = new float[columns];
            for (int c = 0; c < columns; c++) x[c] = Float.parseFloat(cols[c + 1]);
            w.put(cols[0], x);
        }
        return w;
    }

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
