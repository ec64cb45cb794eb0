package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.ner.EntityScores;
import org.marsad.ner.NerModel;
import org.marsad.ner.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score the NER model on ANERcorp's CAMeL test split: entity-level exact match (conlleval convention), precision/recall/F1 per type and micro-averaged.")
final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--model", description = "Model file (default: the shipped model).")
    Path model;

    @Option(names = "--data", description = "The shared data folder (default: ../shared/data).")
    Path data;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path test = (data != null ? data : SharedData.data("")).resolve(NerTraining.TEST_FILE);
        NerModel m = TagCommand.loadModel(model);
        EntityScores scores = NerTraining.evaluate(m, test);
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("test", NerTraining.TEST_FILE);
            root.put("tokens", scores.tokens());
            root.put("token_accuracy", round(scores.tokenAccuracy()));
            ObjectNode types = root.putObject("types");
            for (EntityScores.Prf p : scores.perType()) put(types.putObject(p.type()), p);
            put(root.putObject("micro"), scores.micro());
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            print(out, "ANERcorp CAMeL test split", scores);
        }
        return Main.EXIT_OK;
    }

    static void print(java.io.PrintWriter out, String title, EntityScores scores) {
        out.printf("%s: %,d tokens, token accuracy %.2f%%%n", title, scores.tokens(), scores.tokenAccuracy());
        out.printf("%-6s %6s %6s %6s %9s %6s %6s%n", "type", "P", "R", "F1", "gold", "pred", "ok");
        for (EntityScores.Prf p : scores.perType()) line(out, p);
        line(out, scores.micro());
    }

    private static void line(java.io.PrintWriter out, EntityScores.Prf p) {
        out.printf("%-6s %6.2f %6.2f %6.2f %9d %6d %6d%n", p.type(), p.precision(), p.recall(), p.f1(), p.gold(), p.predicted(), p.correct());
    }

    private static void put(ObjectNode n, EntityScores.Prf p) {
        n.put("precision", round(p.precision()));
        n.put("recall", round(p.recall()));
        n.put("f1", round(p.f1()));
        n.put("gold", p.gold());
        n.put("predicted", p.predicted());
        n.put("correct", p.correct());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
