package org.marsad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.marsad.store.EventFilter;

/** Reads and validates request parameters; anything out of shape becomes a {@link BadRequest}. */
final class Params {
    static final int MAX_QUERY_CHARS = 500;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,160}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern PLOVER = Pattern.compile("[A-Za-z_-]{1,40}");

    private Params() {
    }

    static String string(Context ctx, String name, int maxChars) {
        List<String> values = ctx.queryParams(name);
        if (values.isEmpty()) return null;
        if (values.size() > 1) throw new BadRequest(name, "'" + name + "' may be given once");
        String v = values.get(0).strip();
        if (v.isEmpty()) return null;
        if (v.length() > maxChars) throw new BadRequest(name, "'" + name + "' is longer than " + maxChars + " characters");
        return v;
    }

    static LocalDate date(Context ctx, String name) {
        String v = string(ctx, name, 10);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name, "'" + name + "' must be a date YYYY-MM-DD");
        }
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = string(ctx, name, 9);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new BadRequest(name, "'" + name + "' must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name, "'" + name + "' must be an integer between " + min + " and " + max);
        }
    }

    static String matching(Context ctx, String name, Pattern pattern, String what) {
        String v = string(ctx, name, 200);
        if (v != null && !pattern.matcher(v).matches()) throw new BadRequest(name, "'" + name + "' must be " + what);
        return v;
    }

    static String entity(Context ctx) {
        return matching(ctx, "entity", ID, "an entity id (letters, digits, . _ : -)");
    }

    static String country(Context ctx) {
        String c = matching(ctx, "country", COUNTRY, "an ISO-3166 alpha-2 country code such as IQ");
        return c == null ? null : c.toUpperCase(java.util.Locale.ROOT);
    }

    static String plover(Context ctx) {
        String p = matching(ctx, "plover", PLOVER, "a PLOVER event type such as ASSAULT");
        return p == null ? null : p.toUpperCase(java.util.Locale.ROOT);
    }

    static String pathId(Context ctx, String name) {
        String v = ctx.pathParam(name);
        if (!ID.matcher(v).matches()) throw new BadRequest(name, "'" + name + "' must be an id (letters, digits, . _ : -)");
        return v;
    }

    static EventFilter eventFilter(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) throw new BadRequest("to", "'to' is before 'from'");
        return new EventFilter(from, to, entity(ctx), country(ctx), plover(ctx));
    }
}
