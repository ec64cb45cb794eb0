package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.cli.EvalEventsOracle;
import org.marsad.model.Article;
import org.marsad.model.ArticleText;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.SourceFormat;
import org.marsad.model.SourceRef;
import org.marsad.pipeline.Pipeline;
import org.marsad.time.ArabicDateRecognizer;

/**
 * Parties named by common nouns (groups) and the argument rules added with them, one rule per test, on
 * real-style Arabic news sentences; names that a recognizer would find are given as entities.
 */
class GroupPartiesTest {
    private static final Pipeline PIPELINE = Pipeline.builder().build();
    private final RuleEventCoder coder = RuleEventCoder.rulesOnly(); // the rules under test, without the argument model

    private record Coded(String text, List<Event> events, List<Entity> entities) {
        Event only(String plover) {
            List<Event> of = events.stream().filter(e -> e.plover().equals(plover)).toList();
            assertThat(of).as("%s among %s", plover, events).hasSize(1);
            return of.get(0);
        }

        Entity entity(String id) {
            assertThat(id).as("an entity id").isNotNull();
            return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        }

        String id(String name) {
            return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
        }
    }

    /** The text as a plain-text article of 2018-05-15, cleaned, split and tokenized (also for {@code PhrasePartiesTest}). */
    static ArticleText prepare(String text) {
        return PIPELINE.prepare(new Article(new SourceRef(null, null, SourceFormat.TEXT), null, text, "2018-05-15", "ar", List.of(), List.of(), text));
    }

