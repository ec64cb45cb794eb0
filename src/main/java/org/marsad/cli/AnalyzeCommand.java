package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.export.AnalysisWriter;
import org.marsad.export.OutputFormats;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.InputException;
import org.marsad.ingest.FormatReader;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse news articles and write one JSON object per document (the marsad/analysis@1 contract).",
                "Inputs are files, folders (read recursively) or - for standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was analysed", "1:some inputs failed (named on stderr); the rest were written",
                "2:usage error", "3:the command failed"})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or - (stdin).")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for documents that do not state one; relative dates resolve against it.")
    String published;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "Output format: jsonl (default), pretty, plover (PLOVER event records, JSON Lines) or acled-csv.")
    String format;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every input as text, html, rss, warc or jsonl instead of detecting the format.")
    String inputFormat;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline;
        try {
            pipeline = Pipelines.standard().defaultPublished(published).build();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("marsad analyze: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        PrintWriter err = spec.commandLine().getErr();
        SourceFormat forced;
        try {
            forced = inputFormat == null ? null : SourceFormat.fromWireName(inputFormat);
        } catch (IllegalArgumentException e) {
            err.println("marsad analyze: unknown input format '" + inputFormat + "' (text, html, rss, warc, jsonl)");
            return Main.EXIT_USAGE;
        }
        Writer target = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        int[] failures = {0};
        try (AnalysisWriter writer = openWriter(target)) {
            if (writer == null) return Main.EXIT_USAGE;
            DocumentSink sink = new DocumentSink() {
                @Override
                public void accept(RawDocument document) {
                    try {
                        writer.write(pipeline.analyze(document));
                    } catch (InputException e) {
                        fail(document.source().label(), e.getMessage());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    } catch (RuntimeException e) {
                        fail(document.source().label(), "analysis failed: " + e);
                    }
                }

                @Override
                public void fail(String where, String reason) {
                    failures[0]++;
                    err.println("marsad: " + where + ": " + reason);
                    err.flush();
                }
            };
            new FormatReader(forced, note -> {
                err.println("marsad: " + note);
                err.flush();
            }).read(inputs, System.in, sink);
        } finally {
            if (output != null) target.close();
            else target.flush();
        }
        return failures[0] == 0 ? Main.EXIT_OK : Main.EXIT_PARTIAL;
    }

    private AnalysisWriter openWriter(Writer target) {
        try {
            return OutputFormats.open(format, target);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("marsad analyze: " + e.getMessage());
            return null;
        }
    }
}
