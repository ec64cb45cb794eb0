package org.marsad.cli;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.model.RawDocument;

/**
 * Another build of Marsad (its jar, with the {@code lib/} folder of dependencies beside it) loaded in a class loader of
 * its own, so that a benchmark can run it in the same JVM and the same minutes as this build: on a shared host whose
 * speed drifts by tens of per cent within minutes, only runs that alternate closely compare two builds. The other
 * build's standard pipeline analyses documents rebuilt as its own records (same shapes, its classes).
 */
final class OtherBuild {
    private final Object pipeline;
    private final Method analyze, events;
    private final Class<?> rawDocument;

    OtherBuild(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) throw new IOException("no such build: " + jar);
        List<URL> urls = new ArrayList<>();
        urls.add(jar.toUri().toURL());
        Path lib = jar.toAbsolutePath().getParent().resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> s = Files.list(lib)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) urls.add(p.toUri().toURL());
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        try {
            Object builder = loader.loadClass("org.marsad.pipeline.Pipelines").getMethod("standard").invoke(null);
            pipeline = builder.getClass().getMethod("build").invoke(builder);
            rawDocument = loader.loadClass(RawDocument.class.getName());
            analyze = pipeline.getClass().getMethod("analyze", rawDocument);
            events = loader.loadClass("org.marsad.model.Analysis").getMethod("events");
        } catch (ReflectiveOperationException e) {
            throw new IOException("not a Marsad build with Pipelines.standard(): " + jar, e);
        }
    }

    /** The other build's own copy of a document (rebuilt once, before timing). */
    Object document(RawDocument d) {
        return translate(d, rawDocument);
    }

    /** Analyses a document from {@link #document} with the other build; returns its number of events. */
    int analyze(Object document) {
        try {
            return ((List<?>) events.invoke(analyze.invoke(pipeline, document))).size();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the other build failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value of this build's model as the other build's class {@code to}: records field by field, enums by name. */
    static Object translate(Object value, Class<?> to) {
        if (value == null || to.isInstance(value)) return value; // String, byte[], Charset: shared by both loaders
        if (to.isEnum()) return enumValue(to, ((Enum<?>) value).name());
        if (!to.isRecord() || !value.getClass().isRecord()) {
            throw new IllegalArgumentException("cannot pass " + value.getClass().getName() + " to the other build");
        }
        try {
            RecordComponent[] mine = value.getClass().getRecordComponents(), theirs = to.getRecordComponents();
            if (mine.length != theirs.length) throw new IllegalArgumentException("the other build's " + to.getName() + " differs");
            Object[] args = new Object[theirs.length];
            Class<?>[] types = new Class<?>[theirs.length];
            for (int k = 0; k < theirs.length; k++) {
                types[k] = theirs[k].getType();
                args[k] = translate(mine[k].getAccessor().invoke(value), types[k]);
            }
            Constructor<?> c = to.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot rebuild " + to.getName() + " for the other build", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }
}
