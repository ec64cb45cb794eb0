package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.ArticleText;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.NamedMention;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;

/** A small training run on a hand-written fixture, then exact tags, spans and a save/load round trip. */
class NerTrainingFixtureTest {
    private static List<ConllCorpus.Sentence> fixture;
    private static NerModel model;
    private static NerModel twoPass;

    @BeforeAll
    static void train() throws IOException {
        fixture = ConllCorpus.read(Path.of("src/test/resources/org/marsad/ner/tiny-train.conll"));
        Gazetteer gazetteer = Gazetteer.empty();
        gazetteer.add("القاهرة", Labels.TYPES.indexOf("LOC"));
        gazetteer.add("سوريا", Labels.TYPES.indexOf("LOC"));
        gazetteer.add("لبنان", Labels.TYPES.indexOf("LOC"));
        EnumSet<FeatureGroup> groups = EnumSet.allOf(FeatureGroup.class);
        groups.remove(FeatureGroup.CLUSTER); // the fixture has no news to learn clusters or embeddings from
        groups.remove(FeatureGroup.EMBED);
        twoPass = NerTraining.train(fixture, gazetteer, WordClusters.empty(), groups, 10, Map.of("name", "fixture"), x -> { });
        groups.remove(FeatureGroup.DOCUMENT);
        model = NerTraining.train(fixture, gazetteer, WordClusters.empty(), groups, 10, Map.of("name", "fixture"), x -> { });
    }

    @Test
    void fixtureIsReadAsSentencesWithTags() {
        assertThat(fixture).hasSize(8);
        assertThat(fixture.get(0).tokens()).startsWith("قال", "الرئيس", "سمير");
        assertThat(fixture.get(0).tags()).startsWith("O", "O", "B-PERS", "I-PERS");
    }

    @Test
    void reproducesTheTrainingTags() {
        for (ConllCorpus.Sentence s : fixture) {
            assertThat(model.tag(s.tokens().toArray(String[]::new))).containsExactlyElementsOf(s.tags());
        }
    }

    @Test
    void twoPassModelReproducesTheTrainingTagsOfTheDocument() {
        List<String[]> tokens = fixture.stream().map(s -> s.tokens().toArray(String[]::new)).toList();
        List<String[]> tags = twoPass.tag(tokens, NerTraining.CORPUS_WINDOW);
        for (int i = 0; i < fixture.size(); i++) assertThat(tags.get(i)).containsExactlyElementsOf(fixture.get(i).tags());
    }

    @Test
    void mentionsStartAfterGluedConjunctionsAndPrepositionsOfListedNames() {
        String text = "وسوريا لسوريا ولبنان لبنان واشنطن بالقاهرة وبسوريا";
        List<org.marsad.model.Token> tokens = new org.marsad.text.Tokenizer().tokenize(text);
        assertThat(tokens).extracting(t -> text.substring(TaggerEntityRecognizer.nameStart(model, text, t), t.end()))
                .containsExactly("سوريا", "سوريا", "لبنان", "لبنان", "واشنطن", "القاهرة", "سوريا");
    }

    @Test
    void emptyArticlesHaveNoNames() {
        for (String text : new String[] {"", " . ، ", "123"}) {
            Article article = new Article(new SourceRef(null, null, SourceFormat.TEXT), null, text, null, "ar", List.of(), List.of(), text);
            assertThat(new TaggerEntityRecognizer(model).recognize(Pipeline.builder().build().prepare(article))).isEmpty();
        }
    }

    @Test
    void savedModelTagsAlike() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        twoPass.write(bytes);
        NerModel loaded = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()), "fixture");
        assertThat(loaded.manifest()).containsEntry("name", "fixture");
        assertThat(loaded.groups()).isEqualTo(twoPass.groups());
        assertThat(loaded.featureCount()).isEqualTo(twoPass.featureCount());
        List<String[]> tokens = fixture.stream().map(s -> s.tokens().toArray(String[]::new)).toList();
        List<String[]> a = loaded.tag(tokens, NerTraining.CORPUS_WINDOW), b = twoPass.tag(tokens, NerTraining.CORPUS_WINDOW);
        for (int i = 0; i < a.size(); i++) assertThat(a.get(i)).containsExactly(b.get(i));
    }

    @Test
    void recognizerGivesExactSpansInTitleAndText() {
        String title = "سمير خليل في بيروت";
        String text = "قال الرئيس سمير خليل في بيروت إن الحكومة مستعدة. وأكد الرئيس كريم ناصر في القاهرة دعم الأمم المتحدة.";
        Article article = new Article(new SourceRef(null, null, SourceFormat.TEXT), title, text, null, "ar", List.of(), List.of(), text);
        ArticleText at = Pipeline.builder().build().prepare(article);
        List<NamedMention> names = new TaggerEntityRecognizer(model).recognize(at);
        assertThat(names).extracting(n -> n.mention().in() + ":" + n.type() + ":" + n.mention().text() + "@" + n.mention().start() + "-" + n.mention().end())
                .containsExactly(
                        "TITLE:PER:سمير خليل@0-9",
                        "TITLE:LOC:بيروت@13-18",
                        "TEXT:PER:سمير خليل@11-20",
                        "TEXT:LOC:بيروت@24-29",
                        "TEXT:PER:كريم ناصر@61-70",
                        "TEXT:LOC:القاهرة@74-81",
                        "TEXT:ORG:الأمم المتحدة@86-99");
        for (NamedMention n : names) {
            String source = n.mention().in() == Field.TITLE ? title : text;
            assertThat(source.substring(n.mention().start(), n.mention().end())).isEqualTo(n.mention().text());
            assertThat(n.confidence()).isBetween(0.0, 1.0);
        }
        assertThat(names).extracting(NamedMention::type).doesNotContain(EntityType.MISC);
    }
}
