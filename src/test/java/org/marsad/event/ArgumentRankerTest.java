package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Modality;
import org.marsad.model.TextSpan;

class ArgumentRankerTest {
    private static Entity entity(String id) {
        return new Entity(id, EntityType.ORG, id, null, null, List.of(), null);
    }

    private static Event event(String actor, String target) {
        return new Event("ev1", "ASSAULT", "attack", null, null, new TextSpan("قصف", 0, 3), 0, actor, target, null, null, null, null, null,
                Modality.ASSERTED, null, 0.5);
    }

    /** An event's party options, with its own date as the only date option. */
    private static ArgumentRanker.Options options(Event e, List<ArgumentRanker.Option> opts) {
        return new ArgumentRanker.Options(e, opts, java.util.Collections.singletonList(e.date()),
                List.of(new ArgumentRanker.Option(null, List.of("rule=date"))), List.of());
    }

    /**
     * Examples where the right actor is the option with feature "subject" among options with random noise
     * features, and the rules' choice ("rule=actor") is right only half the time.
     */
    private static List<ArgumentRanker.Example> examples(int n, long seed) {
        Random random = new Random(seed);
        List<ArgumentRanker.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int options = 2 + random.nextInt(4), right = random.nextInt(options), ruled = random.nextBoolean() ? right : (right + 1) % options;
            List<ArgumentRanker.Option> opts = new ArrayList<>();
            boolean[] marks = new boolean[options + 1];
            for (int k = 0; k < options; k++) {
                List<String> f = new ArrayList<>(List.of("cand", "noise=" + random.nextInt(5)));
                if (k == right) f.add("subject");
                if (k == ruled) f.add("rule=actor");
                opts.add(new ArgumentRanker.Option(entity("e" + k), f));
                marks[k] = k == right;
            }
            opts.add(new ArgumentRanker.Option(null, List.of("none")));
            out.add(new ArgumentRanker.Example("actor", opts, marks));
        }
        return out;
    }

    @Test
    void learnsTheFeatureThatMarksTheRightOptionAndOnlyDecidesTheRolesItWasTrainedFor() {
        ArgumentRanker model = ArgumentRanker.train(examples(400, 1), 4, 0.05, 0.001);
        int right = 0;
        List<ArgumentRanker.Example> test = examples(200, 2);
        for (ArgumentRanker.Example ex : test) if (ex.right()[model.choose("actor", ex.options(), null)]) right++;
        assertThat(right).isGreaterThan(190); // the rules' flag alone would give about 100
        assertThat(model.decides("actor")).isTrue();
        assertThat(model.decides("target")).isFalse();
    }

    @Test
    void trainingIsDeterministicAndTheModelFileReadsBackTheSameChoices() throws Exception {
        ArgumentRanker a = ArgumentRanker.train(examples(300, 3), 4, 0.05, 0.001);
        ArgumentRanker b = ArgumentRanker.train(examples(300, 3), 4, 0.05, 0.001);
        StringWriter wa = new StringWriter(), wb = new StringWriter();
        a.write(wa, "test model");
        b.write(wb, "test model");
        assertThat(wa.toString()).isEqualTo(wb.toString()).startsWith("# test model\n");
        ArgumentRanker read = ArgumentRanker.read(new ByteArrayInputStream(wa.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(read.size()).isEqualTo(a.size());
        for (ArgumentRanker.Example ex : examples(100, 4)) {
            assertThat(read.choose("actor", ex.options(), null)).isEqualTo(a.choose("actor", ex.options(), null));
        }
    }

    /** Examples of the source: the option after "according" is right, else none; the rules' flag is right half the time. */
    private static List<ArgumentRanker.Example> sourceExamples(int n, long seed) {
        Random random = new Random(seed);
        List<ArgumentRanker.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int options = 2 + random.nextInt(3), right = random.nextInt(options + 1); // options: no source is right
            List<ArgumentRanker.Option> opts = new ArrayList<>();
            boolean[] marks = new boolean[options + 1];
            for (int k = 0; k < options; k++) {
                List<String> f = new ArrayList<>(List.of("cand", "noise=" + random.nextInt(5)));
                if (k == right) f.add("according");
                if (random.nextBoolean() == (k == right)) f.add("rule=attribution");
                opts.add(new ArgumentRanker.Option(entity("e" + k), f));
                marks[k] = k == right;
            }
            opts.add(new ArgumentRanker.Option(null, List.of("none")));
            marks[options] = right == options;
            out.add(new ArgumentRanker.Example("attribution", opts, marks));
        }
        return out;
    }

    @Test
    void theSourceIsTheModelsChoiceAmongThePartiesNeverTheActorOrThePlaceAndOneOutsideTheOptionsStays() {
        ArgumentRanker model = ArgumentRanker.train(sourceExamples(400, 11), 4, 0.05, 0.001);
        assertThat(model.decides("attribution")).isTrue();
        assertThat(model.decides("actor")).isFalse();
        Entity a = entity("e0"), b = entity("e1");
        List<ArgumentRanker.Option> opts = List.of(
                new ArgumentRanker.Option(a, List.of("cand", "rule=attribution")),
                new ArgumentRanker.Option(b, List.of("cand", "according")),
                new ArgumentRanker.Option(null, List.of("none")));
        Event ruled = new Event("ev1", "ASSAULT", "attack", null, null, new TextSpan("قصف", 0, 3), 0, null, null, null, null, null, null, null,
                Modality.ASSERTED, "e0", 0.5);
        assertThat(ArgumentRanker.decidesOn(options(ruled, opts))).isTrue();
        assertThat(model.chooseAttribution(options(ruled, opts), null, null)).isEqualTo("e1");
        // the actor is not its own source
        assertThat(model.chooseAttribution(options(ruled, opts), b, null)).isNotEqualTo("e1");
        // nor is the place where it happened
        assertThat(model.chooseAttribution(options(ruled, opts), null, b)).isNotEqualTo("e1");
        assertThat(model.chooseAttribution(options(event(null, null), List.of(new ArgumentRanker.Option(a, List.of("cand")),
                new ArgumentRanker.Option(null, List.of("none")))), null, a, 100)).isNull();
        // no party after "according": none, unless "no source" is weighed down
        List<ArgumentRanker.Option> plain = List.of(
                new ArgumentRanker.Option(a, List.of("cand")),
                new ArgumentRanker.Option(null, List.of("none")));
        assertThat(model.chooseAttribution(options(event(null, null), plain), null, null, 0)).isNull();
        assertThat(model.chooseAttribution(options(event(null, null), plain), null, null, 100)).isEqualTo("e0");
        // a source the rules found outside the options (an earlier sentence, an unnamed source) is kept
        Event outside = new Event("ev1", "ASSAULT", "attack", null, null, new TextSpan("قصف", 0, 3), 0, null, null, null, null, null, null, null,
                Modality.ASSERTED, "x9", 0.5);
        assertThat(ArgumentRanker.decidesOn(options(outside, opts))).isFalse();
        assertThat(model.chooseAttribution(options(outside, opts), null, null)).isEqualTo("x9");
        // a model without source weights keeps the rules' source
        assertThat(ArgumentRanker.train(examples(100, 12), 2, 0.05, 0.001).chooseAttribution(options(ruled, opts), null, null)).isEqualTo("e0");
    }

    @Test
    void theTargetIsNeverTheActorAndKeepsTheRulesChoiceWhenTheModelDoesNotDecideIt() {
        ArgumentRanker model = ArgumentRanker.train(examples(300, 5), 4, 0.05, 0.001);
        Entity a = entity("e0"), b = entity("e1");
        List<ArgumentRanker.Option> opts = List.of(
                new ArgumentRanker.Option(a, List.of("cand", "rule=target")),
                new ArgumentRanker.Option(b, List.of("cand", "subject", "rule=actor")),
                new ArgumentRanker.Option(null, List.of("none")));
        Entity[] chosen = model.choose(options(event("e1", "e0"), opts));
        assertThat(chosen[0]).isEqualTo(b);
        assertThat(chosen[1]).isEqualTo(a);
        // the subject is the rules' target: it stays the target, and the actor is chosen among the others
        List<ArgumentRanker.Option> swapped = List.of(
                new ArgumentRanker.Option(a, List.of("cand", "rule=actor")),
                new ArgumentRanker.Option(b, List.of("cand", "subject", "rule=target")),
                new ArgumentRanker.Option(null, List.of("none")));
        chosen = model.choose(options(event("e0", "e1"), swapped));
        assertThat(chosen[1]).isEqualTo(b);
        assertThat(chosen[0]).isNotEqualTo(b);
    }

    @Test
    void aPlaceSingledOutInsideTheChosenCountryIsTheEventsPlace() {
        // a model that learned to prefer the country of the two
        List<ArgumentRanker.Example> examples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            examples.add(new ArgumentRanker.Example("location", List.of(
                    new ArgumentRanker.Option(entity("c"), List.of("cand", "geo=outer")),
                    new ArgumentRanker.Option(entity("p"), List.of("cand", "geo=inner")),
                    new ArgumentRanker.Option(null, List.of("none"))), new boolean[] {true, false, false}));
        }
        ArgumentRanker model = ArgumentRanker.train(examples, 4, 0.05, 0.001);
        Entity syria = entity("c"), badia = entity("p");
        List<ArgumentRanker.Option> named = List.of(
                new ArgumentRanker.Option(syria, List.of("cand", "geo=outer")),
                new ArgumentRanker.Option(badia, List.of("cand", "geo=inner")),
                new ArgumentRanker.Option(null, List.of("none")));
        assertThat(model.choose(options(event(null, null), named))[2]).isEqualTo(syria);
        // في سوريا خاصة في منطقة البادية: the place singled out inside the country is the event's place
        List<ArgumentRanker.Option> singledOut = List.of(
                new ArgumentRanker.Option(syria, List.of("cand", "geo=outer")),
                new ArgumentRanker.Option(badia, List.of("cand", "geo=inner", ArgumentRanker.FOCUS)),
                new ArgumentRanker.Option(null, List.of("none")));
        assertThat(model.choose(options(event(null, null), singledOut))[2]).isEqualTo(badia);
    }

    @Test
    void theOwnerOfTheThingTakenIsNeverTheActor() {
        // a model that learned to prefer a party named after the trigger as the actor
        List<ArgumentRanker.Example> examples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            examples.add(new ArgumentRanker.Example("actor", List.of(
                    new ArgumentRanker.Option(entity("b"), List.of("cand", "dir=B")),
                    new ArgumentRanker.Option(entity("a"), List.of("cand", "dir=A")),
                    new ArgumentRanker.Option(null, List.of("none"))), new boolean[] {false, true, false}));
        }
        ArgumentRanker model = ArgumentRanker.train(examples, 4, 0.05, 0.001);
        Entity isis = entity("b"), army = entity("a");
        assertThat(model.choose(options(event(null, null), List.of(
                new ArgumentRanker.Option(isis, List.of("cand", "dir=B")),
                new ArgumentRanker.Option(army, List.of("cand", "dir=A", "prev=ان")),
                new ArgumentRanker.Option(null, List.of("none")))))[0]).isEqualTo(army);
        // التنظيم يعيد ترتيب صفوفه بعد استيلائه على كمية من الاسلحة التابعة للجيش: the army owns the weapons
        assertThat(model.choose(options(event(null, null), List.of(
                new ArgumentRanker.Option(isis, List.of("cand", "dir=B")),
                new ArgumentRanker.Option(army, List.of("cand", "dir=A", "prep=ل|dir=A", "prev=التابعه")),
                new ArgumentRanker.Option(null, List.of("none")))))[0]).isEqualTo(isis);
        // before the trigger, forces belonging to a party are that party acting (قوات تابعة للجيش قصفت)
        assertThat(model.choose(options(event(null, null), List.of(
                new ArgumentRanker.Option(isis, List.of("cand", "dir=B")),
                new ArgumentRanker.Option(army, List.of("cand", "dir=A", "prep=ل|dir=B", "prev=التابعه")),
                new ArgumentRanker.Option(null, List.of("none")))))[0]).isEqualTo(army);
    }

    /** A model read from weights written by hand: feature, then its weight for actor, target, location, date, modality, attribution, pair. */
    private static ArgumentRanker model(String... rows) throws Exception {
        String text = "# hand-written test model\n" + String.join("\n", rows) + "\n";
        return ArgumentRanker.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void actorAndTargetAreChosenAsThePairWithTheHighestSum() throws Exception {
        // x is a fair actor but clearly the target (اتصال أجراه مع الوزير), y a weaker actor and no target
        ArgumentRanker model = model("x\t1\t3\t0\t0\t0\t0\t0", "y\t0.5\t-1\t0\t0\t0\t0\t0");
        Entity x = entity("x"), y = entity("y");
        Entity[] chosen = model.choose(options(event(null, null), List.of(
                new ArgumentRanker.Option(x, List.of("x")),
                new ArgumentRanker.Option(y, List.of("y")),
                new ArgumentRanker.Option(null, List.of("none")))));
        // one role after the other would take x for the actor and leave the target empty (1 + 0); the pair gives 3.5
        assertThat(chosen[0]).isEqualTo(y);
        assertThat(chosen[1]).isEqualTo(x);
    }

    private static Event statement(String trigger, String actor) {
        return new Event("ev1", "STATEMENT", null, null, null, new TextSpan(trigger, 0, trigger.length()), 0, actor, null, null, null,
                null, null, null, Modality.ASSERTED, null, 0.5);
    }

    @Test
    void anAppointmentNamesItsAppointeeWhereTheModelLeavesTheTargetEmpty() throws Exception {
        // the model takes x for the actor and would name no target: y scores below no party
        ArgumentRanker model = model("none\t1\t1\t1\t0\t0\t0\t0", "x\t2\t-1\t-1\t0\t0\t0\t0", "y\t-1\t0\t-1\t0\t0\t0\t0");
        Entity x = entity("x"), y = entity("y");
        List<ArgumentRanker.Option> opts = List.of(new ArgumentRanker.Option(x, List.of("x")), new ArgumentRanker.Option(y, List.of("y")),
                new ArgumentRanker.Option(null, List.of("none")));
        assertThat(model.choose(options(statement("وقال", null), opts))[1]).isNull();
        for (String w : List.of("عيّن", "وعين", "بتعيين", "تعيينها", "أعفى", "بإعفاء", "أقال", "إقالة", "رشّح", "ترشيح")) {
            Entity[] chosen = model.choose(options(statement(w, null), opts));
            assertThat(chosen[0]).as(w).isEqualTo(x);
            assertThat(chosen[1]).as("the appointee of %s", w).isEqualTo(y);
        }
        // never the actor: with no other party the target stays empty
        List<ArgumentRanker.Option> alone = List.of(new ArgumentRanker.Option(x, List.of("x")), new ArgumentRanker.Option(null, List.of("none")));
        assertThat(model.choose(options(statement("عيّن", null), alone))[1]).isNull();
        // an assault is no appointment
        assertThat(model.choose(options(event(null, null), opts))[1]).isNull();
    }

    @Test
    void aPartyTheRulesCarriedOverFillsOnlyARoleTheModelLeavesEmpty() throws Exception {
        ArgumentRanker model = model("none\t1\t1\t1\t0\t0\t0\t0", "x\t2\t-1\t-1\t0\t0\t0\t0", "outside\t-2\t-2\t-2\t0\t0\t0\t0");
        Entity carried = entity("c"), x = entity("x");
        // the model picks no party for any role: the rules' party from the sentence before fills actor and place
        Event e = new Event("ev1", "ASSAULT", "attack", null, null, new TextSpan("قصف", 0, 3), 0, "c", null, "c", null, null, null,
                null, Modality.ASSERTED, null, 0.5);
        Entity[] chosen = model.choose(options(e, List.of(
                new ArgumentRanker.Option(carried, List.of("outside", "rule=actor")),
                new ArgumentRanker.Option(null, List.of("none")))));
        assertThat(chosen[0]).isEqualTo(carried);
        assertThat(chosen[1]).isNull();
        assertThat(chosen[2]).isEqualTo(carried);
        // a party of the sentence the model picks stands against the carried one
        chosen = model.choose(options(e, List.of(
                new ArgumentRanker.Option(x, List.of("x")),
                new ArgumentRanker.Option(carried, List.of("outside", "rule=actor")),
                new ArgumentRanker.Option(null, List.of("none")))));
        assertThat(chosen[0]).isEqualTo(x);
    }

    @Test
    void agesADateInItsOwnGranularityAgainstThePublicationDay() {
        java.time.LocalDate pub = java.time.LocalDate.of(2018, 5, 20);
        assertThat(ArgumentRanker.age("2018-05-18", pub)).isEqualTo("d:week");
        assertThat(ArgumentRanker.age("2018-04-25", pub)).isEqualTo("d:month");
        assertThat(ArgumentRanker.age("2018-03-01", pub)).isEqualTo("d:quarter");
        assertThat(ArgumentRanker.age("2017-12-31", pub)).isEqualTo("d:older");
        assertThat(ArgumentRanker.age("2018-05-21", pub)).isEqualTo("after");
        assertThat(ArgumentRanker.age("2018-04", pub)).isEqualTo("m:previous");
        assertThat(ArgumentRanker.age("2017-11", pub)).isEqualTo("m:older");
        assertThat(ArgumentRanker.age("2018", pub)).isEqualTo("y:this");
        assertThat(ArgumentRanker.age("2014", pub)).isEqualTo("y:older");
        assertThat(ArgumentRanker.age("2018-W10", pub)).isEqualTo("other");
        assertThat(ArgumentRanker.age("2018-02-30", pub)).isEqualTo("other");
        assertThat(ArgumentRanker.age(null, pub)).isEqualTo("none");
        assertThat(ArgumentRanker.age("2018-05-18", null)).isEqualTo("none");
    }

    @Test
    void pairWeightsLearnWhatNeitherRoleSeesAlone() throws Exception {
        // two parties that look alike, one before the trigger (B1) and one right after it (A1): the annotators take
        // the one before for the actor and the one after for the target; only where they stand tells them apart
        List<ArgumentRanker.Example> roles = new ArrayList<>();
        List<ArgumentRanker.PairExample> pairs = new ArrayList<>();
        Random random = new Random(9);
        for (int i = 0; i < 200; i++) {
            boolean swap = random.nextBoolean();
            Entity before = entity("b"), after = entity("a");
            List<ArgumentRanker.Option> opts = new ArrayList<>(List.of(
                    new ArgumentRanker.Option(before, List.of("cand", "noise=" + random.nextInt(3)), null, "B1"),
                    new ArgumentRanker.Option(after, List.of("cand", "noise=" + random.nextInt(3)), null, "A1"),
                    new ArgumentRanker.Option(null, List.of("none"), null, "N")));
            if (swap) java.util.Collections.swap(opts, 0, 1);
            boolean[] actor = new boolean[3], target = new boolean[3];
            for (int k = 0; k < 3; k++) {
                actor[k] = "B1".equals(opts.get(k).slot());
                target[k] = "A1".equals(opts.get(k).slot());
            }
            pairs.add(new ArgumentRanker.PairExample(options(event(null, null), opts), actor, target));
            roles.add(new ArgumentRanker.Example("actor", opts, actor));
            roles.add(new ArgumentRanker.Example("target", opts, target));
        }
        ArgumentRanker alone = ArgumentRanker.train(roles, 4, 0.05, 0.001);
        ArgumentRanker paired = ArgumentRanker.train(roles, pairs, 4, 0.05, 0.001);
        assertThat(alone.decides("pair")).isFalse();
        assertThat(paired.decides("pair")).isTrue();
        Entity b = entity("b"), a = entity("a");
        var test = options(event(null, null), List.of(
                new ArgumentRanker.Option(a, List.of("cand"), null, "A1"),
                new ArgumentRanker.Option(b, List.of("cand"), null, "B1"),
                new ArgumentRanker.Option(null, List.of("none"), null, "N")));
        Entity[] chosen = paired.choose(test);
        assertThat(chosen[0]).isEqualTo(b);
        assertThat(chosen[1]).isEqualTo(a);
        // and the pair weights survive writing and reading the model
        StringWriter w = new StringWriter();
        paired.write(w, "test model");
        Entity[] read = ArgumentRanker.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8))).choose(test);
        assertThat(read).containsExactly(chosen);
    }

    @Test
    void pairHashesAreTheHashesOfThePairFeatures() {
        Entity x = entity("x");
        List<ArgumentRanker.Option> opts = List.of(new ArgumentRanker.Option(x, List.of("cand"), null, "B1"),
                new ArgumentRanker.Option(null, List.of("none"), null, "N"));
        for (ArgumentRanker.Option a : opts) {
            for (ArgumentRanker.Option t : opts) {
                ArgumentRanker.Feats f = new ArgumentRanker.Feats(true);
                ArgumentRanker.pairFeatures("ASSAULT", "def", a, t, f);
                long[] h = new long[ArgumentRanker.PAIR_FEATURES];
                ArgumentRanker.pairHashes("ASSAULT", "def", a, t, h);
                assertThat(h).containsExactly(f.option(null).features().stream().mapToLong(FeatureTable::hash).toArray());
            }
        }
    }
}
