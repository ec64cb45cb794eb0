package org.marsad.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateFormsTest {
    @Test
    void readsTheFormsPagesAndFeedsUse() {
        assertThat(DateForms.toContract("2024-03-05T10:15:00+03:00")).isEqualTo("2024-03-05T10:15+03:00");
        assertThat(DateForms.toContract("2024-03-05T10:15:30.123Z")).isEqualTo("2024-03-05T10:15:30+00:00");
        assertThat(DateForms.toContract("2024-03-05T10:15:00+0300")).isEqualTo("2024-03-05T10:15+03:00");
        assertThat(DateForms.toContract("2024-03-05T10:15:00")).isEqualTo("2024-03-05"); // no zone: the day only
        assertThat(DateForms.toContract("2024-03-05")).isEqualTo("2024-03-05");
        assertThat(DateForms.toContract("Sun, 18 Feb 2018 21:35:43 +0400")).isEqualTo("2018-02-18T21:35:43+04:00");
        assertThat(DateForms.toContract("Tue, 02 Apr 2024 09:00:00 GMT")).isEqualTo("2024-04-02T09:00+00:00");
        assertThat(DateForms.toContract("2024-02-30")).isNull();
        assertThat(DateForms.toContract("yesterday")).isNull();
    }

    @Test
    void readsVisibleArabicAndEnglishDays() {
        assertThat(VisibleDates.day("الأربعاء 10 يناير 2024")).isEqualTo("2024-01-10");
        assertThat(VisibleDates.day("٥ آذار ٢٠٢٤")).isEqualTo("2024-03-05");
        assertThat(VisibleDates.day("March 5, 2024")).isEqualTo("2024-03-05");
        assertThat(VisibleDates.day("5 تشرين الثاني 2023")).isEqualTo("2023-11-05");
        assertThat(VisibleDates.day("لا تاريخ هنا")).isNull();
    }
}
