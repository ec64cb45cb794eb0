package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.event.CoderHarness.code;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.cli.EvalEventsOracle;
import org.marsad.event.CoderHarness.Coded;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Modality;
import org.marsad.model.TextSpan;
import org.marsad.text.ArabicNormalizer;

/** One rule per test on short real-style Arabic news sentences, with entities made from listed names. */
class RuleEventCoderTest {
    @Test
    void verbSubjectObjectOrder() {
        Coded c = code("اعتقلت الشرطة المصرية خمسة متهمين في القاهرة أمس.", "2018-03-01",
                "الشرطة المصرية", EntityType.ORG, "القاهرة", EntityType.LOC);
        Event e = c.only("COERCE");
        assertThat(e.mode()).isEqualTo("arrest");
        assertThat(e.actor()).isEqualTo(c.id("الشرطة المصرية"));
        assertThat(e.location()).isEqualTo(c.id("القاهرة"));
        assertThat(e.date()).isEqualTo("2018-02-28");
        assertThat(e.acledSubEventType()).isEqualTo("Arrests");
    }

    @Test
    void subjectBeforeVerbAndCasualtiesByAcledRules() {
        Coded c = code("وقال المرصد إن التنظيم قتل أكثر من 50 جنديا في البادية.", "2018-03-01",
                "التنظيم", EntityType.ORG, "المرصد", EntityType.ORG, "البادية", EntityType.LOC);
        Event e = c.only("ASSAULT");
        assertThat(e.actor()).isEqualTo(c.id("التنظيم"));
        assertThat(e.fatalities()).isEqualTo(51);
        assertThat(e.attribution()).isEqualTo(c.id("المرصد"));
        assertThat(e.acledEventType()).isEqualTo("Battles");
    }

    @Test
    void vagueCountsAndNumberWords() {
        assertThat(code("أسفرت الغارة عن مقتل عشرات المدنيين.", null).only("ASSAULT").fatalities()).isEqualTo(12);
        assertThat(code("أسفر القصف عن مقتل ثلاثة أشخاص وإصابة خمسة عشر آخرين.", null).only("ASSAULT").injured()).isEqualTo(15);
        assertThat(code("قتل عدة أشخاص في الهجوم.", null).only("ASSAULT").fatalities()).isEqualTo(3);
        // القضاء على: the security communiqués' word for killing militants, counted like a killing
        assertThat(code("وتمكن الجيش التونسي من القضاء على عنصرين إرهابيين بجبل السلوم.", null, "الجيش التونسي", EntityType.ORG)
                .only("ASSAULT").fatalities()).isEqualTo(2);
        assertThat(code("وتمكن الجيش التونسي من القضاء على 3 إرهابيين.", null, "الجيش التونسي", EntityType.ORG)
                .only("ASSAULT").fatalities()).isEqualTo(3);
    }

    @Test
    void anIssuedStatementAndAWantedCeasefireAreNoEvents() {
        // صادر عن: issued by, not confiscated; ضرورة وقف إطلاق النار: a ceasefire called for, not agreed
        Coded c = code("وأكد الوزيران وفق بيان صادر عن الخارجية المصرية ضرورة وقف إطلاق النار فورا.", null,
                "الخارجية المصرية", EntityType.ORG);
        assertThat(c.events()).noneMatch(e -> e.plover().equals("COERCE") || e.plover().equals("AGREE"));
        // the verb صادر with its object is a seizure, and a ceasefire reached is an agreement
        assertThat(code("وصادرت الشرطة المصرية أسلحة من المنزل.", null, "الشرطة المصرية", EntityType.ORG).only("COERCE").mode())
                .isEqualTo("seize");
        assertThat(code("وأعلنت الحكومة والمتمردون وقف إطلاق النار في المدينة.", null).only("AGREE")).isNotNull();
    }

    @Test
    void whoFacesCriticismIsItsTarget() {
        Coded c = code("ويواجه العبادي انتقادات بشأن الفساد الحكومي المستمر.", null, "العبادي", EntityType.PER);
        Event e = c.only("ACCUSE");
        assertThat(e.target()).isEqualTo(c.id("العبادي"));
        assertThat(e.actor()).isNull();
    }

    @Test
    void figurativeBattlesAndPrisonsAreNoEvents() {
        assertThat(code("ويواجه العبادي معركة انتخابية شرسة.", null, "العبادي", EntityType.PER).events())
                .noneMatch(e -> e.plover().equals("ASSAULT"));
        assertThat(code("وتصاعدت الحرب التجارية بين الولايات المتحدة والصين.", null,
                "الولايات المتحدة", EntityType.LOC, "الصين", EntityType.LOC).events()).noneMatch(e -> e.plover().equals("ASSAULT"));
        assertThat(code("واختطفت الميليشيات الناشط وأودعته في سجن مدينة الصالح.", null).events())
                .noneMatch(e -> e.mode().equals("sentence"));
        // a real battle and a real prison sentence still count
        assertThat(code("واندلعت معركة عنيفة بين الجيش السوري وتنظيم داعش.", null,
                "الجيش السوري", EntityType.ORG, "تنظيم داعش", EntityType.ORG).only("ASSAULT").mode()).isEqualTo("clash");
        assertThat(code("وقضت المحكمة بالسجن عشر سنوات على الناشط.", null).only("COERCE").mode()).isEqualTo("sentence");
    }

    @Test
    void anAgreementReferredToIsNoNewAgreement() {
        assertThat(code("وأعلن ترامب انسحاب بلاده من الاتفاق النووي الإيراني.", null, "ترامب", EntityType.PER).events())
                .noneMatch(e -> e.plover().equals("AGREE"));
        assertThat(code("وينقل المقاتلون إلى الشمال بموجب اتفاق مع النظام.", null).events()).noneMatch(e -> e.plover().equals("AGREE"));
        assertThat(code("ووضعت واشنطن 12 شرطا للتوصل إلى اتفاق جديد مع طهران.", null, "واشنطن", EntityType.LOC, "طهران", EntityType.LOC)
                .events()).noneMatch(e -> e.plover().equals("AGREE"));
        // an agreement signed here is one
        assertThat(code("ووقعت تركيا وروسيا اتفاقا على إنشاء منطقة منزوعة السلاح.", null,
                "تركيا", EntityType.LOC, "روسيا", EntityType.LOC).only("AGREE")).isNotNull();
    }

    @Test
    void lookAlikesOfShortTriggersAreNoEvents() {
        assertThat(code("ووصفت الحكومة السورية الهجوم التركي على عفرين بأنه اعتداء سافر على سيادتها.", null).events())
                .noneMatch(e -> e.plover().equals("RETREAT"));
        assertThat(code("وقضت المحكمة بتغريمه مبلغا رمزيا قدره فرنك فرنسي واحد.", null).events()).noneMatch(e -> e.plover().equals("RETREAT"));
        assertThat(code("ويشمل الجسر الجوي 10 آلاف طردا غذائيا للشعب اليمني.", null).events()).noneMatch(e -> e.plover().equals("SANCTION"));
        // the real ones still count
        assertThat(code("وفر المسلحون من المدينة بعد المعارك.", null).events()).anyMatch(e -> e.plover().equals("RETREAT"));
        assertThat(code("وأعلنت بريطانيا طرد 23 دبلوماسيا روسيا.", null, "بريطانيا", EntityType.LOC).only("SANCTION").mode())
                .isEqualTo("expel");
    }

    @Test
    void meetingNounsThatAreNoMeetings() {
        assertThat(code("ويعاني اليمنيون في الحصول على لقمة العيش.", null).events()).noneMatch(e -> e.plover().equals("CONSULT"));
        assertThat(code("وسيتم اختيار 16 مدينة لاستضافة المباريات.", null).events()).noneMatch(e -> e.plover().equals("CONSULT"));
        assertThat(code("وتحولت المباراة من لقاء رياضي إلى أداة سياسية.", null).events()).noneMatch(e -> e.plover().equals("CONSULT"));
        assertThat(code("ويضمن الاتفاق آلية تفتيش صلبة.", null).events()).noneMatch(e -> e.plover().equals("COERCE"));
        assertThat(code("وبحث المسؤولون رحلته إلى روسيا في يوليو.", null).events()).noneMatch(e -> e.mode().equals("deport"));
        // a summit is one
        assertThat(code("وعقد ترامب وكيم قمة في سنغافورة.", null, "ترامب", EntityType.PER, "كيم", EntityType.PER,
                "سنغافورة", EntityType.LOC).only("CONSULT")).isNotNull();
    }

