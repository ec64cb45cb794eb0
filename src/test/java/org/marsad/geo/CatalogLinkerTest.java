package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.ArticleText;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Mention;
import org.marsad.model.NamedMention;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;

class CatalogLinkerTest {
    private static final CatalogLinker LINKER = new CatalogLinker(Catalog.builtIn());
    private static final Pipeline PREP = Pipeline.builder().build();

    private static ArticleText prepare(String text) {
        return PREP.prepare(new Article(new SourceRef(null, null, SourceFormat.TEXT), null, text, null, "ar", List.of(), List.of(), text));
    }

    private static List<Entity> link(String text, NamedMention... names) {
        return LINKER.link(prepare(text), List.of(names));
    }

    private static Optional<Entity> byEn(List<Entity> es, String nameEn) {
        return es.stream().filter(e -> nameEn.equals(e.nameEn())).findFirst();
    }

    @Test
    void stripsAttachedClitics_withExactOffsets() {
        String text = "قصفت الطائرات مواقع بالموصل ووداعش وصلت لتنظيم داعش في العراق.";
        List<Entity> es = link(text);
        Entity mosul = byEn(es, "Mosul").orElseThrow();
        Mention m = mosul.mentions().get(0);
        assertThat(m.text()).isEqualTo("الموصل");
        assertThat(text.substring(m.start(), m.end())).isEqualTo("الموصل");
        assertThat(m.start()).isEqualTo(text.indexOf("بالموصل") + 1);
        Entity isis = byEn(es, "Islamic State (ISIS)").orElseThrow();
        assertThat(isis.kb()).isEqualTo("Q2429253");
        assertThat(isis.mentions()).extracting(Mention::text).containsExactly("داعش", "تنظيم داعش");
        assertThat(mosul.geo().country()).isEqualTo("IQ");
    }

    @Test
    void fusedLamArticle_mentionStartsAtTheSecondLam() {
        String text = "وصل الوزير للعراق أمس.";
        Entity iraq = byEn(link(text), "Iraq").orElseThrow();
        assertThat(iraq.mentions().get(0).text()).isEqualTo("لعراق");
    }

