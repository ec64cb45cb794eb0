package org.marsad.clean.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date strings pages and feeds carry (ISO 8601 with or without zone, RFC 822/1123, bare
 * dates) into the contract's form {@code YYYY-MM-DD[Thh:mm[:ss]±hh:mm]}. A time without a zone is
 * dropped to the date alone, since the contract never states a time without its offset.
 */
public final class DateForms {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
    private static final DateTimeFormatter CONTRACT_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");
    private static final DateTimeFormatter CONTRACT_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private DateForms() {
    }

    /** The contract form of a date string, or null when it cannot be read. */
    public static String toContract(String value) {
        if (value == null) return null;
        String s = value.strip();
        if (s.isEmpty()) return null;
        Matcher m = ISO.matcher(s);
        if (m.lookingAt()) return fromIso(m);
        String rfc = fromRfc822(s);
        if (rfc != null) return rfc;
        return null;
    }

    /** The contract form of a zoned time (seconds kept only when they are not zero). */
    public static String of(OffsetDateTime t) {
        return (t.getSecond() == 0 ? CONTRACT_MINUTES : CONTRACT_SECONDS).format(t);
    }

    private static String fromIso(Matcher m) {
        String date = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
        if (m.group(4) == null || m.group(7) == null) return date;
        String zone = m.group(7);
        if (zone.equals("Z")) zone = "+00:00";
        else if (zone.length() == 3) zone = zone + ":00";
        else if (zone.length() == 5) zone = zone.substring(0, 3) + ":" + zone.substring(3);
        String seconds = m.group(6);
        try {
            LocalDateTime.parse(date + "T" + m.group(4) + ":" + m.group(5) + ":" + (seconds == null ? "00" : seconds));
        } catch (DateTimeParseException e) {
            return date;
        }
        String time = m.group(4) + ":" + m.group(5) + (seconds == null || seconds.equals("00") ? "" : ":" + seconds);
        return date + "T" + time + zone;
    }

    /** RFC 1123 first (what feeds and the ANT corpus write), then looser RFC 822 forms. Built once. */
    private static final List<DateTimeFormatter> RFC_822_FORMS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(DateTimeFormatter.RFC_1123_DATE_TIME),
            java.util.stream.Stream.of("EEE, d MMM uuuu HH:mm:ss zzz", "EEE, d MMM uuuu HH:mm:ss Z", "EEE, d MMM uuuu HH:mm zzz",
                            "EEE, d MMM uuuu HH:mm Z", "d MMM uuuu HH:mm:ss Z", "d MMM uuuu HH:mm:ss zzz", "d MMM uuuu HH:mm Z")
                    .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH))).toList();
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String fromRfc822(String s) {
        // "Tue, 05 Mar 2024 10:15:00 GMT" and "5 Mar 2024 10:15 +0300"
        String t = SPACES.matcher(s).replaceAll(" ");
        for (DateTimeFormatter form : RFC_822_FORMS) {
            try {
                return of(ZonedDateTime.parse(t, form).toOffsetDateTime());
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }
}
