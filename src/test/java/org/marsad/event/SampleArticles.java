package org.marsad.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Analysis;
import org.marsad.model.ArticleText;
import org.marsad.model.RawDocument;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.time.WordView;

/** The bundled sample articles, prepared and coded by the rules alone, with the word view the event models read. */
final class SampleArticles {
    record Prepared(ArticleText text, Analysis analysis, WordView view) {
    }

    private SampleArticles() {
    }

    static List<Prepared> all() throws IOException, org.marsad.ingest.InputException {
        var pipeline = org.marsad.pipeline.Pipelines.standard().defaultPublished("2024-03-05").events(RuleEventCoder.rulesOnly()).build();
        List<Prepared> out = new ArrayList<>();
        try (var files = Files.list(Path.of("samples/articles"))) {
            for (Path path : files.sorted().toList()) {
                var raw = RawDocument.plainText(new SourceRef(path.toString(), null, SourceFormat.TEXT), Files.readAllBytes(path));
                var article = pipeline.toArticle(raw);
                var text = pipeline.prepare(article);
                out.add(new Prepared(text, pipeline.analyze(article), new WordView(text.text(), text.tokens(), Cues.CLASSES)));
            }
        }
        return out;
    }
}
