package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.cli.EvalEventsOracle;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.ArticleText;
import org.marsad.model.Boilerplate;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Geo;
import org.marsad.model.Modality;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.model.TimeExpression;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Pipelines;
import org.marsad.text.ArabicNormalizer;
import org.marsad.time.ArabicDateRecognizer;

/**
 * The golden article ../shared/corpus/iraq-isis-2024-12.txt against its expected file: dates with
 * {@code --published 2024-12-20}, and the must / hypothetical / must-not events. Argument filling is checked
 * twice: with entities made from the expected surfaces (an oracle for names and linking, so that the event
 * rules are tested on their own), and with the shipped pipeline, whose entity-dependent checks skip while
 * no recognizer finds "داعش".
 */
class IraqIsisGoldenTest {
    private static final Path DIR = Path.of("../shared/corpus");
    private static Pipeline pipeline;
    private static Analysis shipped;
    private static JsonNode expected;
    private static ArticleText text;
    private static List<Entity> oracleEntities;
    private static List<Event> oracleEvents;

    @BeforeAll
    static void load() throws Exception {
        Path txt = DIR.resolve("iraq-isis-2024-12.txt");
        Assumptions.assumeTrue(Files.exists(txt), "../shared absent: skipping the iraq-isis golden test");
        expected = new ObjectMapper().readTree(DIR.resolve("iraq-isis-2024-12.expected.json").toFile());
        pipeline = Pipelines.standard().defaultPublished("2024-12-20").build();
        RawDocument raw = RawDocument.plainText(new SourceRef(txt.toString(), null, SourceFormat.TEXT), Files.readAllBytes(txt));
        shipped = pipeline.analyze(raw);
        Article article = pipeline.toArticle(raw);
        text = pipeline.prepare(article);
        oracleEntities = EvalEventsOracle.entities(text, referents(expected.path("entities")));
        List<TimeExpression> dates = new ArabicDateRecognizer().recognize(text);
        var coding = new RuleEventCoder().code(text, oracleEntities, dates);
        oracleEvents = coding.events();
        oracleEntities = coding.entities();
        if (System.getenv("MARSAD_DEBUG_EVENTS") != null) oracleEvents.forEach(System.out::println);
    }

    private static List<EvalEventsOracle.Referent> referents(JsonNode entities) {
        List<EvalEventsOracle.Referent> out = new ArrayList<>();
        for (String group : List.of("must", "should")) {
            for (JsonNode e : entities.path(group)) {
                List<String> surfaces = new ArrayList<>();
                e.path("surfaces").forEach(s -> surfaces.add(s.asText()));
                Geo geo = null;
                if (e.has("country")) {
                    boolean specific = e.has("approx_lat");
                    geo = new Geo(e.path("approx_lat").asDouble(0), e.path("approx_lon").asDouble(0), e.path("country").asText(),
                            null, specific ? "region" : "country");
                }
                out.add(new EvalEventsOracle.Referent(e.path("name_en").asText(), EntityType.valueOf(e.path("type").asText()), surfaces, geo));
            }
        }
        return out;
    }

    @Test
    void relativeAndEmbedDatesResolveAgainstPublication() {
        assertThat(shipped.dates()).anySatisfy(d -> {
            assertThat(d.text()).isEqualTo("الأسبوع الماضي");
            assertThat(d.value()).isEqualTo("2024-W50");
            assertThat(d.granularity().wireName()).isEqualTo("week");
        });
        assertThat(shipped.dates()).anySatisfy(d -> {
            assertThat(d.text()).isEqualTo("2017");
            assertThat(d.value()).isEqualTo("2017");
        });
        // the tweet's date lives in the embed's meta (it is boilerplate, not text); the call event takes it
        Boilerplate embed = shipped.boilerplate().stream().filter(b -> b.kind() == Boilerplate.Kind.SOCIAL_EMBED).findFirst().orElseThrow();
        assertThat(embed.meta().get("date")).isEqualTo("2024-12-19");
        assertThat(shipped.dates()).allSatisfy(d -> assertThat(shipped.text().substring(d.start(), d.end())).isEqualTo(d.text()));
    }

