package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicCliticsTest {
    @Test
    void candidatesIncludeTheBareName() {
        assertThat(ArabicClitics.candidates("بالموصل")).contains("الموصل");
        assertThat(ArabicClitics.candidates("وداعش")).contains("داعش");
        assertThat(ArabicClitics.candidates("للعراق")).contains("العراق");
        assertThat(ArabicClitics.candidates("واشنطن").get(0)).isEqualTo("واشنطن");
        assertThat(ArabicClitics.candidates("لتنظيم")).contains("تنظيم");
        assertThat(ArabicClitics.candidates("قواتها")).contains("قوات");
    }
}
