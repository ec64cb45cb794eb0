package org.marsad.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Trains the shipped NER model from {@code shared/data}: gazetteers, word clusters, then the tagger. */
public final class NerTraining {
    public static final String TRAIN_FILE = "anercorp/ANERCorp_CamelLab_train.txt";
    public static final String TEST_FILE = "anercorp/ANERCorp_CamelLab_test.txt";
    public static final int DEFAULT_EPOCHS = 12;
    public static final int DEFAULT_CLUSTER_ARTICLES = 12_000;
    public static final long SEED = 20_240_301L;

    private NerTraining() {
    }

    /** Options of a training run. */
    public record Options(int epochs, Set<FeatureGroup> groups, int clusterArticles, List<String> command) {
        public static Options defaults() {
            return new Options(DEFAULT_EPOCHS, EnumSet.allOf(FeatureGroup.class), DEFAULT_CLUSTER_ARTICLES, List.of());
        }
    }

    public static NerModel train(Path data, Options options, Consumer<String> log) throws IOException {
        long t0 = System.nanoTime();
        List<ConllCorpus.Sentence> train = ConllCorpus.read(data.resolve(TRAIN_FILE));
        log.accept(String.format("training sentences: %,d", train.size()));
        Gazetteer gazetteer = Gazetteer.empty();
        if (options.groups().contains(FeatureGroup.GAZETTEER)) {
            gazetteer = Gazetteer.build(data);
            log.accept(String.format("gazetteer: %,d phrase keys", gazetteer.phrases.size()));
        }
        WordClusters clusters = WordClusters.empty();
        if (options.groups().contains(FeatureGroup.CLUSTER)) {
            Path news = data.resolve("ant-news-multisource");
            if (!Files.isDirectory(news)) throw new IOException("word clusters need " + news);
            var paragraphs = ClusterLearner.readNews(news, options.clusterArticles());
            long words = paragraphs.stream().mapToLong(p -> p.length).sum();
            clusters = ClusterLearner.learn(paragraphs, SEED);
            log.accept(String.format("word clusters: %,d words from %,d articles (%,d tokens), %.1f s",
                    clusters.codes.size(), options.clusterArticles(), words, (System.nanoTime() - t0) / 1e9));
        }
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("name", "marsad-ner-anercorp");
        manifest.put("training-data", TRAIN_FILE + " (ANERcorp, CAMeL Lab split; research use, cite Benajiba et al. 2007)");
        manifest.put("gazetteers", options.groups().contains(FeatureGroup.GAZETTEER)
                ? "ANERGazet (research use); GeoNames Arabic names (CC BY 4.0, geonames.org)" : "none");
        manifest.put("clusters", options.groups().contains(FeatureGroup.CLUSTER)
                ? "ant-news-multisource, first " + options.clusterArticles() + " articles interleaved by section" : "none");
        manifest.put("epochs", Integer.toString(options.epochs()));
        manifest.put("seed", Long.toString(SEED));
        manifest.put("command", String.join(" ", options.command()));
        PerceptronTrainer trainer = new PerceptronTrainer(gazetteer, clusters, options.groups());
        NerModel model = trainer.train(train, options.epochs(), SEED, manifest, log);
        log.accept(String.format("trained in %.1f s", (System.nanoTime() - t0) / 1e9));
        return model;
    }

    /** Trains on given sentences with the given resources (tests, ablations). */
    static NerModel train(List<ConllCorpus.Sentence> sentences, Gazetteer gazetteer, WordClusters clusters,
                          Set<FeatureGroup> groups, int epochs, Consumer<String> log) {
        return new PerceptronTrainer(gazetteer, clusters, groups).train(sentences, epochs, SEED, Map.of("name", "test"), log);
    }

    /** Scores a model on a tagged CoNLL file. */
    public static EntityScores evaluate(NerModel model, Path conll) throws IOException {
        EntityScores scores = new EntityScores();
        for (ConllCorpus.Sentence s : ConllCorpus.read(conll)) {
            scores.add(s.tags(), List.of(model.tag(s.tokens().toArray(String[]::new))));
        }
        return scores;
    }
}
