package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Field;
import org.marsad.model.Geo;
import org.marsad.model.Mention;
import org.marsad.model.Modality;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.model.TextSpan;
import org.marsad.pipeline.Pipeline;

/**
 * Test material for the store: the fixture articles under src/test/resources/store/articles, and
 * hand-coded analyses with linked entities and events (what the NER, linking and event stages produce
 * once merged), so that store behaviour is tested independently of those stages.
 */
public final class Fixtures {
    public static final String ISIS_KB = "Q2429253";
    public static final String MOSUL_KB = "Q83189";

    private Fixtures() {
    }

    /** Copies the fixture articles into {@code dir} and returns it. */
    public static Path articles(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : List.of("mosul-arrests.txt", "mosul-arrests-copy.txt", "mosul-arrests-rewrite.txt", "gaza-talks.txt", "football-final.txt")) {
            try (InputStream in = Fixtures.class.getResourceAsStream("/store/articles/" + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        return dir;
    }

    public static String article(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/store/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** An entity with a mention at every occurrence of each surface form in the text. */
    public static Entity entity(String text, String id, EntityType type, String name, String nameEn, String kb, Geo geo, String... surfaces) {
        List<Mention> mentions = new ArrayList<>();
        for (String s : surfaces) {
            for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) mentions.add(new Mention(s, i, i + s.length(), Field.TEXT));
        }
        return new Entity(id, type, name, nameEn, kb, mentions, geo);
    }

    public static Event event(String text, String id, String plover, String acled, String trigger, String actor, String location, String date) {
        int at = Math.max(0, text.indexOf(trigger));
        return new Event(id, plover, null, acled, null, new TextSpan(trigger, at, at + trigger.length()), 0, actor, null, location, date,
                null, null, 5, Modality.ASSERTED, null, 0.9);
    }

    public static Analysis analysis(String title, String text, String published, String url, List<Entity> entities, List<Event> events) {
        SourceRef source = new SourceRef(null, url, SourceFormat.TEXT);
        Article article = new Article(source, title, text, published, "ar", List.of(), List.of(), text);
        return new Analysis(source, Pipeline.documentId(article), "ar", title, published, text, List.of(), List.of(), List.of(),
                entities, List.of(), events, null);
    }

    /** Two outlets reporting the same arrests in Mosul a day apart, and an unrelated strike in Yemen. */
    public static List<Analysis> eventReports() {
        Geo mosul = new Geo(36.34, 43.13, "IQ", "Nineveh", "city");
        Geo sanaa = new Geo(15.35, 44.21, "YE", "Amanat Al Asimah", "city");
        String t1 = "اعتقلت القوات العراقية خمسة عناصر من داعش في الموصل بعد مداهمة أوكار التنظيم في الجانب الأيمن من المدينة.";
        String t2 = "قالت مصادر أمنية إن قوة عراقية اعتقلت خمسة من مسلحي داعش بمدينة الموصل في عملية مداهمة ليلية.";
        String t3 = "قتل ثلاثة مدنيين في غارة جوية على حي سكني في صنعاء مساء الخميس بحسب مسعفين.";
        List<Analysis> out = new ArrayList<>();
        out.add(analysis("اعتقال خمسة من داعش في الموصل", t1, "2024-03-05", "https://outlet-a.example/1",
                List.of(entity(t1, "T1", EntityType.ORG, "الدولة الإسلامية", "Islamic State", ISIS_KB, null, "داعش"),
                        entity(t1, "T2", EntityType.LOC, "الموصل", "Mosul", MOSUL_KB, mosul, "الموصل"),
                        entity(t1, "T3", EntityType.ORG, "القوات العراقية", null, null, null, "القوات العراقية")),
                List.of(event(t1, "E1", "ARREST", "Strategic developments", "اعتقلت", "T3", "T2", "2024-03-05"))));
        out.add(analysis("قوة عراقية تعتقل مسلحين", t2, "2024-03-06", "https://outlet-b.example/2",
                List.of(entity(t2, "T1", EntityType.ORG, "داعش", null, ISIS_KB, null, "داعش"),
                        entity(t2, "T2", EntityType.LOC, "الموصل", "Mosul", MOSUL_KB, mosul, "الموصل"),
                        entity(t2, "T3", EntityType.ORG, "القوات العراقية", null, null, null, "قوة عراقية")),
                List.of(event(t2, "E1", "ARREST", "Strategic developments", "اعتقلت", "T3", "T2", "2024-03-06"))));
        out.add(analysis("غارة على صنعاء", t3, "2024-03-07", "https://outlet-c.example/3",
                List.of(entity(t3, "T1", EntityType.LOC, "صنعاء", "Sanaa", "Q2471", sanaa, "صنعاء")),
                List.of(event(t3, "E1", "ASSAULT", "Explosions/Remote violence", "غارة", null, "T1", "2024-03-07"))));
        return out;
    }
}
