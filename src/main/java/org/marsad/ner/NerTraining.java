package org.marsad.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    public static final int DEFAULT_EPOCHS = 10;
    public static final int DEFAULT_CLUSTER_ARTICLES = 12_000;
    public static final long SEED = 20_240_301L;
    /**
     * ANERcorp has no document breaks: the document-level pass looks at the sentences within this distance
     * (a news article there runs to a few dozen sentences).
     */
    public static final int CORPUS_WINDOW = 15;
    static final int FOLDS = 5;

    private NerTraining() {
    }

    /**
     * The feature groups of the shipped model: all but {@link FeatureGroup#CLUSTER}, whose PPMI clusters the
     * embedding clusters ({@link FeatureGroup#EMBED}) replace (as good on held-out data, smaller and faster).
     */
    public static Set<FeatureGroup> defaultGroups() {
        return EnumSet.complementOf(EnumSet.of(FeatureGroup.CLUSTER));
    }

    /** Options of a training run. */
    public record Options(int epochs, Set<FeatureGroup> groups, int clusterArticles, List<String> command) {
        public static Options defaults() {
            return new Options(DEFAULT_EPOCHS, defaultGroups(), DEFAULT_CLUSTER_ARTICLES, List.of());
        }
    }

    public static NerModel train(Path data, Options options, Consumer<String> log) throws IOException {
        return train(data, ConllCorpus.read(data.resolve(TRAIN_FILE)), options, log);
    }

    /** Share of the train split (its last sentences) held out by {@link #heldOut}. */
    public static final int HELD_OUT_PERCENT = 20;

    /**
     * Trains on the first 80% of the train split and scores the last 20%: the figure design choices are
     * made on (the test split stays unseen).
     */
    public static EntityScores heldOut(Path data, Options options, Consumer<String> log) throws IOException {
        List<ConllCorpus.Sentence> all = ConllCorpus.read(data.resolve(TRAIN_FILE));
        // -Dmarsad.ner.heldOutBlock=k holds out the k-th fifth instead (k = 0..4; 4, the last, by default)
        int blocks = 100 / HELD_OUT_PERCENT, k = Integer.getInteger("marsad.ner.heldOutBlock", blocks - 1);
        int from = all.size() * k / blocks, to = all.size() * (k + 1) / blocks;
        List<ConllCorpus.Sentence> rest = new ArrayList<>(all.subList(0, from));
        rest.addAll(all.subList(to, all.size()));
        NerModel model = train(data, rest, options, log);
        return evaluate(model, all.subList(from, to));
    }

    private static NerModel train(Path data, List<ConllCorpus.Sentence> train, Options options, Consumer<String> log) throws IOException {
        long t0 = System.nanoTime();
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
        if (options.groups().contains(FeatureGroup.EMBED)) {
            long t1 = System.nanoTime();
            LongIntMap embeddings = embeddingClusters(data.resolve("ant-news-multisource"), log);
            clusters = new WordClusters(clusters.codes, embeddings);
            log.accept(String.format("embedding clusters: %,d words, %.1f s", embeddings.size(), (System.nanoTime() - t1) / 1e9));
        }
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("name", "marsad-ner-anercorp");
        manifest.put("training-data", TRAIN_FILE + " (ANERcorp, CAMeL Lab split; research use, cite Benajiba et al. 2007)");
        manifest.put("gazetteers", options.groups().contains(FeatureGroup.GAZETTEER)
                ? "ANERGazet (research use); GeoNames Arabic names (CC BY 4.0, geonames.org)" : "none");
        manifest.put("clusters", options.groups().contains(FeatureGroup.CLUSTER)
                ? "ant-news-multisource, first " + options.clusterArticles() + " articles interleaved by section" : "none");
        manifest.put("embeddings", options.groups().contains(FeatureGroup.EMBED)
                ? "skip-gram on all ant-news-multisource articles, " + EmbeddingLearner.DIM + " dimensions, clustered 64/256/1024/4096" : "none");
        manifest.put("epochs", Integer.toString(options.epochs()));
        manifest.put("seed", Long.toString(SEED));
        manifest.put("command", String.join(" ", options.command()));
        NerModel model = train(train, gazetteer, clusters, options.groups(), options.epochs(), manifest, log);
        log.accept(String.format("trained in %.1f s", (System.nanoTime() - t0) / 1e9));
        return model;
    }

    /** Articles the embeddings learn from: all of them (31k, ~10M tokens). */
    public static final int EMBEDDING_ARTICLES = Integer.MAX_VALUE;

    /**
     * Skip-gram embedding clusters of the news words. {@code -Dmarsad.ner.embeddingCache=FILE} keeps them in
     * FILE between runs (for held-out experiments; they depend on no labels).
     */
    private static LongIntMap embeddingClusters(Path news, Consumer<String> log) throws IOException {
        String cache = System.getProperty("marsad.ner.embeddingCache");
        if (cache != null && Files.exists(Path.of(cache))) {
            try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(Path.of(cache))))) {
                return NerModel.readMap(in);
            }
        }
        if (!Files.isDirectory(news)) throw new IOException("word embeddings need " + news);
        EmbeddingLearner.Corpus corpus = EmbeddingLearner.read(news, EMBEDDING_ARTICLES);
        long tokens = 0;
        for (int[] p : corpus.paragraphs()) tokens += p.length;
        log.accept(String.format("embedding corpus: %,d words, %,d tokens", corpus.words().length, tokens));
        LongIntMap codes = EmbeddingLearner.learn(corpus, SEED);
        if (cache != null) {
            try (var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(Path.of(cache))))) {
                NerModel.writeMap(out, codes);
            }
        }
        return codes;
    }

    /**
     * Trains both passes. The second pass learns from first-pass labels that the first pass did not see in
     * training (5-fold jackknifing over contiguous blocks), so that it learns how far to trust them.
     */
    static NerModel train(List<ConllCorpus.Sentence> sentences, Gazetteer gazetteer, WordClusters clusters,
                          Set<FeatureGroup> groups, int epochs, Map<String, String> manifest, Consumer<String> log) {
        PerceptronTrainer trainer = new PerceptronTrainer(gazetteer, clusters, groups);
        LinearTagger first = trainer.train(sentences, null, epochs, SEED, log);
        if (!groups.contains(FeatureGroup.DOCUMENT)) return new NerModel(manifest, groups, gazetteer, clusters, first, null);
        Features features = new Features(gazetteer, clusters, groups);
        int folds = sentences.size() >= 50 ? FOLDS : 1;
        List<int[]> predicted = new ArrayList<>();
        List<String[]> tokens = new ArrayList<>();
        for (ConllCorpus.Sentence s : sentences) tokens.add(s.tokens().toArray(String[]::new));
        for (int f = 0; f < folds; f++) {
            int from = sentences.size() * f / folds, to = sentences.size() * (f + 1) / folds;
            LinearTagger held = first;
            if (folds > 1) {
                List<ConllCorpus.Sentence> rest = new ArrayList<>(sentences.subList(0, from));
                rest.addAll(sentences.subList(to, sentences.size()));
                held = trainer.train(rest, null, epochs, SEED + f + 1, x -> { });
            }
            for (int k = from; k < to; k++) {
                String[] t = tokens.get(k);
                predicted.add(t.length == 0 ? new int[0] : held.decode(features.extract(t, t.length), t.length, null));
            }
        }
        List<int[]> doc = DocumentContext.bits(tokens, predicted, CORPUS_WINDOW);
        log.accept("document-level pass:");
        LinearTagger second = trainer.train(sentences, doc, epochs, SEED, log);
        return new NerModel(manifest, groups, gazetteer, clusters, first, second);
    }

    /** Scores a model on a tagged CoNLL file. */
    public static EntityScores evaluate(NerModel model, Path conll) throws IOException {
        return evaluate(model, ConllCorpus.read(conll));
    }

    static EntityScores evaluate(NerModel model, List<ConllCorpus.Sentence> sentences) {
        EntityScores scores = new EntityScores();
        List<String[]> tokens = sentences.stream().map(s -> s.tokens().toArray(String[]::new)).toList();
        List<String[]> tags = model.tag(tokens, CORPUS_WINDOW);
        for (int i = 0; i < sentences.size(); i++) scores.add(sentences.get(i).tags(), List.of(tags.get(i)));
        return scores;
    }
}
