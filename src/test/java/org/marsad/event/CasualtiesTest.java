package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.model.ArticleText;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.Pipelines;
import org.marsad.time.ArabicDateRecognizer;
import org.marsad.time.WordView;

/** The counts a sentence gives, which the rules' attacks and arrests take, and so do the events the model adds. */
class CasualtiesTest {
    private static final Pipeline PIPELINE = Pipelines.standard().defaultPublished("2018-03-01").build();
    private static final TriggerLexicon LEXICON = TriggerLexicon.load();

    private static Casualties.Counts count(String sentence) throws Exception {
        RawDocument raw = RawDocument.plainText(new SourceRef("t.txt", null, SourceFormat.TEXT), sentence.getBytes(StandardCharsets.UTF_8));
        ArticleText text = PIPELINE.prepare(PIPELINE.toArticle(raw));
        WordView v = new WordView(text.text(), text.tokens(), Cues.CLASSES);
        return Casualties.count(v, 0, v.size(), new ArabicDateRecognizer().recognize(text), LEXICON);
    }

    @Test
    void readsKilledInjuredAndArrestedCountsButNotDatesOrNonPeople() throws Exception {
        assertThat(count("أسفر القصف عن مقتل ثلاثة أشخاص وإصابة خمسة عشر آخرين.")).isEqualTo(new Casualties.Counts(3, 15, null));
        assertThat(count("قتل عدة أشخاص في الهجوم.").killed()).isEqualTo(3);
        assertThat(count("وقالت مصادر طبية إن 25 مدنيا على الأقل قتلوا وأصيب العشرات.")).isEqualTo(new Casualties.Counts(25, 12, null));
        assertThat(count("اعتقلت الشرطة خمسة متهمين يوم 12 مارس.")).isEqualTo(new Casualties.Counts(null, null, 5));
        assertThat(count("دمرت الغارة 7 منازل في القرية.")).isEqualTo(new Casualties.Counts(null, null, null));
        assertThat(count("وقال الوزير إن الحكومة ستدرس الأمر.")).isEqualTo(new Casualties.Counts(null, null, null));
    }
}
