package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeDecisionsTest {
    private static final int TYPES = SentenceTypes.TYPES.size(), ASSAULT = SentenceTypes.TYPES.indexOf("ASSAULT");

    @Test
    void overlapIsTheSmallerSetsShareOfSharedWords() {
        assertThat(TypeDecisions.overlap(Set.of("قصف", "غارة"), Set.of("قصف", "غارة", "حلب", "مدينة"))).isEqualTo(1.0);
        assertThat(TypeDecisions.overlap(Set.of("قصف", "غارة", "حلب", "ريف"), Set.of("قصف", "دمشق"))).isEqualTo(0.5);
        assertThat(TypeDecisions.overlap(Set.of(), Set.of("قصف"))).isZero();
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            Set<String> a = randomWords(random), b = randomWords(random);
            double o = TypeDecisions.overlap(a, b);
            assertThat(o).isBetween(0.0, 1.0).isEqualTo(TypeDecisions.overlap(b, a));
        }
    }

    private static Set<String> randomWords(Random random) {
        Set<String> out = new HashSet<>();
        for (int i = random.nextInt(6); i > 0; i--) out.add("w" + random.nextInt(8));
        return out;
    }

    /**
     * Synthetic articles: every sentence gets ASSAULT at p 0.5 and no rule event; the gold codes it only where the
     * sentence does not repeat the words of an earlier sentence, as a second mention of one attack is not coded again.
     * The fixed thresholds add the first and drop the repeats only by their p (0.5 ≥ 0.3: all kept); the fitted
     * decisions tell repeats by their overlap.
     */
    private static List<TypeDecisions.Article> articles(int n, long seed, List<int[][]> gold) {
        Random random = new Random(seed);
        List<TypeDecisions.Article> out = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            int sentences = 3 + random.nextInt(5);
            double[][] p = new double[sentences][TYPES];
            int[][] zero = new int[sentences][TYPES], g = new int[sentences][TYPES];
            boolean[] open = new boolean[sentences];
            List<Set<String>> words = new ArrayList<>();
            List<Set<String>> events = new ArrayList<>();
            for (int s = 0; s < sentences; s++) {
                open[s] = true;
                p[s][ASSAULT] = 0.45 + 0.1 * random.nextDouble();
                boolean repeat = !events.isEmpty() && random.nextBoolean();
                Set<String> w = new HashSet<>(repeat ? events.get(random.nextInt(events.size()))
                        : Set.of("مكان" + random.nextInt(1000), "جهة" + random.nextInt(1000), "عدد" + random.nextInt(1000)));
                if (!repeat) {
                    events.add(Set.copyOf(w));
                    g[s][ASSAULT] = 1;
                }
                w.add("قال" + random.nextInt(1000));
                words.add(w);
            }
            out.add(new TypeDecisions.Article(p, zero, zero, zero, open, words));
            gold.add(g);
        }
        return out;
    }

    @Test
    void theFittedDecisionsTellARepeatedMentionFromANewEventWhereTheThresholdsCannot() {
        List<int[][]> gold = new ArrayList<>();
        List<TypeDecisions.Article> articles = articles(300, 1, gold);
        int[] fold = new int[articles.size()];
        for (int i = 0; i < fold.length; i++) fold[i] = i % 3;
        TypeDecisions.Fit fit = TypeDecisions.crossFit(articles, gold, fold, 3, TypeDecisions.L2);
        double thresholds = f1(fit.thresholds()), nested = f1(fit.nested());
        assertThat(thresholds).isLessThan(0.85);
        assertThat(nested).isGreaterThan(0.95);
        // on fresh articles, the model fitted on all of them decides as well
        List<int[][]> fresh = new ArrayList<>();
        List<TypeDecisions.Article> other = articles(100, 2, fresh);
        assertThat(TypeDecisions.f1(fit.model(), other, fresh)).isGreaterThan(0.95);
    }

    private static double f1(long[] c) {
        double p = c[0] / (double) c[1], r = c[0] / (double) c[2];
        return 2 * p * r / (p + r);
    }

    @Test
    void withoutAModelTheWalkDecidesAsTheFixedThresholds() {
        Random random = new Random(5);
        for (int a = 0; a < 50; a++) {
            int n = 1 + random.nextInt(6);
            double[][] p = new double[n][TYPES];
            int[][] r = new int[n][TYPES], f = new int[n][TYPES], c = new int[n][TYPES];
            boolean[] open = new boolean[n];
            List<Set<String>> words = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                open[s] = random.nextInt(5) > 0;
                words.add(randomWords(random));
                for (int t = 0; t < TYPES; t++) {
                    p[s][t] = random.nextDouble() * random.nextDouble();
                    r[s][t] = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
                    f[s][t] = random.nextInt(r[s][t] + 1);
                    c[s][t] = random.nextInt(f[s][t] + 1);
                }
            }
            int[][] walked = TypeDecisions.walk(new TypeDecisions.Article(p, r, f, c, open, words), null, null);
            boolean[] told = new boolean[TYPES];
            for (int s = 0; s < n; s++) {
                for (int t = 0; t < TYPES; t++) {
                    int expected = SentenceTypes.kept(r[s][t], f[s][t], c[s][t], open[s], p[s][t], told[t]);
                    assertThat(walked[s][t]).isEqualTo(expected);
                    told[t] |= expected > 0;
                }
            }
        }
    }

    @Test
    void writesAFileThatReadsBackToTheSameDecisionsAndRefusesAnIncompleteOne() throws IOException {
        List<int[][]> gold = new ArrayList<>();
        List<TypeDecisions.Article> articles = articles(60, 4, gold);
        TypeDecisions model = TypeDecisions.crossFit(articles, gold, new int[articles.size()], 1, TypeDecisions.L2).model();
        StringWriter w = new StringWriter();
        model.write(w, "test");
        TypeDecisions read = TypeDecisions.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(read.threshold()).isEqualTo(model.threshold());
        for (TypeDecisions.Article a : articles) assertThat(read.kept(a)).isDeepEqualTo(model.kept(a));
        String incomplete = w.toString().lines().filter(l -> !l.startsWith("fut\t")).reduce("", (x, y) -> x + y + "\n");
        assertThatThrownBy(() -> TypeDecisions.read(new ByteArrayInputStream(incomplete.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("fut");
        // a unit line cut short, a unit told twice, and a session-23 file (one weight per feature, no units)
        String cut = w.toString().replaceFirst("(?m)^unit\t3\t.*$", "unit\t3");
        String twice = w.toString().replaceFirst("(?m)^unit\t3\t", "unit\t2\t");
        String logistic = "threshold\t0.31\nbias\t-0.8\n" + TypeDecisions.FEATURES.stream().map(f -> f + "\t0\t1\t0.5\n").reduce("", String::concat);
        for (String bad : List.of(cut, twice, logistic)) {
            assertThatThrownBy(() -> TypeDecisions.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(IOException.class).hasMessageContaining("sentence-decision model");
        }
    }

    @Test
    void theWordsReadFromTheTextAreTheWordsOfTheFeatureStrings() throws Exception {
        int sentences = 0;
        for (SampleArticles.Prepared a : SampleArticles.all()) {
            var v = a.view();
            for (var sentence : a.text().sentences()) {
                int from = v.indexAt(sentence.start()), to = v.indexAt(sentence.end());
                Set<String> fromText = TypeDecisions.words(v, from, to);
                assertThat(fromText).isEqualTo(TypeDecisions.words(SentenceTypes.features(v, from, to, 0, List.of(), Set.of(), false, false)));
                assertThat(fromText).allMatch(x -> x.length() >= 3);
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThan(5);
    }

    @Test
    void aCandidateSeesItsTypeTheSentencesOtherTypesAndItsNeighbours() {
        double[][] p = new double[3][TYPES];
        int accuse = SentenceTypes.TYPES.indexOf("ACCUSE");
        p[0][ASSAULT] = 0.5;
        p[1][ASSAULT] = 0.6;
        p[1][accuse] = 0.2;
        p[2][accuse] = 0.9;
        int[][] rules = new int[3][TYPES], zero = new int[3][TYPES];
        rules[0][ASSAULT] = 1;
        rules[2][ASSAULT] = 1;
        List<Set<String>> words = List.of(Set.of("قصف"), Set.of("غارة"), Set.of("اتهم"));
        TypeDecisions.Article a = new TypeDecisions.Article(p, rules, zero, zero, new boolean[]{true, true, true}, words);
        List<double[]> seen = new ArrayList<>();
        TypeDecisions.walk(a, (s, t, x) -> {
            if (s == 1 && t == ASSAULT) seen.add(x);
        }, null);
        assertThat(seen).hasSize(1);
        double[] x = seen.get(0);
        assertThat(x[feature("margin")]).isCloseTo(0.4, within(1e-9));
        assertThat(x[feature("top")]).isEqualTo(1.0);
        assertThat(x[feature("second")]).isZero();
        assertThat(x[feature("lp_prev")]).isCloseTo(0.0, within(1e-9));
        assertThat(x[feature("r_prev")]).isEqualTo(1.0);
        assertThat(x[feature("r_next")]).isEqualTo(1.0);
        assertThat(x[feature("type_ASSAULT")]).isEqualTo(1.0);
        assertThat(x[feature("type_ACCUSE")]).isZero();
        assertThat(x[feature("lp_ASSAULT")]).isCloseTo(Math.log(0.6 / 0.4), within(1e-9));
        assertThat(x[feature("lp_ACCUSE")]).isZero();
        assertThat(x[feature("r0_ASSAULT")]).isEqualTo(1.0);
        assertThat(x[feature("other_lp_ACCUSE")]).isCloseTo(Math.log(0.2 / 0.8), within(1e-9));
        assertThat(x[feature("other_lp_ASSAULT")]).isZero();
        assertThat(x).hasSize(TypeDecisions.FEATURES.size());
    }

    private static int feature(String name) {
        int j = TypeDecisions.FEATURES.indexOf(name);
        assertThat(j).as(name).isNotNegative();
        return j;
    }
}
