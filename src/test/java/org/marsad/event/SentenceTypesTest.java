package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceTypesTest {
    @Test
    void lbfgsFindsTheMinimumOfAQuadraticBowl() {
        double[] centre = {3, -2, 0.5, 10};
        double[] w = Lbfgs.minimize((x, g) -> {
            double f = 0;
            for (int i = 0; i < x.length; i++) {
                double d = x[i] - centre[i];
                f += (i + 1) * d * d;
                g[i] = 2 * (i + 1) * d;
            }
            return f;
        }, new double[4], 100);
        for (int i = 0; i < w.length; i++) assertThat(w[i]).isCloseTo(centre[i], org.assertj.core.data.Offset.offset(1e-3));
    }

    /** Sentences with a word "قصف" report ASSAULT (and a noise word), others nothing; a seeded shuffle of both. */
    private static List<SentenceTypes.Example> examples(int n, long seed) {
        Random random = new Random(seed);
        int assault = SentenceTypes.TYPES.indexOf("ASSAULT");
        List<SentenceTypes.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean attack = random.nextBoolean();
            List<String> f = new ArrayList<>(List.of("w=noise" + random.nextInt(20), "pos=" + random.nextInt(6)));
            if (attack) f.add("w=قصف");
            boolean[] y = new boolean[SentenceTypes.TYPES.size()];
            y[assault] = attack;
            out.add(new SentenceTypes.Example(f, y));
        }
        return out;
    }

    @Test
    void learnsTheWordThatMarksATypeAndWritesAFileThatReadsBackTheSame() throws Exception {
        SentenceTypes model = SentenceTypes.train(examples(400, 1), 100, 1.0, 2);
        int assault = SentenceTypes.TYPES.indexOf("ASSAULT"), request = SentenceTypes.TYPES.indexOf("REQUEST");
        assertThat(model.probabilities(List.of("w=قصف", "w=noise3"))[assault]).isGreaterThan(0.9);
        assertThat(model.probabilities(List.of("w=noise3"))[assault]).isLessThan(0.1);
        assertThat(model.probabilities(List.of("w=قصف"))[request]).isLessThan(0.1);
        StringWriter a = new StringWriter(), b = new StringWriter();
        model.write(a, "test");
        SentenceTypes.train(examples(400, 1), 100, 1.0, 2).write(b, "test");
        assertThat(a.toString()).isEqualTo(b.toString());
        SentenceTypes read = SentenceTypes.read(new ByteArrayInputStream(a.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(read.probabilities(List.of("w=قصف"))[assault]).isCloseTo(model.probabilities(List.of("w=قصف"))[assault],
                org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void theAnalysisPathGivesTheProbabilitiesOfTheFeatureStrings() throws Exception {
        SentenceTypes model = SentenceTypes.shipped();
        org.assertj.core.api.Assumptions.assumeThat(model).isNotNull();
        int sentences = 0;
        for (SampleArticles.Prepared a : SampleArticles.all()) {
            var text = a.text();
            var v = a.view();
            for (int s = 0; s < text.sentences().size(); s++) {
                int k = s;
                var here = a.analysis().events().stream().filter(e -> e.sentence() == k).toList();
                int from = v.indexAt(text.sentences().get(s).start()), to = v.indexAt(text.sentences().get(s).end());
                double[] slow = model.probabilities(SentenceTypes.features(v, from, to, s, here, Set.of("E=ASSAULT"), false, false));
                double[] fast = model.probabilities(v, from, to, s, here, Set.of("E=ASSAULT"), false, false);
                for (int t = 0; t < slow.length; t++) assertThat(fast[t]).isCloseTo(slow[t], org.assertj.core.data.Offset.offset(1e-9));
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThan(5);
    }

    @Test
    void anAddedEventsTriggerIsAWordTheLexiconListsForItsTypeWhenTheSentenceHasOne() throws Exception {
        // a toy model whose ASSAULT word is تمكنت (no trigger); the sentence also has ضربوا, a weak ASSAULT form
        int assault = SentenceTypes.TYPES.indexOf("ASSAULT");
        List<SentenceTypes.Example> examples = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean[] y = new boolean[SentenceTypes.TYPES.size()];
            y[assault] = i % 2 == 0;
            examples.add(new SentenceTypes.Example(List.of(y[assault] ? "w=تمكنت" : "w=noise" + i % 7, "pos=1"), y));
        }
        SentenceTypes model = SentenceTypes.train(examples, 100, 1.0, 2);
        var pipeline = org.marsad.pipeline.Pipelines.standard().defaultPublished("2018-03-01").build();
        var raw = org.marsad.model.RawDocument.plainText(new org.marsad.model.SourceRef("t.txt", null,
                org.marsad.model.SourceFormat.TEXT), "تمكنت الشرطة من القبض عليه بعد أن ضربوا الجنود.".getBytes(StandardCharsets.UTF_8));
        var text = pipeline.prepare(pipeline.toArticle(raw));
        var v = new org.marsad.time.WordView(text.text(), text.tokens(), Cues.CLASSES);
        boolean[] covered = new boolean[v.size()], none = new boolean[v.size()], lexical = new boolean[v.size()];
        for (TriggerLexicon.Hit h : TriggerLexicon.load().find(v, 0, v.size())) {
            if (h.sense().plover().equals("ASSAULT")) lexical[h.start()] = true;
        }
        assertThat(v.norm(model.trigger(v, 0, v.size(), assault, covered, none))).isEqualTo("تمكنت");
        assertThat(v.norm(model.trigger(v, 0, v.size(), assault, covered, lexical))).isEqualTo("ضربوا");
    }

    @Test
    void stemsSetAsideOnePrefixAndOneSuffixWhenThreeLettersStay() {
        assertThat(SentenceTypes.stem("وقتل")).isEqualTo("قتل");
        assertThat(SentenceTypes.stem("قتلوا")).isEqualTo("قتل");
        assertThat(SentenceTypes.stem("بالهجوم")).isEqualTo("هجوم");
        assertThat(SentenceTypes.stem("قال")).isEqualTo("قال");
    }

    /** The definition the stemmer's grouped look-up must keep: the first prefix, then the first suffix, in list order. */
    private static String firstMatchStem(String w) {
        String[] prefixes = {"وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س"};
        String[] suffixes = {"هما", "كما", "هم", "هن", "ها", "كم", "نا", "ات", "ون", "ين", "ان", "وا", "ه", "ي", "ت"};
        int start = 0, end = w.length();
        for (String p : prefixes) {
            if (w.startsWith(p) && w.length() - p.length() >= 3) {
                start = p.length();
                break;
            }
        }
        for (String x : suffixes) {
            if (w.endsWith(x) && w.length() - start - x.length() >= 3) {
                end = w.length() - x.length();
                break;
            }
        }
        return w.substring(start, end);
    }

    @Test
    void stemsEveryWordAsTheFirstMatchingAffixesInListOrder() {
        // words made of the affixes' letters and a few others, of every length up to 9, empty and non-Arabic included
        String letters = "وبالفكسهمنتيقدراA1";
        Random random = new Random(28);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder w = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) w.append(letters.charAt(random.nextInt(letters.length())));
            String word = w.toString();
            assertThat(SentenceTypes.stem(word)).as(word).isEqualTo(firstMatchStem(word));
        }
    }

    @Test
    void addsWhereTheRulesCodedNoneAndDropsTheEventsOfAVeryUnlikelyType() {
        // where the rules coded none: one is added from ADD on
        assertThat(SentenceTypes.kept(0, 0, 0, true, SentenceTypes.ADD, false)).isEqualTo(1);
        assertThat(SentenceTypes.kept(0, 0, 0, true, SentenceTypes.ADD - 0.01, false)).isZero();
        // where they coded some: the droppable ones go below DROP, the hypothetical ones stay
        assertThat(SentenceTypes.kept(3, 2, 1, true, SentenceTypes.DROP - 0.01, false)).isEqualTo(1);
        assertThat(SentenceTypes.kept(3, 3, 3, true, SentenceTypes.DROP - 0.01, true)).isZero();
        assertThat(SentenceTypes.kept(3, 2, 2, true, SentenceTypes.DROP, false)).isEqualTo(3);
        assertThat(SentenceTypes.kept(2, 0, 0, true, 0.0, true)).isEqualTo(2);
        // headline lines and questions are left as the rules coded them
        assertThat(SentenceTypes.kept(0, 0, 0, false, 0.99, false)).isZero();
        assertThat(SentenceTypes.kept(1, 1, 1, false, 0.0, true)).isEqualTo(1);
    }

    @Test
    void aTypeToldInAnEarlierSentenceNeedsMoreToBeAddedOrKeptUnlessACasualtyFigureSpeaksForIt() {
        double between = (SentenceTypes.DROP + SentenceTypes.DROP_AGAIN) / 2;
        assertThat(SentenceTypes.kept(2, 2, 2, true, between, false)).isEqualTo(2);
        assertThat(SentenceTypes.kept(2, 2, 2, true, between, true)).isZero();
        assertThat(SentenceTypes.kept(2, 2, 1, true, between, true)).isEqualTo(1);
        assertThat(SentenceTypes.kept(2, 2, 2, true, SentenceTypes.DROP_AGAIN, true)).isEqualTo(2);
        double add = (SentenceTypes.ADD + SentenceTypes.ADD_AGAIN) / 2;
        assertThat(SentenceTypes.kept(0, 0, 0, true, add, false)).isEqualTo(1);
        assertThat(SentenceTypes.kept(0, 0, 0, true, add, true)).isZero();
        assertThat(SentenceTypes.kept(0, 0, 0, true, SentenceTypes.ADD_AGAIN, true)).isEqualTo(1);
    }

    @Test
    void keepsDecidesEventByEventWhatKeptCounts() {
        List<org.marsad.model.Event> events = List.of(event(org.marsad.model.Modality.ASSERTED, null, null),
                event(org.marsad.model.Modality.ASSERTED, 12, null), event(org.marsad.model.Modality.NEGATED, null, null),
                event(org.marsad.model.Modality.HYPOTHETICAL, null, null));
        int[][] c = SentenceTypes.ruleCounts(events);
        int t = SentenceTypes.TYPES.indexOf("ASSAULT");
        for (double p : new double[] {0.0, SentenceTypes.DROP - 0.001, SentenceTypes.DROP, SentenceTypes.DROP_AGAIN - 0.001,
                SentenceTypes.DROP_AGAIN, 0.9}) {
            for (boolean again : new boolean[] {false, true}) {
                long kept = events.stream().filter(e -> SentenceTypes.keeps(e, p, again)).count();
                assertThat(kept).as("p %s, again %s", p, again).isEqualTo(SentenceTypes.kept(c[0][t], c[1][t], c[2][t], true, p, again));
            }
        }
    }

    @Test
    void everyEventButAHypotheticalOneMayBeDropped() {
        // facts, with or without a casualty figure (قتل أكثر من 50 جنديا), and future and negated events
        assertThat(SentenceTypes.droppable(event(org.marsad.model.Modality.ASSERTED, null, null))).isTrue();
        assertThat(SentenceTypes.droppable(event(org.marsad.model.Modality.HISTORICAL, null, null))).isTrue();
        assertThat(SentenceTypes.droppable(event(org.marsad.model.Modality.ASSERTED, 51, null))).isTrue();
        assertThat(SentenceTypes.droppable(event(org.marsad.model.Modality.ASSERTED, null, 3))).isTrue();
        assertThat(SentenceTypes.droppable(event(org.marsad.model.Modality.FUTURE, null, null))).isTrue();
        assertThat(SentenceTypes.droppable(event(org.marsad.model.Modality.NEGATED, null, null))).isTrue();
        // a feared one is told as feared, not left out (حذر الوزير من خطورة هروب عناصر التنظيم)
        assertThat(SentenceTypes.droppable(event(org.marsad.model.Modality.HYPOTHETICAL, null, null))).isFalse();
        // and the counts the coder and the cross-validation share count all the others as droppable
        int[][] counts = SentenceTypes.ruleCounts(List.of(event(org.marsad.model.Modality.ASSERTED, null, null),
                event(org.marsad.model.Modality.ASSERTED, 12, null), event(org.marsad.model.Modality.FUTURE, null, null),
                event(org.marsad.model.Modality.HYPOTHETICAL, null, null)));
        int t = SentenceTypes.TYPES.indexOf("ASSAULT");
        assertThat(counts[0][t]).isEqualTo(4);
        assertThat(counts[1][t]).isEqualTo(3);
        assertThat(counts[2][t]).isEqualTo(2);
    }

    private static org.marsad.model.Event event(org.marsad.model.Modality modality, Integer killed, Integer injured) {
        return new org.marsad.model.Event("ev1", "ASSAULT", "attack", null, null, new org.marsad.model.TextSpan("قتل", 0, 3), 0,
                null, null, null, null, killed, injured, null, modality, null, 0.9);
    }
}