    @Test
    void aFoiledAttackDidNotHappen() {
        assertThat(code("وقال مسؤولون إنه جرى إحباط هجوم على كنيسة رابعة.", null).only("ASSAULT").modality()).isEqualTo(Modality.NEGATED);
        assertThat(code("وأحبطت الشرطة هجوما على مركز تجاري.", null, "الشرطة", EntityType.ORG).only("ASSAULT").modality())
                .isEqualTo(Modality.NEGATED);
    }

    @Test
    void eventNounsNamingAThing() {
        assertThat(code("وأنشأت الإمارات شبكات اتصال حديثة في الجزيرة.", null).events()).noneMatch(e -> e.plover().equals("CONSULT"));
        assertThat(code("وخفف حاكم ولاية تكساس عقوبة إعدام في حق مدان بالقتل.", null).events())
                .noneMatch(e -> e.plover().equals("ASSAULT"));
        // a death sentence is a sentence, not a killing
        assertThat(code("وصدر حكم بالإعدام على زوجين في الكويت.", null).only("COERCE").mode()).isEqualTo("sentence");
        assertThat(code("وقال بومبيو إن واشنطن انسحبت من الاتفاق النووي مع إيران.", null, "بومبيو", EntityType.PER,
                "واشنطن", EntityType.LOC, "إيران", EntityType.LOC).events()).noneMatch(e -> e.plover().equals("AGREE"));
    }

    @Test
    void likelyEventsAreHypotheticalAndCautionIsNoWarning() {
        assertThat(code("ورجحت مصادر أن يطلب الملك من الحكومة تقديم استقالتها.", null).only("REQUEST").modality())
                .isEqualTo(Modality.HYPOTHETICAL);
        assertThat(code("وأجابت الوزيرة بحذر عن سؤال الصحفيين.", null).events()).noneMatch(e -> e.plover().equals("STATEMENT"));
    }

