package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ner.FeatureGroup;
import org.marsad.ner.NerModel;
import org.marsad.ner.NerTraining;
import org.marsad.ner.ShippedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the Arabic NER tagger (averaged perceptron) on ANERcorp's CAMeL train split, with gazetteers and word clusters from ../shared/data. Reproducible: fixed seeds.")
final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--out", description = "Model file (default: the shipped model under src/main/resources).")
    Path out;

    @Option(names = "--epochs", defaultValue = "" + NerTraining.DEFAULT_EPOCHS, description = "Training epochs (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--data", description = "The shared data folder (default: ../shared/data).")
    Path data;

    @Option(names = "--cluster-articles", defaultValue = "" + NerTraining.DEFAULT_CLUSTER_ARTICLES,
            description = "News articles to learn word clusters from (default ${DEFAULT-VALUE}).")
    int clusterArticles;

    @Option(names = "--without", split = ",", description = "Feature groups to leave out, for ablations: ${COMPLETION-CANDIDATES}.")
    List<FeatureGroup> without = new ArrayList<>();

    @Option(names = "--with", split = ",", description = "Feature groups to add to the default ones (CLUSTER is off by default).")
    List<FeatureGroup> with = new ArrayList<>();

    @Option(names = "--held-out", description = "Train on the first 80%% of the train split and score its last 20%% (for design choices; writes no model).")
    boolean heldOut;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path dataDir = data != null ? data : SharedData.data("");
        Path target = out != null ? out : defaultOut();
        EnumSet<FeatureGroup> groups = EnumSet.copyOf(NerTraining.defaultGroups());
        groups.addAll(with);
        without.forEach(groups::remove);
        List<String> command = new ArrayList<>(List.of("./marsad", "train", "ner", "--epochs", Integer.toString(epochs)));
        if (clusterArticles != NerTraining.DEFAULT_CLUSTER_ARTICLES) command.addAll(List.of("--cluster-articles", Integer.toString(clusterArticles)));
        if (!with.isEmpty()) command.addAll(List.of("--with", String.join(",", with.stream().map(Enum::name).toList())));
        if (!without.isEmpty()) command.addAll(List.of("--without", String.join(",", without.stream().map(Enum::name).toList())));
        var err = spec.commandLine().getErr();
        var options = new NerTraining.Options(epochs, groups, clusterArticles, command);
        if (heldOut) {
            EvalNerCommand.print(spec.commandLine().getOut(), "ANERcorp CAMeL train split, last " + NerTraining.HELD_OUT_PERCENT + "% held out",
                    NerTraining.heldOut(dataDir, options, err::println));
            return Main.EXIT_OK;
        }
        NerModel model = NerTraining.train(dataDir, options, err::println);
        model.save(target);
        err.printf("wrote %s (%,d bytes, %,d features)%n", target, java.nio.file.Files.size(target), model.featureCount());
        return Main.EXIT_OK;
    }

    private static Path defaultOut() {
        return SharedData.repo(ShippedModel.SOURCE_PATH);
    }
}
