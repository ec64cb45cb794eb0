package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The word-form cache ({@link WordTable}) changes nothing: labels and confidences (hence emissions) of the
 * cached tagging path equal, bit for bit, those of a from-scratch extraction summed per slot, cold and warm.
 */
class WordTableTest {
    private static final String[][] TEXT = {
        {"قال", "الرئيس", "العراقي", "برهم", "صالح", "في", "بغداد", "إن", "الحكومة", "ستعقد", "اجتماعا", "مع", "الأمم", "المتحدة"},
        {"وصل", "صالح", "إلى", "القاهرة", "والتقى", "وزير", "الخارجية", "المصري", "سامح", "شكري", "."},
        {"وأعلنت", "وزارة", "الدفاع", "التركية", "أن", "قواتها", "قصفت", "مواقع", "لحزب", "العمال", "الكردستاني", "شمال", "العراق"},
        {"بالعراق", "والعراق", "للعراق", "Reuters", "2024", "١٢", "ابن", "سلمان", "،", "صالح", "صالح"},
        {},
    };

    @Test
    void fixtureModelTagsAsFromScratch() throws IOException {
        var fixture = ConllCorpus.read(Path.of("src/test/resources/org/marsad/ner/tiny-train.conll"));
        Gazetteer gazetteer = Gazetteer.empty();
        gazetteer.add("القاهرة", Labels.TYPES.indexOf("LOC"));
        gazetteer.add("الأمم المتحدة", Labels.TYPES.indexOf("ORG"));
        EnumSet<FeatureGroup> groups = EnumSet.allOf(FeatureGroup.class);
        groups.remove(FeatureGroup.CLUSTER);
        groups.remove(FeatureGroup.EMBED);
        NerModel m = NerTraining.train(fixture, gazetteer, WordClusters.empty(), groups, 5, Map.of("name", "fixture"), x -> { });
        List<String[]> doc = new ArrayList<>(List.of(TEXT));
        for (var s : fixture) doc.add(s.tokens().toArray(String[]::new));
        assertSameAsFromScratch(m, doc);
    }

    @Test
    void shippedModelTagsAsFromScratch() {
        Assumptions.assumeTrue(ShippedModel.available(), "shipped NER model absent: skipping");
        assertSameAsFromScratch(ShippedModel.get(), List.of(TEXT));
    }

    private static void assertSameAsFromScratch(NerModel m, List<String[]> doc) {
        List<double[]> expectedConf = new ArrayList<>();
        List<int[]> expected = fromScratch(m, doc, expectedConf);
        for (int round = 0; round < 2; round++) { // cold, then warm cache
            List<double[]> conf = new ArrayList<>();
            List<int[]> labels = m.decodeDocument(doc, conf, NerModel.WHOLE_DOCUMENT);
            for (int k = 0; k < doc.size(); k++) {
                assertThat(labels.get(k)).as("labels of sentence %d", k).containsExactly(expected.get(k));
                assertThat(conf.get(k)).as("confidence of sentence %d", k).containsExactly(expectedConf.get(k));
            }
        }
    }

    /** Both passes and propagation as training and evaluation do them: every key looked up in its pass, in slot order. */
    private static List<int[]> fromScratch(NerModel m, List<String[]> doc, List<double[]> confidence) {
        Features f = m.features();
        List<int[]> labels = new ArrayList<>();
        for (String[] s : doc) {
            double[] c = new double[s.length];
            labels.add(s.length == 0 ? new int[0] : m.firstPass().decode(f.extract(s, s.length), s.length, c));
            if (m.secondPass() == null) confidence.add(c);
        }
        if (m.secondPass() != null) {
            List<int[]> bits = DocumentContext.bits(doc, labels, NerModel.WHOLE_DOCUMENT);
            List<int[]> out = new ArrayList<>();
            for (int k = 0; k < doc.size(); k++) {
                String[] s = doc.get(k);
                double[] c = new double[s.length];
                out.add(s.length == 0 ? new int[0] : m.secondPass().decode(f.extract(s, s.length, bits.get(k)), s.length, c));
                confidence.add(c);
            }
            labels = out;
        }
        NamePropagation.apply(doc, DocumentContext.coreHashes(doc), labels, NerModel.WHOLE_DOCUMENT);
        return labels;
    }
}
