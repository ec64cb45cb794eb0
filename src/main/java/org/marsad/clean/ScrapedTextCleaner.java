package org.marsad.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Boilerplate;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.Repair;
import org.marsad.model.SourceRef;
import org.marsad.text.LanguageGuesser;

/**
 * Cleans scraped plain text into an article: finds the title, moves related headlines, social embeds,
 * bare links and captions to boilerplate, and repairs the body line by line. Each rule is its own class;
 * this one only orders them. Every repair keeps its offsets into the original input.
 *
 * <p>Order matters: the title is taken first (it may look like a headline), separators before the
 * headlines they introduce, embeds before headlines (a tweet's text may be short and period-less).
 */
public final class ScrapedTextCleaner {
    private final List<InlineRepair> repairs = List.of(
            new WhitespaceRepair(), new PeriodRepair(), new DoubledWordRepair(), new GluedWordRepair());
    private final LanguageGuesser languages = new LanguageGuesser();

    /**
     * @param original   the decoded input
     * @param metadata   what the container knew; when it has a title, the text is taken to be body only
     */
    public Article clean(SourceRef source, String original, DocumentMetadata metadata) {
        List<Line> lines = Line.of(original);
        LineRole[] roles = new LineRole[lines.size()];
        for (int i = 0; i < roles.length; i++) roles[i] = lines.get(i).isBlank() ? LineRole.BLANK : LineRole.BODY;

        int titleLine = metadata.title() == null ? TitleDetector.find(lines) : -1;
        if (titleLine >= 0) roles[titleLine] = LineRole.TITLE;
        List<Boilerplate> boilerplate = new ArrayList<>();
        SeparatorLines.mark(lines, roles);
        SocialEmbedDetector.detect(lines, roles, boilerplate);
        LinkAndCaptionDetector.detect(lines, roles, boilerplate);
        RelatedHeadlineDetector.detect(lines, roles, boilerplate);

        WordCounts counts = new WordCounts();
        for (int i = 0; i < lines.size(); i++) {
            if (roles[i] == LineRole.BODY || roles[i] == LineRole.TITLE) counts.addWords(lines.get(i).text());
        }
        List<Repair> applied = new ArrayList<>();
        StringBuilder text = new StringBuilder(original.length());
        String title = metadata.title();
        for (int i = 0; i < lines.size(); i++) {
            if (roles[i] != LineRole.BODY && roles[i] != LineRole.TITLE) continue;
            String repaired = repairLine(original, lines.get(i), counts, applied);
            if (repaired.isEmpty()) continue;
            if (roles[i] == LineRole.TITLE) {
                title = repaired;
            } else {
                if (!text.isEmpty()) text.append('\n');
                text.append(repaired);
            }
        }
        String body = text.toString();
        String language = metadata.language() != null ? metadata.language() : languages.guess(body.isEmpty() && title != null ? title : body);
        return new Article(source, title == null ? null : title.strip(), body, metadata.published(), language,
                boilerplate, applied, original);
    }

    /** Applies the non-overlapping repairs proposed for one line; returns the trimmed, repaired line. */
    private String repairLine(String original, Line line, WordCounts counts, List<Repair> applied) {
        List<Repair> proposed = new ArrayList<>();
        for (InlineRepair rule : repairs) rule.propose(original, line, counts, proposed);
        proposed.sort(Comparator.comparingInt(Repair::start).thenComparingInt(Repair::end));
        StringBuilder out = new StringBuilder(line.text().length());
        int pos = line.start();
        for (Repair r : proposed) {
            if (r.start() < pos) continue; // overlaps an earlier repair
            out.append(original, pos, r.start()).append(r.replacement());
            pos = r.end();
            applied.add(r);
        }
        out.append(original, pos, line.end());
        return out.toString().strip();
    }
}