    @Test
    void abbreviationsAndLatinFormsJoinOneEntity() {
        List<Entity> es = link("قالت قوات سوريا الديمقراطية (قسد) إن مقاتلي ISIS فروا. وأكدت قسد أن داعش خسر.");
        assertThat(byEn(es, "Syrian Democratic Forces (SDF)").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("قوات سوريا الديمقراطية", "قسد", "قسد");
        assertThat(byEn(es, "Islamic State (ISIS)").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("ISIS", "داعش");
    }

    @Test
    void maghrebActorsAndCountryBoundNames() {
        List<Entity> tn = link("هدد الاتحاد العام التونسي للشغل بإضراب عام في تونس. وأوقفت وحدات الحرس الوطني بصفاقس شخصين.");
        assertThat(byEn(tn, "Tunisian General Labour Union (UGTT)")).isPresent();
        // the bare name is Tunisia's guard only in an article about Tunisia
        assertThat(byEn(tn, "National Guard (Tunisia)")).isPresent();
        assertThat(byEn(link("وقال الحرس الوطني في بيان إن دورياته انتشرت في ولاية تكساس الأمريكية."), "National Guard (Tunisia)")).isEmpty();
        // a town whose name is also a word (مساكن: dwellings) after the Tunisian district word معتمدية
        List<Entity> msaken = link("احتج الأهالي أمام مقر معتمدية مساكن من ولاية سوسة.");
        assertThat(byEn(msaken, "Msaken").orElseThrow().mentions()).extracting(Mention::text).containsExactly("مساكن");
        assertThat(byEn(link("وتضررت مساكن المواطنين في القرية."), "Msaken")).isEmpty();
        // Tunisia's foreign ministry by its own name; السلط in a Tunisian article are the authorities, not Salt in Jordan
        assertThat(byEn(link("وأدانت وزارة الشؤون الخارجية التونسية الهجوم. وقالت وزارة الشؤون الخارجية إن تونس تتضامن."),
                "Ministry of Foreign Affairs of Tunisia").orElseThrow().mentions()).hasSize(2);
        assertThat(byEn(link("وطالب المحتجون في صفاقس التونسية السلط الجهوية بالتدخل."), "Salt")).isEmpty();
        assertThat(byEn(link("ووصل الوفد إلى مدينة السلط الأردنية."), "Salt")).isPresent();
        // مالي after a noun of money is the adjective "financial"
        assertThat(byEn(link("وتم حجز مخدرات ومبلغ مالي في سوسة."), "Mali")).isEmpty();
        assertThat(byEn(link("وقتل جنديان فرنسيان في شمال مالي."), "Mali")).isPresent();
    }

    @Test
    void nominalGroupMentionRefersToTheGroupNamedBefore() {
        List<Entity> es = link("أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم. وقال التنظيم المتطرف في بيان إن عناصره نفذوا العملية.");
        assertThat(byEn(es, "Islamic State (ISIS)").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("تنظيم الدولة الإسلامية", "التنظيم المتطرف");
    }

    @Test
    void nominalGroupMentionWithoutAntecedentIsNoEntity() {
        List<Entity> es = link("قال التنظيم في بيان إن الاجتماع تأجل.");
        assertThat(es).isEmpty();
    }

    @Test
    void titledNominalRefersToThePersonOfThatCountryAndPost() {
        List<Entity> es = link("التقى وزير الخارجية الإيراني عباس عراقجي نظيره التركي هاكان فيدان. وقال الوزير الإيراني إن المحادثات مثمرة.");
        assertThat(byEn(es, "Abbas Araghchi").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("عباس عراقجي", "الوزير الإيراني");
    }

    @Test
    void aTitleBeforeAnotherPostIsNotThisPersonsTitle() {
        List<Entity> es = link("شاهد الرئيس التركي والمستشارة الألمانية أنغيلا ميركل المباراة. ثم غادر الرئيس التركي الملعب.");
        assertThat(byEn(es, "Angela Merkel").orElseThrow().mentions()).extracting(Mention::text).containsExactly("أنغيلا ميركل");
    }

    @Test
    void titledConstructNominalsToo() {
        List<Entity> es = link("قال رئيس الوزراء العراقي حيدر العبادي إن المعركة انتهت. وأضاف رئيس الوزراء العراقي أن الانتخابات في موعدها.");
        assertThat(byEn(es, "Haider al-Abadi").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("حيدر العبادي", "رئيس الوزراء العراقي");
    }

    @Test
    void titleWrittenBeforeAnUnknownNameResolvesTheNominal() {
        String text = "اتصل وزير الخارجية النرويجي يوناس ستوره بنظيره. وأكد الوزير النرويجي دعم بلاده.";
        int s = text.indexOf("يوناس ستوره");
        NamedMention per = new NamedMention(new Mention("يوناس ستوره", s, s + 11, Field.TEXT), EntityType.PER, 0.9);
        List<Entity> es = link(text, per);
        Entity p = es.stream().filter(e -> e.name().equals("يوناس ستوره")).findFirst().orElseThrow();
        assertThat(p.kb()).isNull();
        assertThat(p.nameEn()).isNull();
        // النرويجي is not in the nisba table: no invented link
        assertThat(p.mentions()).hasSize(1);
    }

    @Test
    void unknownNamesKeepTextAndTypeWithoutId_andLastNameJoinsTheFullName() {
        String text = "قال المحلل كريم الزهيري إن الوضع صعب. وأضاف الزهيري أن الحل سياسي.";
        int a = text.indexOf("كريم الزهيري"), b = text.lastIndexOf("الزهيري");
        List<Entity> es = link(text,
                new NamedMention(new Mention("كريم الزهيري", a, a + 12, Field.TEXT), EntityType.PER, 0.9),
                new NamedMention(new Mention("الزهيري", b, b + 7, Field.TEXT), EntityType.PER, 0.9));
        assertThat(es).hasSize(1);
        Entity e = es.get(0);
        assertThat(e.type()).isEqualTo(EntityType.PER);
        assertThat(e.name()).isEqualTo("كريم الزهيري");
        assertThat(e.kb()).isNull();
        assertThat(e.geo()).isNull();
        assertThat(e.mentions()).hasSize(2);
    }

    @Test
    void adjectiveAndOrganisationNamesAreNotPlaces() {
        List<Entity> es = link("ذكرت وكالة الأنباء السعودية أن الحكومة السعودية رحبت بتقرير مركز البحرين لحقوق الإنسان.");
        assertThat(es).noneMatch(e -> e.type() == EntityType.LOC);
        assertThat(link("قتل 13 روسياً في الهجوم.")).isEmpty();
    }

    @Test
    void contextChoosesBetweenPlacesOfTheSameName() {
        Entity jordan = byEn(link("وصل الوفد إلى عمان قادما من الأردن حيث التقى مسؤولين أردنيين."), "Amman").orElse(null);
        assertThat(jordan).isNotNull();
        assertThat(jordan.geo().country()).isEqualTo("JO");
        assertThat(byEn(link("أعلنت سلطنة عمان وصول الوفد. وقالت عمان إن المحادثات مستمرة."), "Oman")).isPresent();
        Entity lb = link("اشتباكات في طرابلس شمال لبنان بين مسلحين.").stream()
                .filter(e -> e.nameEn() != null && e.nameEn().startsWith("Tripoli")).findFirst().orElseThrow();
        assertThat(lb.geo().country()).isEqualTo("LB");
        Entity ly = link("اشتباكات في طرابلس بين قوات حكومة الوفاق ومسلحين.").stream()
                .filter(e -> e.nameEn() != null && e.nameEn().startsWith("Tripoli")).findFirst().orElseThrow();
        assertThat(ly.geo().country()).isEqualTo("LY");
    }

    @Test
    void capitalsUsedAsGovernmentsStayPlaces() {
        List<Entity> es = link("وقالت واشنطن إنها ستعمل مع بغداد على ذلك.");
        assertThat(es).extracting(Entity::type).containsOnly(EntityType.LOC);
        assertThat(byEn(es, "Washington, D.C.").orElseThrow().geo().country()).isEqualTo("US");
    }

    @Test
    void weakAliasNeedsAStrongMentionOrAPlaceWord() {
        assertThat(link("ارتفعت الأسعار بحجة الأزمة.")).isEmpty();
        assertThat(link("وصل الوفد إلى مدينة صور جنوب لبنان.")).anyMatch(e -> "Tyre".equals(e.nameEn()));
        assertThat(link("عرضت القناة صور الدمار.")).noneMatch(e -> "Tyre".equals(e.nameEn()));
    }

    @Test
    void recognizedOrganisationContainingAPlaceReplacesThePlace() {
        String text = "قالت جامعة بغداد إن الدراسة مستمرة.";
        int s = text.indexOf("جامعة بغداد");
        List<Entity> es = link(text, new NamedMention(new Mention("جامعة بغداد", s, s + 11, Field.TEXT), EntityType.ORG, 0.9));
        assertThat(es).hasSize(1);
        assertThat(es.get(0).type()).isEqualTo(EntityType.ORG);
        assertThat(es.get(0).kb()).isNull();
    }

    @Test
    void personNameSwallowingAPlaceIsCutToThePerson() {
        String text = "وصل بكندا لاري فانس أمس.";
        int s = text.indexOf("بكندا");
        int e = text.indexOf(" أمس");
        List<Entity> es = link(text, new NamedMention(new Mention(text.substring(s, e), s, e, Field.TEXT), EntityType.PER, 0.7));
        assertThat(byEn(es, "Canada").orElseThrow().mentions()).extracting(Mention::text).containsExactly("كندا");
        assertThat(es).filteredOn(x -> x.type() == EntityType.PER).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("لاري فانس"));
    }

    @Test
    void recognizerSpanWithAClitic_sameWordsAsTheCatalogMatch_keepsTheCatalogMatch() {
        String text = "سافر الوفد لبيونغ يانغ أمس.";
        int s = text.indexOf("لبيونغ");
        List<Entity> es = link(text, new NamedMention(new Mention("لبيونغ يانغ", s, s + 11, Field.TEXT), EntityType.PER, 0.6));
        assertThat(es).singleElement().satisfies(x -> assertThat(x.nameEn()).isEqualTo("Pyongyang"));
    }

    @Test
    void titleMentionsAreLinkedToo() {
        Article a = new Article(new SourceRef(null, null, SourceFormat.TEXT), "داعش يهاجم في سوريا", "قال المرصد إن داعش هاجم.", null, "ar",
                List.of(), List.of(), "");
        List<Entity> es = LINKER.link(PREP.prepare(a), List.of());
        Entity isis = byEn(es, "Islamic State (ISIS)").orElseThrow();
        assertThat(isis.mentions()).extracting(Mention::in).containsExactly(Field.TITLE, Field.TEXT);
    }
}
