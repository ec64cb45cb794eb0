package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
    @Test
    void countsShingleMultisetsAndNormalisesPerPage() {
        // truth: a b c d e -> shingles abcd, bcde ; predicted: a b c d x -> abcd, bcdx
        ShingleScore.Counts c = ShingleScore.page("a b c d e", "a, b! c d x");
        assertThat(c.tp()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c.fp()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c.fn()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c.precision()).isCloseTo(0.5, within(1e-9));
        // fewer than four tokens: one shingle of all of them
        assertThat(ShingleScore.shingles("قال الوزير")).containsOnlyKeys(List.of("قال", "الوزير"));
        assertThat(ShingleScore.page("", "").precision()).isEqualTo(1.0);
    }

    @Test
    void averagesOverPagesWithTheBenchmarksExclusions() {
        ShingleScore.Counts perfect = ShingleScore.page("one two three four five", "one two three four five");
        ShingleScore.Counts empty = ShingleScore.page("one two three four five", "");
        ShingleScore.Result r = ShingleScore.overall(List.of(perfect, empty));
        assertThat(r.precision()).isEqualTo(1.0); // the empty prediction has tp+fp = 0: not in the precision average
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }
}
