package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EntityKeysTest {
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** The hand-written check accepts exactly what the pattern of URL-safe ids accepts (fixed seed). */
    @Test
    void urlSafeMatchesThePattern() {
        String alphabet = "Az09._:-/ #?éقQ";
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(i % 10 == 0 ? 70 : 8);
            for (int k = 0; k < len; k++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertThat(EntityKeys.urlSafe(s.toString())).as(s.toString()).isEqualTo(URL_SAFE.matcher(s).matches());
        }
        assertThat(EntityKeys.urlSafe("Q2429253")).isTrue();
        assertThat(EntityKeys.urlSafe("group:police-forces:EG")).isTrue();
        assertThat(EntityKeys.urlSafe("")).isFalse();
    }
}
