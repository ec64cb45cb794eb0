package org.marsad.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The output formats of {@code marsad analyze --format}, by name. */
public final class OutputFormats {
    private static final Map<String, Function<Writer, AnalysisWriter>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("jsonl", out -> new JsonLinesWriter(out, false));
        FORMATS.put("pretty", out -> new JsonLinesWriter(out, true));
        FORMATS.put("geojson", GeoJsonWriter::new);
        FORMATS.put("plover", PloverWriter::new);
        FORMATS.put("acled-csv", AcledCsvWriter::new);
    }

    private OutputFormats() {
    }

    public static Iterable<String> names() {
        return FORMATS.keySet();
    }

    public static AnalysisWriter open(String name, Writer out) {
        Function<Writer, AnalysisWriter> f = FORMATS.get(name);
        if (f == null) throw new IllegalArgumentException("unknown format '" + name + "' (known: " + String.join(", ", FORMATS.keySet()) + ")");
        return f.apply(out);
    }
}