    private Coded code(String text, Object... names) {
        ArticleText t = prepare(text);
        List<EvalEventsOracle.Referent> referents = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i += 2) {
            referents.add(new EvalEventsOracle.Referent((String) names[i], (EntityType) names[i + 1], List.of((String) names[i]), null));
        }
        var coding = coder.code(t, EvalEventsOracle.entities(t, referents), new ArabicDateRecognizer().recognize(t));
        return new Coded(text, coding.events(), coding.entities());
    }

    @Test
    void policeWithNationalityIsOneGroupWithExactSpan() {
        Coded c = code("اعتقلت الشرطة المصرية خمسة متهمين في القاهرة أمس.", "القاهرة", EntityType.LOC);
        Entity police = c.entity(c.only("COERCE").actor());
        assertThat(police.kb()).isEqualTo("group:police-forces:EG");
        assertThat(police.nameEn()).isEqualTo("Police Forces (EG)");
        assertThat(police.type()).isEqualTo(EntityType.ORG);
        Mention m = police.mentions().get(0);
        assertThat(c.text().substring(m.start(), m.end())).isEqualTo(m.text()).isEqualTo("الشرطة المصرية");
    }

    @Test
    void securityForcesFireTearGasOnProtesters() {
        Coded c = code("وأطلقت قوات الأمن العراقية الغاز المسيل للدموع على المتظاهرين في البصرة.", "البصرة", EntityType.LOC);
        Event e = c.events().stream().filter(x -> x.plover().equals("COERCE")).findFirst().orElseThrow();
        assertThat(c.entity(e.actor()).kb()).isEqualTo("group:security-forces:IQ");
        assertThat(c.entity(e.actor()).mentions().get(0).text()).isEqualTo("قوات الأمن العراقية");
        assertThat(c.entity(e.target()).kb()).isEqualTo("group:protesters");
        assertThat(e.location()).isEqualTo(c.id("البصرة"));
    }

    @Test
    void maghrebSecurityUnitsSuspectsAndMigrants() {
        // الوحدات الأمنية arrest عنصر تكفيري (a militant), the Tunisian press's words
        Coded c = code("تمكنت الوحدات الأمنية بالقيروان من القبض على عنصر تكفيري محل تفتيش.", "القيروان", EntityType.LOC);
        Event e = c.only("COERCE");
        assertThat(c.entity(e.actor()).kb()).isEqualTo("group:security-forces");
        assertThat(c.entity(e.actor()).mentions().get(0).text()).isEqualTo("الوحدات الأمنية");
        assertThat(c.entity(e.target()).kb()).isEqualTo("group:militants");
        // أعوان الحرس stop المجتازين (migrants crossing by sea)
        Coded m = code("وأوقف أعوان الحرس البحري 20 مجتازا قبالة سواحل صفاقس.", "صفاقس", EntityType.LOC);
        assertThat(m.entities()).anyMatch(x -> "group:security-forces".equals(x.kb()))
                .anyMatch(x -> "group:refugees-migrants".equals(x.kb()));
        // السلط (the Tunisian plural of سلطة) are the authorities; المتساكنين the residents; الموقوفين the detainees
        assertThat(groups("وطالب عدد من متساكني المنطقة السلط الجهوية بالإفراج عن الموقوفين."))
                .anyMatch(x -> "group:government".equals(x.kb()) && x.mentions().get(0).text().equals("السلط"))
                .anyMatch(x -> "group:civilians".equals(x.kb())).anyMatch(x -> "group:prisoners".equals(x.kb()));
    }

    @Test
    void strikingProfessionsAreALabourGroup() {
        assertThat(groups("ونظم عشرات المعلمين وقفة احتجاجية أمام مقر الولاية."))
                .anyMatch(x -> "group:labour-group".equals(x.kb()) && x.mentions().get(0).text().equals("عشرات المعلمين"));
        assertThat(groups("وخاض الأطباء الشبان إضرابا مفتوحا."))
                .anyMatch(x -> "group:labour-group".equals(x.kb()) && x.mentions().get(0).text().equals("الأطباء"));
        assertThat(groups("ودخل أعوان المستشفى الجهوي في إضراب مفتوح."))
                .anyMatch(x -> "group:labour-group".equals(x.kb()) && x.mentions().get(0).text().equals("أعوان المستشفى"));
        assertThat(groups("وحجز أعوان الديوانة كمية من السجائر."))
                .anyMatch(x -> "group:security-forces".equals(x.kb())).noneMatch(x -> "group:labour-group".equals(x.kb()));
    }

    @Test
    void conjunctionStaysOutsideTheGroupSpan() {
        Coded c = code("وقال شهود إن مسلحين مجهولين هاجموا حاجزا والشرطة ردت بإطلاق النار.");
        assertThat(c.entities()).allSatisfy(e -> e.mentions().forEach(m -> {
            assertThat(c.text().substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.text()).doesNotStartWith("و");
        }));
        assertThat(c.events()).anySatisfy(e -> assertThat(c.entity(e.actor()).kb()).isEqualTo("group:unidentified-armed-group"));
    }

    @Test
    void prepositionLamBeforeTheArticleStaysOutsideAndGovernsTheGroup() {
        // للصحفيين = ل + الصحفيين: the group is addressed, the one criticised, never the critic
        Coded c = code("ووجه رئيس الوزراء التركي بن علي يلدريم انتقادات حادة للصحفيين بعد المؤتمر.", "بن علي يلدريم", EntityType.PER);
        Event e = c.only("ACCUSE");
        Entity journalists = c.entity(e.target());
        assertThat(journalists.kb()).isEqualTo("group:journalists");
        Mention m = journalists.mentions().get(0);
        assertThat(c.text().substring(m.start(), m.end())).isEqualTo(m.text()).isEqualTo("لصحفيين");
        assertThat(e.actor()).isEqualTo(c.id("بن علي يلدريم"));
    }

    @Test
    void aMinisterTitleWithItsNationalityRefersBackToTheMinister() {
        // وزير starts with و: the title is not read as و + زير
        Coded c = code("والتقى وزير الخارجية المصري سامح شكري نظيره الأردني في عمان. ودعا وزير الخارجية المصري إسرائيل إلى وقف الاستيطان.",
                "سامح شكري", EntityType.PER, "عمان", EntityType.LOC, "إسرائيل", EntityType.LOC);
        Event request = c.only("REQUEST");
        assertThat(request.actor()).isEqualTo(c.id("سامح شكري"));
        assertThat(c.entities()).noneMatch(e -> "group:officials:EG".equals(e.kb()));
    }

    @Test
    void civiliansAfterAViolentVerbAreItsVictims() {
        // قتل 6 مدنيين: a passive written without vowels, so the civilians are the victims, not the killers
        Event e = code("قتل 6 مدنيين في قصف على ريف إدلب.", "إدلب", EntityType.LOC).events().stream()
                .filter(x -> x.plover().equals("ASSAULT")).findFirst().orElseThrow();
        assertThat(e.actor()).isNull();
        assertThat(e.target()).isNotNull();
    }

    @Test
    void protestersAttackingSomeoneStayActors() {
        Coded c = code("واعتدى متظاهرون على الشرطة في وسط المدينة.");
        Event e = c.only("ASSAULT");
        assertThat(c.entity(e.actor()).kb()).isEqualTo("group:protesters");
        assertThat(c.entity(e.target()).kb()).isEqualTo("group:police-forces");
    }

    @Test
    void theGenitiveOfAWeaponFired() {
        Coded c = code("وقُتل سبعة متظاهرين فلسطينيين برصاص القوات الإسرائيلية على حدود قطاع غزة.",
                "القوات الإسرائيلية", EntityType.ORG, "قطاع غزة", EntityType.LOC);
        Event e = c.only("ASSAULT");
        assertThat(e.actor()).isEqualTo(c.id("القوات الإسرائيلية"));
        assertThat(c.entity(e.target()).kb()).isEqualTo("group:protesters:PS");
        assertThat(e.fatalities()).isEqualTo(7);
        // the protesters here are victims: no protest is coded from the noun
        assertThat(c.events()).noneMatch(x -> x.plover().equals("PROTEST"));
    }

    @Test
    void protestersNamingTheProtestAreItsActors() {
        Coded c = code("ومتظاهرين فلسطينيين حاولوا منع الجرافات الإسرائيلية من العمل.");
        assertThat(c.entity(c.only("PROTEST").actor()).kb()).isEqualTo("group:protesters:PS");
    }

    @Test
    void soldiersOfACountryJoinItsNamedArmy() {
        Coded c = code("وقال الجيش السوري إن التنظيم قتل أكثر من 50 جنديا سوريا في البادية.",
                "الجيش السوري", EntityType.ORG, "التنظيم", EntityType.ORG, "البادية", EntityType.LOC);
        Event e = c.only("ASSAULT");
        assertThat(e.target()).isEqualTo(c.id("الجيش السوري"));
        assertThat(c.entities()).noneMatch(GroupParties::isGroup);
    }

    @Test
    void theRegimeTheInternationalCommunityAndWarplanesAreGroups() {
        Coded c = code("وطالب المجتمع الدولي النظام السوري بوقف قصف المدنيين.");
        Event request = c.only("REQUEST");
        assertThat(c.entity(request.actor()).kb()).isEqualTo("group:international-community");
        Entity regime = c.entity(request.target());
        assertThat(regime.kb()).isEqualTo("group:government:SY");
        assertThat(regime.mentions().get(0).text()).isEqualTo("النظام السوري");
        Coded planes = code("وقصفت طائرات حربية روسية مواقع للمعارضة في إدلب.", "إدلب", EntityType.LOC);
        Entity force = planes.entity(planes.only("ASSAULT").actor());
        assertThat(force.kb()).isEqualTo("group:military-forces:RU");
        assertThat(force.mentions().get(0).text()).isEqualTo("طائرات حربية روسية");
    }

    @Test
    void aSystemOrderAndNamedAircraftAreNoGroups() {
        Coded system = code("وأقر البرلمان النظام الانتخابي الجديد بعد حفظ النظام في العاصمة.");
        assertThat(system.entities()).noneMatch(e -> e.kb() != null && e.kb().startsWith("group:government"));
        // the named coalition flew the planes: it is the party, not a group of its own
        Coded c = code("قتل عشرة مسلحين في غارة شنتها طائرات التحالف على صنعاء.", "التحالف", EntityType.ORG, "صنعاء", EntityType.LOC);
        assertThat(c.entities()).noneMatch(e -> e.kb() != null && e.kb().startsWith("group:military-forces"));
    }

    @Test
    void statesAndAnAdministrationNeedWhatFollows() {
        Coded c = code("واتهمت الدول الغربية الإدارة الأمريكية بعرقلة الاتفاق.");
        Event accuse = c.only("ACCUSE");
        assertThat(c.entity(accuse.actor()).mentions().get(0).text()).isEqualTo("الدول الغربية");
        assertThat(c.entity(accuse.target()).kb()).isEqualTo("group:government:US");
        Coded bare = code("واتهمت دول الإدارة بعرقلة الاتفاق.");
        assertThat(bare.entities()).noneMatch(e -> e.kb() != null && (e.kb().startsWith("group:states") || e.kb().startsWith("group:government")));
    }

    @Test
    void aNounAfterATitleIsNoGroup() {
        Coded c = code("واتهم رئيس الحكومة العراقية المسلحين بمهاجمة المدنيين.");
        assertThat(c.entities()).noneMatch(e -> e.kb().startsWith("group:government"));
    }

    @Test
    void countedNationalsAndQuantities() {
        Coded c = code("وأعلنت البحرين اعتقال 14 إيرانيا في المنامة.", "البحرين", EntityType.LOC, "المنامة", EntityType.LOC);
        Entity target = c.entity(c.only("COERCE").target());
        assertThat(target.kb()).isEqualTo("group:civilians:IR");
        assertThat(target.mentions().get(0).text()).isEqualTo("14 إيرانيا");
    }

    @Test
    void aPluralNisbaAfterAPluralNounIsItsAdjective() {
        Coded c = code("وانتقد المسؤولين الإسرائيليين قرار المحكمة.");
        assertThat(c.entities()).noneMatch(e -> "group:civilians:IL".equals(e.kb()));
    }

    @Test
    void definiteEventNounRefersBack() {
        Coded c = code("شن مسلحون هجوما على نقطة للجيش في سيناء. وأسفر الهجوم الذي وقع فجرا عن مقتل ثلاثة جنود.",
                "سيناء", EntityType.LOC);
        assertThat(c.events()).filteredOn(e -> e.plover().equals("ASSAULT") && e.mode().equals("attack")).hasSize(1);
    }

    @Test
    void purposeAndConditionAreNoEvents() {
        assertThat(code("ويواجه الثلاثة عقوبة السجن مدى الحياة في حالة إدانتهم.").events()).noneMatch(e -> e.plover().equals("ACCUSE"));
        assertThat(code("وشكلوا مجموعة بهدف قتل أكبر عدد ممكن من الناس.").events()).noneMatch(e -> e.plover().equals("ASSAULT"));
        assertThat(code("وقالت الصحيفة إن فرقة إعدام وصلت إلى المدينة.").events()).noneMatch(e -> e.trigger().text().equals("إعدام"));
    }

    @Test
    void aWithdrawalHasNoPatient() {
        Coded c = code("وانسحب الجيش الروسي من مدينة خيرسون.", "الجيش الروسي", EntityType.ORG, "خيرسون", EntityType.LOC);
        Event e = c.only("RETREAT");
        assertThat(e.actor()).isEqualTo(c.id("الجيش الروسي"));
        assertThat(e.target()).isNull();
    }

    @Test
    void theAccusedStandsBeforeThePassiveParticiple() {
        Coded c = code("والقس برانسون متهم بمساعدة جماعة محظورة.", "القس برانسون", EntityType.PER);
        Event e = c.only("ACCUSE");
        assertThat(e.target()).isEqualTo(c.id("القس برانسون"));
        assertThat(e.actor()).isNull();
    }

    @Test
    void aTitledSubjectWithAppositionActs() {
        Coded c = code("دعا وزير الخارجية الأمريكي، مايك بومبيو، السعودية إلى إجراء تحقيق شامل.",
                "مايك بومبيو", EntityType.PER, "السعودية", EntityType.LOC);
        Event e = c.only("REQUEST");
        assertThat(e.actor()).isEqualTo(c.id("مايك بومبيو"));
        assertThat(e.target()).isEqualTo(c.id("السعودية"));
    }

    @Test
    void onlyGroupsThatAreEventPartiesAreListed() {
        Coded c = code("وقال السكان إن الطقس كان جميلا.");
        assertThat(c.entities()).noneMatch(GroupParties::isGroup);
    }

    @Test
    void aTallySinceAStartIsNoEvent() {
        Coded c = code("ووفقا لمسؤولي صحة فلسطينيين فقد قتلت القوات الإسرائيلية 45 فلسطينيا منذ بدأت الاحتجاجات في 30 مارس.",
                "القوات الإسرائيلية", EntityType.ORG);
        assertThat(c.events()).noneMatch(e -> e.plover().equals("ASSAULT"));
        assertThat(code("وهكذا يرتفع عدد القتلى الفلسطينيين إلى 40.").events()).noneMatch(e -> e.plover().equals("ASSAULT"));
    }

    @Test
    void aVerbSpellingAfterANounHeadIsItsNoun() {
        // وجاء طلب الوزارة: طلب is the noun (the request came), not the verb "asked"
        assertThat(code("وجاء طلب وزارة الخارجية في نفس اليوم الذي عاد فيه الدبلوماسيون.", "وزارة الخارجية", EntityType.ORG).events())
                .noneMatch(e -> e.plover().equals("REQUEST"));
    }

    @Test
    void aTopicBeforeAVerbWithItsObjectPronounIsTheObject() {
        Coded c = code("وأعلنت الحركة أن المهندس فادي البطش اغتالته يد الغدر في كوالالمبور.",
                "فادي البطش", EntityType.PER, "كوالالمبور", EntityType.LOC);
        Event e = c.only("ASSAULT");
        assertThat(e.target()).isEqualTo(c.id("فادي البطش"));
        assertThat(e.actor()).isNotEqualTo(c.id("فادي البطش"));
    }

    @Test
    void oneVictimOneKillingWhateverActorEachMentionNames() {
        Coded c = code("اغتال مسلحان فادي البطش في كوالالمبور. واتهمت أسرته الموساد بقتل فادي البطش.",
                "فادي البطش", EntityType.PER, "كوالالمبور", EntityType.LOC, "الموساد", EntityType.ORG);
        assertThat(c.events()).filteredOn(e -> e.plover().equals("ASSAULT")).hasSize(1);
    }

    @Test
    void aProtestWithoutSubjectIsMadeByThePeopleOfItsSentence() {
        Coded c = code("وشهدت مدينة البصرة احتجاجات واسعة شارك فيها آلاف المحتجين ضد الحكومة.", "البصرة", EntityType.LOC);
        Event e = c.only("PROTEST");
        assertThat(c.entity(e.actor()).kb()).isEqualTo("group:protesters");
    }

    @Test
    void aStateInTheGenitiveActs() {
        Coded c = code("وأدى ذلك إلى انسحاب واشنطن من الاتفاق النووي.", "واشنطن", EntityType.LOC);
        assertThat(c.only("REJECT").actor()).isEqualTo(c.id("واشنطن"));
    }

    @Test
    void aWeakTriggerNeedsANamedPartyOrAVictim() {
        // ضرب with only a group as its subject (الشرطة) is no attack; with a group it hits, it is
        assertThat(code("وقال إن الشرطة ضربت موعدا مع السكان.").events()).noneMatch(e -> e.plover().equals("ASSAULT"));
        Coded c = code("وقال شهود إن الشرطة ضربت المتظاهرين بالهراوات.");
        assertThat(c.entity(c.only("ASSAULT").target()).kb()).isEqualTo("group:protesters");
    }

    @Test
    void aFirstPersonCallIsTheSpeakersAndAddressesTheNextParty() {
        Coded c = code("وقال المنسق جيمي ماكغولدريك في بيان \"أدعو السلطات الإسرائيلية مجددا إلى وقف عمليات الهدم\".",
                "جيمي ماكغولدريك", EntityType.PER);
        Event e = c.only("REQUEST");
        assertThat(e.actor()).isEqualTo(c.id("جيمي ماكغولدريك"));
        assertThat(c.entity(e.target()).kb()).isEqualTo("group:government:IL");
    }

    @Test
    void aQuoteMarkBetweenSubjectAndVerbKeepsSvo() {
        Coded c = code("وأضاف أن محمد صالح النظيف \"يدعو السلطات المالية إلى ضمان إنجاز التحقيق\".", "محمد صالح النظيف", EntityType.PER);
        Event e = c.only("REQUEST");
        assertThat(e.actor()).isEqualTo(c.id("محمد صالح النظيف"));
        assertThat(c.entity(e.target()).kb()).isEqualTo("group:government");
    }

    @Test
    void theSubjectOfARelativeCarryingVerbActs() {
        Coded c = code("أدان رئيس الحزب مسعود بارزاني الهجوم الصاروخي الذي نفذته إيران على مقر الحزب في كويسنجق.",
                "مسعود بارزاني", EntityType.PER, "إيران", EntityType.LOC, "كويسنجق", EntityType.LOC);
        Event attack = c.only("ASSAULT");
        assertThat(attack.actor()).isEqualTo(c.id("إيران"));
    }

    @Test
    void aPartyInsideAPrepositionalPhraseIsNoSubject() {
        Coded c = code("وحذر من احتمال عودة المسلحين للظهور في سوريا.", "سوريا", EntityType.LOC);
        Event e = c.only("STATEMENT");
        assertThat(e.actor()).isNull();
    }

    @Test
    void whoCommitsAViolationIsTheAccused() {
        Coded c = code("وذكر السويدي أن هذه الحوادث تشكل انتهاكا واضحا من قبل دولة قطر لاتفاقية الطيران.",
                "السويدي", EntityType.PER, "دولة قطر", EntityType.LOC);
        Event e = c.only("ACCUSE");
        assertThat(e.target()).isEqualTo(c.id("دولة قطر"));
        assertThat(e.actor()).isEqualTo(c.id("السويدي"));
    }

    @Test
    void aVerbStartingWithAlIsAVerb() {
        Coded c = code("التقى الرئيس الفرنسي إيمانويل ماكرون الأربعاء مدراء شركات التكنولوجيا في باريس.",
                "إيمانويل ماكرون", EntityType.PER, "باريس", EntityType.LOC);
        assertThat(c.only("CONSULT").actor()).isEqualTo(c.id("إيمانويل ماكرون"));
    }

    @Test
    void clashesBetweenTwoPartiesActAndSuffer() {
        Coded c = code("ووقعت الأربعاء مواجهات بين قوات الشرطة الإسرائيلية ومتظاهرين فلسطينيين قرب القرية.");
        Event e = c.events().stream().filter(x -> x.plover().equals("ASSAULT")).findFirst().orElseThrow();
        assertThat(c.entity(e.actor()).kb()).isEqualTo("group:police-forces:IL");
        assertThat(c.entity(e.target()).kb()).isEqualTo("group:protesters:PS");
    }

    @Test
    void anAttackCarriedOutBySomeone() {
        Coded c = code("عقدت الجامعة اجتماعا طارئا عقب ما اعتبرته اعتداء قامت به قوات الجيش الإسرائيلي على المتظاهرين.",
                "قوات الجيش الإسرائيلي", EntityType.ORG);
        Event e = c.only("ASSAULT");
        assertThat(e.actor()).isEqualTo(c.id("قوات الجيش الإسرائيلي"));
    }

    @Test
    void officialsOfANamedBodyAreOneParty() {
        Coded c = code("طالب وزراء خارجية مجموعة السبع، الأحد، روسيا بكشف دورها.",
                "مجموعة السبع", EntityType.ORG, "روسيا", EntityType.LOC);
        Event e = c.only("REQUEST");
        assertThat(c.entity(e.actor()).mentions().get(0).text()).isEqualTo("وزراء خارجية مجموعة السبع");
        assertThat(e.target()).isEqualTo(c.id("روسيا"));
    }

    @Test
    void theObjectStaysBeforeANewReportingClause() {
        Coded c = code("وفي آخر اجتماع في أكتوبر، قال الأمين العام للحلف ينس ستولتنبرغ إن الدول الأعضاء متفقة.",
                "ينس ستولتنبرغ", EntityType.PER);
        assertThat(c.events()).filteredOn(e -> e.plover().equals("CONSULT"))
                .allSatisfy(e -> assertThat(e.target()).isNotEqualTo(c.id("ينس ستولتنبرغ")));
    }

    @Test
    void anOldDatedEventIsNotTheUndatedOneReportedNow() {
        // published 2018-05-15: a refusal in March is background, the one reported today is another
        Coded c = code("ورفضت المحكمة في 16 مارس طلب الإفراج عن القس. ورفضت المحكمة الثلاثاء طلبا جديدا للإفراج عنه.");
        assertThat(c.events()).filteredOn(e -> e.plover().equals("REJECT")).hasSize(2);
    }

    @Test
    void whoIsSubjectedToAnEventIsItsTarget() {
        Coded c = code("تعرضت محافظة إدلب لقصف جوي من قبل مقاتلات روسية السبت.", "محافظة إدلب", EntityType.LOC);
        Event e = c.only("ASSAULT");
        assertThat(e.target()).isEqualTo(c.id("محافظة إدلب"));
        assertThat(e.location()).isEqualTo(c.id("محافظة إدلب"));
        Coded p = code("اعتذرت الحكومة للمعارض عبدالحكيم بلحاج بعدما ساعدت في ترحيله وتعرضه للتعذيب.", "عبدالحكيم بلحاج", EntityType.PER);
        assertThat(p.events()).filteredOn(e2 -> e2.plover().equals("ASSAULT"))
                .allSatisfy(e2 -> assertThat(e2.target()).isEqualTo(p.id("عبدالحكيم بلحاج")));
    }

    @Test
    void aPluralVerbOrAPronounSubjectLeavesThePartyAfterAsObject() {
        Coded c = code("وقال ترامب إن مسؤولي الاستخبارات في بلاده يتهمون روسيا بقرصنة رسائل الحزب.", "ترامب", EntityType.PER,
                "روسيا", EntityType.LOC);
        Event e = c.only("ACCUSE");
        assertThat(e.target()).isEqualTo(c.id("روسيا"));
        assertThat(c.entity(e.actor()).kb()).isEqualTo("group:officials");
        Coded h = code("ولم تحمل حركة حماس أي جهة المسؤولية، مع أنها غالبا ما تتهم إسرائيل بالوقوف وراء عمليات مماثلة.",
                "حركة حماس", EntityType.ORG, "إسرائيل", EntityType.LOC);
        assertThat(h.events()).filteredOn(e2 -> e2.trigger().text().equals("تتهم"))
                .allSatisfy(e2 -> assertThat(e2.target()).isEqualTo(h.id("إسرائيل")));
    }

    @Test
    void anUnnamedOfficialOfACountryIsAParty() {
        Coded c = code("ودعا المسؤول البحريني المواطنين إلى التأكد من هوية العاملين لديهم. وقال المتحدث الأمريكي جون كيربي إن الجيش قصف المواقع.",
                "جون كيربي", EntityType.PER);
        Event e = c.only("REQUEST");
        assertThat(c.entity(e.actor()).kb()).isEqualTo("group:officials:BH");
        assertThat(c.entity(e.target()).kb()).isEqualTo("group:civilians");
        // a title followed by the name is the person, not an unnamed official
        assertThat(c.entities()).noneMatch(x -> "group:officials:US".equals(x.kb()));
    }

    @Test
    void aMinisterNamedByPostAndNationalityIsAnOfficialOfThatCountry() {
        Coded c = code("بحث وزير الخارجية المصري في اتصال هاتفي مع نظيره الأردني تطورات الأوضاع في قطاع غزة.",
                "قطاع غزة", EntityType.LOC);
        assertThat(c.entity(c.only("CONSULT").target()).kb()).isEqualTo("group:officials:JO");
        Coded accuse = code("واتهم وزير الخارجية المصري إسرائيل بعرقلة دخول المساعدات.", "إسرائيل", EntityType.LOC);
        Entity actor = accuse.entity(accuse.only("ACCUSE").actor());
        assertThat(actor.kb()).isEqualTo("group:officials:EG");
        assertThat(actor.mentions().get(0).text()).isEqualTo("وزير الخارجية المصري");
        // with the minister's name right after, the person is the party, not an unnamed official
        Coded named = code("وقال وزير الخارجية الأمريكي مايك بومبيو إن بلاده تدعم الحكومة.", "مايك بومبيو", EntityType.PER);
        assertThat(named.entities()).noneMatch(x -> "group:officials:US".equals(x.kb()));
    }

    @Test
    void aHeadNounRefersBackToTheNameItHeads() {
        Coded c = code("عقد حلف شمال الأطلسي اجتماعا في بروكسل. وانتقد الحلف روسيا بشدة بسبب الهجوم.",
                "حلف شمال الأطلسي", EntityType.ORG, "روسيا", EntityType.LOC, "بروكسل", EntityType.LOC);
        Event e = c.only("ACCUSE");
        assertThat(e.actor()).isEqualTo(c.id("حلف شمال الأطلسي"));
        assertThat(e.target()).isEqualTo(c.id("روسيا"));
        Mention m = c.entity(e.actor()).mentions().get(1);
        assertThat(c.text().substring(m.start(), m.end())).isEqualTo("الحلف");
        // a head that opens another name is not a back-reference
        Coded d = code("وأدانت محكمة العدل الدولية القرار. ورفضت المحكمة العليا الطعن.", "محكمة العدل الدولية", EntityType.ORG);
        assertThat(d.entity(d.id("محكمة العدل الدولية")).mentions()).hasSize(1);
    }

    @Test
    void peopleNamedByWhoTheyAreAreTheVictims() {
        // فتاة، مارة، 90 شخص: victims and detainees a report names by who they are, with the exact span
        Coded c = code("اعتقلت الشرطة فتاة في الـ17 من العمر في لندن.", "لندن", EntityType.LOC);
        Entity girl = c.entity(c.only("COERCE").target());
        assertThat(girl.kb()).isEqualTo("group:civilians");
        assertThat(girl.mentions().get(0).text()).isEqualTo("فتاة");
        Coded d = code("واعتقلت قوات الأمن 90 شخص في طهران.", "طهران", EntityType.LOC);
        Entity people = d.entity(d.only("COERCE").target());
        assertThat(people.kb()).isEqualTo("group:civilians");
        assertThat(people.mentions().get(0).text()).isEqualTo("90 شخص");
        Coded e = code("واحتجز المسلحون الرهائن في فندق في باماكو.", "باماكو", EntityType.LOC);
        Entity hostages = e.entity(e.only("COERCE").target());
        assertThat(hostages.kb()).isEqualTo("group:civilians");
        assertThat(hostages.mentions().get(0).text()).isEqualTo("الرهائن");
    }

    /** The article's entities with its groups, as {@link GroupParties#find} gives them. */
    private static List<Entity> groups(String text, EvalEventsOracle.Referent... names) {
        ArticleText t = prepare(text);
        org.marsad.time.WordView v = new org.marsad.time.WordView(t.text(), t.tokens(), Cues.CLASSES);
        return GroupParties.find(v, EvalEventsOracle.entities(t, List.of(names)));
    }

    @Test
    void aNationalityAfterAnActNamesWhoActed() {
        // غارة إسرائيلية: Israel's forces, with the adjective's exact span, when the article does not name Israel
        String text = "استشهد ثلاثة فلسطينيين في غارة إسرائيلية على مخيم جباليا.";
        Entity forces = groups(text).stream().filter(e -> "group:military-forces:IL".equals(e.kb())).findFirst().orElseThrow();
        Mention m = forces.mentions().get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("إسرائيلية");
        // العقوبات الأمريكية where the article names the United States: one more mention of that country
        String sanctions = "وتعهدت الولايات المتحدة بمواصلة الضغط، فيما أضرت العقوبات الأمريكية باقتصاد إيران.";
        var us = new EvalEventsOracle.Referent("الولايات المتحدة", EntityType.LOC, List.of("الولايات المتحدة"),
                new org.marsad.model.Geo(38.9, -77.0, "US", null, "country"));
        Entity country = groups(sanctions, us).stream().filter(e -> e.name().equals("الولايات المتحدة")).findFirst().orElseThrow();
        assertThat(country.mentions()).extracting(Mention::text).contains("الأمريكية");
        // an adjective that is no nationality names no one
        assertThat(groups("وقتل خمسة أشخاص في هجوم إرهابي على السوق.")).noneMatch(e -> e.kb() != null && e.kb().startsWith("group:military"));
    }
}
