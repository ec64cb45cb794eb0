package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.event.CoderHarness.Coded;
import org.marsad.model.EntityType;
import org.marsad.model.Event;

/** Session-4 argument rules (actor and target), each on a short sentence from an unseen ANT article. */
class ArgumentsPartiesTest {
    private static Coded code(String text, Object... names) {
        return CoderHarness.code(text, "2018-06-01", names);
    }

    @Test
    void aPartyJoinedToTheSubjectByWawIsNoObject() {
        Coded c = code("وتتهم الحكومة الشرعية والتحالف العربي، إيران بتزويد ميليشيا الحوثي بهذا النوع من الصواريخ الباليستية.",
                "الحكومة الشرعية", EntityType.ORG, "التحالف العربي", EntityType.ORG, "إيران", EntityType.LOC,
                "ميليشيا الحوثي", EntityType.ORG);
        Event e = c.only("ACCUSE");
        assertThat(e.actor()).isEqualTo(c.id("الحكومة الشرعية"));
        assertThat(e.target()).isEqualTo(c.id("إيران"));
    }

    @Test
    void betweenTwoPartiesAfterAnEventNoun() {
        Coded c = code("يتحدث البعض عن احتمال اشتعال حرب بين إيران وإسرائيل في حال ألغى الرئيس الأمريكي التزامات بلاده.",
                "إيران", EntityType.LOC, "إسرائيل", EntityType.LOC);
        Event e = c.only("ASSAULT");
        assertThat(e.actor()).isEqualTo(c.id("إيران"));
        assertThat(e.target()).isEqualTo(c.id("إسرائيل"));
        // the second party may follow و and a title, and the party named before the noun is not its actor
        Coded talks = code("وأضاف حميد أبو طالبي أن ذلك يمهد طريق المحادثات الصعب بين إيران والرئيس الأمريكي دونالد ترامب.",
                "حميد أبو طالبي", EntityType.PER, "إيران", EntityType.LOC, "دونالد ترامب", EntityType.PER);
        Event t = talks.only("CONSULT");
        assertThat(t.actor()).isEqualTo(talks.id("إيران"));
        assertThat(t.target()).isEqualTo(talks.id("دونالد ترامب"));
    }

    @Test
    void aMediationBetweenTwoPartiesIsTheMediators() {
        Coded c = code("عمل الصماد ضمن لجان الوساطة بين الحكومة اليمنية والحوثيين عام 2009.",
                "الصماد", EntityType.PER, "الحكومة اليمنية", EntityType.ORG, "الحوثيين", EntityType.ORG);
        for (Event e : c.events()) assertThat(e.actor()).isNotEqualTo(c.id("الحكومة اليمنية"));
    }

    @Test
    void aRelativeVerbWithItsObjectPronounTakesTheAntecedentAsTarget() {
        Coded c = code("وقال بوتين إن روسيا تريد استجواب الرعايا الأمريكيين الذين يتهمهم الكرملين بأعمال غير قانونية.",
                "بوتين", EntityType.PER, "روسيا", EntityType.LOC, "الرعايا الأمريكيين", EntityType.PER, "الكرملين", EntityType.ORG);
        Event e = c.only("ACCUSE");
        assertThat(e.actor()).isEqualTo(c.id("الكرملين"));
        assertThat(e.target()).isEqualTo(c.id("الرعايا الأمريكيين"));
        // with a comma before the relative pronoun
        Coded comma = code("ويتهم برانسون بنشاطات مؤيدة لحركة فتح الله غولن، الذي تتهمه أنقرة بتدبير محاولة الانقلاب في 2016.",
                "برانسون", EntityType.PER, "فتح الله غولن", EntityType.PER, "أنقرة", EntityType.LOC);
        Event g = comma.events().stream().filter(x -> x.trigger().text().equals("تتهمه")).findFirst().orElseThrow();
        assertThat(g.actor()).isEqualTo(comma.id("أنقرة"));
        assertThat(g.target()).isEqualTo(comma.id("فتح الله غولن"));
    }

    @Test
    void aRelativeVerbWithoutObjectPronounHasTheAntecedentAsSubject() {
        Coded c = code("وأقامت تركيا، التي دعمت بعض جماعات المعارضة المسلحة في المنطقة، 12 موقعا للمراقبة العسكرية.",
                "تركيا", EntityType.LOC, "جماعات المعارضة المسلحة", EntityType.ORG);
        Event e = c.only("SUPPORT");
        assertThat(e.actor()).isEqualTo(c.id("تركيا"));
        assertThat(e.target()).isEqualTo(c.id("جماعات المعارضة المسلحة"));
    }