    @Test
    void mustEventsTriggersTypesModalitiesAndFiguresWithShippedStages() {
        Event call = byEvidence(shipped.events(), shipped.text(), "اتصال هاتفي أجراه مع وزير الدولة البريطاني", "CONSULT");
        assertThat(call.date()).isEqualTo("2024-12-19");
        assertThat(call.modality()).isEqualTo(Modality.ASSERTED);
        Event killed = byEvidence(shipped.events(), shipped.text(), "التنظيم المتطرف قتل أكثر من 50 جنديا سوريا", "ASSAULT");
        assertThat(killed.fatalities()).isEqualTo(51);
        assertThat(killed.date()).isEqualTo("2024-W50");
        assertThat(killed.modality()).isEqualTo(Modality.ASSERTED);
        Event strikes = byEvidence(shipped.events(), shipped.text(), "الجيش الأميركي كثف غاراته على عدد من المواقع", "ASSAULT");
        assertThat(strikes.acledSubEventType()).isEqualTo("Air/drone strike");
        assertThat(strikes.acledEventType()).isEqualTo("Explosions/Remote violence");
        assertThat(byEvidence(shipped.events(), shipped.text(), "استيلائه على كمية من الاسلحة التابعة للجيش", "COERCE").modality())
                .isEqualTo(Modality.ASSERTED);
        assertThat(byEvidence(shipped.events(), shipped.text(), "وسعوا سيطرتهم في مناطق إضافية", "ASSAULT").acledSubEventType())
                .isEqualTo("Non-state actor overtakes territory");
        assertThat(byEvidence(shipped.events(), shipped.text(), "الجيش العراقي شدد من قبضته الأمنية على الحدود", "MOBILIZE").modality())
                .isEqualTo(Modality.ASSERTED);
        assertThat(byEvidence(shipped.events(), shipped.text(), "أبدى وزير الخارجية العراقي فؤاد حسين مخاوف", "STATEMENT").modality())
                .isEqualTo(Modality.ASSERTED);
    }

    @Test
    void warnedOfAndFearedEventsAreNotAsserted() {
        for (List<Event> events : List.of(shipped.events(), oracleEvents)) {
            for (JsonNode h : expected.path("events").path("hypothetical_not_asserted")) {
                String evidence = h.path("evidence").asText();
                List<Event> inside = within(events, shipped.text(), evidence);
                assertThat(inside).as("an event coded inside '%s'", evidence).isNotEmpty();
                assertThat(inside).allSatisfy(e -> assertThat(e.modality()).as(e.trigger().text()).isNotEqualTo(Modality.ASSERTED));
            }
        }
    }

    @Test
    void nothingFromRelatedHeadlines() {
        for (JsonNode m : expected.path("events").path("must_not")) {
            String evidence = m.path("evidence").asText();
            assertThat(shipped.text()).doesNotContain(evidence);
            for (List<Event> events : List.of(shipped.events(), oracleEvents)) {
                assertThat(events).noneSatisfy(e -> assertThat(evidence).contains(sentenceOf(e)));
            }
        }
        assertThat(shipped.events()).allSatisfy(e -> assertThat(shipped.text().substring(e.trigger().start(), e.trigger().end()))
                .isEqualTo(e.trigger().text()));
    }

    @Test
    void mustEventArgumentsWithOracleEntities() {
        checkArguments(oracleEvents, oracleEntities, text.text());
    }

    @Test
    void mustEventArgumentsWithShippedStages() {
        Assumptions.assumeTrue(entityNamed(shipped.entities(), "داعش").isPresent(),
                "no entity with surface داعش: names and linking are not in this build yet");
        checkArguments(shipped.events(), shipped.entities(), shipped.text());
    }

