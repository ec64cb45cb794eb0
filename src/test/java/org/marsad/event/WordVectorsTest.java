package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordVectorsTest {
    private static double cosine(double[] a, double[] b) {
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }

    private static WordVectors three() {
        return WordVectors.of(List.of("قصف", "غاره", "محادثات"), new double[][]{{1, 0, 0}, {0.6, 0.8, 0}, {0, 0, 1}});
    }

    @Test
    void aSentenceVectorIsTheMeanDirectionOfItsKnownWordsAtAFixedLength() {
        WordVectors v = three();
        double[] s = v.sentence(List.of("قصف", "غاره", "unknown"));
        assertThat(Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2])).isCloseTo(WordVectors.SCALE, offset(1e-9));
        assertThat(cosine(s, new double[]{1.6, 0.8, 0})).isCloseTo(1, offset(1e-4));
        assertThat(v.sentence(List.of("unknown", "other"))).containsOnly(0.0);
        assertThat(v.sentence(List.of())).containsOnly(0.0);
    }

    @Test
    void writesAFileThatReadsBackTheSameAndRefusesAnotherKindOfFile() throws IOException {
        WordVectors v = three();
        ByteArrayOutputStream a = new ByteArrayOutputStream(), b = new ByteArrayOutputStream();
        v.write(a);
        WordVectors read = WordVectors.read(new ByteArrayInputStream(a.toByteArray()));
        read.write(b);
        assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
        assertThat(read.size()).isEqualTo(3);
        assertThat(read.dims()).isEqualTo(3);
        assertThat(read.vector("غاره")).containsExactly(new double[]{0.6, 0.8, 0}, offset(1.0 / 127));
        assertThat(read.vector("absent")).isNull();
        assertThatThrownBy(() -> WordVectors.read(new ByteArrayInputStream("hello world, not vectors".getBytes())))
                .isInstanceOf(IOException.class);
    }

    /**
     * A corpus where قصف and غاره occur among the same neighbours (war words), محادثات and مباحثات among others
     * (diplomacy words), in random order: the trainer must put each pair together.
     */
    private static List<String[]> corpus(long seed) {
        Random r = new Random(seed);
        String[] war = {"الجيش", "قوات", "مواقع", "مسلحين", "قتلى", "جرحى"}, talk = {"وزير", "الخارجيه", "اجتمع", "نظيره", "ملفات", "التعاون"};
        List<String[]> docs = new ArrayList<>();
        for (int d = 0; d < 300; d++) {
            List<String> words = new ArrayList<>();
            for (int s = 0; s < 10; s++) {
                boolean isWar = r.nextBoolean();
                String[] pool = isWar ? war : talk;
                for (int i = 0; i < 3; i++) words.add(pool[r.nextInt(pool.length)]);
                words.add(isWar ? (r.nextBoolean() ? "قصف" : "غاره") : (r.nextBoolean() ? "محادثات" : "مباحثات"));
                for (int i = 0; i < 3; i++) words.add(pool[r.nextInt(pool.length)]);
            }
            if (d < 4) words.add("نادره"); // seen four times: under the trainer's minimum of five
            docs.add(words.toArray(String[]::new));
        }
        return docs;
    }

    @Test
    void wordsInTheSameCompanyGetNearVectorsAndTheSameTextTheSameBytes() throws IOException {
        WordVectorTrainer trainer = new WordVectorTrainer(4, 5, 3, 3, 4, 1);
        WordVectors v = trainer.train(corpus(7));
        assertThat(cosine(v.vector("قصف"), v.vector("غاره"))).isGreaterThan(0.8);
        assertThat(cosine(v.vector("محادثات"), v.vector("مباحثات"))).isGreaterThan(0.8);
        assertThat(cosine(v.vector("قصف"), v.vector("محادثات"))).isLessThan(cosine(v.vector("قصف"), v.vector("غاره")) - 0.3);
        ByteArrayOutputStream a = new ByteArrayOutputStream(), b = new ByteArrayOutputStream();
        v.write(a);
        trainer.train(corpus(7)).write(b);
        assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
        // the most frequent words come first; a word seen fewer than minCount times gets no vector
        assertThat(v.vector("نادره")).isNull();
        assertThat(v.size()).isEqualTo(16);
        assertThat(trainer.train(List.of()).size()).isZero();
    }

    @Test
    void aWordTheModelNeverSawInAnAnnotatedSentenceCountsByItsVector() {
        // "غاره" is never in a training sentence, but its vector is قصف's: with vectors the model finds an attack
        WordVectors v = WordVectors.of(List.of("قصف", "غاره", "محادثات", "مباحثات"),
                new double[][]{{1, 0}, {1, 0}, {0, 1}, {0, 1}});
        Random random = new Random(3);
        int assault = SentenceTypes.TYPES.indexOf("ASSAULT");
        List<SentenceTypes.Example> examples = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean attack = random.nextBoolean();
            List<String> f = new ArrayList<>(List.of("w=noise" + random.nextInt(20), attack ? "w=قصف" : "w=محادثات"));
            boolean[] y = new boolean[SentenceTypes.TYPES.size()];
            y[assault] = attack;
            examples.add(new SentenceTypes.Example(f, y));
        }
        SentenceTypes with = SentenceTypes.train(examples, 100, 1.0, 2, v), without = SentenceTypes.train(examples, 100, 1.0, 2);
        assertThat(with.usesVectors()).isTrue();
        assertThat(without.usesVectors()).isFalse();
        assertThat(with.probabilities(List.of("w=غاره"))[assault]).isGreaterThan(0.8);
        assertThat(with.probabilities(List.of("w=مباحثات"))[assault]).isLessThan(0.2);
        assertThat(without.probabilities(List.of("w=غاره"))[assault]).isBetween(0.2, 0.8);
        SentenceNet net = SentenceTypes.trainNet(examples, 17, 6, 0.05, 2, v);
        assertThat(with.withNet(net).probabilities(List.of("w=غاره"))[assault]).isGreaterThan(0.7);
        assertThat(with.withNet(net).probabilities(List.of("w=مباحثات"))[assault]).isLessThan(0.3);
    }

    @Test
    void aModelWithVectorsWritesAndReadsBackTheSame() throws IOException {
        WordVectors v = WordVectors.of(List.of("قصف", "محادثات"), new double[][]{{1, 0}, {0, 1}});
        List<SentenceTypes.Example> examples = new ArrayList<>();
        int assault = SentenceTypes.TYPES.indexOf("ASSAULT");
        for (int i = 0; i < 50; i++) {
            boolean[] y = new boolean[SentenceTypes.TYPES.size()];
            y[assault] = i % 2 == 0;
            examples.add(new SentenceTypes.Example(List.of(i % 2 == 0 ? "w=قصف" : "w=محادثات", "w=x" + (i % 5)), y));
        }
        SentenceTypes model = SentenceTypes.train(examples, 50, 1.0, 2, v);
        var w = new java.io.StringWriter();
        model.write(w, "test");
        assertThat(w.toString()).contains("v=0\t").contains("v=1\t");
        SentenceTypes read = SentenceTypes.read(new ByteArrayInputStream(w.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), v);
        for (String word : Set.of("w=قصف", "w=محادثات")) {
            assertThat(read.probabilities(List.of(word))[assault]).isCloseTo(model.probabilities(List.of(word))[assault], offset(1e-4));
        }
    }
}
