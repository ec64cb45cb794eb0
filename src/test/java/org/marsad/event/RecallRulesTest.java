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
    private final RuleEventCoder coder = RuleEventCoder.rulesOnly(); // the rules under test, without the argument model

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

    /** The text codes an event of {@code type} ("PLOVER/mode"), with the given names as entities. */
    private void has(String type, String text, Object... names) {
        assertThat(types(code(text, names))).as(text).contains(type);
    }

    private void hasNot(String type, String text, Object... names) {
        assertThat(types(code(text, names))).as(text).doesNotContain(type);
    }

    @Test
    void theArticleOfAnIdiomIsNoBackReference() {
        // القبض على always carries ال: it names a new arrest, not one told before
        has("COERCE/arrest", "وأعلنت الشرطة السودانية القبض على الجانية الأجنبية.", "الشرطة السودانية", EntityType.ORG);
        has("COERCE/arrest", "وقال السفير حبيب عليمو إن الأمر خطير. وأكدت الوزارة القبض على الجانية الأجنبية.",
                "حبيب عليمو", EntityType.PER);
        // a definite event noun without a party still refers back
        hasNot("COERCE/arrest", "وقال السفير حبيب عليمو إن الأمر خطير. وأكدت الوزارة الاعتقال.", "حبيب عليمو", EntityType.PER);
    }

    @Test
    void aCountedCrowdGathersAndArmedMenLeave() {
        has("PROTEST/gather", "وتجمع مئات المتظاهرين في وسط سول منذ الصباح الباكر.");
        hasNot("PROTEST/gather", "وتجمع المياه في الوديان بعد الأمطار.");
        has("RETREAT/leave", "وتأتي عملية الإجلاء غداة خروج مئات المقاتلين على دفعتين من مدينة حرستا.");
        hasNot("RETREAT/leave", "وتأتي عملية الإجلاء بعد خروج المواطنين من منازلهم.");
    }

    @Test
    void newsVerbsOfFiringDrillsProtestAndPraise() {
        has("ASSAULT/firearms", "وقال إن القوات فتحت النار على المهاجمين اللذين فجرا ما بحوزتهما من متفجرات.");
        has("MOBILIZE/deploy", "ومددت تركيا هذا الأسبوع تدريبات عسكرية في شرق المتوسط.", "تركيا", EntityType.LOC);
        has("PROTEST/demonstrate", "نفذت رابطة أمهات المختطفين اليمنيين، الثلاثاء، وقفة احتجاجية أمام مكتب المفوضية في صنعاء.");
        has("ACCUSE/accuse", "واستهجنت الوزارة إقحام موضوع السيادة في الأزمة الحالية.");
        has("SUPPORT/thank", "كما أثنى على جميع مواقف السعودية تجاه قضايا الأمة.", "السعودية", EntityType.LOC);
        // a resignation is a statement unless protests forced it (eval/events/README.md)
        has("STATEMENT/resign", "وتنحى بوتن عن الرئاسة من قبل في 2008.", "بوتن", EntityType.PER);
        has("CONCEDE/resign", "واستقال رئيس الوزراء الأرميني بعد احتجاجات استمرت أسبوعين.");
        // ثمن alone is a price, not praise
        hasNot("SUPPORT/thank", "ندفع الآن ثمن برنامجين فاشلين.");
    }

    @Test
    void summoningAnAmbassadorIsAProtestAndRecallingOnesOwnASanction() {
        List<Event> e = code("استدعت السلطات الإيطالية، السبت، السفير الفرنسي في روما، بعد حادث على الحدود.",
                "السلطات الإيطالية", EntityType.ORG, "السفير الفرنسي", EntityType.PER);
        assertThat(types(e)).contains("ACCUSE/summon");
        assertThat(types(code("يذكر أن السعودية كانت قد استدعت سفيرها لدى كندا.", "السعودية", EntityType.LOC, "كندا", EntityType.LOC)))
                .contains("SANCTION/relations").doesNotContain("ACCUSE/summon");
        // يستدعي without an envoy: "requires"
        hasNot("ACCUSE/summon", "استخدام أسلحة كيماوية خط أحمر يستدعي ردا فوريا.");
    }

    @Test
    void appreciationVoicedIsPraise() {
        has("SUPPORT/thank", "من جهته، ثمن الملك عبدالله المبادرة معربا عن تقديره لدعوة الملك سلمان.",
                "الملك عبدالله", EntityType.PER, "الملك سلمان", EntityType.PER);
        hasNot("SUPPORT/thank", "وأعرب الوزير عن قلقه من التصعيد.");
    }

    @Test
    void chargingDiscussingAndHeldMeetings() {
        // a definite charge noun carried by وجه is a charge made here, not a reference back
        has("ACCUSE/charge", "وقال المحامي جون دين إن القضية سياسية. ووجه الادعاء أمس الخميس الاتهام إلى الثلاثة.",
                "جون دين", EntityType.PER);
        has("CONSULT/meet", "ومن المقرر أن تبحث وزيرة الدفاع الفرنسية، فلورنس بارلي، المشروع مع نظيرتها الألمانية، الخميس.",
                "فلورنس بارلي", EntityType.PER);
        // بحث عن: searching, no meeting
        hasNot("CONSULT/meet", "وتبحث الشرطة عن المشتبه به مع فرق الإنقاذ.");
        has("CONSULT/meet", "وأجرت باريس اتصالات بأكثر من 10 دول بينها ألمانيا وهولندا بشأن المبادرة.",
                "باريس", EntityType.LOC, "ألمانيا", EntityType.LOC);
        // a frame and a network are no meetings
        hasNot("CONSULT/meet", "ووعدت بأنها لن تقوم بذلك خلال اجتماعاتنا.");
        hasNot("CONSULT/meet", "في حين تقطعت شبكة اتصالات المتمردين في معقلهم بصعدة.");
        has("SUPPORT/support", "ورغم تاريخ ألمانيا في مقاومة أي مهام عسكرية، فقد أبدت في مارس مساندتها للفكرة.", "ألمانيا", EntityType.LOC);
    }

    @Test
    void withdrawalsDeploymentsAndArrests() {
        has("RETREAT/withdraw", "قالت الوكالة إن إريتريا سحبت قواتها من الحدود مع إثيوبيا.", "إريتريا", EntityType.LOC);
        has("MOBILIZE/deploy", "فيما انتشرت قوات خاصة تابعة للجيش في المكان.");
        has("COERCE/arrest", "وقالت وزارة الداخلية إنها قبضت على ستة وصفتهم بأنهم عناصر إرهابية.");
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
        has("STATEMENT/concern", "وقال الرئيس الأمريكي دونالد ترامب إنه قلق حيال مصير خاشقجي.", "دونالد ترامب", EntityType.PER,
                "خاشقجي", EntityType.PER);
        has("STATEMENT/concern", "وقال ترامب، الإثنين، إنه \"قلق\" من التقارير.", "ترامب", EntityType.PER);
    }

    @Test
    void aFirstPersonVowToStrikeIsAThreat() {
        has("THREATEN/vow", "وقال ماكرون للصحفيين \"سنضرب المناطق التي انطلقت منها الأسلحة الكيماوية\".", "ماكرون", EntityType.PER);
        assertThat(types(code("وتابع نتانياهو \"إذا أطلق النار علينا فسندمر قواته\".", "نتانياهو", EntityType.PER)))
                .contains("THREATEN/vow").doesNotContain("COERCE/destroy");
    }

    @Test
    void urgingReleasingOnBailAndWithdrawingAnAmbassador() {
        has("REQUEST/request", "وقالت وزارة الخارجية الفرنسية إنها تدين إطلاق الصواريخ وحضت كل الأطراف على ضبط النفس.",
                "وزارة الخارجية الفرنسية", EntityType.ORG);
        has("CONCEDE/release", "وجاء قرار النائب العام بإخلاء سبيل عبدالله مرسي بكفالة بلغت 5 آلاف جنيه.", "عبدالله مرسي", EntityType.PER);
        has("SANCTION/relations", "عندما طردت الرياض السفير الكندي، وسحبت سفيرها وجمدت كل التعاملات التجارية.", "الرياض", EntityType.LOC);
    }

    @Test
    void blowingOneselfUpIsASuicideAttack() {
        has("ASSAULT/suicide", "وقالت وزارة الداخلية التونسية إن مشتبها به فجر نفسه الاثنين حين كانت قوات الأمن تطارده.");
    }

    @Test
    void typesAsTheGoldCodesThem() {
        // an interception is the interceptor's own assault (eval/events/README.md), no rejection
        has("ASSAULT/shootdown", "واعترضت قوات الدفاع الجوي السعودي صاروخا باليستيا أطلقه الحوثيون باتجاه جازان.");
        hasNot("REJECT/reject", "واعترضت قوات الدفاع الجوي السعودي صاروخا باليستيا أطلقه الحوثيون باتجاه جازان.");
        has("REJECT/reject", "واعترضت روسيا على مشروع القرار في مجلس الأمن.", "روسيا", EntityType.LOC);
        // destruction and burning are assaults; demolition and looting stay coercion
        has("ASSAULT/destroy", "ودمرت الغارات عشرات المنازل في القرية.");
        has("COERCE/destroy", "وهدمت السلطات الإسرائيلية منزل عائلة فلسطينية في القدس.", "السلطات الإسرائيلية", EntityType.ORG);
        // an attack in words is an accusation; an armed one reported in a statement stays an assault
        has("ACCUSE/accuse", "وهاجم ترامب وسائل الإعلام قائلا إنها تنشر أخبارا كاذبة.", "ترامب", EntityType.PER);
        has("ASSAULT/attack", "وقال الجيش في بيان إن مسلحين هاجموا نقطة تفتيش في سيناء.", "سيناء", EntityType.LOC);
    }

    @Test
    void aClaimOfResponsibilityIsAStatementWhateverStandsBetween() {
        has("STATEMENT/claim", "وأعلن تنظيم الدولة الإسلامية الأحد مسؤوليته عن الهجوم الذي استهدف الكنيسة.",
                "تنظيم الدولة الإسلامية", EntityType.ORG);
        List<Event> none = code("ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.");
        assertThat(none.stream().filter(e -> e.mode().equals("claim")).map(Event::modality))
                .containsExactly(org.marsad.model.Modality.NEGATED);
        // bearing one's responsibility is no claim
        hasNot("STATEMENT/claim", "وتتحمل الحكومة مسؤوليتها عن حماية المدنيين.", "الحكومة", EntityType.ORG);
    }

    @Test
    void raidsAndDispersals() {
        has("COERCE/raid", "وقال وزير الداخلية إن ستة إرهابيين قد اعتقلوا كما دهمت قوات الأمن بعض الفنادق.");
        has("COERCE/crowd", "وحاولت قوات النظام تفريق المتظاهرين دون جدوى.");
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
        has("REQUEST/request", "وتحدى الرئيس التركي رجب طيب أردوغان السعودية، مطالبا إياها بتقديم الأدلة.",
                "رجب طيب أردوغان", EntityType.PER, "السعودية", EntityType.LOC);
        has("REQUEST/request", "وقال الأسد إن الأولوية هي إدلب، داعيا السوريين إلى العودة لبلادهم.", "الأسد", EntityType.PER);
        has("ACCUSE/accuse", "وقالت إن هناك 88 قتيلا وجريحا، مندده بجريمة سعودية جديدة.", "سعودية", EntityType.LOC);
        has("SUPPORT/support", "وقال الوزير إن بينالا أخفق، مشيدا برد فعل الرئاسة.", "بينالا", EntityType.PER);
        has("STATEMENT/deny", "وقد اعترف كوهين بدفع الأموال فعلا لكن بشكل خاص، نافيا أن يكون ترامب قد علم بها.", "كوهين", EntityType.PER);
    }

    @Test
    void aSourceAskingNotToBeNamedMakesNoRequest() {
        hasNot("REQUEST/request", "وقال المسؤول الذي طلب عدم نشر اسمه إن المفجرين الاثنين قتلا.");
        hasNot("REQUEST/request", "وقال المسؤول لسكاي نيوز عربية، طالبا عدم الكشف عن اسمه، إن طهران تتدخل.");
        assertThat(types(code("وطلبت الوزارة من السفير مغادرة البلاد خلال يومين.", "الوزارة", EntityType.ORG)))
                .isNotEmpty();
    }

    @Test
    void decliningToCommentRefusesNothing() {
        hasNot("REJECT/reject", "ورفض وزير العدل الأمريكي التعليق على ما سيجري بشأن التدخل الأمريكي في التحقيقات.");
        hasNot("REJECT/reject", "وردا على سؤال، رفض مسؤول حكومي إسرائيلي لم يكشف هويته الإدلاء بأي تعليق.");
        has("REJECT/reject", "رفضت قاضية اتحادية أميركية، الاثنين، طلب إدارة الرئيس دونالد ترامب.", "دونالد ترامب", EntityType.PER);
    }
}
