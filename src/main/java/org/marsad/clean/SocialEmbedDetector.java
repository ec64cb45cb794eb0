package org.marsad.clean;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.Boilerplate;

/**
 * Finds social-media embeds in scraped text. A tweet ends with a signature line
 * {@code — Author (@handle) Month D, YYYY}; its text is the line before it and any earlier lines carrying
 * t.co or pic.twitter.com links. Instagram embeds end with "A post shared by Author (@handle)". Lines
 * carrying twitter links without a signature are embeds too.
 */
final class SocialEmbedDetector {
    private static final Pattern TWEET_SIGNATURE = Pattern.compile(
            "^\\s*(?:—|–|-|&mdash;)\\s*(.{1,80}?)\\s*\\((@[A-Za-z0-9_]{1,15})\\)\\s*(.{0,40}?)\\s*$");
    private static final Pattern INSTAGRAM_SIGNATURE = Pattern.compile(
            "^\\s*A post shared by\\s*(.{1,80}?)\\s*\\((@[A-Za-z0-9_.]{1,30})\\)\\s*(?:on\\s*)?(.{0,40}?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://)?(?:t\\.co|pic\\.twitter\\.com|twitter\\.com|x\\.com|instagram\\.com|youtu\\.be|youtube\\.com|facebook\\.com|fb\\.watch)/\\S+");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_SHORT = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);

    private SocialEmbedDetector() {
    }

    static void detect(List<Line> lines, LineRole[] roles, List<Boilerplate> out) {
        for (int i = 0; i < lines.size(); i++) {
            if (roles[i] != LineRole.BODY) continue;
            Line line = lines.get(i);
            if (line.text().indexOf("(@") < 0) continue;
            Matcher tweet = TWEET_SIGNATURE.matcher(line.text());
            Matcher insta = INSTAGRAM_SIGNATURE.matcher(line.text());
            boolean isTweet = tweet.matches() && looksLikeDate(tweet.group(3));
            if (isTweet || insta.matches()) {
                Matcher m = isTweet ? tweet : insta;
                out.add(embed(lines, roles, i, isTweet ? "twitter" : "instagram", m.group(1), m.group(2), m.group(3)));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (roles[i] == LineRole.BODY && lines.get(i).wordCount() <= 60 && mayHaveLink(lines.get(i).text())
                    && LINK.matcher(lines.get(i).text()).find()) {
                roles[i] = LineRole.SOCIAL_EMBED;
                Map<String, Object> meta = new LinkedHashMap<>();
                meta.put("links", links(lines.get(i).text()));
                out.add(new Boilerplate(Boilerplate.Kind.SOCIAL_EMBED, lines.get(i).trimmed(), meta));
            }
        }
    }

    private static Boilerplate embed(List<Line> lines, LineRole[] roles, int signature, String platform,
                                     String author, String handle, String dateText) {
        int first = signature;
        int j = signature - 1;
        while (j >= 0 && lines.get(j).isBlank()) j--;
        if (j >= 0 && roles[j] == LineRole.BODY && lines.get(j).wordCount() <= 80) {
            first = j;
            for (int k = j - 1; k >= 0 && roles[k] == LineRole.BODY && mayHaveLink(lines.get(k).text()) && LINK.matcher(lines.get(k).text()).find(); k--) first = k;
        }
        StringBuilder text = new StringBuilder();
        List<String> links = new ArrayList<>();
        for (int k = first; k < signature; k++) {
            if (lines.get(k).isBlank()) continue;
            roles[k] = LineRole.SOCIAL_EMBED;
            if (!text.isEmpty()) text.append('\n');
            text.append(lines.get(k).trimmed());
            links.addAll(links(lines.get(k).text()));
        }
        roles[signature] = LineRole.SOCIAL_EMBED;
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("platform", platform);
        meta.put("author", author.strip());
        meta.put("handle", handle);
        String date = parseDate(dateText);
        if (date != null) meta.put("date", date);
        if (dateText != null && !dateText.isBlank()) meta.put("date_text", dateText.strip());
        meta.put("links", links);
        meta.put("signature", lines.get(signature).trimmed());
        return new Boilerplate(Boilerplate.Kind.SOCIAL_EMBED, text.toString(), meta);
    }

    /** Every embed link has a slash after a dotted host: a cheap test before the regular expression. */
    private static boolean mayHaveLink(String text) {
        int slash = text.indexOf('/');
        return slash > 0 && text.indexOf('.') >= 0;
    }

    private static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) links.add(m.group());
        return links;
    }

    private static boolean looksLikeDate(String s) {
        return s != null && (parseDate(s) != null || s.matches(".*\\d{4}.*"));
    }

    /** An English embed date such as "December 19, 2024" as YYYY-MM-DD, or null. */
    static String parseDate(String s) {
        if (s == null) return null;
        String t = s.strip();
        for (DateTimeFormatter f : List.of(ENGLISH_DATE, ENGLISH_SHORT)) {
            try {
                return LocalDate.parse(t, f).toString();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
