package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.cli.EvalEventsOracle;
import org.marsad.model.ArticleText;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.time.WordView;

/** The noun phrase right after a trigger that the argument model may take for a party, on real-style sentences. */
class PhrasePartiesTest {
    /** The phrase after the first occurrence of {@code trigger} in the text, as text, or null. */
    private static String after(String text, String trigger, Object... names) {
        ArticleText t = GroupPartiesTest.prepare(text);
        List<Entity> entities = EvalEventsOracle.entities(t, referents(names));
        WordView v = new WordView(t.text(), t.tokens(), Cues.CLASSES);
        MentionIndex mentions = new MentionIndex(v, GroupParties.find(v, entities));
        int at = v.indexAt(text.indexOf(trigger) + trigger.length());
        int[] span = PhraseParties.after(v, at, v.size(), mentions.in(0, v.size()));
        if (span == null) return null;
        Entity e = PhraseParties.entity(v, span[0], span[1], 1);
        assertThat(PhraseParties.is(e)).isTrue();
        assertThat(text.substring(e.mentions().get(0).start(), e.mentions().get(0).end())).isEqualTo(e.name());
        return e.name();
    }

    /** The fronted subject phrase before the first occurrence of {@code trigger}, as text, or null. */
    private static String before(String text, String trigger, Object... names) {
        ArticleText t = GroupPartiesTest.prepare(text);
        WordView v = new WordView(t.text(), t.tokens(), Cues.CLASSES);
        MentionIndex mentions = new MentionIndex(v, GroupParties.find(v, EvalEventsOracle.entities(t, referents(names))));
        int[] span = PhraseParties.before(v, v.indexAt(text.indexOf(trigger)), 0, mentions.in(0, v.size()));
        return span == null ? null : PhraseParties.entity(v, span[0], span[1], 1).name();
    }