    @Test
    void theCounterpartIsNeverTheSubject() {
        Coded c = code("وأضاف ترامب أن الرئيس سيلتقي نظيره الروسي فلاديمير بوتين في هلسنكي.",
                "ترامب", EntityType.PER, "فلاديمير بوتين", EntityType.PER, "هلسنكي", EntityType.LOC);
        Event e = c.only("CONSULT");
        assertThat(e.actor()).isNotEqualTo(c.id("فلاديمير بوتين"));
        assertThat(e.target()).isEqualTo(c.id("فلاديمير بوتين"));
    }

    @Test
    void anUnnamedTitleWithANationalityIsThePersonIntroducedSo() {
        Coded c = code("وصل الرئيس الأميركي دونالد ترامب إلى فنلندا. ويجري الرئيس الأميركي في هلسنكي أول قمة له مع بوتن منذ وصوله إلى البيت الأبيض.",
                "دونالد ترامب", EntityType.PER, "بوتن", EntityType.PER, "فنلندا", EntityType.LOC, "هلسنكي", EntityType.LOC);
        Event e = c.only("CONSULT");
        assertThat(e.actor()).isEqualTo(c.id("دونالد ترامب"));
        assertThat(e.target()).isEqualTo(c.id("بوتن"));
        // another person named right after the title is not the one introduced before
        Coded other = code("قال الرئيس المصري عبد الفتاح السيسي إنه لم تكن هناك مؤامرة عند إسقاط حكم الرئيس المصري آنذاك محمد مرسي.",
                "عبد الفتاح السيسي", EntityType.PER, "محمد مرسي", EntityType.PER);
        for (Event x : other.events()) assertThat(x.target()).isNotEqualTo(other.id("عبد الفتاح السيسي"));
    }

    @Test
    void aSubjectCutFromItsVerbByARelativeClauseBetweenCommas() {
        Coded c = code("وكان ترامب، الذي سعى إلى تحسين العلاقات مع روسيا، انتقد بوتين بالاسم يوم الأحد على تويتر.",
                "ترامب", EntityType.PER, "روسيا", EntityType.LOC, "بوتين", EntityType.PER);
        Event e = c.only("ACCUSE");
        assertThat(e.actor()).isEqualTo(c.id("ترامب"));
        assertThat(e.target()).isEqualTo(c.id("بوتين"));
    }

    @Test
    void aKillingVerbFollowedByTheWeaponIsPassive() {
        Coded c = code("وذكرت الوزارة أن المسعف المتطوع عبد الله القططي قتل برصاص قناصة الاحتلال الإسرائيلي شرق مدينة رفح.",
                "عبد الله القططي", EntityType.PER, "رفح", EntityType.LOC);
        Event e = c.only("ASSAULT");
        assertThat(e.actor()).isNull();
        assertThat(e.target()).isEqualTo(c.id("عبد الله القططي"));
        Coded after = code("وقتل الصحفي ياسر مرتجى برصاص الجيش الإسرائيلي شرق مدينة رفح.",
                "ياسر مرتجى", EntityType.PER, "الجيش الإسرائيلي", EntityType.ORG, "رفح", EntityType.LOC);
        Event a = after.only("ASSAULT");
        assertThat(a.actor()).isEqualTo(after.id("الجيش الإسرائيلي"));
        assertThat(a.target()).isEqualTo(after.id("ياسر مرتجى"));
        // with its object pronoun the verb is active: the police killed him
        Coded active = code("وتبين أن منفذ الهجوم يدعى أنيس عماري، وقتلته الشرطة الإيطالية بالرصاص بعد أربعة أيام.",
                "أنيس عماري", EntityType.PER, "الشرطة الإيطالية", EntityType.ORG);
        Event k = active.only("ASSAULT");
        assertThat(k.actor()).isEqualTo(active.id("الشرطة الإيطالية"));
        assertThat(k.target()).isEqualTo(active.id("أنيس عماري"));
    }

