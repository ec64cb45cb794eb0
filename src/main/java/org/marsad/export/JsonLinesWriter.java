package org.marsad.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import org.marsad.model.Analysis;

/** One analysis per line (JSON Lines), or indented JSON objects one after another when pretty. */
final class JsonLinesWriter implements AnalysisWriter {
    private final Writer out;
    private final ObjectWriter writer;

    JsonLinesWriter(Writer out, boolean pretty) {
        this.out = out;
        ObjectWriter w = AnalysisJson.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.writer = pretty ? w.withDefaultPrettyPrinter() : w;
    }

    @Override
    public void write(Analysis analysis) throws IOException {
        out.write(writer.writeValueAsString(AnalysisJson.toJson(analysis)));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