    private static List<EvalEventsOracle.Referent> referents(Object... names) {
        List<EvalEventsOracle.Referent> referents = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i += 2) {
            referents.add(new EvalEventsOracle.Referent((String) names[i], (EntityType) names[i + 1], List.of((String) names[i]), null));
        }
        return referents;
    }

    /** The argument model's options for an event whose trigger is the first {@code trigger} of a one-sentence text: slot → name. */
    private static java.util.Map<String, String> options(String text, String trigger, Object... names) {
        ArticleText t = GroupPartiesTest.prepare(text);
        WordView v = new WordView(t.text(), t.tokens(), Cues.CLASSES);
        List<Entity> entities = GroupParties.find(v, EvalEventsOracle.entities(t, referents(names)));
        MentionIndex mentions = new MentionIndex(v, entities);
        int at = text.indexOf(trigger);
        org.marsad.model.Event e = new org.marsad.model.Event("ev1", "REQUEST", "request", null, null,
                new org.marsad.model.TextSpan(trigger, at, at + trigger.length()), 0, null, null, null, null, null, null, null,
                org.marsad.model.Modality.ASSERTED, null, 0.5);
        java.util.Map<String, Entity> byId = new java.util.HashMap<>();
        for (Entity x : entities) byId.put(x.id(), x);
        ArgumentRanker.Options o = ArgumentRanker.options(v, mentions, List.of(new org.marsad.model.Sentence(0, text.length())),
                List.of(e), byId, List.of(), null, true).get(0);
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (ArgumentRanker.Option x : o.options()) out.put(x.slot(), x.entity() == null ? null : x.entity().name());
        return out;
    }

    @Test
    void aNounWithItsAdjectivesOrItsComplement() {
        assertThat(after("وأيدت المنظمات الفلسطينية القرار بالإجماع.", "وأيدت")).isEqualTo("المنظمات الفلسطينية");
        assertThat(after("ودعت تيريزا ماي في بروكسل إلى دعوة قادة الاتحاد إلى الوحدة.", "دعوة")).isEqualTo("قادة الاتحاد");
        assertThat(after("وقررت السلطات مصادرة الكنائس في المدينة.", "مصادرة")).isEqualTo("الكنائس");
        // a title's adjective that is also a time word (العام: the year) goes on the title
        assertThat(after("وحذر الأمين العام للأمم المتحدة من تصعيد جديد.", "وحذر", "الأمم المتحدة", EntityType.ORG)).isEqualTo("الأمين العام");
    }

    @Test
    void aCountWithTheNounCounted() {
        assertThat(after("وقتل المسلحون أربعة رجال قرب الحدود.", "المسلحون")).isEqualTo("أربعة رجال");
        assertThat(after("ودمرت الغارة أكثر من 50 منزلا في القرية.", "الغارة")).isEqualTo("أكثر من 50 منزلا");
        // people counted are a group already (50 شخصا): that party stands, no phrase is added
        assertThat(after("وأصابت الغارة أكثر من 50 شخصا في السوق.", "الغارة")).isNull();
        // a figure alone names no one; a vague count in words does (اعتقال العشرات)
        assertThat(after("وقتل 5 في الهجوم.", "وقتل")).isNull();
        assertThat(after("وشنت الشرطة حملة اعتقال طالت العشرات في المدينة.", "طالت")).isEqualTo("العشرات");
    }

    @Test
    void theFrontedSubjectBeforeAVerb() {
        assertThat(before("أما الصحف العربية فقد أشادت بأداء الفريقين.", "أشادت")).isEqualTo("الصحف العربية");
        assertThat(before("وقال الوزير إن المجموعة تتعهد بمراقبة الطموحات النووية.", "تتعهد")).isEqualTo("المجموعة");
        // a named party, or a word that is no definite noun, stands there: no phrase
        assertThat(before("وقال إن روسيا أعلنت الحرب.", "أعلنت", "روسيا", EntityType.LOC)).isNull();
        assertThat(before("وفي بيان صدر أمس قالت إن الوضع خطير.", "قالت")).isNull();
    }

    @Test
    void theArgumentOptionsHoldTheObjectAfterTheSubjectAndThePhraseAfterAPreposition() {
        // after a verb and its subject, the phrase that follows (VSO: the object)
        assertThat(options("وطالب الحكيم دول المنطقة بتجاوز الخلافات.", "وطالب", "الحكيم", EntityType.PER))
                .containsEntry("A1", "الحكيم").containsEntry("R", "دول المنطقة");
        // a phrase after a party preposition right after the trigger
        assertThat(options("وتقدم المحامي بشكوى ضد الشركات الأمريكية أمام المحكمة.", "بشكوى"))
                .containsEntry("U", "الشركات الأمريكية").doesNotContainKey("Q");
        // and the fronted subject before a verb
        assertThat(options("أما الصحف العربية فقد أشادت بأداء الفريقين.", "أشادت")).containsEntry("S", "الصحف العربية");
        // a definite noun as trigger (a masdar) has no subject and object around it
        assertThat(options("وأدان البيان القصف الذي طال المدنيين في المدينة.", "القصف")).doesNotContainKeys("R", "S");
    }

    @Test
    void noPhraseBeforeAPrepositionOrANamedParty() {
        assertThat(after("وقال في بيان إن الهجوم فشل.", "وقال")).isNull();
        // a date after the trigger names no party (هدد الأسبوع الماضي: when, not whom)
        assertThat(after("وكان الاتحاد قد هدد الأسبوع الماضي بإضراب عام.", "هدد")).isNull();
        assertThat(after("وقتل الشهر الجاري ثلاثة جنود.", "وقتل")).isNull();
        // a bare noun in construct with a name: the named party stands for it
        assertThat(after("وانتقدت كتلة الجبهة الشعبية مشروع القانون.", "وانتقدت", "الجبهة الشعبية", EntityType.ORG)).isNull();
        assertThat(after("ومن جهته، دعا رئيس حركة النهضة راشد الغنوشي الحكومة إلى فتح حوار.", "دعا", "حركة النهضة", EntityType.ORG,
                "راشد الغنوشي", EntityType.PER)).isNull();
        assertThat(after("واتهم روسيا بعرقلة التحقيق.", "واتهم", "روسيا", EntityType.LOC)).isNull();
    }
}