    private static void checkArguments(List<Event> events, List<Entity> entities, String t) {
        String isis = id(entities, "داعش"), hussein = id(entities, "فؤاد حسين"), falconer = id(entities, "هاميش فالكونر");
        Event call = byEvidence(events, t, "اتصال هاتفي أجراه مع وزير الدولة البريطاني", "CONSULT");
        assertThat(call.actor()).isEqualTo(hussein);
        assertThat(call.target()).isEqualTo(falconer);
        Event killed = byEvidence(events, t, "التنظيم المتطرف قتل أكثر من 50 جنديا سوريا", "ASSAULT");
        assertThat(killed.actor()).isEqualTo(isis);
        assertThat(killed.target()).isEqualTo(id(entities, "الجيش السوري"));
        assertThat(killed.location()).isEqualTo(id(entities, "البادية"));
        assertThat(killed.attribution()).isEqualTo(id(entities, "المرصد السوري لحقوق الانسان"));
        Event strikes = byEvidence(events, t, "الجيش الأميركي كثف غاراته على عدد من المواقع", "ASSAULT");
        assertThat(strikes.actor()).isEqualTo(id(entities, "الجيش الأميركي"));
        assertThat(strikes.target()).isEqualTo(isis);
        assertThat(strikes.location()).as("Syria or a place in Syria").satisfiesAnyOf(
                l -> assertThat(l).isEqualTo(id(entities, "سوريا")),
                l -> assertThat(entities.stream().filter(e -> e.id().equals(l) && e.geo() != null && "SY".equals(e.geo().country()))).isNotEmpty());
        Event seized = byEvidence(events, t, "استيلائه على كمية من الاسلحة التابعة للجيش", "COERCE");
        assertThat(seized.actor()).isEqualTo(isis);
        assertThat(seized.location()).isEqualTo(id(entities, "سوريا"));
        Event expands = byEvidence(events, t, "وسعوا سيطرتهم في مناطق إضافية", "ASSAULT");
        assertThat(expands.actor()).isEqualTo(isis);
        assertThat(expands.location()).isEqualTo(id(entities, "البادية"));
        assertThat(expands.attribution()).isEqualTo(hussein);
        Event border = byEvidence(events, t, "الجيش العراقي شدد من قبضته الأمنية على الحدود", "MOBILIZE");
        assertThat(border.actor()).isEqualTo(id(entities, "الجيش العراقي"));
        assertThat(border.location()).isEqualTo(id(entities, "العراق"));
        Event concern = byEvidence(events, t, "أبدى وزير الخارجية العراقي فؤاد حسين مخاوف", "STATEMENT");
        assertThat(concern.actor()).isEqualTo(hussein);
        assertThat(concern.target()).isEqualTo(isis);
    }

    /** The event of the given type whose trigger lies inside the evidence (which must occur in the text). */
    private static Event byEvidence(List<Event> events, String t, String evidence, String plover) {
        List<Event> inside = within(events, t, evidence).stream().filter(e -> e.plover().equals(plover)).toList();
        assertThat(inside).as("a %s event inside '%s' among %s", plover, evidence, events).isNotEmpty();
        return inside.get(0);
    }

    private static List<Event> within(List<Event> events, String t, String evidence) {
        int at = t.indexOf(evidence);
        assertThat(at).as("evidence in text: " + evidence).isGreaterThanOrEqualTo(0);
        int end = at + evidence.length();
        return events.stream().filter(e -> e.trigger().start() >= at && e.trigger().end() <= end).toList();
    }

    private static String sentenceOf(Event e) {
        var s = text.sentences().get(e.sentence());
        return text.text().substring(s.start(), s.end());
    }

    private static String id(List<Entity> entities, String surface) {
        return entityNamed(entities, surface).map(Entity::id).orElseThrow(() -> new AssertionError("no entity with mention " + surface));
    }

    private static Optional<Entity> entityNamed(List<Entity> entities, String surface) {
        String s = ArabicNormalizer.normalizeForMatching(surface);
        Optional<Entity> exact = entities.stream().filter(e -> e.mentions().stream()
                .anyMatch(m -> ArabicNormalizer.normalizeForMatching(m.text()).equals(s))).findFirst();
        return exact.isPresent() ? exact : entities.stream().filter(e -> e.mentions().stream()
                .anyMatch(m -> ArabicNormalizer.normalizeForMatching(m.text()).contains(s))).findFirst();
    }
}
