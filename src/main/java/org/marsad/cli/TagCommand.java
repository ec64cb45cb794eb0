package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ner.NerModel;
import org.marsad.ner.NerTraining;
import org.marsad.ner.ShippedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tag the first column of a CoNLL file with the NER model: writes token<TAB>tag lines (IOB with PERS, LOC, ORG, MISC), a blank line between sentences, for any conlleval script.")
final class TagCommand implements Callable<Integer> {
    @Option(names = "--conll", required = true, description = "CoNLL file: a token per line (first column), blank lines between sentences.")
    Path conll;

    @Option(names = "--model", description = "Model file (default: the shipped model).")
    Path model;

    @Option(names = {"-o", "--output"}, description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws Exception {
        NerModel m = loadModel(model);
        List<String> lines = Files.readAllLines(conll, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) lines.set(0, lines.get(0).substring(1));
        List<String[]> sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty()) current.add(t.split("\\s+")[0]);
            else if (!current.isEmpty()) {
                sentences.add(current.toArray(String[]::new));
                current.clear();
            }
        }
        if (!current.isEmpty()) sentences.add(current.toArray(String[]::new));
        // the same document window as 'eval ner', so that conlleval on this output gives the same figures
        List<String[]> tags = m.tag(sentences, NerTraining.CORPUS_WINDOW);
        var os = output == null ? System.out : Files.newOutputStream(output);
        // mirror the input line for line: a tagged line per token line, blank lines where the input has them
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            int s = 0, i = 0;
            for (String line : lines) {
                if (line.strip().isEmpty()) {
                    w.write('\n');
                    continue;
                }
                w.write(sentences.get(s)[i]);
                w.write('\t');
                w.write(tags.get(s)[i]);
                w.write('\n');
                if (++i == sentences.get(s).length) {
                    s++;
                    i = 0;
                }
            }
        }
        return Main.EXIT_OK;
    }

    static NerModel loadModel(Path file) throws java.io.IOException {
        return file == null ? ShippedModel.get() : NerModel.load(file);
    }
}
