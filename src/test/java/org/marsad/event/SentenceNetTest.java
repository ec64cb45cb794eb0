package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SentenceNetTest {
    private static final int TYPES = SentenceTypes.TYPES.size();
    private static final int ASSAULT = SentenceTypes.TYPES.indexOf("ASSAULT");

    /** A sentence with one of the words غارة or قصف reports ASSAULT; with both or neither it does not. */
    private static List<SentenceTypes.Example> exclusiveOr() {
        List<SentenceTypes.Example> out = new ArrayList<>();
        List<List<String>> sentences = List.of(List.of("pos=1", "w=غارة"), List.of("pos=1", "w=قصف"), List.of("pos=1", "w=غارة", "w=قصف"),
                List.of("pos=1"));
        for (int copy = 0; copy < 50; copy++) {
            for (int s = 0; s < sentences.size(); s++) {
                boolean[] y = new boolean[TYPES];
                y[ASSAULT] = s < 2;
                out.add(new SentenceTypes.Example(sentences.get(s), y));
            }
        }
        return out;
    }

    private static double assault(SentenceNet net, String... features) {
        double[] a = net.start();
        for (String f : features) net.add(f, a);
        return net.probabilities(a)[ASSAULT];
    }

    /** Sentences with the word قصف report ASSAULT, others nothing; each with a noise word, in a seeded order. */
    private static List<SentenceTypes.Example> marked(int n) {
        java.util.Random random = new java.util.Random(3);
        List<SentenceTypes.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean attack = random.nextBoolean();
            List<String> f = new ArrayList<>(List.of("w=noise" + random.nextInt(20), "pos=" + random.nextInt(6)));
            if (attack) f.add("w=قصف");
            boolean[] y = new boolean[TYPES];
            y[ASSAULT] = attack;
            out.add(new SentenceTypes.Example(f, y));
        }
        return out;
    }

    @Test
    void learnsTheWordThatMarksATypeAndLeavesOutRareFeatures() {
        SentenceNet net = SentenceNet.train(marked(400), TYPES, 17, 20, 0.1, 1e-6, 2, 32, 1);
        assertThat(assault(net, "w=قصف", "w=noise3")).isGreaterThan(0.9);
        assertThat(assault(net, "w=noise3")).isLessThan(0.1);
        double[] a = net.start();
        net.add("w=قصف", a);
        assertThat(net.probabilities(a)[SentenceTypes.TYPES.indexOf("REQUEST")]).isLessThan(0.1);
        // a feature in fewer sentences than the minimum count has no row
        List<SentenceTypes.Example> once = new ArrayList<>(marked(400));
        boolean[] y = new boolean[TYPES];
        once.add(new SentenceTypes.Example(List.of("w=once"), y));
        SentenceNet rare = SentenceNet.train(once, TYPES, 17, 20, 0.1, 1e-6, 2, 32, 1);
        assertThat(assault(rare, "w=once")).isEqualTo(assault(rare));
    }

    @Test
    void theSameSentencesGiveTheSameNetAndItsFileReadsBackTheSame() throws Exception {
        StringWriter a = new StringWriter(), b = new StringWriter();
        SentenceNet net = SentenceNet.train(exclusiveOr(), TYPES, 17, 5, 0.1, 1e-6, 1, 8, 7);
        net.write(a, "test");
        SentenceNet.train(exclusiveOr(), TYPES, 17, 5, 0.1, 1e-6, 1, 8, 7).write(b, "test");
        assertThat(a.toString()).isEqualTo(b.toString());
        SentenceNet read = SentenceNet.read(new java.io.ByteArrayInputStream(a.toString().getBytes(StandardCharsets.UTF_8)), TYPES);
        assertThat(read.hidden()).isEqualTo(17);
        for (String[] f : List.of(new String[] {"pos=1", "w=غارة"}, new String[] {"w=قصف"}, new String[] {"w=unseen"})) {
            assertThat(assault(read, f)).isCloseTo(assault(net, f), Offset.offset(1e-9));
        }
    }

    @Test
    void anEnsembleAveragesItsMembersAndReadsBackTheSame() throws Exception {
        List<SentenceTypes.Example> examples = marked(400);
        SentenceNet ensemble = SentenceNet.train(examples, TYPES, 17, 20, 0.1, 1e-6, 2, 32, 7, 3);
        assertThat(ensemble.members()).isEqualTo(3);
        assertThat(ensemble.hidden()).isEqualTo(3 * 17);
        // member m is the one net its seed gives alone (7, 1007, 2007): the ensemble's probability is their mean
        List<SentenceNet> alone = List.of(SentenceNet.train(examples, TYPES, 17, 20, 0.1, 1e-6, 2, 32, 7),
                SentenceNet.train(examples, TYPES, 17, 20, 0.1, 1e-6, 2, 32, 1007), SentenceNet.train(examples, TYPES, 17, 20, 0.1, 1e-6, 2, 32, 2007));
        StringWriter file = new StringWriter();
        ensemble.write(file, "test");
        SentenceNet read = SentenceNet.read(new java.io.ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), TYPES);
        assertThat(read.members()).isEqualTo(3);
        for (String[] f : List.of(new String[] {"w=قصف", "w=noise3"}, new String[] {"w=noise3", "pos=2"}, new String[] {"w=unseen"})) {
            double mean = alone.stream().mapToDouble(n -> assault(n, f)).average().orElseThrow();
            assertThat(assault(ensemble, f)).isCloseTo(mean, Offset.offset(1e-9));
            assertThat(assault(read, f)).isCloseTo(mean, Offset.offset(1e-9));
        }
        // the members differ (else the ensemble would be one net three times)
        assertThat(assault(alone.get(0), "w=قصف")).isNotEqualTo(assault(alone.get(1), "w=قصف"));
        assertThat(assault(ensemble, "w=قصف", "w=noise3")).isGreaterThan(0.9);
        assertThat(assault(ensemble, "w=noise3")).isLessThan(0.1);
    }

    @Test
    void theTypeModelAveragesTheRegressionsAndTheNet() {
        List<SentenceTypes.Example> examples = exclusiveOr();
        SentenceTypes regressions = SentenceTypes.train(examples, 50, 1.0, 1);
        SentenceNet net = SentenceNet.train(examples, TYPES, 17, 10, 0.1, 1e-6, 1, 8, 1);
        SentenceTypes both = regressions.withNet(net);
        List<String> f = List.of("pos=1", "w=غارة");
        double[] a = net.start();
        for (String x : f) net.add(x, a);
        double[] p = both.probabilities(f), r = regressions.probabilities(f), q = net.probabilities(a);
        for (int t = 0; t < TYPES; t++) assertThat(p[t]).isCloseTo((r[t] + q[t]) / 2, Offset.offset(1e-12));
        assertThat(both.withNet(null).probabilities(f)).containsExactly(r);
    }
}
