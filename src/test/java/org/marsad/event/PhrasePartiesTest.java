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
        List<EvalEventsOracle.Referent> referents = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i += 2) {
            referents.add(new EvalEventsOracle.Referent((String) names[i], (EntityType) names[i + 1], List.of((String) names[i]), null));
        }
        List<Entity> entities = EvalEventsOracle.entities(t, referents);
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
        // a count alone names no one
        assertThat(after("وقتل 5 في الهجوم.", "وقتل")).isNull();
    }

    @Test
    void noPhraseBeforeAPrepositionOrANamedParty() {
        assertThat(after("وقال في بيان إن الهجوم فشل.", "وقال")).isNull();
        assertThat(after("واتهم روسيا بعرقلة التحقيق.", "واتهم", "روسيا", EntityType.LOC)).isNull();
    }
}
