package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.ContentType;
import org.marsad.model.DocumentMetadata;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;

/** Documents handed to another build: rebuilt as that build's own records, every field kept. */
class OtherBuildTest {
    /** This build's classes again, in a class loader of their own: another build as far as the JVM can tell. */
    private static ClassLoader anotherLoader() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    @Test
    void rebuildsADocumentAsTheOtherBuildsRecordsWithEveryField() throws Exception {
        ClassLoader other = anotherLoader();
        Class<?> theirs = other.loadClass(RawDocument.class.getName());
        assertThat(theirs).isNotSameAs(RawDocument.class);
        byte[] text = "قتل 50 جنديا في البادية".getBytes(StandardCharsets.UTF_8);
        RawDocument mine = new RawDocument(new SourceRef("a-1", null, SourceFormat.JSONL), text, ContentType.PLAIN_TEXT,
                StandardCharsets.UTF_8, new DocumentMetadata("عنوان", "2024-12-20", "https://example.org/a", null, null));
        Object copy = OtherBuild.translate(mine, theirs);
        assertThat(copy.getClass()).isSameAs(theirs);
        // the same record text, field for field (enums by name, nested records rebuilt, strings and bytes shared)
        assertThat(copy.toString().replaceAll("\\[B@\\w+", "bytes")).isEqualTo(mine.toString().replaceAll("\\[B@\\w+", "bytes"));
        Object content = theirs.getMethod("content").invoke(copy);
        assertThat((byte[]) content).isEqualTo(text);
        Object format = theirs.getMethod("contentType").invoke(copy);
        assertThat(format.getClass().getClassLoader()).isSameAs(other);
    }

    @Test
    void refusesAValueThatIsNeitherSharedNorARecordNorAnEnum() {
        assertThatThrownBy(() -> OtherBuild.translate(new StringBuilder("x"), Integer.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot pass");
    }
}