    @Test
    void aPlaceAttackedAfterDiddOrAlaIsTheTarget() {
        Coded c = code("ونفذت الولايات المتحدة وفرنسا وبريطانيا ضربات جوية على سوريا فجر السبت ردا على هجوم كيميائي مفترض.",
                "الولايات المتحدة", EntityType.LOC, "فرنسا", EntityType.LOC, "بريطانيا", EntityType.LOC, "سوريا", EntityType.LOC);
        Event e = c.events().stream().filter(x -> x.trigger().text().equals("ضربات جوية")).findFirst().orElseThrow();
        assertThat(e.target()).isEqualTo(c.id("سوريا"));
        // a city too, after ضد
        Coded city = code("وأعلن الجيش السوري بدء هجوم واسع ضد إدلب.", "الجيش السوري", EntityType.ORG, "إدلب", EntityType.LOC);
        assertThat(city.only("ASSAULT").target()).isEqualTo(city.id("إدلب"));
    }

    @Test
    void theGenitiveOfAnAttackNounWithAMarkedTargetIsItsActor() {
        Coded c = code("وقد عبر المسؤولون الروس عن قلقهم قبل هجوم الحكومة السورية المتوقع على نطاق واسع ضد إدلب.",
                "الحكومة السورية", EntityType.ORG, "إدلب", EntityType.LOC);
        Event e = c.only("ASSAULT");
        assertThat(e.actor()).isEqualTo(c.id("الحكومة السورية"));
        assertThat(e.target()).isEqualTo(c.id("إدلب"));
    }

    @Test
    void thePronounAfterAnIsTheSpeaker() {
        Coded c = code("وقال سفير الكويت لدى الأمم المتحدة منصور العتيبي بعد ظهر الجمعة لصحفيين أنه طلب من المجلس أن يتبنى بيانا.",
                "الكويت", EntityType.LOC, "الأمم المتحدة", EntityType.ORG, "منصور العتيبي", EntityType.PER, "صحفيين", EntityType.PER);
        assertThat(c.only("REQUEST").actor()).isEqualTo(c.id("منصور العتيبي"));
        // also with a quote mark after إنها
        Coded quoted = code("في الوقت نفسه، قالت بريطانيا إنها \"ستدعم بقوة\" عودة زيمبابوي إلى رابطة دول الكومنولث.",
                "بريطانيا", EntityType.LOC, "زيمبابوي", EntityType.LOC);
        Event e = quoted.only("SUPPORT");
        assertThat(e.actor()).isEqualTo(quoted.id("بريطانيا"));
        assertThat(e.target()).isEqualTo(quoted.id("زيمبابوي"));
    }

    @Test
    void theSourceOfCriticismOrSupportFollowsMin() {
        Coded c = code("وتنفي الحكومة السورية، التي تتلقى دعما عسكريا من روسيا، أن تكون وراء أي هجوم كيميائي.",
                "الحكومة السورية", EntityType.ORG, "روسيا", EntityType.LOC);
        Event e = c.only("SUPPORT");
        assertThat(e.actor()).isEqualTo(c.id("روسيا"));
        assertThat(e.target()).isEqualTo(c.id("الحكومة السورية"));
    }

    @Test
    void aStateAsSubjectOfTheCarryingVerbActs() {
        Coded c = code("وفرضت الولايات المتحدة عقوبات على وزيرين تركيين بسبب القس.", "الولايات المتحدة", EntityType.LOC);
        assertThat(c.only("SANCTION").actor()).isEqualTo(c.id("الولايات المتحدة"));
    }

    @Test
    void aNamedPersonAfterAnArrestVerbWithNobodyAfterIsTheOneArrested() {
        Coded c = code("واعتقل نعيم الرحمن عندما ذهب لتسلم ما كان يعتقد أنه حقيبة مليئة بالمتفجرات.", "نعيم الرحمن", EntityType.PER);
        Event e = c.only("COERCE");
        assertThat(e.actor()).isNull();
        assertThat(e.target()).isEqualTo(c.id("نعيم الرحمن"));
        // with a party after him he is the subject
        Coded active = code("واعتقل بوتين المعارض أليكسي نافالني.", "بوتين", EntityType.PER, "أليكسي نافالني", EntityType.PER);
        assertThat(active.only("COERCE").actor()).isEqualTo(active.id("بوتين"));
    }

    @Test
    void whoIsSentencedStandsAfterAla() {
        Coded c = code("وكانت محكمة سورية قد حكمت على زمار بالسجن 12 عاما في 2007.", "محكمة سورية", EntityType.ORG, "زمار", EntityType.PER);
        Event e = c.only("COERCE");
        assertThat(e.actor()).isEqualTo(c.id("محكمة سورية"));
        assertThat(e.target()).isEqualTo(c.id("زمار"));
    }
}
