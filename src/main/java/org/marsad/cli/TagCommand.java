package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.ner.ConllCorpus;
import org.marsad.ner.NerModel;
import org.marsad.ner.ShippedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tag the first column of a CoNLL file with the NER model: writes token<TAB>tag lines",
                "(IOB with PERS, LOC, ORG, MISC), a blank line between sentences, for any conlleval script."})
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
        var sentences = ConllCorpus.read(conll);
        var os = output == null ? System.out : Files.newOutputStream(output);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            for (ConllCorpus.Sentence s : sentences) {
                String[] tags = m.tag(s.tokens().toArray(String[]::new));
                for (int i = 0; i < tags.length; i++) {
                    w.write(s.tokens().get(i));
                    w.write('\t');
                    w.write(tags[i]);
                    w.write('\n');
                }
                w.write('\n');
            }
        }
        return Main.EXIT_OK;
    }

    static NerModel loadModel(Path file) throws java.io.IOException {
        return file == null ? ShippedModel.get() : NerModel.load(file);
    }
}
