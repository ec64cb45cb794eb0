package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.cli.EvalEventsOracle;
import org.marsad.model.Article;
import org.marsad.model.ArticleText;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;
import org.marsad.time.ArabicDateRecognizer;

/** Session-4 recall rules (docs/events.md, "Session-4 round: recall"), on sentences read in unseen ANT articles. */
class RecallRulesTest {
    private static final Pipeline PIPELINE = Pipeline.builder().build();
    private final RuleEventCoder coder = new RuleEventCoder();

    private List<Event> code(String text, Object... names) {
        return codeOn("2018-05-15", text, names);
    }

    private List<Event> codeOn(String published, String text, Object... names) {
        List<EvalEventsOracle.Referent> referents = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i += 2) {
            referents.add(new EvalEventsOracle.Referent((String) names[i], (EntityType) names[i + 1], List.of((String) names[i]), null));
        }
        Article a = new Article(new SourceRef(null, null, SourceFormat.TEXT), null, text, published, "ar", List.of(), List.of(), text);
        ArticleText t = PIPELINE.prepare(a);
        return coder.code(t, EvalEventsOracle.entities(t, referents), new ArabicDateRecognizer().recognize(t)).events();
    }

    private static List<String> types(List<Event> events) {
        return events.stream().map(e -> e.plover() + "/" + e.mode()).toList();
    }

    @Test
    void theArticleOfAnIdiomIsNoBackReference() {
        // القبض على always carries ال: it names a new arrest, not one told before
        assertThat(types(code("وأعلنت الشرطة السودانية القبض على الجانية الأجنبية.", "الشرطة السودانية", EntityType.ORG)))
                .contains("COERCE/arrest");
        assertThat(types(code("وقال السفير حبيب عليمو إن الأمر خطير. وأكدت الوزارة القبض على الجانية الأجنبية.",
                "حبيب عليمو", EntityType.PER))).contains("COERCE/arrest");
        // a definite event noun without a party still refers back
        assertThat(types(code("وقال السفير حبيب عليمو إن الأمر خطير. وأكدت الوزارة الاعتقال.", "حبيب عليمو", EntityType.PER)))
                .doesNotContain("COERCE/arrest");
    }

    @Test
    void aCountedCrowdGathersAndArmedMenLeave() {
        assertThat(types(code("وتجمع مئات المتظاهرين في وسط سول منذ الصباح الباكر."))).contains("PROTEST/gather");
        assertThat(types(code("وتجمع المياه في الوديان بعد الأمطار."))).doesNotContain("PROTEST/gather");
        assertThat(types(code("وتأتي عملية الإجلاء غداة خروج مئات المقاتلين على دفعتين من مدينة حرستا.")))
                .contains("RETREAT/leave");
        assertThat(types(code("وتأتي عملية الإجلاء بعد خروج المواطنين من منازلهم."))).doesNotContain("RETREAT/leave");
    }

    @Test
    void newsVerbsOfFiringDrillsProtestAndPraise() {
        assertThat(types(code("وقال إن القوات فتحت النار على المهاجمين اللذين فجرا ما بحوزتهما من متفجرات."))).contains("ASSAULT/firearms");
        assertThat(types(code("ومددت تركيا هذا الأسبوع تدريبات عسكرية في شرق المتوسط.", "تركيا", EntityType.LOC)))
                .contains("MOBILIZE/deploy");
        assertThat(types(code("نفذت رابطة أمهات المختطفين اليمنيين، الثلاثاء، وقفة احتجاجية أمام مكتب المفوضية في صنعاء.")))
                .contains("PROTEST/demonstrate");
        assertThat(types(code("واستهجنت الوزارة إقحام موضوع السيادة في الأزمة الحالية."))).contains("ACCUSE/accuse");
        assertThat(types(code("كما أثنى على جميع مواقف السعودية تجاه قضايا الأمة.", "السعودية", EntityType.LOC))).contains("SUPPORT/thank");
        assertThat(types(code("وتنحى بوتن عن الرئاسة من قبل في 2008.", "بوتن", EntityType.PER))).contains("CONCEDE/resign");
        // ثمن alone is a price, not praise
        assertThat(types(code("ندفع الآن ثمن برنامجين فاشلين."))).doesNotContain("SUPPORT/thank");
    }

    @Test
    void summoningAnAmbassadorIsAProtestAndRecallingOnesOwnASanction() {
        List<Event> e = code("استدعت السلطات الإيطالية، السبت، السفير الفرنسي في روما، بعد حادث على الحدود.",
                "السلطات الإيطالية", EntityType.ORG, "السفير الفرنسي", EntityType.PER);
        assertThat(types(e)).contains("ACCUSE/summon");
        assertThat(types(code("يذكر أن السعودية كانت قد استدعت سفيرها لدى كندا.", "السعودية", EntityType.LOC, "كندا", EntityType.LOC)))
                .contains("SANCTION/relations").doesNotContain("ACCUSE/summon");
        // يستدعي without an envoy: "requires"
        assertThat(types(code("استخدام أسلحة كيماوية خط أحمر يستدعي ردا فوريا."))).doesNotContain("ACCUSE/summon");
    }

    @Test
    void appreciationVoicedIsPraise() {
        assertThat(types(code("من جهته، ثمن الملك عبدالله المبادرة معربا عن تقديره لدعوة الملك سلمان.",
                "الملك عبدالله", EntityType.PER, "الملك سلمان", EntityType.PER))).contains("SUPPORT/thank");
        assertThat(types(code("وأعرب الوزير عن قلقه من التصعيد."))).doesNotContain("SUPPORT/thank");
    }

    @Test
    void chargingDiscussingAndHeldMeetings() {
        // a definite charge noun carried by وجه is a charge made here, not a reference back
        assertThat(types(code("وقال المحامي جون دين إن القضية سياسية. ووجه الادعاء أمس الخميس الاتهام إلى الثلاثة.",
                "جون دين", EntityType.PER))).contains("ACCUSE/charge");
        assertThat(types(code("ومن المقرر أن تبحث وزيرة الدفاع الفرنسية، فلورنس بارلي، المشروع مع نظيرتها الألمانية، الخميس.",
                "فلورنس بارلي", EntityType.PER))).contains("CONSULT/meet");
        // بحث عن: searching, no meeting
        assertThat(types(code("وتبحث الشرطة عن المشتبه به مع فرق الإنقاذ."))).doesNotContain("CONSULT/meet");
        assertThat(types(code("وأجرت باريس اتصالات بأكثر من 10 دول بينها ألمانيا وهولندا بشأن المبادرة.",
                "باريس", EntityType.LOC, "ألمانيا", EntityType.LOC))).contains("CONSULT/meet");
        // a frame and a network are no meetings
        assertThat(types(code("ووعدت بأنها لن تقوم بذلك خلال اجتماعاتنا."))).doesNotContain("CONSULT/meet");
        assertThat(types(code("في حين تقطعت شبكة اتصالات المتمردين في معقلهم بصعدة."))).doesNotContain("CONSULT/meet");
        assertThat(types(code("ورغم تاريخ ألمانيا في مقاومة أي مهام عسكرية، فقد أبدت في مارس مساندتها للفكرة.", "ألمانيا", EntityType.LOC))).contains("SUPPORT/support");
    }

    @Test
    void withdrawalsDeploymentsAndArrests() {
        assertThat(types(code("قالت الوكالة إن إريتريا سحبت قواتها من الحدود مع إثيوبيا.", "إريتريا", EntityType.LOC)))
                .contains("RETREAT/withdraw");
        assertThat(types(code("فيما انتشرت قوات خاصة تابعة للجيش في المكان."))).contains("MOBILIZE/deploy");
        assertThat(types(code("وقالت وزارة الداخلية إنها قبضت على ستة وصفتهم بأنهم عناصر إرهابية."))).contains("COERCE/arrest");
    }

    @Test
    void aWeekdayAheadOfAPlannedEventIsTheComingOne() {
        // published Thursday 2018-09-06: the eve of Friday's meeting is 2018-09-07, not the Friday before
        List<Event> e = codeOn("2018-09-06", "قالت نيكي هايلي إن النظام يهاجم السوريين، في بيان يأتي عشية اجتماع مجلس الأمن حول إدلب، الجمعة.",
                "نيكي هايلي", EntityType.PER, "مجلس الأمن", EntityType.ORG);
        Event meeting = e.stream().filter(x -> x.plover().equals("CONSULT")).findFirst().orElseThrow();
        assertThat(meeting.date()).isEqualTo("2018-09-07");
        assertThat(meeting.modality()).isEqualTo(org.marsad.model.Modality.FUTURE);
        // a plot told with its day stays on that day (بالتخطيط لتفجير … السبت: published Monday 2018-07-02)
        List<Event> plot = codeOn("2018-07-02", "ووجهت السلطات البلجيكية التهم لرجل وزوجته بالتخطيط لتفجير تجمع للمجلس في فرنسا السبت.",
                "فرنسا", EntityType.LOC);
        assertThat(plot.stream().filter(x -> x.plover().equals("ASSAULT")).findFirst().orElseThrow().date()).isEqualTo("2018-06-30");
    }

    @Test
    void concernAsTheReportedPredicateIsAStatement() {
        assertThat(types(code("وقال الرئيس الأمريكي دونالد ترامب إنه قلق حيال مصير خاشقجي.", "دونالد ترامب", EntityType.PER,
                "خاشقجي", EntityType.PER))).contains("STATEMENT/concern");
        assertThat(types(code("وقال ترامب، الإثنين، إنه \"قلق\" من التقارير.", "ترامب", EntityType.PER))).contains("STATEMENT/concern");
    }

    @Test
    void aFirstPersonVowToStrikeIsAThreat() {
        assertThat(types(code("وقال ماكرون للصحفيين \"سنضرب المناطق التي انطلقت منها الأسلحة الكيماوية\".", "ماكرون", EntityType.PER)))
                .contains("THREATEN/vow");
        assertThat(types(code("وتابع نتانياهو \"إذا أطلق النار علينا فسندمر قواته\".", "نتانياهو", EntityType.PER)))
                .contains("THREATEN/vow").doesNotContain("COERCE/destroy");
    }

    @Test
    void urgingReleasingOnBailAndWithdrawingAnAmbassador() {
        assertThat(types(code("وقالت وزارة الخارجية الفرنسية إنها تدين إطلاق الصواريخ وحضت كل الأطراف على ضبط النفس.",
                "وزارة الخارجية الفرنسية", EntityType.ORG))).contains("REQUEST/request");
        assertThat(types(code("وجاء قرار النائب العام بإخلاء سبيل عبدالله مرسي بكفالة بلغت 5 آلاف جنيه.", "عبدالله مرسي", EntityType.PER)))
                .contains("CONCEDE/release");
        assertThat(types(code("عندما طردت الرياض السفير الكندي، وسحبت سفيرها وجمدت كل التعاملات التجارية.", "الرياض", EntityType.LOC)))
                .contains("SANCTION/relations");
    }

    @Test
    void blowingOneselfUpIsASuicideAttack() {
        assertThat(types(code("وقالت وزارة الداخلية التونسية إن مشتبها به فجر نفسه الاثنين حين كانت قوات الأمن تطارده.")))
                .contains("ASSAULT/suicide");
    }

    @Test
    void raidsAndDispersals() {
        assertThat(types(code("وقال وزير الداخلية إن ستة إرهابيين قد اعتقلوا كما دهمت قوات الأمن بعض الفنادق.")))
                .contains("COERCE/raid");
        assertThat(types(code("وحاولت قوات النظام تفريق المتظاهرين دون جدوى."))).contains("COERCE/crowd");
    }

    @Test
    void anExpectedEventNamedWithItsGenitiveIsFuture() {
        List<Event> e = code("وجاءت التصريحات قبل هجوم الحكومة السورية المتوقع على نطاق واسع ضد إدلب.",
                "الحكومة السورية", EntityType.ORG, "إدلب", EntityType.LOC);
        assertThat(e.stream().filter(x -> x.plover().equals("ASSAULT")).findFirst().orElseThrow().modality())
                .isEqualTo(org.marsad.model.Modality.FUTURE);
        // the coming word belongs to another noun after a preposition: no information on a withdrawal during the coming talks
        List<Event> w = code("ولم تكن لدى مسؤول أميركي معلومات بشأن حدوث انسحاب خلال المحادثات المقبلة.");
        assertThat(w.stream().filter(x -> x.plover().equals("RETREAT")).map(Event::modality))
                .doesNotContain(org.marsad.model.Modality.FUTURE);
    }

    @Test
    void participlesOfCallingDenouncingAndPraising() {
        assertThat(types(code("وتحدى الرئيس التركي رجب طيب أردوغان السعودية، مطالبا إياها بتقديم الأدلة.",
                "رجب طيب أردوغان", EntityType.PER, "السعودية", EntityType.LOC))).contains("REQUEST/request");
        assertThat(types(code("وقال الأسد إن الأولوية هي إدلب، داعيا السوريين إلى العودة لبلادهم.", "الأسد", EntityType.PER)))
                .contains("REQUEST/request");
        assertThat(types(code("وقالت إن هناك 88 قتيلا وجريحا، مندده بجريمة سعودية جديدة.", "سعودية", EntityType.LOC)))
                .contains("ACCUSE/accuse");
        assertThat(types(code("وقال الوزير إن بينالا أخفق، مشيدا برد فعل الرئاسة.", "بينالا", EntityType.PER)))
                .contains("SUPPORT/support");
        assertThat(types(code("وقد اعترف كوهين بدفع الأموال فعلا لكن بشكل خاص، نافيا أن يكون ترامب قد علم بها.", "كوهين", EntityType.PER)))
                .contains("STATEMENT/deny");
    }

    @Test
    void aSourceAskingNotToBeNamedMakesNoRequest() {
        assertThat(types(code("وقال المسؤول الذي طلب عدم نشر اسمه إن المفجرين الاثنين قتلا."))).doesNotContain("REQUEST/request");
        assertThat(types(code("وقال المسؤول لسكاي نيوز عربية، طالبا عدم الكشف عن اسمه، إن طهران تتدخل.")))
                .doesNotContain("REQUEST/request");
        assertThat(types(code("وطلبت الوزارة من السفير مغادرة البلاد خلال يومين.", "الوزارة", EntityType.ORG)))
                .isNotEmpty();
    }

    @Test
    void decliningToCommentRefusesNothing() {
        assertThat(types(code("ورفض وزير العدل الأمريكي التعليق على ما سيجري بشأن التدخل الأمريكي في التحقيقات.")))
                .doesNotContain("REJECT/reject");
        assertThat(types(code("وردا على سؤال، رفض مسؤول حكومي إسرائيلي لم يكشف هويته الإدلاء بأي تعليق.")))
                .doesNotContain("REJECT/reject");
        assertThat(types(code("رفضت قاضية اتحادية أميركية، الاثنين، طلب إدارة الرئيس دونالد ترامب.", "دونالد ترامب", EntityType.PER)))
                .contains("REJECT/reject");
    }
}
