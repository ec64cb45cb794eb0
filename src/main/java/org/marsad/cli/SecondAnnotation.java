package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.ingest.InputException;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.ArticleText;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Modality;
import org.marsad.model.RawDocument;
import org.marsad.model.Sentence;
import org.marsad.model.TextSpan;
import org.marsad.pipeline.Pipeline;

/**
 * A second annotation of an article turned into an analysis, so that {@code eval events --against} scores one
 * annotator against another with the very matching Marsad is scored with: each event sits in the sentence its
 * evidence starts in, with its trigger as the span, and its actor, target and location are entities made from the
 * annotation's own surfaces (as {@code --oracle-entities} makes them from the gold's). Events whose evidence is not
 * found in the cleaned text are left out, as the scorer would miss them anyway.
 */
final class SecondAnnotation {
    private SecondAnnotation() {
    }

    static Analysis analysis(Pipeline pipeline, RawDocument raw, JsonNode other) throws InputException {
        Article article = pipeline.toArticle(raw);
        ArticleText text = pipeline.prepare(article);
        Analysis base = pipeline.analyze(article);
        List<EvalEventsOracle.Referent> referents = EvalEventsCommand.referents(other);
        List<Entity> entities = EvalEventsOracle.entities(text, referents);
        Set<String> present = new HashSet<>();
        for (Entity e : entities) present.add(e.id());
        List<Event> events = new ArrayList<>();
        for (JsonNode e : other.path("events")) {
            String evidence = e.path("evidence").asText();
            int start = base.text().indexOf(evidence);
            if (start < 0) continue;
            // the trigger inside its evidence, else the whole evidence as the span
            String trigger = e.path("trigger").asText();
            int t = base.text().indexOf(trigger, start);
            boolean found = t >= 0 && t <= start + evidence.length();
            int from = found ? t : start, to = found ? t + trigger.length() : start + evidence.length();
            events.add(new Event("a" + (events.size() + 1), e.path("plover").asText(), null, null, null,
                    new TextSpan(base.text().substring(from, to), from, to), sentenceAt(base.sentences(), from),
                    role(referents, present, e.path("actor")), role(referents, present, e.path("target")),
                    role(referents, present, e.path("location")), text(e.path("date")), number(e.path("fatalities")),
                    number(e.path("injured")), null, modality(e.path("modality").asText("asserted")),
                    role(referents, present, e.path("attribution")), 1.0));
        }
        return new Analysis(base.source(), base.id(), base.language(), base.title(), base.published(), base.text(), base.boilerplate(),
                base.repairs(), base.sentences(), entities, base.dates(), events, base.original());
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() <= offset && offset < sentences.get(i).end()) return i;
        }
        return -1;
    }

    /** The id of the referent that holds the role's first surface, when its entity was found in the text. */
    private static String role(List<EvalEventsOracle.Referent> referents, Set<String> present, JsonNode surfaces) {
        if (surfaces.isEmpty()) return null;
        String first = surfaces.get(0).asText();
        for (int r = 0; r < referents.size(); r++) {
            String id = "o" + (r + 1);
            if (referents.get(r).surfaces().contains(first) && present.contains(id)) return id;
        }
        return null;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static Integer number(JsonNode n) {
        return n.isMissingNode() || n.isNull() || !n.canConvertToInt() ? null : n.asInt();
    }

    private static Modality modality(String wire) {
        return Modality.valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