    @Test
    void warnedOfAndFearedEventsAreHypothetical() {
        assertThat(code("وحذر الوزير من خطورة هروب عناصر التنظيم من السجون.", null).events())
                .filteredOn(e -> e.trigger().text().equals("هروب")).singleElement()
                .satisfies(e -> assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL));
        assertThat(code("ويشعر العراق بقلق من إمكانية تهريب الأسلحة.", null).only("COERCE").modality()).isEqualTo(Modality.HYPOTHETICAL);
    }

    @Test
    void aCondemnedActWithoutItsDoerTargetsWhoeverDidSuchAnActBefore() {
        Coded c = code("اقتحمت القوات الإسرائيلية مخيم جنين فجر اليوم. وأدانت وزارة الخارجية الفلسطينية اقتحام المخيم، "
                + "وطالبت المجتمع الدولي بالتدخل العاجل.", null, "القوات الإسرائيلية", EntityType.ORG, "جنين", EntityType.LOC,
                "وزارة الخارجية الفلسطينية", EntityType.ORG, "المجتمع الدولي", EntityType.ORG);
        assertThat(c.only("ACCUSE").target()).isEqualTo(c.id("القوات الإسرائيلية"));
        // the condemner is not the doer of the act it condemns
        assertThat(c.events()).filteredOn(e -> e.plover().equals("ASSAULT")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(c.id("القوات الإسرائيلية")));
        // no attack told before: the condemnation's target stays empty
        Coded alone = code("وأدانت وزارة الخارجية الهجوم على الكنيسة.", null, "وزارة الخارجية", EntityType.ORG);
        assertThat(alone.only("ACCUSE").target()).isNull();
    }

    @Test
    void negatedAndFutureEvents() {
        assertThat(code("لم تعتقل الشرطة أي شخص.", null).only("COERCE").modality()).isEqualTo(Modality.NEGATED);
        assertThat(code("وسيعقد الزعيمان اجتماعا الأسبوع المقبل.", "2018-03-01").only("CONSULT").modality()).isEqualTo(Modality.FUTURE);
        assertThat(code("ومن المقرر أن تبدأ المحادثات غدا.", "2018-03-01").only("CONSULT").modality()).isEqualTo(Modality.FUTURE);
        // a denial covers its own clause, not the next one opened by a conjunction or a reporting verb
        Coded denied = code("ونفت قوات الدعم السريع استهداف المدنيين، واتهمت الجيش بقصف مواقعها.", null,
                "قوات الدعم السريع", EntityType.ORG, "الجيش", EntityType.ORG);
        assertThat(denied.only("ACCUSE").modality()).isEqualTo(Modality.ASSERTED);
        assertThat(denied.events()).filteredOn(e -> e.trigger().text().equals("استهداف")).singleElement()
                .satisfies(e -> assertThat(e.modality()).isEqualTo(Modality.NEGATED));
        assertThat(code("ونفى الجيش، في بيان، قصف المدينة.", null, "الجيش", EntityType.ORG).only("ASSAULT").modality())
                .isEqualTo(Modality.NEGATED);
    }

    @Test
    void oldDatesMakeHistoricalEvents() {
        assertThat(code("وفي عام 2014 أسقطت الطائرة بصاروخ وقتل جميع ركابها.", "2018-03-01").events())
                .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.HISTORICAL));
    }

    @Test
    void oneEventReportedTwiceIsOne() {
        Coded c = code("شن الجيش غارة على البلدة. وقالت مصادر إن الجيش شن غارة على البلدة فجرا.", null,
                "الجيش", EntityType.ORG, "البلدة", EntityType.LOC);
        assertThat(c.events()).filteredOn(e -> e.plover().equals("ASSAULT")).hasSize(1);
    }

    @Test
    void phoneCallWithPartner() {
        Coded c = code("أجرى وزير الخارجية فؤاد حسين اتصالا هاتفيا مع نظيره البريطاني هاميش فالكونر.", null,
                "فؤاد حسين", EntityType.PER, "هاميش فالكونر", EntityType.PER);
        Event e = c.only("CONSULT");
        assertThat(e.actor()).isEqualTo(c.id("فؤاد حسين"));
        assertThat(e.target()).isEqualTo(c.id("هاميش فالكونر"));
    }

    @Test
    void triggersInsideNamesAndNonEventsAreIgnored() {
        assertThat(code("طلبت روسيا من منظمة حظر الأسلحة الكيميائية تقريرا.", null,
                "منظمة حظر الأسلحة الكيميائية", EntityType.ORG, "روسيا", EntityType.ORG).events())
                .noneMatch(e -> e.plover().equals("COERCE"));
        assertThat(code("زار وزير الخارجية مقر وزارة الدفاع.", null).events()).extracting(Event::trigger)
                .noneMatch(t -> t.text().equals("وزارة"));
        assertThat(code("الطقس جميل اليوم في المدينة.", "2018-03-01").events()).isEmpty();
    }

    @Test
    void randomTextGivesWellFormedEvents() {
        java.util.Random random = new java.util.Random(7);
        String[] words = {"قتل", "الجيش", "في", "بغداد", "أمس", "اعتقال", "50", "أكثر", "من", "وقال", "إن", "لم", "غارة", "على", "مع",
                "اتصال", "هاتفي", "حذر", "هروب", "،", ".", "الأسبوع", "الماضي", "وفق", "المرصد", "جنديا", "سوريا", "عشرات", "الشرطة",
                "والتقى", "الرئيس", "سيعقد", "اجتماعا", "تم", "محكمة", "أدانت", "بالقتل", "ب", "و", "ال"};
        for (int n = 0; n < 200; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 40; k++) sb.append(words[random.nextInt(words.length)]).append(random.nextInt(6) == 0 ? "" : " ");
            Coded c = code(sb.toString(), "2018-03-01", "الجيش", EntityType.ORG, "بغداد", EntityType.LOC, "المرصد", EntityType.ORG,
                    "الشرطة", EntityType.ORG, "الرئيس", EntityType.PER);
            String text = sb.toString();
            for (Event e : c.events()) {
                assertThat(text.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
                assertThat(e.sentence()).isGreaterThanOrEqualTo(0);
                assertThat(e.confidence()).isBetween(0.0, 1.0);
                for (String id : java.util.Arrays.asList(e.actor(), e.target(), e.location(), e.attribution())) {
                    if (id != null) assertThat(c.entities()).extracting(Entity::id).contains(id);
                }
            }
        }
    }

    @Test
    void anEventNounAfterSinceIsATimeAnchor() {
        // منذ حادث تسميم …: the poisoning dates the talks, it is reported elsewhere
        Coded c = code("يعقد حلف شمال الأطلسي الخميس أول محادثات رسمية له مع روسيا منذ حادث تسميم العميل الروسي المزدوج سيرغي سكريبال في بريطانيا.",
                "2018-05-28", "حلف شمال الأطلسي", EntityType.ORG, "روسيا", EntityType.LOC, "سيرغي سكريبال", EntityType.PER,
                "بريطانيا", EntityType.LOC);
        assertThat(c.events()).extracting(Event::plover).containsExactly("CONSULT");
    }

    @Test
    void anotherCourtIsAnotherEvent() {
        Coded c = code("وأصدرت محكمة سودانية حكما بالسجن على الناشطة. والخميس الماضي، حكمت محكمة أخرى بالسجن على الناشطة.",
                "2018-05-16");
        assertThat(c.events()).filteredOn(e -> e.plover().equals("COERCE")).hasSize(2);
        Coded same = code("وأصدرت محكمة سودانية حكما بالسجن على الناشطة. والخميس الماضي، حكمت المحكمة بالسجن على الناشطة.",
                "2018-05-16");
        assertThat(same.events()).filteredOn(e -> e.plover().equals("COERCE")).hasSize(1);
    }

    @Test
    void aVerbWithTheFuturePrefixIsAFutureEventButForSpeechActs() {
        assertThat(code("وسيزور وزير الخارجية بنما والمكسيك.", "2018-10-18", "وزير الخارجية", EntityType.PER, "بنما", EntityType.LOC)
                .only("CONSULT").modality()).isEqualTo(Modality.FUTURE);
        // a vow in the future tense (سنهاجم, a form of its own) and a threat are made now
        assertThat(code("وقال قائد الحرس الثوري: سنهاجم القواعد الأمريكية في المنطقة.", "2018-10-18", "قائد الحرس الثوري", EntityType.PER)
                .only("THREATEN").modality()).isEqualTo(Modality.ASSERTED);
        assertThat(code("وقال الوزير إن إيران ستهدد الملاحة في مضيق هرمز.", "2018-10-18", "إيران", EntityType.LOC,
                "مضيق هرمز", EntityType.LOC).only("THREATEN").modality()).isEqualTo(Modality.ASSERTED);
        // an act under a future verb (ستقوم برفع شكوى) is to come too
        assertThat(code("وستقوم الهيئة برفع شكوى ضد قطر لدى المنظمة الدولية للطيران المدني.", "2018-04-22", "الهيئة", EntityType.ORG,
                "قطر", EntityType.LOC).only("ACCUSE").modality()).isEqualTo(Modality.FUTURE);
        assertThat(ModalityRules.futurePrefixed("وسترسل")).isTrue();
        assertThat(ModalityRules.futurePrefixed("سنعمل")).isTrue();
        for (String noun : List.of("سيارة", "سياسة", "سنوات", "وسيطرة", "ستة", "سيناء", "سنغافورة")) {
            assertThat(ModalityRules.futurePrefixed(ArabicNormalizer.normalizeForMatching(noun))).as(noun).isFalse();
        }
    }

    @Test
    void failedOrCancelledTalksDidNotHappenAndConsideredStepsMayNot() {
        assertThat(code("وفشلت مباحثات دولية عدة بين الحكومة والمعارضة.", "2018-05-29", "الحكومة", EntityType.ORG,
                "المعارضة", EntityType.ORG).only("CONSULT").modality()).isEqualTo(Modality.NEGATED);
        assertThat(code("وقالت الوكالة إن بيونغ يانغ ألغت أيضا مباحثات رفيعة المستوى مع سيول.", "2018-05-16", "بيونغ يانغ",
                EntityType.LOC, "سيول", EntityType.LOC).only("CONSULT").modality()).isEqualTo(Modality.NEGATED);
        assertThat(code("فيما يبحث ترامب الانسحاب من الاتفاق النووي مع إيران.", "2018-05-01", "ترامب", EntityType.PER,
                "إيران", EntityType.LOC).only("REJECT").modality()).isEqualTo(Modality.HYPOTHETICAL);
    }

    @Test
    void aMeetingCalledScheduledOrExpectedIsFuture() {
        assertThat(code("وقال ترامب إنه يأمل في نجاح قمة مرتقبة مع كيم.", "2018-05-04", "ترامب", EntityType.PER, "كيم", EntityType.PER)
                .only("CONSULT").modality()).isEqualTo(Modality.FUTURE);
        assertThat(code("ومن المتوقع أن يجتمع كيم مع رئيس وزراء سنغافورة.", "2018-06-10", "كيم", EntityType.PER,
                "رئيس وزراء سنغافورة", EntityType.PER).only("CONSULT").modality()).isEqualTo(Modality.FUTURE);
    }

    @Test
    void anEventToldAsNewsButDatedLongBeforeIsBackground() {
        Event e = new Event("ev1", "REJECT", null, null, null, new TextSpan("رفض", 0, 3), 0, null, null, null, "2002", null, null, null,
                Modality.ASSERTED, null, 0.5);
        Event recent = new Event("ev2", "REJECT", null, null, null, new TextSpan("رفض", 0, 3), 0, null, null, null, "2018-04-20", null,
                null, null, Modality.ASSERTED, null, 0.5);
        List<Event> out = RuleEventCoder.dated(List.of(e, recent), java.time.LocalDate.of(2018, 5, 3));
        assertThat(out.get(0).modality()).isEqualTo(Modality.HISTORICAL);
        assertThat(out.get(1)).isSameAs(recent);
    }

    @Test
    void aMeetingNounWithAFutureVerbAfterItIsFuture() {
        Coded c = code("وقال ترامب إن القمة ستعقد إما في أوائل شهر يونيو أو قبل ذلك بقليل.", "2018-04-18",
                "ترامب", EntityType.PER);
        assertThat(c.only("CONSULT").modality()).isEqualTo(Modality.FUTURE);
    }

    @Test
    void refusingClaimsIsADenialAndADeniedChargeIsNoAccusation() {
        Coded c = code("لكن الحكومة رفضت تلك المزاعم.", "2018-06-26");
        assertThat(c.events()).extracting(Event::plover, Event::mode).containsExactly(org.assertj.core.groups.Tuple.tuple("STATEMENT", "deny"));
        Coded d = code("ونفى برانسون الاتهامات ووصفها بأنها مخزية.", "2018-07-18", "برانسون", EntityType.PER);
        assertThat(d.events()).noneMatch(e -> e.plover().equals("ACCUSE"));
    }

    @Test
    void theNextSentenceNamingACityOfTheSameCountryTellsTheSameKilling() {
        String text = "وأفادت صحيفة بأن الزعيم الكوري الشمالي أعدم ضابطا في كوريا الشمالية. "
                + "وذكرت التقارير أن فرقة قتلت الضابط رميا بالرصاص في العاصمة بيونغ يانغ.";
        Coded c = code(text, "2018-06-27", List.of(
                new EvalEventsOracle.Referent("كوريا الشمالية", EntityType.LOC, List.of("كوريا الشمالية"),
                        new org.marsad.model.Geo(40, 127, "KP", null, "country")),
                new EvalEventsOracle.Referent("بيونغ يانغ", EntityType.LOC, List.of("بيونغ يانغ"),
                        new org.marsad.model.Geo(39, 125.7, "KP", null, "city"))));
        assertThat(c.events()).filteredOn(e -> e.plover().equals("ASSAULT")).singleElement()
                .satisfies(e -> assertThat(e.trigger().text()).isEqualTo("أعدم"));
    }

    @Test
    void aWeekdayWithAPresentTenseVerbIsTheComingDay() {
        // published on Monday 28 May 2018: "يعقد ... الخميس" is Thursday 31 May, a future meeting
        Coded c = code("يعقد حلف شمال الأطلسي الخميس محادثات رسمية مع روسيا.", "2018-05-28",
                "حلف شمال الأطلسي", EntityType.ORG, "روسيا", EntityType.LOC);
        Event e = c.only("CONSULT");
        assertThat(e.date()).isEqualTo("2018-05-31");
        assertThat(e.modality()).isEqualTo(Modality.FUTURE);
        Coded past = code("عقد حلف شمال الأطلسي الخميس محادثات رسمية مع روسيا.", "2018-05-28",
                "حلف شمال الأطلسي", EntityType.ORG, "روسيا", EntityType.LOC);
        assertThat(past.only("CONSULT").date()).isEqualTo("2018-05-24");
    }

    @Test
    void aViolationNeedsANamedParty() {
        // "violations" with nobody named are a description, not an accusation made here
        assertThat(code("وتدير مؤسسة حقوقية مشروعا لتصوير انتهاكات الجنود في الضفة الغربية.", "2018-05-27").events())
                .noneMatch(e -> e.plover().equals("ACCUSE"));
        Coded c = code("وأكد السويدي أن هذه الحوادث تشكل انتهاكا خطيرا من قبل دولة قطر.", "2018-05-18",
                "السويدي", EntityType.PER, "قطر", EntityType.LOC);
        assertThat(c.events()).anyMatch(e -> e.plover().equals("ACCUSE"));
    }

    @Test
    void maghrebiArrestCustodyAndSeizureWords() {
        // إيقاف: the Tunisian press's arrest, a weak form: an event when someone is held, not when work stops
        Coded c = code("وتمكنت وحدات الحرس الوطني من إيقاف ثلاثة أشخاص بمدينة صفاقس.", "2019-01-14",
                "الحرس الوطني", EntityType.ORG, "صفاقس", EntityType.LOC);
        assertThat(c.only("COERCE").mode()).isEqualTo("arrest");
        assertThat(code("وقررت الوزارة إيقاف العمل بالمعبر الحدودي.", "2019-01-14").events()).noneMatch(type("COERCE"));
        assertThat(code("ودعت قطر إلى إيقاف آلة القتل الإسرائيلية.", "2019-01-14", "قطر", EntityType.LOC).events()).noneMatch(type("COERCE"));
        assertThat(code("وتم إيقاف الضابط هوي ليك عن العمل ثلاثة أيام.", "2019-01-14", "هوي ليك", EntityType.PER).events())
                .noneMatch(type("COERCE"));
        // الاحتفاظ: custody when someone is held right after it, not keeping a thing
        assertThat(code("وأذنت النيابة العمومية بالاحتفاظ بهما.", "2019-01-14", "النيابة العمومية", EntityType.ORG).events())
                .anyMatch(e -> e.plover().equals("COERCE") && e.mode().equals("detain"));
        assertThat(code("وقال إن أردوغان مدفوع بالاحتفاظ بالسلطة.", "2019-01-14", "أردوغان", EntityType.PER).events()).noneMatch(type("COERCE"));
        // حجز alone is mostly a booking (حجز مكانه في المونديال)
        assertThat(code("وكان المنتخب ثاني منتخب حجز مكانه في المونديال.", "2019-01-14").events()).noneMatch(type("COERCE"));
        // حجز كمية: a seizure of goods
        Coded s = code("وتمكن أعوان الديوانة من حجز كمية من السجائر المهربة.", "2019-01-14", "الديوانة", EntityType.ORG);
        assertThat(s.only("COERCE").mode()).isEqualTo("confiscate");
        assertThat(s.only("COERCE").actor()).isEqualTo(s.id("الديوانة"));
        // شكاية: the Maghreb's word for a complaint
        assertThat(code("وقررت هيئة الدفاع تقديم شكاية ضد وزير الداخلية.", "2019-01-14", "هيئة الدفاع", EntityType.ORG).events())
                .anyMatch(e -> e.plover().equals("ACCUSE"));
        // بطاقة إيداع: a detention warrant
        assertThat(code("وأصدر قاضي التحقيق بطاقة إيداع بالسجن في حق المتهم.", "2019-01-14").events())
                .anyMatch(e -> e.plover().equals("COERCE") && e.mode().equals("detain"));
    }

    @Test
    void seizingTerritoryIsATakeOverSeizingGoodsASeizure() {
        Coded town = code("واستولى الحوثيون على مدينة الحديدة بعد معارك عنيفة.", "2019-01-14", "الحوثيون", EntityType.ORG,
                "الحديدة", EntityType.LOC);
        assertThat(town.events()).anyMatch(e -> e.plover().equals("ASSAULT") && "occupy".equals(e.mode())).noneMatch(type("COERCE"));
        Coded named = code("بعد استيلاء الحوثيين على صنعاء في 2014.", "2019-01-14", "الحوثيين", EntityType.ORG, "صنعاء", EntityType.LOC);
        assertThat(named.events()).anyMatch(e -> e.plover().equals("ASSAULT") && "occupy".equals(e.mode()));
        Coded goods = code("واستولى المسلحون على كمية من الأسلحة التابعة للجيش.", "2019-01-14");
        assertThat(goods.events()).anyMatch(e -> e.plover().equals("COERCE") && "seize".equals(e.mode())).noneMatch(type("ASSAULT"));
    }

    @Test
    void aRoadBlockedInProtestIsAProtest() {
        Coded c = code("وقطع محتجون الطريق الرابطة بين القصرين وسبيطلة احتجاجا على غياب التنمية.", "2019-01-14",
                "القصرين", EntityType.LOC, "سبيطلة", EntityType.LOC);
        assertThat(c.only("PROTEST").acledSubEventType()).isEqualTo("Peaceful protest");
        Coded n = code("وأقدم عدد من الأهالي على غلق الطريق بالعجلات المطاطية احتجاجا على انقطاع الماء.", "2019-01-14");
        assertThat(n.events()).anyMatch(type("PROTEST")).noneMatch(type("COERCE"));
        // a closure by the authorities stays a ban; قطع الطريق على is "to forestall"
        assertThat(code("وأغلقت السلطات الطريق أمام حركة المرور بسبب الأشغال.", "2019-01-14").events()).noneMatch(type("PROTEST"));
        assertThat(code("ويهدف القرار إلى قطع الطريق على أي محاولة للتلاعب.", "2019-01-14").events()).isEmpty();
    }

    private static java.util.function.Predicate<Event> type(String plover) {
        return e -> e.plover().equals(plover);
    }

    private void assertAssaultsAre(Modality modality, String text) {
        assertThat(code(text, "2018-03-25").events()).filteredOn(type("ASSAULT")).isNotEmpty().allMatch(e -> e.modality() == modality);
    }

    @Test
    void aPresentVerbAfterARelativePronounIsAStandingState() {
        assertThat(code("وهزم الصدر منافسيه الذين تدعمهم إيران حيث تعهد بخلق فرص عمل.", "2018-07-17",
                "الصدر", EntityType.PER, "إيران", EntityType.LOC).events()).noneMatch(type("SUPPORT"));
        assertThat(code("ويعد الصراع جزءا من تصارع القوة بين السعودية التي تدعم الحكومة وإيران.", "2018-03-07",
                "السعودية", EntityType.LOC, "إيران", EntityType.LOC).events()).noneMatch(type("SUPPORT"));
        // a detention told so stays news
        assertThat(code("وطالب ترامب بالإفراج عن القس برونسون الذي تحتجزه تركيا.", "2018-08-13",
                "ترامب", EntityType.PER, "برونسون", EntityType.PER, "تركيا", EntityType.LOC).events()).anyMatch(type("COERCE"));
    }

    @Test
    void interceptingMissilesIsNoRejection() {
        assertThat(code("وتؤكد المملكة أنها تمكنت على الدوام من اعتراض هذه الصواريخ.", "2018-04-28").events()).noneMatch(type("REJECT"));
    }

    @Test
    void hostingRefugeesOrAGameIsNoMeeting() {
        assertThat(code("وتستضيف تركيا أكثر من 3.5 مليون لاجئ سوري.", "2018-05-01", "تركيا", EntityType.LOC).events())
                .noneMatch(type("CONSULT"));
        assertThat(code("لكن استضافة كوريا الجنوبية للألعاب الأولمبية الشتوية خففت التوتر.", "2018-04-18",
                "كوريا الجنوبية", EntityType.LOC).events()).noneMatch(type("CONSULT"));
    }

    @Test
    void agreeingInThePresentIsConsistencyNotAnAgreement() {
        assertThat(code("ويهدف التغيير إلى تعيين مسؤولين يتفقون مع تطلعاته في السياسة الخارجية.", "2018-03-24").events())
                .noneMatch(type("AGREE"));
        assertThat(code("واتفق الزعيمان على السعي لتحقيق سلام دائم.", "2018-06-12").events()).anyMatch(type("AGREE"));
    }

    @Test
    void holdingSomeoneResponsibleIsAnAccusation() {
        Coded c = code("وتحمل هولندا وأستراليا موسكو مسؤولية نشر الصاروخ.", "2018-07-15",
                "هولندا", EntityType.LOC, "أستراليا", EntityType.LOC, "موسكو", EntityType.LOC);
        Event e = c.only("ACCUSE");
        assertThat(e.actor()).isEqualTo(c.id("هولندا"));
        assertThat(e.target()).isEqualTo(c.id("موسكو"));
        assertThat(code("وأعلنت الوزارة أن قوات الأمن قتلت ستة أشخاص قالت إنها تابعة لجماعة الإخوان، وحملتها مسؤولية محاولة الاغتيال.",
                "2018-03-25", "جماعة الإخوان", EntityType.ORG).events()).anyMatch(type("ACCUSE"));
    }

    @Test
    void aidThatFallsIsNoAidAndAidCutIsASanction() {
        assertThat(code("وتراجعت المساعدات الدولية لليمن هذا العام.", "2018-05-01").events()).noneMatch(type("AID"));
        Coded c = code("وخفضت الولايات المتحدة مساعداتها لباكستان.", "2018-04-28",
                "الولايات المتحدة", EntityType.LOC, "باكستان", EntityType.LOC);
        assertThat(c.only("SANCTION").mode()).isEqualTo("cut");
        assertThat(c.events()).noneMatch(type("AID"));
    }

    @Test
    void orderingDiplomatsToLeaveIsAnExpulsion() {
        Coded c = code("وكانت الولايات المتحدة أمرت الأسبوع الماضي 60 دبلوماسيا روسيا بالمغادرة.", "2018-04-01",
                "الولايات المتحدة", EntityType.LOC);
        Event e = c.only("SANCTION");
        assertThat(e.mode()).isEqualTo("expel");
        assertThat(e.actor()).isEqualTo(c.id("الولايات المتحدة"));
        assertThat(code("طلبت السعودية من السفير الكندي مغادرة أراضيها خلال 24 ساعة.", "2018-08-06",
                "السعودية", EntityType.LOC).events()).anyMatch(type("SANCTION")).noneMatch(type("REQUEST"));
    }

    @Test
    void aNamedPersonAttackingInWordsCriticizes() {
        Coded c = code("هاجم الرئيس الأميركي دونالد ترامب وزير الخارجية السابق جون كيري يوم الاثنين.", "2018-05-07",
                "دونالد ترامب", EntityType.PER, "جون كيري", EntityType.PER);
        assertThat(c.events()).noneMatch(type("ASSAULT"));
        assertThat(c.only("ACCUSE").actor()).isEqualTo(c.id("دونالد ترامب"));
        // an armed group's attack stays an attack
        assertThat(code("هاجم مسلحون مجهولون نقطة تفتيش للجيش في سيناء.", "2018-05-07").events()).anyMatch(type("ASSAULT"));
    }

    @Test
    void stoppingSomethingIsNoArrest() {
        assertThat(code("لكن ديغول أوقف التعاون العسكري بين البلدين.", "2018-07-09", "ديغول", EntityType.PER).events())
                .noneMatch(type("COERCE"));
        Coded c = code("وكانت ميلينا بوغدير أوقفت صيف 2017 في الموصل.", "2018-06-02",
                "ميلينا بوغدير", EntityType.PER, "الموصل", EntityType.LOC);
        assertThat(c.only("COERCE").target()).isEqualTo(c.id("ميلينا بوغدير"));
    }

    @Test
    void marketClosingsAndPollSharesAreNoEvents() {
        assertThat(code("وارتفعت عقود الخام 50 سنتا ليغلق عند 63.51 دولار للبرميل.", "2018-04-03").events()).noneMatch(type("COERCE"));
        assertThat(code("ويؤيد 61 بالمئة من الفرنسيين إعادة فرض حالة الطوارئ.", "2018-03-30").events()).noneMatch(type("SUPPORT"));
    }

    @Test
    void aCeasefireSpelledWithLamIsAnAgreementNotShooting() {
        Coded c = code("ويشهد الجنوب السوري وقفا لاطلاق النار أعلنته موسكو مع واشنطن.", "2018-06-15",
                "موسكو", EntityType.LOC, "واشنطن", EntityType.LOC);
        assertThat(c.events()).anyMatch(type("AGREE")).noneMatch(type("ASSAULT"));
    }

    @Test
    void aNegationWithAGluedPrepositionNegates() {
        assertAssaultsAre(Modality.NEGATED, "وقال رجل أمن إن لدينا أوامر بعدم إطلاق النار على المحتجين.");
    }

    @Test
    void whoMetDeathIsTheVictimAndTheCarryingVerbsSubjectActs() {
        Coded c = code("لقي عشرات الحوثيين مصرعهم في غارة جوية شنتها طائرات التحالف على صنعاء.", "2018-04-28",
                "الحوثيين", EntityType.ORG, "التحالف", EntityType.ORG, "صنعاء", EntityType.LOC);
        Event e = c.only("ASSAULT");
        assertThat(e.target()).isEqualTo(c.id("الحوثيين"));
        assertThat(e.actor()).isEqualTo(c.id("التحالف"));
        Coded shelling = code("وأصيب مدنيون في قصف كثيف نفذته القوات الحكومية على محافظة درعا.", "2018-06-15",
                "القوات الحكومية", EntityType.ORG, "محافظة درعا", EntityType.LOC);
        assertThat(shelling.only("ASSAULT").actor()).isEqualTo(shelling.id("القوات الحكومية"));
    }

    @Test
    void aMeetingNounTakesTheClauseSubjectOrTheChair() {
        Coded c = code("شكر وزير الخارجية الأمريكي مايك بومبيو السعودية خلال مكالمة هاتفية أجراها الإثنين مع الأمير محمد بن سلمان.",
                "2018-08-14", "مايك بومبيو", EntityType.PER, "السعودية", EntityType.LOC, "محمد بن سلمان", EntityType.PER);
        Event call = c.only("CONSULT");
        assertThat(call.actor()).isEqualTo(c.id("مايك بومبيو"));
        assertThat(call.target()).isEqualTo(c.id("محمد بن سلمان"));
        Coded chaired = code("وجاءت هذه القرارات خلال اجتماع طارئ للمجلس الوزاري للأمن الوطني برئاسة العبادي.", "2018-07-15",
                "العبادي", EntityType.PER);
        assertThat(chaired.only("CONSULT").actor()).isEqualTo(chaired.id("العبادي"));
    }

    @Test
    void besiegedAsAnEpithetOrAfterSinceIsNoSiege() {
        assertThat(code("تقدمت قوات النظام في جنوب الغوطة الشرقية المحاصرة.", "2018-03-03", "الغوطة الشرقية", EntityType.LOC).events())
                .noneMatch(type("ASSAULT"));
        assertThat(code("ويعد هذا أكبر نزوح من المنطقة منذ حاصرتها القوات الحكومية.", "2018-03-15").events()).noneMatch(type("ASSAULT"));
    }

    @Test
    void aPastVerbBeginningWithTehIsNotPresent() {
        // published Sunday 15 April 2018: تظاهر (demonstrated) on Saturday is the day before, not the coming one
        Event e = code("تظاهر الآلاف في مدينة نانت يوم السبت.", "2018-04-15", "نانت", EntityType.LOC).only("PROTEST");
        assertThat(e.date()).isEqualTo("2018-04-14");
        assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void planningAnAttackIsNotTheAttack() {
        assertAssaultsAre(Modality.FUTURE, "وتلقت الخلية تكليفات بالتخطيط لاستهداف عدد من الشخصيات الهامة.");
    }

    @Test
    void courtWordsKeepTheirLegalSense() {
        assertThat(code("وقال مصدر إن المحكمة قضت بعدم جواز نظر طعن اثنين من المتهمين.", "2018-04-28").events())
                .noneMatch(type("ASSAULT"));
        assertThat(code("وأيدت محكمة النقض الحكم الصادر بحق المتهمين.", "2018-04-28").events()).noneMatch(type("SUPPORT"));
        assertThat(code("وقالت الشرطة إن رجلا طعن ثلاثة أشخاص بسكين قرب المحكمة.", "2018-04-28").events()).anyMatch(type("ASSAULT"));
    }

    @Test
    void aCountBeforeTheVerbSinceAStartIsATally() {
        assertThat(code("وتفيد تقديرات بأن حوالي 709 مدنيين قتلوا منذ تكثيف القوات الحكومية هجماتها.", "2018-03-05").events())
                .noneMatch(e -> e.plover().equals("ASSAULT") && "kill".equals(e.mode()));
    }

    @Test
    void aPartySaidToBeResponsibleIsAccused() {
        Coded c = code("وقال بوريس جونسون إن روسيا مسؤولة على الأرجح عن الهجوم.", "2018-04-01",
                "بوريس جونسون", EntityType.PER, "روسيا", EntityType.LOC);
        Event e = c.only("ACCUSE");
        assertThat(e.target()).isEqualTo(c.id("روسيا"));
        assertThat(e.actor()).isEqualTo(c.id("بوريس جونسون"));
        // the official in charge is no accusation
        assertThat(code("وقال المسؤول عن الملف إن المفاوضات ستستأنف.", "2018-04-01").events()).noneMatch(type("ACCUSE"));
    }

    @Test
    void aCallFramingTheOpeningVerbIsHeldByItsSubject() {
        Coded c = code("بحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي في اتصال هاتفي تطورات الأوضاع.", "2018-06-01",
                "سامح شكري", EntityType.PER, "أيمن الصفدي", EntityType.PER);
        Event e = c.only("CONSULT");
        assertThat(e.actor()).isEqualTo(c.id("سامح شكري"));
        assertThat(e.target()).isEqualTo(c.id("أيمن الصفدي"));
        Coded told = code("وأبلغ الأحمر الرئيس اليمني عبدربه منصور هادي، في اتصال هاتفي، بسير المعارك.", "2018-03-14",
                "الأحمر", EntityType.PER, "عبدربه منصور هادي", EntityType.PER);
        assertThat(told.only("CONSULT").actor()).isEqualTo(told.id("الأحمر"));
        assertThat(told.only("CONSULT").target()).isEqualTo(told.id("عبدربه منصور هادي"));
    }

    @Test
    void aSpeakerIsNotTheSourceOfHisOwnWords() {
        // the minister's accusation is his own: no source; the attack he reports is according to him
        Coded c = code("وقال وزير الدفاع العراقي إن التنظيم هاجم قرية في ديالى، واتهم التنظيم باستهداف المدنيين.", "2024-12-20",
                "وزير الدفاع العراقي", EntityType.PER, "التنظيم", EntityType.ORG, "ديالى", EntityType.LOC);
        assertThat(c.only("ASSAULT").attribution()).isEqualTo(c.id("وزير الدفاع العراقي"));
        assertThat(c.only("ACCUSE").attribution()).isNull();
        // a speech act told according to someone else keeps its source
        Coded agency = code("ودعا الرئيس الإيراني إلى وقف التصعيد، بحسب وكالة رويترز.", "2024-12-20",
                "الرئيس الإيراني", EntityType.PER, "وكالة رويترز", EntityType.ORG);
        Coded before = code("وبحسب وكالة رويترز، دعا الرئيس الإيراني إلى وقف التصعيد.", "2024-12-20",
                "الرئيس الإيراني", EntityType.PER, "وكالة رويترز", EntityType.ORG);
        assertThat(before.only("REQUEST").actor()).isEqualTo(before.id("الرئيس الإيراني"));
        assertThat(before.only("REQUEST").attribution()).isEqualTo(before.id("وكالة رويترز"));
        assertThat(agency.only("REQUEST").attribution()).isEqualTo(agency.id("وكالة رويترز")); // named after the event too
        // وفق ما أفادت به: the reporting verb after وفق names the source, here after the event
        Coded trailing = code("قتل خمسة أشخاص في قصف على المدينة، وفق ما أفادت به مصادر طبية.", "2024-03-07");
        assertThat(trailing.only("ASSAULT").attribution()).isEqualTo(trailing.id("مصادر طبية"));
    }

    @Test
    void unnamedSourcesAreCitedWithTheirExactWords() {
        String text = "وقالت مصادر طبية إن 25 مدنيا قتلوا في قصف على الفاشر. وذكرت وسائل إعلام محلية أن الشرطة اعتقلت ثلاثة أشخاص.";
        Coded c = code(text, "2024-03-07", "الفاشر", EntityType.LOC, "الشرطة", EntityType.ORG);
        Entity medics = c.entities().stream().filter(e -> e.name().equals("مصادر طبية")).findFirst().orElseThrow();
        assertThat(c.only("ASSAULT").attribution()).isEqualTo(medics.id());
        Mention m = medics.mentions().get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("مصادر طبية"); // the glued و left out
        assertThat(c.only("COERCE").attribution()).isEqualTo(c.id("وسائل إعلام محلية"));
        // an outlet the recognizer missed: its own name, then the article's words and adjectives, up to what it says
        Coded agency = code("وأفادت وكالة مهر للأنباء الإيرانية، السبت، بمقتل 11 عنصرا من الحرس الثوري في اشتباكات.", "2018-07-21");
        assertThat(agency.only("ASSAULT").attribution()).isEqualTo(agency.id("وكالة مهر للأنباء الإيرانية"));
        // a report of a named outlet is the outlet's
        Coded post = code("وذكر تقرير لصحيفة واشنطن بوست أن الجيش قصف القرية.", "2024-03-07",
                "صحيفة واشنطن بوست", EntityType.ORG, "الجيش", EntityType.ORG);
        assertThat(post.only("ASSAULT").attribution()).isEqualTo(post.id("صحيفة واشنطن بوست"));
    }

    @Test
    void verbJoinedAfterACommaGoesOnWithTheSubjectBefore() {
        // one party after the verb, then its complement: the party is the object; the ministry still speaks
        Coded c = code("أدانت وزارة الخارجية الفلسطينية اقتحام المخيم، وطالبت المجتمع الدولي بالتدخل العاجل.", "2024-03-07",
                "وزارة الخارجية الفلسطينية", EntityType.ORG, "المجتمع الدولي", EntityType.ORG);
        Event asked = c.only("REQUEST");
        assertThat(asked.actor()).isEqualTo(c.id("وزارة الخارجية الفلسطينية"));
        assertThat(asked.target()).isEqualTo(c.id("المجتمع الدولي"));
        // no party after the verb: the object of the clause before is not its subject
        Coded denied = code("نفت قوات الدعم السريع استهداف المدنيين، واتهمت الجيش بقصف مواقعها.", "2024-03-07",
                "قوات الدعم السريع", EntityType.ORG, "المدنيين", EntityType.PER);
        assertThat(denied.only("ACCUSE").actor()).isEqualTo(denied.id("قوات الدعم السريع"));
        // two parties in a row are subject and object
        Coded vso = code("أدانت الحكومة اللبنانية الغارة، واتهم حزب الله إسرائيل بالوقوف وراءها.", "2024-03-07",
                "الحكومة اللبنانية", EntityType.ORG, "حزب الله", EntityType.ORG, "إسرائيل", EntityType.LOC);
        assertThat(vso.events()).anyMatch(e -> e.trigger().text().equals("واتهم") && vso.id("حزب الله").equals(e.actor()));
        // a verb whose ending differs from the one before has a subject of its own
        Coded other = code("أدانت الحكومة اللبنانية الغارة، وطالب المجتمع الدولي بمعاقبة المسؤولين.", "2024-03-07",
                "الحكومة اللبنانية", EntityType.ORG, "المجتمع الدولي", EntityType.ORG);
        assertThat(other.only("REQUEST").actor()).isEqualTo(other.id("المجتمع الدولي"));
    }

    @Test
    void placeAfterADirectionOnlyLocatesThePlaceBeforeIt() {
        // مخيم جنين شمال الضفة الغربية: the camp is where the raid happened; the West Bank only says where the camp lies
        Coded c = code("اقتحمت قوات الاحتلال الإسرائيلي مخيم جنين شمال الضفة الغربية واعتقلت 15 فلسطينيا.", "2024-03-07",
                "قوات الاحتلال الإسرائيلي", EntityType.ORG, "مخيم جنين", EntityType.LOC, "الضفة الغربية", EntityType.LOC);
        assertThat(c.events()).isNotEmpty().allMatch(e -> c.id("مخيم جنين").equals(e.location()));
        // a direction with no place before it governs the event's place
        Coded alone = code("شنت طائرات الاحتلال غارات شمال قطاع غزة.", "2024-03-07",
                "قطاع غزة", EntityType.LOC);
        assertThat(alone.only("ASSAULT").location()).isEqualTo(alone.id("قطاع غزة"));
    }

    @Test
    void shootingWithTheSubjectBetweenVerbAndObject() {
        // VSO splits أطلق … النار: the subject stands between, and is the actor
        Coded c = code("وأطلق الجيش الإسرائيلي النار على خمسة مسعفين في خان يونس.", "2018-06-02",
                "الجيش الإسرائيلي", EntityType.ORG, "خان يونس", EntityType.LOC);
        Event e = c.only("ASSAULT");
        assertThat(e.actor()).isEqualTo(c.id("الجيش الإسرائيلي"));
        assertThat(e.trigger().text()).isEqualTo("وأطلق");
        assertThat(e.location()).isEqualTo(c.id("خان يونس"));
        // a comma ends the gap: the fire is not this verb's object
        assertThat(code("أطلق الرئيس، في خطاب أمس، النار على خصومه.", null).events()).noneMatch(x -> x.plover().equals("ASSAULT"));
        // more than four words between is no phrase
        assertThat(code("أطلق الجيش الإسرائيلي الليلة الماضية من جديد النار.", null).events()).noneMatch(x -> x.plover().equals("ASSAULT"));
    }

    @Test
    void allegationsAreAccusations() {
        Coded d = code("وكرر ترامب ادعاءات بأن إيران تسعى إلى امتلاك سلاح نووي.", "2018-10-05",
                "ترامب", EntityType.PER, "إيران", EntityType.LOC);
        assertThat(d.only("ACCUSE").actor()).isEqualTo(d.id("ترامب"));
    }

    @Test
    void aBareTitleRefersBackToThePersonItIntroduced() {
        Coded c = code("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع خطير. وانتقد الأمين العام إسرائيل بشدة.",
                "2018-06-15", "أنطونيو غوتيريش", EntityType.PER, "الأمم المتحدة", EntityType.ORG, "إسرائيل", EntityType.LOC);
        Event e = c.only("ACCUSE");
        assertThat(e.actor()).isEqualTo(c.id("أنطونيو غوتيريش"));
        assertThat(e.target()).isEqualTo(c.id("إسرائيل"));
        Entity guterres = c.entities().stream().filter(x -> x.name().equals("أنطونيو غوتيريش")).findFirst().orElseThrow();
        assertThat(guterres.mentions()).anySatisfy(m -> assertThat(m.text()).isEqualTo("الأمين العام"));
    }

    @Test
    void theGenericTitleRefersBackToItsConstructForm() {
        // الوزير after وزير الخارجية الروسي سيرغي لافروف; للوزير keeps the preposition outside the mention
        Coded c = code("وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو سترد. وانتقد الوزير واشنطن. ونقلت الوكالة عن الوزير قوله ذلك.",
                "2018-04-10", "سيرغي لافروف", EntityType.PER, "موسكو", EntityType.LOC, "واشنطن", EntityType.LOC);
        assertThat(c.only("ACCUSE").actor()).isEqualTo(c.id("سيرغي لافروف"));
        Entity lavrov = c.entities().stream().filter(x -> x.name().equals("سيرغي لافروف")).findFirst().orElseThrow();
        assertThat(lavrov.mentions()).extracting(Mention::text).contains("الوزير");
    }

    @Test
    void aTitleBeforeAnotherNameOrPhraseIsNoBackReference() {
        // الرئيس، ميشال عون: an apposition names another person; المتحدث باسم: another title
        Coded c = code("وقال رئيس الوزراء المكلف سعد الحريري إنه متفائل. والتقى الحريري الرئيس، ميشال عون. وأكد المتحدث باسم الحكومة ذلك.",
                "2018-06-15", "سعد الحريري", EntityType.PER, "ميشال عون", EntityType.PER);
        Entity hariri = c.entities().stream().filter(x -> x.name().equals("سعد الحريري")).findFirst().orElseThrow();
        assertThat(hariri.mentions()).noneSatisfy(m -> assertThat(m.text()).isIn("الرئيس", "المتحدث"));
    }

    @Test
    void aCourtPenaltyNamedIsNoSanction() {
        assertThat(code("ونفذت أربع دول 84 في المئة من عقوبات الإعدام في عام 2017.", "2018-10-10").events())
                .noneMatch(e -> e.plover().equals("SANCTION"));
        assertThat(code("وفرضت الولايات المتحدة عقوبات على روسيا.", "2018-10-10", "الولايات المتحدة", EntityType.LOC,
                "روسيا", EntityType.LOC).only("SANCTION")).isNotNull();
    }

    // Session-4 precision round: sentences from unseen ANT articles (in neither gold file)

    @Test
    void aFirearmAfterAKillingIsHowItWasDone() {
        Coded c = code("وفي 26 يوليو 2013، اغتال مسلحون مجهولون السياسي التونسي المعارض محمد البراهمي بالرصاص أمام منزله في تونس العاصمة.",
                "2018-10-02", "محمد البراهمي", EntityType.PER, "تونس العاصمة", EntityType.LOC);
        assertThat(c.only("ASSAULT").trigger().text()).isEqualTo("اغتال");
    }

    @Test
    void aMeetingWithItsPartiesSwappedIsOneMeeting() {
        Coded c = code("وصل وزير الخارجية الأمريكي، مايك بومبيو، إلى الرياض لعقد اجتماع مع الملك سلمان بن عبد العزيز. "
                + "واستقبل الملك سلمان بن عبد العزيز الوزير مايك بومبيو في الرياض.", "2018-10-16",
                "مايك بومبيو", EntityType.PER, "الملك سلمان بن عبد العزيز", EntityType.PER, "الرياض", EntityType.LOC);
        assertThat(c.events()).filteredOn(type("CONSULT")).singleElement()
                .satisfies(e -> assertThat(e.trigger().text()).isEqualTo("اجتماع"));
    }

    @Test
    void anEventNounWithAPronounSuffixPointsBack() {
        Coded c = code("أثار توقيف الأمن العام اللبناني للشيخ عباس الجوهري تساؤلات الخميس. "
                + "وكان الجوهري توجه لمركز للأمن العام من أجل متابعة معاملة إدارية، حيث فوجئ بتوقيفه.", "2018-06-08",
                "عباس الجوهري", EntityType.PER, "الأمن العام اللبناني", EntityType.ORG);
        assertThat(c.events()).filteredOn(type("COERCE")).singleElement()
                .satisfies(e -> assertThat(e.trigger().text()).isEqualTo("توقيف"));
        // a request or support with its doer as the suffix is a new act (جددت السعودية ترحيبها)
        Coded s = code("عبرت وزارة الخارجية المصرية عن تضامنها مع السعودية. وجددت السعودية ترحيبها بالمواطنين القطريين.", "2018-08-07",
                "وزارة الخارجية المصرية", EntityType.ORG, "السعودية", EntityType.LOC);
        assertThat(s.events()).filteredOn(type("SUPPORT")).hasSize(2);
    }

    @Test
    void aHeadlineLineInsideTheTextIsNoEvent() {
        String body = "وقام نواب القائمة المشتركة العرب بتمزيق نص القانون احتجاجا، ما دفع رئيس الكنيست إلى طردهم.\n";
        String line = "اعتذار المطربة شيرين عن قضية البلهارسيا لم يمنع مثولها أمام القضاء";
        assertThat(code(body + line, "2018-07-19").events()).noneMatch(type("CONCEDE"));
        // the same words closed by a full stop are a sentence of the story, and a text that is this one line is no headline
        assertThat(code(body + line + ".", "2018-07-19").events()).anyMatch(type("CONCEDE"));
        assertThat(code(line, "2018-07-19").events()).anyMatch(type("CONCEDE"));
    }

    @Test
    void aKillingAnAttackCausedIsItsToll() {
        Coded c = code("شن الجيش اليمني هجوما على مواقع ميليشيات الحوثي في البيضاء. "
                + "وأضاف أن المعارك المتواصلة منذ مساء أمس، أسفرت عن مقتل ما لا يقل عن 35 عنصراً من الميليشيات.",
                "2018-05-11", "الجيش اليمني", EntityType.ORG, "ميليشيات الحوثي", EntityType.ORG, "البيضاء", EntityType.LOC);
        assertThat(c.events()).filteredOn(type("ASSAULT")).singleElement()
                .satisfies(e -> assertThat(e.fatalities()).isEqualTo(35));
        Coded wounded = code("قتل فلسطيني وأصيب العشرات برصاص الجيش الإسرائيلي على الحدود في قطاع غزة. "
                + "وذكرت وسائل إعلام فلسطينية أن عشرة شبان أصيبوا بالرصاص الحي.", "2018-04-06",
                "الجيش الإسرائيلي", EntityType.ORG, "قطاع غزة", EntityType.LOC);
        assertThat(wounded.events()).filteredOn(type("ASSAULT")).hasSize(1);
    }

    @Test
    void aWarsTollSinceYearsBackIsNoTollOfTheAttackBeforeIt() {
        Coded c = code("وشرعت القوات الحكومية والمليشيا الداعمة لها في قصف بالمدفعية على المنطقة الواقعة على الحدود الأردنية والمحاذية "
                + "لمرتفعات الجولان المحتلة. وتخشى أن تؤدي حملة الحكومة العسكرية إلى توسيع النزاع، الذي أسفر عن مقتل 350 ألف شخص، "
                + "وتسبب في نزوح 11 مليون آخرين منذ 2011.", "2018-06-21", "الجولان", EntityType.LOC);
        assertThat(c.events()).filteredOn(e -> e.trigger().text().equals("قصف")).singleElement().satisfies(e -> {
            assertThat(e.fatalities()).isNull();
            assertThat(e.date()).isNull();
            assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
        });
        // the toll is the war's, told as background
        assertThat(c.events()).filteredOn(e -> e.trigger().text().equals("مقتل")).singleElement().satisfies(e -> {
            assertThat(e.fatalities()).isEqualTo(350000);
            assertThat(e.modality()).isEqualTo(Modality.HISTORICAL);
        });
    }

    @Test
    void refusingToCommentIsNoRefusal() {
        assertThat(code("ورفض متحدث باسم سفارة الإمارات في العاصمة الأمريكية واشنطن التعليق.", "2018-07-12").events())
                .noneMatch(type("REJECT"));
        // refusing someone's remarks is a refusal
        assertThat(code("رفض ولي العهد السعودي الامير محمد بن سلمان تعليقات الرئيس الأمريكي دونالد ترامب.", "2018-10-05",
                "محمد بن سلمان", EntityType.PER, "دونالد ترامب", EntityType.PER).events()).anyMatch(type("REJECT"));
    }

    @Test
    void supportAsThePurposeOfAnotherActIsNoSupport() {
        assertThat(code("وفي العاصمة بغداد، تظاهر العشرات في ساحة التحرير، وسط العاصمة، تأييدا لتظاهرات المحافظات الجنوبية.",
                "2018-07-15", "بغداد", EntityType.LOC).events()).noneMatch(type("SUPPORT")).anyMatch(type("PROTEST"));
        // the object of its verb is support given
        assertThat(code("وتوفر روسيا وإيران دعما لحكومة الرئيس السوري، بشار الأسد.", "2018-09-07",
                "روسيا", EntityType.LOC, "إيران", EntityType.LOC, "بشار الأسد", EntityType.PER).events()).anyMatch(type("SUPPORT"));
    }

    @Test
    void stoppingTheFireIsNoShootingAndAShareAgreeingIsAPoll() {
        assertThat(code("والآن مع توصل الأمم المتحدة لقرار إيقاف إطلاق النار عبر أرجاء سوريا.", "2018-02-28",
                "الأمم المتحدة", EntityType.ORG, "سوريا", EntityType.LOC).events()).noneMatch(type("ASSAULT"));
        assertThat(code("يوافق 81,7٪ من المهنيين في المنطقة على أنهم يشعرون بمزيد من الإنتاجية خلال رمضان.", "2018-05-20").events())
                .noneMatch(type("AGREE"));
    }

    @Test
    void aReleaseAskedForAfterTheAskersIsTheRequestsObject() {
        Coded c = code("والمصور الصحافي محمود أبوزيد تطالب منظمات حقوقية دولية ومحلية بإطلاق سراحه منذ توقيفه.", "2018-07-28",
                "محمود أبوزيد", EntityType.PER);
        assertThat(c.events()).noneMatch(type("CONCEDE")).anyMatch(type("REQUEST"));
    }

    @Test
    void aRisingCountAndTheStartOfAProtestAfterSinceAreNoEvents() {
        Coded c = code("وبذلك، يرتفع إلى 162 عدد الفلسطينيين الذين قتلوا بنيران الجيش الإسرائيلي منذ بدء الاحتجاجات على حدود غزة.",
                "2018-07-25", "الجيش الإسرائيلي", EntityType.ORG, "غزة", EntityType.LOC);
        assertThat(c.events()).noneMatch(type("ASSAULT")).noneMatch(type("PROTEST"));
        // the shelling the dead were counted from is told
        assertThat(code("ارتفعت حصيلة القتلى جراء قصف قوات النظام السوري للغوطة الشرقية.", "2018-03-19",
                "الغوطة الشرقية", EntityType.LOC).events()).anyMatch(type("ASSAULT"));
    }

    @Test
    void anyEventIsNoEventUnlessNegated() {
        assertThat(code("وحذرت الخارجية الأمريكية من أن واشنطن سوف ترد فورا على أي هجوم كيميائي تشنه الحكومة السورية على إدلب.",
                "2018-09-11", "الحكومة السورية", EntityType.ORG, "إدلب", EntityType.LOC).events()).noneMatch(type("ASSAULT"));
        // a negated one is a failed event: kept (its modality is ModalityRules' business)
        assertThat(code("وقال مسؤولون إن الكوريتين لم تتوصلا لأي اتفاق ملموس خلال تلك المحادثات.", "2018-10-15").events())
                .anyMatch(type("AGREE"));
    }

    @Test
    void deathsFromADisasterOrACrashAreNoAssault() {
        assertThat(code("وأفادت الأنباء بمقتل شخصين واصابة أكثر من 200 آخرين جراء الزلزال.", "2018-08-26").events())
                .noneMatch(type("ASSAULT"));
        assertThat(code("قتل تسعة أشخاص في حادث تحطم طائرة نقل عسكرية في ولاية جورجيا الأمريكية.", "2018-05-03",
                "ولاية جورجيا", EntityType.LOC).events()).noneMatch(type("ASSAULT"));
        // a named attacker makes it an attack whatever else the sentence names
        assertThat(code("وقالت الحكومة إن تنظيم داعش قتل 12 شخصا في منطقة ضربها الزلزال.", "2018-08-26",
                "تنظيم داعش", EntityType.ORG).events()).anyMatch(type("ASSAULT"));
    }

    @Test
    void aKillingToldWithTheAttackItHappenedInIsOneEvent() {
        Coded c = code("والجمعة قتل 43 مدنيا على الأقل بقصف للقوات التركية على مدينة عفرين، شمالي سوريا.", "2018-03-17",
                "القوات التركية", EntityType.ORG, "عفرين", EntityType.LOC);
        assertThat(c.events()).filteredOn(type("ASSAULT")).singleElement().satisfies(e -> assertThat(e.actor()).isNotNull());
    }

    @Test
    void aQuestionTellsNoEvent() {
        assertThat(code("ألستم أول من قام بالتطبيع ورفعتم العلم الإسرائيلي بقطر فكنتم حصان طروادة الذي هدم عملية السلام؟", "2018-06-20")
                .events()).noneMatch(type("COERCE"));
        assertThat(code("ما الذي يمكن أن يتمخض عنه اجتماع بومبيو؟", "2018-10-16", "بومبيو", EntityType.PER).events()).isEmpty();
    }
}
