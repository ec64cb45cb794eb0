package org.marsad.clean;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.Boilerplate;

/**
 * Finds headlines of other articles that a "related articles" widget left in scraped text:
 * a short line that does not end like a sentence, right after a separator line (or right before one that
 * introduces another such headline), and lines introduced by "اقرأ أيضا" and its variants.
 */
final class RelatedHeadlineDetector {
    private static final int MAX_WORDS = 22;
    private static final Pattern READ_ALSO = Pattern.compile(
            "^\\s*(?:(?:[إا]قر[أا]|شاهد) (?:[أا]يضا\u064B?|كذلك|المزيد)|(?:مواضيع|أخبار|مقالات) ذات صلة"
                    + "|ذات صلة|للمزيد|Read (?:also|more)|Related)\\s*[:：-]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RelatedHeadlineDetector() {
    }

    static void detect(List<Line> lines, LineRole[] roles, List<Boilerplate> out) {
        for (int i = 0; i < lines.size(); i++) {
            if (roles[i] != LineRole.BODY) continue;
            Line line = lines.get(i);
            Matcher m = line.wordCount() <= MAX_WORDS + 3 ? READ_ALSO.matcher(line.text()) : null;
            if (m != null && m.matches()) {
                roles[i] = LineRole.RELATED_HEADLINE;
                String headline = m.group(1).strip();
                if (!headline.isEmpty()) out.add(new Boilerplate(Boilerplate.Kind.RELATED_HEADLINE, headline, Map.of()));
                continue;
            }
            if (isHeadlineShaped(line) && (follows(lines, roles, i) || precedesHeadlineBlock(lines, roles, i))) {
                roles[i] = LineRole.RELATED_HEADLINE;
                out.add(new Boilerplate(Boilerplate.Kind.RELATED_HEADLINE, line.trimmed(), Map.of()));
            }
        }
    }

    private static boolean isHeadlineShaped(Line line) {
        int words = line.wordCount();
        return words >= 2 && words <= MAX_WORDS && !line.endsLikeSentence();
    }

    /** The nearest non-blank line before i is a separator. */
    private static boolean follows(List<Line> lines, LineRole[] roles, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (roles[j] == LineRole.BLANK || lines.get(j).isBlank()) continue;
            return roles[j] == LineRole.SEPARATOR;
        }
        return false;
    }

    /** The nearest non-blank line after i is a separator followed by another headline-shaped line. */
    private static boolean precedesHeadlineBlock(List<Line> lines, LineRole[] roles, int i) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) j++;
        if (j >= lines.size() || roles[j] != LineRole.SEPARATOR) return false;
        int k = j + 1;
        while (k < lines.size() && lines.get(k).isBlank()) k++;
        if (k >= lines.size() || !isHeadlineShaped(lines.get(k))) return false;
        // the block is only a widget when this line is itself not preceded by body text ending mid-sentence
        int p = i - 1;
        while (p >= 0 && lines.get(p).isBlank()) p--;
        return p < 0 || roles[p] != LineRole.BODY || lines.get(p).endsLikeSentence() || roles[p] == LineRole.SEPARATOR;
    }
}
