package org.marsad.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The model committed with the project, loaded once on first use. */
public final class ShippedModel {
    public static final String RESOURCE = "/org/marsad/ner/anercorp-ner.model.gz";
    /** Where {@code train ner} writes by default, relative to the repository root. */
    public static final String SOURCE_PATH = "src/main/resources/org/marsad/ner/anercorp-ner.model.gz";

    private ShippedModel() {
    }

    public static boolean available() {
        return ShippedModel.class.getResource(RESOURCE) != null;
    }

    /** The shipped model; the first call loads it (about a second), later calls return the same instance. */
    public static NerModel get() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final NerModel MODEL = load();

        private static NerModel load() {
            try (InputStream in = ShippedModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("the NER model " + RESOURCE + " is not on the classpath: run './marsad train ner'");
                return NerModel.read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
