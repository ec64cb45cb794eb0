package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chunking and scoring as conlleval does it. */
class EntityScoresTest {
    @Test
    void readsChunksLikeConlleval() {
        assertThat(EntityScores.chunks(List.of("B-PERS", "I-PERS", "O", "I-LOC", "B-LOC", "I-ORG")))
                .containsExactly(new EntityScores.Chunk("PERS", 0, 2), new EntityScores.Chunk("LOC", 3, 4),
                        new EntityScores.Chunk("LOC", 4, 5), new EntityScores.Chunk("ORG", 5, 6));
    }

    @Test
    void scoresExactMatchesOnly() {
        EntityScores s = new EntityScores();
        s.add(List.of("B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG"),
              List.of("B-PERS", "O", "O", "B-LOC", "O", "B-LOC"));
        EntityScores.Prf micro = s.micro();
        assertThat(micro.gold()).isEqualTo(3);
        assertThat(micro.predicted()).isEqualTo(3);
        assertThat(micro.correct()).isEqualTo(1);
        assertThat(micro.f1()).isCloseTo(33.33, within(0.01));
        assertThat(s.perType()).filteredOn(p -> p.type().equals("LOC")).singleElement()
                .satisfies(p -> assertThat(p.precision()).isCloseTo(50.0, within(0.01)));
    }
}
