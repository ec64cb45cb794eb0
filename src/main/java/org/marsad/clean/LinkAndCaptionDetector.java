package org.marsad.clean;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.marsad.model.Boilerplate;

/**
 * Lines that are only a URL become {@code link} boilerplate; short lines that carry a photo credit
 * (رويترز, أ ف ب, Getty Images, صورة أرشيفية) and do not end like a sentence become {@code caption}.
 */
final class LinkAndCaptionDetector {
    private static final Pattern URL_ONLY = Pattern.compile("^\\s*(?:https?://|www\\.)\\S+\\s*$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:صورة أرشيفية|\\(?(?:رويترز|أ\\.? ?ف\\.? ?ب|فرانس برس|الأناضول|غيتي|Getty Images|AFP|Reuters|EPA|AP)\\)?\\s*$|^(?:الصورة|صورة)\\s*[:：])",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_CAPTION_WORDS = 16;

    private LinkAndCaptionDetector() {
    }

    static void detect(List<Line> lines, LineRole[] roles, List<Boilerplate> out) {
        for (int i = 0; i < lines.size(); i++) {
            if (roles[i] != LineRole.BODY) continue;
            Line line = lines.get(i);
            if (URL_ONLY.matcher(line.text()).matches()) {
                roles[i] = LineRole.LINK;
                out.add(new Boilerplate(Boilerplate.Kind.LINK, line.trimmed(), Map.of("url", line.trimmed())));
            } else if (line.wordCount() <= MAX_CAPTION_WORDS && !line.endsLikeSentence()
                    && PHOTO_CREDIT.matcher(line.trimmed()).find()) {
                roles[i] = LineRole.CAPTION;
                out.add(new Boilerplate(Boilerplate.Kind.CAPTION, line.trimmed(), Map.of()));
            }
        }
    }
}
