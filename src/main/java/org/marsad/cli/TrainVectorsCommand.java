package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.event.WordVectorTrainer;
import org.marsad.event.WordVectors;
import org.marsad.ingest.AntNewsCorpus;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;
import org.marsad.time.WordView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "vectors", mixinStandardHelpOptions = true,
        description = {"Learn the word vectors of the sentence-type model from unannotated news:",
                "every article of ../shared/data/ant-news-multisource (all sections) but those of the",
                "held-out event sets (eval/events/heldout*.jsonl), by PPMI and a seeded randomized SVD",
                "(docs/word-vectors-model-card.md). Retrain the event models after it (./marsad train events)."})
final class TrainVectorsCommand implements Callable<Integer> {
    static final String PATH = "src/main/resources/org/marsad/event/word-vectors.bin.gz";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--out", paramLabel = "FILE", description = "Vector file, gzipped (default: the shipped one under src/main/resources).")
    Path out;

    @Option(names = "--dims", defaultValue = "100", description = "Dimensions (default ${DEFAULT-VALUE}).")
    int dims;

    @Option(names = "--min-count", defaultValue = "5", description = "Times a word must occur to get a vector (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--window", defaultValue = "5", description = "Context words each side, at most 7 (default ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--power-iterations", defaultValue = "3", description = "Power iterations of the randomized SVD (default ${DEFAULT-VALUE}).")
    int powerIterations;

    @Option(names = "--data", paramLabel = "DIR", description = "The corpus folder (default: ../shared/data/ant-news-multisource).")
    Path data;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        Path dir = data != null ? data : SharedData.data("ant-news-multisource");
        Set<String> heldOut = heldOutDocnos(SharedData.repo("eval/events"));
        Tokenizer tokenizer = new Tokenizer();
        List<String[]> documents = new ArrayList<>();
        int[] skipped = {0};
        AntNewsCorpus.forEachInterleaved(dir, o -> {
            if (heldOut.contains(o.path("docno").asText())) {
                skipped[0]++;
                return true;
            }
            documents.add(words(tokenizer, o.path("title").asText("") + "\n" + o.path("text").asText("")));
            return true;
        });
        long tokens = documents.stream().mapToLong(d -> d.length).sum();
        err.printf("%,d articles (%,d of the held-out event sets left out), %,d words%n", documents.size(), skipped[0], tokens);
        WordVectors vectors = new WordVectorTrainer(dims, minCount, window, powerIterations, 20, 1).train(documents);
        Path target = out != null ? out : SharedData.repo(PATH);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(target))) {
            vectors.write(o);
        }
        err.printf("wrote %s (%,d bytes, %,d words of %d dimensions)%n", target, Files.size(target), vectors.size(), vectors.dims());
        return Main.EXIT_OK;
    }

    /** The normalized words of a text, as the sentence-type model's word features see them. */
    static String[] words(Tokenizer tokenizer, String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        WordView v = new WordView(text, tokens);
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < v.size(); i++) {
            Token.Kind kind = v.token(i).kind();
            if (kind == Token.Kind.ARABIC || kind == Token.Kind.NUMBER) out.add(v.norm(i));
        }
        return out.toArray(String[]::new);
    }

    /** The docnos of every held-out event set in {@code dir} (heldout*.jsonl), never learned from. */
    static Set<String> heldOutDocnos(Path dir) throws IOException {
        Set<String> out = new HashSet<>();
        if (!Files.isDirectory(dir)) return out;
        try (var list = Files.list(dir)) {
            for (Path f : list.filter(p -> p.getFileName().toString().matches("heldout.*\\.jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) if (!line.isBlank()) out.add(JSON.readTree(line).path("docno").asText());
            }
        }
        return out;
    }
}
