package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The model file checks its magic, format version and tag set on load, with a clear message. */
class NerModelFormatTest {
    private static byte[] header(String magic, int version) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeUTF(magic);
            out.writeInt(version);
            out.writeInt(0);
        }
        return bytes.toByteArray();
    }

    @Test
    void rejectsAnotherFormatVersionSayingHowToFixIt() throws IOException {
        byte[] file = header(NerModel.MAGIC, NerModel.FORMAT_VERSION + 1);
        assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(file), "old.model.gz"))
                .isInstanceOf(NerModel.ModelFormatException.class)
                .hasMessageContaining("old.model.gz")
                .hasMessageContaining("format version " + (NerModel.FORMAT_VERSION + 1))
                .hasMessageContaining("train ner");
    }

    @Test
    void rejectsOtherFiles() throws IOException {
        byte[] wrongMagic = header("SOMETHING-ELSE", 1);
        assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(wrongMagic), "x"))
                .isInstanceOf(NerModel.ModelFormatException.class).hasMessageContaining("not a Marsad NER model");
        byte[] notGzip = "فرانكفورت B-LOC\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(notGzip), "y"))
                .isInstanceOf(NerModel.ModelFormatException.class).hasMessageContaining("not a Marsad NER model");
    }

    @Test
    void shippedModelLoadsWithItsManifest() {
        assertThat(ShippedModel.available()).as("the shipped model is on the classpath").isTrue();
        NerModel m = ShippedModel.get();
        assertThat(m.manifest()).containsKeys("name", "training-data", "command", "seed", "epochs");
        assertThat(m.manifest().get("command")).startsWith("./marsad train ner");
        assertThat(m.groups()).isEqualTo(NerTraining.defaultGroups());
        assertThat(m.tag(new String[] {"قال", "الرئيس", "الأمريكي", "جورج", "بوش", "في", "واشنطن"}))
                .endsWith("B-LOC");
    }

    @Test
    void shippedModelKeepsTheFirstLetterOfAWordItKnowsWhole() {
        // رانس is a listed name, but فرانس (برس) is a word of its own; وسوريا still loses its conjunction
        NerModel m = ShippedModel.get();
        String text = "فرانس وسوريا";
        java.util.List<org.marsad.model.Token> tokens = new org.marsad.text.Tokenizer().tokenize(text);
        assertThat(tokens).extracting(t -> text.substring(TaggerEntityRecognizer.nameStart(m, text, t), t.end()))
                .containsExactly("فرانس", "سوريا");
    }
}
