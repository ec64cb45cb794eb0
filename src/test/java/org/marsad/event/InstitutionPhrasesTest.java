package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.ArticleText;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Mention;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;
import org.marsad.time.WordView;

/** Institutions named by a descriptive phrase, on real-style news sentences; spans are exact. */
class InstitutionPhrasesTest {
    private static final Pipeline PIPELINE = Pipeline.builder().build();

    private static List<Entity> find(String text, List<Entity> given) {
        Article a = new Article(new SourceRef(null, null, SourceFormat.TEXT), null, text, "2018-05-15", "ar", List.of(), List.of(), text);
        ArticleText t = PIPELINE.prepare(a);
        List<Entity> out = InstitutionPhrases.find(new WordView(t.text(), t.tokens(), Cues.CLASSES), given);
        for (Entity e : out) {
            for (Mention m : e.mentions()) assertThat(t.text().substring(m.start(), m.end())).isEqualTo(m.text());
        }
        return out;
    }

    @Test
    void aHeadNounWithDefiniteWordsOrANationalityIsOneInstitution() {
        List<Entity> out = find("وطالبت هيئة الانتخابات المستقلة اليوم بإعادة الفرز، وقالت وزارة الخارجية الفلبينية إن "
                + "المخابرات التركية اعتقلت مواطنا. وأكدت هيئة الانتخابات المستقلة النتائج.", List.of());
        assertThat(out).extracting(Entity::name).containsExactly("هيئة الانتخابات المستقلة", "وزارة الخارجية الفلبينية", "المخابرات التركية");
        assertThat(out.get(0).mentions()).hasSize(2); // the same phrase again is the same institution, without the time word
        assertThat(out.get(0).kb()).isEqualTo("phrase:هيئه الانتخابات المستقله");
        assertThat(out).allSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void cliticsStayOutOfTheSpanAndABareHeadOrANamedComplementIsNoInstitution() {
        List<Entity> out = find("ونقلت وكالة الأنباء الرسمية عن والمخابرات المصرية قولها إن الوزارة وحركة حماس لم تعلقا.",
                List.of(new Entity("e1", EntityType.ORG, "حماس", null, null, List.of(new Mention("حماس", 73, 77, Field.TEXT)), null)));
        assertThat(out).extracting(Entity::name).containsExactly("وكالة الأنباء الرسمية", "المخابرات المصرية");
    }
}
