package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;

/**
 * Reads the inputs named on a command line: files, folders (recursively, in name order) and "-" for
 * standard input. Every input becomes documents or one failure line; a bad input never stops the batch.
 */
public class InputReader {
    /** Inputs larger than this are refused rather than read into memory. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final long maxBytes;

    public InputReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public InputReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public void read(List<String> inputs, InputStream stdin, DocumentSink sink) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStdin(stdin, sink);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                for (Path file : filesUnder(path, sink)) readFile(file, sink);
            } else if (Files.exists(path)) {
                readFile(path, sink);
            } else {
                sink.fail(input, "no such file or directory");
            }
        }
    }

    private List<Path> filesUnder(Path dir, DocumentSink sink) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.fail(dir.toString(), "cannot list folder: " + e.getMessage());
        }
        return files;
    }

    protected void readFile(Path file, DocumentSink sink) {
        String where = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                sink.fail(where, "too large: " + size + " bytes (limit " + maxBytes + ")");
                return;
            }
            accept(new SourceRef(where, null, SourceFormat.TEXT), Files.readAllBytes(file), sink);
        } catch (IOException e) {
            sink.fail(where, "cannot read: " + e.getMessage());
        }
    }

    private void readStdin(InputStream stdin, DocumentSink sink) {
        try {
            byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                sink.fail("-", "too large: more than " + maxBytes + " bytes");
                return;
            }
            accept(new SourceRef("-", null, SourceFormat.TEXT), bytes, sink);
        } catch (IOException e) {
            sink.fail("-", "cannot read standard input: " + e.getMessage());
        }
    }

    /** Turns the bytes of one input into documents; formats other than plain text override this. */
    protected void accept(SourceRef source, byte[] bytes, DocumentSink sink) {
        sink.accept(RawDocument.plainText(source, bytes));
    }
}
