package org.marsad.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.ArticleText;
import org.marsad.model.Boilerplate;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Modality;
import org.marsad.model.Sentence;
import org.marsad.model.TextSpan;
import org.marsad.model.TimeExpression;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;
import org.marsad.time.ArabicNumberWords;
import org.marsad.time.WordView;

/**
 * A rule-based Arabic event coder: triggers from {@code triggers.txt} (verbs in their past, present,
 * future and passive forms, verbal nouns and phrases) on normalized, clitic-stripped tokens, coded to
 * PLOVER types and modes and ACLED types; arguments from the article's entity mentions by word order
 * (VSO and SVO, passives, prepositions), casualty counts, modality and attribution from cue words.
 * Only the article text is read: nothing comes from the title or the boilerplate, except that a social
 * embed reporting the same kind of event dates an event the text leaves undated.
 *
 * <p>Stateless between calls and safe to share between threads.
 */
public final class RuleEventCoder implements EventExtractor {
    private static final TriggerLexicon.Sense CONCERN = new TriggerLexicon.Sense("STATEMENT", "concern", null, false, true);
    private static final TriggerLexicon.Sense APPRECIATION = new TriggerLexicon.Sense("SUPPORT", "thank", null, false, true);
    private static final TriggerLexicon.Sense BACKING = new TriggerLexicon.Sense("SUPPORT", "support", null, false, true);

    private final TriggerLexicon lexicon = TriggerLexicon.load();
    private final Tokenizer tokenizer = new Tokenizer();

    @Override
    public List<Event> extract(ArticleText article, List<Entity> entities, List<TimeExpression> dates) {
        return code(article, entities, dates).events();
    }

    private final SentenceTypes types;
    /** Which types each sentence keeps or gains, or null: the sentence-type model's fixed thresholds decide. */
    private final TypeDecisions decisions;
    private final ArgumentRanker ranker;

    /**
     * The coder with the shipped sentence-type and argument models (see {@link SentenceTypes} and
     * {@link ArgumentRanker}). For side-by-side measurements, the system property {@code marsad.events.types=rules}
     * leaves the rules' events as they are, {@code marsad.events.types=regressions} leaves the sentence-type net out
     * (the regressions decide alone), {@code marsad.events.decisions=thresholds} decides with the sentence-type
     * model's fixed thresholds instead of {@link TypeDecisions} and {@code marsad.events.arguments=rules} leaves the
     * rules' arguments.
     */
    public RuleEventCoder() {
        this(shippedTypes(System.getProperty("marsad.events.types")),
                "thresholds".equals(System.getProperty("marsad.events.decisions")) ? null : TypeDecisions.shipped(),
                "rules".equals(System.getProperty("marsad.events.arguments")) ? null : ArgumentRanker.shipped());
    }

    private static SentenceTypes shippedTypes(String setting) {
        if ("rules".equals(setting)) return null;
        SentenceTypes types = SentenceTypes.shipped();
        return types != null && "regressions".equals(setting) ? types.withNet(null) : types;
    }

    private RuleEventCoder(SentenceTypes types, TypeDecisions decisions, ArgumentRanker ranker) {
        this.types = types;
        this.decisions = decisions;
        this.ranker = ranker;
    }

    /** The coder with the rules' own events and arguments: what the models are trained on. */
    public static RuleEventCoder rulesOnly() {
        return new RuleEventCoder(null, null, null);
    }

    /** The events, and the entities with the groups (الشرطة، المتظاهرين …) that some event has as a party. */
    @Override
    public Coding code(ArticleText article, List<Entity> entities, List<TimeExpression> dates) {
        return coded(article, entities, dates, ranker != null, false).coding();
    }

    /** The coding with each event's argument options and each sentence's features (for training the models). */
    public record Coded(Coding coding, List<ArgumentRanker.Options> options, List<List<String>> sentenceFeatures) {
    }

    /** {@link #code}, with the options the argument model chose among. */
    public Coded coded(ArticleText article, List<Entity> entities, List<TimeExpression> dates) {
        return coded(article, entities, dates, true, true);
    }

    Coded coded(ArticleText article, List<Entity> entities, List<TimeExpression> dates, boolean withOptions,
                boolean withFeatures) {
        WordView v = new WordView(article.text(), article.tokens(), Cues.CLASSES);
        List<Entity> all = GroupParties.find(v, entities);
        MentionIndex mentions = new MentionIndex(v, all);
        Attribution.Source[] sources = new Attribution.Source[article.sentences().size()];
        Discourse discourse = new Discourse();
        List<Event> events = events(article, v, all, dates, mentions, sources, discourse);
        List<List<String>> sentenceFeatures = withFeatures ? sentenceFeatures(article, v, events) : List.of();
        if (types != null) events = withModel(article, v, events, mentions, sources, dates);
        // the sources as the rules read them, before the argument model weighs them with the other parties
        events = withSources(events, v, sources);
        List<ArgumentRanker.Options> options = List.of();
        if (withOptions) {
            java.util.Map<String, Entity> byId = new java.util.HashMap<>();
            for (Entity e : all) byId.put(e.id(), e);
            // the features as text where they are returned (to train on), else only their hashes
            options = ArgumentRanker.options(v, mentions, article.sentences(), events, byId, dates, article.publishedDate(), withFeatures);
        }
        if (ranker != null) events = dated(ranker.rerank(options), article.publishedDate());
        Set<String> used = new java.util.HashSet<>();
        for (Event e : events) {
            used.add(e.actor());
            used.add(e.target());
            used.add(e.attribution());
        }
        List<Entity> out = new ArrayList<>(all.size());
        for (Entity e : all) if (!GroupParties.isGroup(e) || used.contains(e.id())) out.add(e);
        for (Entity e : discourse.sources) if (used.contains(e.id())) out.add(e); // مصادر محلية، شهود عيان: sources cited
        // the noun phrases the argument model took for a party (PhraseParties), once each
        Set<String> added = new java.util.HashSet<>();
        for (ArgumentRanker.Options o : options) {
            for (ArgumentRanker.Option x : o.options()) {
                Entity e = x.entity();
                if (e != null && PhraseParties.is(e) && used.contains(e.id()) && added.add(e.id())) out.add(e);
            }
        }
        return new Coded(new Coding(events, out), options, sentenceFeatures);
    }

    /**
     * The events' sources as an analyst reads them. An actor is not its own source: قال السيسي إن مصر لن تسمح … is the
     * president's statement, not a report according to him. Nor is a speaker the source of his own words: a
     * statement, accusation, request, refusal, backing or threat is told by its speaker, so a reporting verb's
     * subject before it is (nearly always) its actor, and only وفق/بحسب/نقلا عن names who else vouches for it. The
     * annotated sets name the actor as attribution for 0.3 % of 87,000 events, and a source for 6–15 % of those speech
     * acts; on three training sets the reporting-verb source of a speech act was right for 46 of 424. An event with no
     * source before it takes one that وفق/بحسب/نقلا عن names after it in its sentence (قتل خمسة أشخاص، وفق ما أفادت
     * به مصادر طبية). Done before the argument model, which weighs these sources beside the event's other parties
     * (ArgumentRanker#chooseAttribution; a source outside its options stays).
     */
    private static List<Event> withSources(List<Event> events, WordView v, Attribution.Source[] sources) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Attribution.Source source = sources[e.sentence()];
            int at = v.indexAt(e.trigger().start());
            String attribution = e.attribution();
            if (attribution != null && (attribution.equals(e.actor())
                    || SPEECH_ACTS.contains(e.plover()) && (source == null || !source.accordingBefore(at)))) attribution = null;
            if (attribution == null && e.attribution() == null && source != null) {
                Entity after = source.accordingAfter(at);
                if (after != null && !after.id().equals(e.actor())) attribution = after.id();
            }
            out.add(java.util.Objects.equals(attribution, e.attribution()) ? e
                    : new Event(e.id(), e.plover(), e.mode(), e.acledEventType(), e.acledSubEventType(), e.trigger(), e.sentence(),
                            e.actor(), e.target(), e.location(), e.date(), e.fatalities(), e.injured(), e.arrested(), e.modality(),
                            attribution, e.confidence()));
        }
        return out;
    }

    /** The types that are something said: told by their speaker, not according to him. */
    private static final Set<String> SPEECH_ACTS = Set.of("STATEMENT", "ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN");

    private static List<List<String>> sentenceFeatures(ArticleText article, WordView v, List<Event> events) {
        List<Sentence> sentences = article.sentences();
        List<List<Event>> here = bySentence(sentences.size(), events);
        List<Set<String>> contexts = SentenceTypes.contexts(here);
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            out.add(SentenceTypes.features(v, v.indexAt(sentence.start()), v.indexAt(sentence.end()), s, here.get(s), contexts.get(s),
                    isHeadline(article.text(), sentence), isQuestion(article.text(), sentence)));
        }
        return out;
    }

    private static List<List<Event>> bySentence(int sentences, List<Event> events) {
        List<List<Event>> here = new ArrayList<>(sentences);
        for (int s = 0; s < sentences; s++) here.add(new ArrayList<>());
        for (Event e : events) here.get(e.sentence()).add(e);
        return here;
    }

    /**
     * The rules' events as the sentence-type model keeps them ({@link SentenceTypes#keeps}: those of a type it finds
     * very unlikely go, all but the hypothetical ones), plus an event of each type it finds likely in a sentence where
     * the rules coded none of that type (nothing changes in headline lines or questions, where the rules code nothing
     * either); a type kept in an earlier sentence needs more for both ({@link SentenceTypes#ADD_AGAIN}). The model sees,
     * besides the sentence, its place in the article ({@link SentenceTypes#contexts}). An added event's trigger is the
     * word that speaks most for its type, its attribution the source the rules found before that word; its parties and
     * date are left to the argument model.
     */
    private List<Event> withModel(ArticleText article, WordView v, List<Event> events, MentionIndex mentions,
                                  Attribution.Source[] sources, List<TimeExpression> dates) {
        List<Sentence> sentences = article.sentences();
        boolean[] covered = new boolean[v.size()];
        for (MentionIndex.Ref r : mentions.every()) for (int i = Math.max(0, r.from()); i < Math.min(r.to(), covered.length); i++) covered[i] = true;
        List<Event> out = new ArrayList<>();
        List<List<Event>> bySentence = bySentence(sentences.size(), events);
        List<Set<String>> contexts = SentenceTypes.contexts(bySentence);
        int n = sentences.size();
        boolean[] open = new boolean[n];
        double[][] p = new double[n][];
        for (int s = 0; s < n; s++) {
            Sentence span = sentences.get(s);
            boolean headline = isHeadline(article.text(), span), question = isQuestion(article.text(), span);
            open[s] = !headline && !question;
            // every sentence's probabilities when the decisions weigh the article around a sentence; the open ones otherwise
            if (open[s] || decisions != null) {
                p[s] = types.probabilities(v, v.indexAt(span.start()), v.indexAt(span.end()), s, bySentence.get(s), contexts.get(s),
                        headline, question);
            }
        }
        TypeDecisions.Article read = decisions == null ? null : article(v, sentences, bySentence, open, p);
        int[][] kept = read == null ? null : decisions.kept(read);
        boolean[] told = new boolean[SentenceTypes.TYPES.size()]; // the types kept in the sentences before
        for (int s = 0; s < n; s++) {
            List<Event> here = bySentence.get(s);
            int before = out.size();
            if (!open[s]) {
                out.addAll(here);
            } else {
                keep(article, v, s, sentences.get(s), here, p[s], kept == null ? null : kept[s], read == null ? null : read.rules()[s],
                        told, covered, sources, dates, out);
            }
            for (int i = before; i < out.size(); i++) told[SentenceTypes.TYPES.indexOf(out.get(i).plover())] = true;
        }
        out.sort(java.util.Comparator.comparingInt(Event::sentence).thenComparingInt(e -> e.trigger().start()));
        List<Event> numbered = new ArrayList<>(out.size());
        int number = 0;
        for (Event e : out) {
            numbered.add(new Event("ev" + (++number), e.plover(), e.mode(), e.acledEventType(), e.acledSubEventType(), e.trigger(),
                    e.sentence(), e.actor(), e.target(), e.location(), e.date(), e.fatalities(), e.injured(), e.arrested(),
                    e.modality(), e.attribution(), e.confidence()));
        }
        return numbered;
    }

    /** The article as {@link TypeDecisions} reads it: the sentences' probabilities, the rules' counts, openness and words. */
    private static TypeDecisions.Article article(WordView v, List<Sentence> sentences, List<List<Event>> bySentence, boolean[] open,
                                                double[][] p) {
        int n = sentences.size();
        int[][] rules = new int[n][], droppable = new int[n][], plain = new int[n][];
        List<Set<String>> words = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            int[][] c = SentenceTypes.ruleCounts(bySentence.get(s));
            rules[s] = c[0];
            droppable[s] = c[1];
            plain[s] = c[2];
            words.add(TypeDecisions.words(v, v.indexAt(sentences.get(s).start()), v.indexAt(sentences.get(s).end())));
        }
        return new TypeDecisions.Article(p, rules, droppable, plain, open, words);
    }

    /**
     * One open sentence's events as the models keep them ({@link #withModel}), appended to {@code out}: by
     * {@code kept}, how many events of each type {@link TypeDecisions} keeps there (all the {@code rules} the rules
     * coded, one added where they coded none, or only those it may not drop), or without it (both null) by the type
     * probabilities {@code p} and the sentence-type model's thresholds.
     */
    private void keep(ArticleText article, WordView v, int s, Sentence span, List<Event> here, double[] p, int[] kept, int[] rules,
                      boolean[] told, boolean[] covered, Attribution.Source[] sources, List<TimeExpression> dates, List<Event> out) {
        int from = v.indexAt(span.start()), to = v.indexAt(span.end());
        boolean[] coded = new boolean[p.length];
        for (Event e : here) {
            int t = SentenceTypes.TYPES.indexOf(e.plover());
            coded[t] = true;
            // the decisions keep all the rules' events of the type, or decline it and keep those it may not drop
            boolean stays = kept == null ? SentenceTypes.keeps(e, p[t], told[t])
                    : kept[t] == rules[t] || SentenceTypes.keptWhenDeclined(e, p[t]);
            if (stays) out.add(e);
        }
        Casualties.Counts casualties = null;
        List<TriggerLexicon.Hit> hits = null;
        for (int t = 0; t < p.length; t++) {
            String type = SentenceTypes.TYPES.get(t);
            if (coded[t] || (kept == null ? SentenceTypes.kept(0, 0, 0, true, p[t], told[t]) : kept[t]) == 0) continue;
            if (hits == null) hits = lexicon.find(v, from, to);
            boolean[] lexical = new boolean[v.size()];
            for (TriggerLexicon.Hit h : hits) if (h.sense().plover().equals(type)) lexical[h.start()] = true;
            int k = types.trigger(v, from, to, t, covered, lexical);
            if (k < 0) continue;
            Entity source = sources[s] == null ? null : sources[s].entityBefore(k);
            if (casualties == null) casualties = Casualties.count(v, from, to, dates, lexicon);
            out.add(added(article, v, type, k, s, from, to, p[t], source == null ? null : source.id(), casualties));
        }
    }

    /**
     * An event the sentence-type model adds at token k; its ACLED type from the lexicon when the word is a trigger;
     * the sentence's killed and injured counts when it is an attack, its arrested count when an arrest (the rules
     * coded no event of its type there to take them).
     */
    private Event added(ArticleText article, WordView v, String type, int k, int sentence, int from, int to, double p,
                        String attribution, Casualties.Counts counts) {
        TriggerLexicon.Sense sense = null;
        for (TriggerLexicon.Hit h : lexicon.find(v, k, Math.min(to, k + 3))) {
            if (h.start() == k && h.sense().plover().equals(type)) sense = h.sense();
        }
        String norm = v.norm(k);
        boolean verb = sense != null ? sense.verb() : !norm.startsWith("ال") && !norm.endsWith("ه");
        TriggerLexicon.Sense as = new TriggerLexicon.Sense(type, "model", sense == null ? null : sense.acled(), false, verb);
        String[] acled = Acled.of(as.acled());
        Token token = v.token(k);
        boolean attack = type.equals("ASSAULT"), arrest = type.equals("COERCE") && sense != null && sense.mode().equals("arrest");
        return new Event("ev", type, sense == null ? null : sense.mode(), acled == null ? null : acled[0], acled == null ? null : acled[1],
                new TextSpan(article.text().substring(token.start(), token.end()), token.start(), token.end()), sentence,
                null, null, null, null, attack ? counts.killed() : null, attack ? counts.injured() : null,
                arrest ? counts.arrested() : null, ModalityRules.of(v, k, from, as, verb && lexicon.futureVerb(v, k)), attribution, Math.round(p * 100) / 100.0);
    }

    /** The rules' events; {@code sources} receives each coded sentence's attribution cues (for the events added later). */
    private List<Event> events(ArticleText article, WordView v, List<Entity> entities, List<TimeExpression> dates,
                               MentionIndex mentions, Attribution.Source[] sources, Discourse discourse) {
        List<Draft> drafts = new ArrayList<>();
        List<Sentence> sentences = article.sentences();
        String previousDate = null;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            if (isHeadline(article.text(), sentence) || isQuestion(article.text(), sentence)) continue;
            int from = v.indexAt(sentence.start()), to = v.indexAt(sentence.end());
            List<MentionIndex.Ref> refs = mentions.in(from, to);
            List<TimeExpression> sentenceDates = dates.stream()
                    .filter(d -> d.start() >= sentence.start() && d.end() <= sentence.end()).toList();
            Attribution.Source source = Attribution.find(v, refs, from, to, discourse);
            sources[s] = source;
            List<Draft> here = new ArrayList<>();
            List<Draft> found = triggers(v, from, to, s);
            territoryTaken(v, refs, to, found);
            for (Draft d : found) {
                if (insideName(d, refs) || isCharge(v, d, from) || isDrone(v, d) || isRequestReference(v, d) || isNoMeeting(v, d)
                        || isTimeAnchor(v, d) || isFigurative(v, d) || isPrison(v, d) || isAgreementReference(v, d, from)
                        || isLookAlike(v, d) || isStandingState(v, d)
                        || isHostingThing(v, d, to)
                        || isConsistency(v, d) || isMarketClose(v, d)
                        || isPoll(v, d, to) || isBesiegedEpithet(v, d) || isCourtTerm(v, d, from, to)
                        || declinesComment(v, d, to) || isPurposeAdverb(v, d, found) || isCeasefireNamed(v, d)
                        || isAnyEvent(v, d, from)) continue;
                if (!d.sense.verb() && v.is(d.hit.start() - 1, Cues.THING_HEADS) || v.is(d.hit.start() - 1, Cues.PURPOSE_OR_CONDITION)) continue;
                String first = v.norm(d.hit.start());
                d.definite = !d.sense.verb() && (first.startsWith("ال") || first.startsWith("وال") || first.startsWith("فال"))
                        && !idiomArticle(first, d);
                // its pronoun is the one who asks or backs (مطالبتها، ترحيبها، دعمه): a new act by a party told before
                d.possessive = !d.sense.verb() && d.hit.end() == d.hit.start() + 1 && !AGENT_POSSESSIVE.contains(d.sense.plover())
                        && lexicon.possessive(v, d.hit.start());
                Arguments.fillParties(d, v, refs, from, to, discourse, mentions, source.speakerBefore(d.hit.start()));
                // weak triggers and definite event nouns need a named party: a group noun (الشرطة، المدنيين) is too
                // common to make "ضرب" or "الهجوم" an event of its own
                if (isVerbalAttack(v, d, refs)) d = verbalAttack(d);
                if (d.sense == BLAME || d.sense == EXPULSION) partyBetween(v, d, refs, from);
                if (d.sense == SUMMONS) summoned(v, d, refs);
                if (d.sense == RESPONSIBLE && !heldResponsible(d, refs, source.entityBefore(d.hit.start()))) continue;
                if (d.sense.weak() && d.sense.mode().equals("arrest") && !arrestsSomeone(v, d, refs)) continue;
                if (d.sense.weak() && d.sense.mode().equals("detain") && !heldRightAfter(v, d, refs)) continue;
                if (!d.sense.verb() && v.is(d.hit.start(), Cues.HOSTING)
                        && (d.target == null || d.target.type() != org.marsad.model.EntityType.PER)) continue;
                boolean named = isNamed(d.actor) || isNamed(d.target);
                if (d.sense.weak() && !named && !hitsGroup(d, refs) && !crowdOrArmed(v, d, refs)) continue;
                // a definite event noun with no party, in an article whose names are known, refers back or in general
                if (!mentions.isEmpty() && !d.sense.verb() && !named && d.definite && !d.sense.mode().equals("crowd")) continue;
                // a claim is negated where its verb is (ولم تعلن أي جهة مسؤوليتها)
                int told = d.sense == CLAIM ? d.anchor : d.hit.start();
                d.modality = ModalityRules.of(v, told, from, d.sense, d.sense.verb() && lexicon.futureVerb(v, d.hit.start()));
                if (isTally(v, d, from, to) || isDisaster(v, d, from, to)) continue;
                d.attribution = source.entityBefore(d.hit.start());
                // "أدعو …" in a quote: the one quoted is the one who calls
                if (d.actor == null && d.sense.verb() && v.is(d.hit.start(), Cues.FIRST_PERSON)) d.actor = d.attribution;
                d.date = eventDate(v, d, sentenceDates, previousDate, source, from);
                d.date = comingWeekday(v, d, sentenceDates, from, article.publishedDate());
                d.another = another(v, d, from, to);
                d.toll = isToll(v, d, from);
                here.add(d);
            }
            // a participant noun (المتظاهرين) that is another event's victim names people, not a protest
            here.removeIf(d -> d.participants && here.stream().anyMatch(o -> o != d && o.target != null && o.target == d.actor));
            meetingActors(v, here, refs, from, to);
            coordinatedSubjects(v, here, refs);
            absorbInstruments(v, here);
            killedIn(v, here);
            mergeWithinSentence(here);
            for (Draft d : here) Arguments.fillPlace(d, v, refs, here, mentions, from, to, drafts);
            condemnedDoers(v, here, drafts, to);
            Casualties.attach(v, from, to, here, sentenceDates, lexicon);
            for (Draft d : here) {
                if (d.actor != null && d.sense.verb()) discourse.lastActor = d.actor;
                if (d.sense.plover().equals("STATEMENT") && d.actor != null) discourse.lastSpeaker = d.actor;
            }
            source.commit(discourse, continuesClause(v, from, to, refs, here));
            discourse.endSubject = endsWithSubject(refs, to);
            drafts.addAll(here);
            previousDate = sentenceDates.isEmpty() ? null : sentenceDates.get(0).value();
        }
        datesFromEmbeds(article, drafts);
        return Drafts.toEvents(drafts, article, v, mentions);
    }

    /**
     * A line of its own without closing punctuation and of at most {@value #HEADLINE_WORDS} words (اغتصاب 5 ناشطات في
     * الهند تحت تهديد السلاح; مقتل 50 قياديا من طالبان بغارة أمريكية) is a headline inside the text: a sub-title
     * or a link to another story. The story itself is told in the sentences, which is where its events are coded.
     */
    static boolean isHeadline(String text, Sentence sentence) {
        int a = sentence.start(), b = sentence.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
        if (a == b || CLOSING.indexOf(text.charAt(b - 1)) >= 0) return false;
        int before = a - 1, after = b;
        while (before >= 0 && text.charAt(before) != '\n' && Character.isWhitespace(text.charAt(before))) before--;
        while (after < text.length() && text.charAt(after) != '\n' && Character.isWhitespace(text.charAt(after))) after++;
        if (after < text.length() && CLOSING.indexOf(text.charAt(after)) >= 0) return false; // the splitter left the full stop out
        if (before >= 0 && text.charAt(before) != '\n' || after < text.length() && text.charAt(after) != '\n') return false;
        // a text that is this one line (a tweet, a single sentence given to analyze) has no headline inside it
        if (blank(text, 0, a) && blank(text, b, text.length())) return false;
        int words = 0;
        for (int k = a; k < b; k++) if (!Character.isWhitespace(text.charAt(k)) && (k == a || Character.isWhitespace(text.charAt(k - 1)))) words++;
        return words <= HEADLINE_WORDS;
    }

    private static final int HEADLINE_WORDS = 14;

    private static boolean blank(String text, int from, int to) {
        for (int k = from; k < to; k++) if (!Character.isWhitespace(text.charAt(k))) return false;
        return true;
    }

    /**
     * A sentence closed by a question mark asks; it tells no event (ما الذي يمكن أن يتمخض عنه اجتماع بومبيو؟، هل سيرد
     * المجتمع الدولي على الهجوم؟، كيف نزور ونحن نحظى بتقدير الشعب؟): rhetorical questions, quoted ones and question
     * sub-titles. An event it names is told where it is reported.
     */
    static boolean isQuestion(String text, Sentence sentence) {
        int b = sentence.end();
        while (b > sentence.start() && Character.isWhitespace(text.charAt(b - 1))) b--;
        if (b > sentence.start() && "؟?".indexOf(text.charAt(b - 1)) >= 0) return true;
        int after = sentence.end();
        while (after < text.length() && text.charAt(after) == ' ') after++;
        return after < text.length() && "؟?".indexOf(text.charAt(after)) >= 0;
    }
    private static final String CLOSING = ".!?؟:\"»”)؛…";

    private List<Draft> triggers(WordView v, int from, int to, int sentence) {
        List<Draft> out = new ArrayList<>();
        for (TriggerLexicon.Hit h : lexicon.find(v, from, to)) {
            TriggerLexicon.Sense sense = h.sense();
            if (sense.verb() && h.end() == h.start() + 1 && (isPrepositionalNoun(v.norm(h.start())) || nounContext(v, h.start()))) {
                sense = new TriggerLexicon.Sense(sense.plover(), sense.mode(), sense.acled(), sense.weak(), false); // بطلب، لقتل: a noun
            }
            out.add(new Draft(h, sense, sentence, h.start()));
        }
        for (int k = from; k + 1 < to; k++) {
            // قال إنه "قلق" من التقارير: concern as the reported predicate of the speaker
            if (!v.is(k, Cues.CONSTRUCTION_HEADS) || !v.is(k, Cues.THAT_PRONOUN)) continue;
            int c = k + 1 < to && Cues.QUOTES.contains(v.norm(k + 1)) ? k + 2 : k + 1; // إنه "قلق"
            if (c < to && v.is(c, Cues.CONCERNED)) addUncovered(out, c, CONCERN, sentence);
        }
        for (int k = from; k < to; k++) {
            if (!v.is(k, Cues.LIGHT_VERBS)) continue;
            for (int c = k + 1; c < Math.min(to, k + 9); c++) {
                if (c <= k + 3 && (v.is(c, Cues.APPRECIATION) || v.is(c, Cues.BACKING))) {
                    // أعرب عن تقديره لاهتمام العاهل السعودي، أبدت مساندتها للفكرة: appreciation or backing voiced is
                    // SUPPORT, not concern
                    int said = c;
                    TriggerLexicon.Sense sense = v.is(c, Cues.APPRECIATION) ? APPRECIATION : BACKING;
                    out.removeIf(d -> d.hit.start() <= said && d.hit.end() > said);
                    out.add(new Draft(new TriggerLexicon.Hit(c, c + 1, sense), sense, sentence, k));
                    break;
                }
                if (v.is(c, Cues.CONCERN)) {
                    int concern = c;
                    out.removeIf(d -> d.hit.start() <= concern && d.hit.end() > concern);
                    out.add(new Draft(new TriggerLexicon.Hit(c, c + 1, CONCERN), CONCERN, sentence, k));
                    break;
                }
            }
        }
        summons(v, from, to, sentence, out);
        roadBlocks(v, from, to, sentence, out);
        charges(v, from, to, sentence, out);
        discussesWith(v, from, to, sentence, out);
        carriedPlurals(v, from, to, sentence, out);
        blames(v, from, to, sentence, out);
        responsible(v, from, to, sentence, out);
        claimsResponsibility(v, from, to, sentence, out);
        out.sort(java.util.Comparator.comparingInt(d -> d.hit.start()));
        aidCuts(v, out, sentence);
        ordersToLeave(v, from, out, sentence);
        dropComplements(v, out);
        out.removeIf(d -> d.sense.plover().equals("REQUEST") && asksAnonymity(v, d.hit.end()));
        boolean court = false;
        for (int k = from; k < to && !court; k++) court = v.is(k, Cues.COURT);
        boolean protests = out.stream().anyMatch(d -> d.sense.plover().equals("PROTEST"));
        // the sentence is read for words that tell an attack in words only when it has an attack
        boolean verbal = out.stream().anyMatch(d -> d.sense.mode().equals("attack")) && toldInWords(v, from, to);
        for (int i = 0; i < out.size(); i++) {
            Draft d = out.get(i);
            if (court && d.sense.plover().equals("ACCUSE") && v.is(d.hit.start(), Cues.CONVICTED)) {
                out.set(i, new Draft(d.hit, CONVICTION, sentence, d.anchor)); // أدانت المحكمة: a conviction, not a condemnation
                continue;
            }
            if (d.sense.plover().equals("REJECT") && d.sense.verb() && rejectsClaims(v, d.hit.end(), to)) {
                out.set(i, new Draft(d.hit, DENIAL, sentence, d.anchor)); // رفضت تلك المزاعم: a denial, a statement
                continue;
            }
            if (d.sense.mode().equals("withdraw") && fromAgreement(v, d.hit.end(), to)) {
                out.set(i, new Draft(d.hit, WITHDRAW_FROM_AGREEMENT, sentence, d.anchor));
                continue;
            }
            if (isInterception(v, d, to)) {
                // اعترضت الدفاعات الجوية صاروخا: the interceptor's own assault, beside the attack it stops (the gold's rule)
                out.set(i, new Draft(d.hit, retyped(d.sense, "ASSAULT", "shootdown"), sentence, d.anchor));
                continue;
            }
            if (d.sense.mode().equals("attack") && verbal && v.is(d.hit.start(), Cues.ASSAILING)) {
                // هاجم ترامب وسائل الإعلام قائلا …، شن هجوما لاذعا على: an attack in words, the gold's ACCUSE
                out.set(i, new Draft(d.hit, retyped(d.sense, "ACCUSE", "accuse"), sentence, d.anchor));
                continue;
            }
            if (d.sense.mode().equals("resign") && !protests) {
                // a resignation or dismissal not forced by protests is a statement; one the protests forced is a concession
                out.set(i, new Draft(d.hit, retyped(d.sense, "STATEMENT", "resign"), sentence, d.anchor));
            }
        }
        return out;
    }

    /** Types whose noun with a pronoun suffix names its doer (مطالبتها، تأييدهم، ترحيبها), not the one it befell. */
    private static final Set<String> AGENT_POSSESSIVE = Set.of("REQUEST", "SUPPORT");

    /**
     * طلب عدم نشر اسمه، طالبا عدم الكشف عن هويته: a source asking not to be named, an idiom of attribution, not a
     * request to anyone.
     */
    private static boolean asksAnonymity(WordView v, int i) {
        if (v.norm(i).equals("منه") || v.norm(i).equals("منها")) i++;
        return v.norm(i).equals("عدم") && v.is(i + 1, Cues.DISCLOSE);
    }

    private static final TriggerLexicon.Sense SUMMONS = new TriggerLexicon.Sense("ACCUSE", "summon", null, false, true);
    private static final TriggerLexicon.Sense RECALL = new TriggerLexicon.Sense("SANCTION", "relations", null, false, true);

    /**
     * Summoning an ambassador (استدعت الجزائر سفير الاتحاد الأوروبي، جرى استدعاء السفير الروسي) is a formal protest
     * (ACCUSE); recalling one's own (استدعت سفيرها لدى كندا، استدعاء سفيره للتشاور) lowers relations (SANCTION).
     * The ambassador may follow the verb after its subject and a day (استدعت السلطات الإيطالية، السبت، السفير), up to eight words on.
     */
    private static void summons(WordView v, int from, int to, int sentence, List<Draft> out) {
        for (int k = from; k < to; k++) {
            if (!v.is(k, Cues.CONSTRUCTION_HEADS) || !v.is(k, Cues.SUMMON)) continue;
            for (int a = k + 1; a < Math.min(to, k + 9) && !v.norm(a).equals(".") && !v.norm(a).equals("؛"); a++) {
                if (!v.is(a, Cues.AMBASSADOR)) continue;
                TriggerLexicon.Sense sense = Cues.OWN_AMBASSADOR.contains(v.norm(a)) ? RECALL : SUMMONS;
                addUncovered(out, k, sense, sentence);
                break;
            }
        }
    }

    private static final Set<String> BLOCK_NOUNS = Set.of("غلق", "اغلاق");

    /**
     * A road blocked in protest (أقدم الأهالي على غلق الطريق احتجاجا على انقطاع الماء، قطع محتجون الطرقات تنديدا ب…): a
     * protest, not a ban. The road must follow the verb within four words of its clause, and a protest word must follow
     * in the sentence: قطع الطريق على is also "to forestall", أغلقت السلطات الطريق a closure.
     */
    private static void roadBlocks(WordView v, int from, int to, int sentence, List<Draft> out) {
        for (int k = from; k < to; k++) {
            if (!v.is(k, Cues.CONSTRUCTION_HEADS) || !v.is(k, Cues.BLOCK_VERBS)) continue;
            int road = -1;
            for (int r = k + 1; r < Math.min(to, k + 5) && road < 0 && !v.is(r, Cues.CLAUSE_BREAK); r++) if (v.is(r, Cues.ROADS)) road = r;
            if (road < 0) continue;
            boolean protest = false;
            for (int p = road + 1; p < to && !protest; p++) protest = v.is(p, Cues.IN_PROTEST);
            if (!protest) continue;
            int verb = k;
            out.removeIf(d -> d.hit.start() <= verb && d.hit.end() > verb);
            TriggerLexicon.Sense sense = new TriggerLexicon.Sense("PROTEST", "demonstrate", "PRO.peaceful", false, !v.is(k, BLOCK_NOUNS));
            out.add(new Draft(new TriggerLexicon.Hit(k, k + 1, sense), sense, sentence, k));
        }
    }

    private static final TriggerLexicon.Sense CHARGE = new TriggerLexicon.Sense("ACCUSE", "charge", null, false, true);

    /**
     * Charging someone (وجهت الحكومة الأمريكية الاتهام رسميا لامرأة روسية، بعد توجيه الاتهامات إليهم، أسندت إليه اتهامات):
     * the verb carries the charge noun, which is no definite back-reference; the one who charges is the verb's subject.
     * Only the اتهام family: with تهمة/تهم (وجهت إليه تهمة) the held-out set had one more false event.
     */
    private static void charges(WordView v, int from, int to, int sentence, List<Draft> out) {
        for (int k = from; k < to; k++) {
            if (!v.is(k, Cues.CONSTRUCTION_HEADS) || !v.is(k, Cues.CHARGE_VERBS)) continue;
            for (int c = k + 1; c < Math.min(to, k + 5) && !v.is(c, Cues.CLAUSE_BREAK); c++) {
                if (!v.is(c, Cues.CHARGE_NOUNS)) continue;
                int verb = k, noun = c;
                out.removeIf(d -> d.hit.start() <= noun && d.hit.end() > noun || d.hit.start() <= verb && d.hit.end() > verb);
                out.add(new Draft(new TriggerLexicon.Hit(k, k + 1, CHARGE), CHARGE, sentence, k));
                break;
            }
        }
    }

    private static final TriggerLexicon.Sense DISCUSS = new TriggerLexicon.Sense("CONSULT", "meet", null, false, true);

    /**
     * بحث X مع Y (discussed with): a meeting or a call, told by its topic (تبحث وزيرة الدفاع الفرنسية المشروع مع
     * نظيرتها الألمانية); مع must follow within ten words, in the clause. بحث عن (searched for) has no مع.
     */
    private static void discussesWith(WordView v, int from, int to, int sentence, List<Draft> out) {
        for (int k = from; k < to; k++) {
            if (!Cues.DISCUSS_VERBS.contains(v.norm(k))) continue; // ببحث: the noun of a mandate (الوفد المعني ببحث)
            for (int c = k + 1; c < Math.min(to, k + 11) && !v.norm(c).equals(".") && !v.norm(c).equals("عن"); c++) {
                if (v.norm(c).equals("مع") || v.norm(c).equals("ومع")) {
                    addUncovered(out, k, DISCUSS, sentence);
                    break;
                }
            }
        }
    }

    private static final TriggerLexicon.Sense CARRIED_MEETING = new TriggerLexicon.Sense("CONSULT", "meet", null, false, false);

    /**
     * Plural meeting nouns (اتصالات، اجتماعات، لقاءات) name meetings when a carrying verb holds them (وأجرت باريس
     * اتصالات بأكثر من 10 دول، عقد اجتماعات مع حلفاء); alone they are as often rooms, networks or series.
     */
    private static void carriedPlurals(WordView v, int from, int to, int sentence, List<Draft> out) {
        for (int k = from; k < to; k++) {
            if (!v.is(k, Cues.CONSTRUCTION_HEADS) || !v.is(k, Cues.MEETING_PLURALS) || v.is(k - 1, Cues.MEETING_FRAMES)) continue; // خلال اجتماعاتنا: a frame
            for (int c = k - 1; c >= Math.max(from, k - 4) && !v.is(c, Cues.CLAUSE_BREAK); c--) {
                if (Cues.HOLD_VERBS.contains(v.norm(c))) {
                    addUncovered(out, k, CARRIED_MEETING, sentence);
                    break;
                }
            }
        }
    }

    /** The ambassador summoned (استدعاء السفير الفرنسي) is the target, not the genitive agent of the noun. */
    private static void summoned(WordView v, Draft d, List<MentionIndex.Ref> refs) {
        if (d.actor == null || d.target != null) return;
        for (MentionIndex.Ref r : refs) {
            if (r.entity() == d.actor && r.from() > d.hit.start() && v.is(r.from(), Cues.AMBASSADOR)) {
                d.target = d.actor;
                d.actor = null;
                return;
            }
        }
    }

    private static final TriggerLexicon.Sense BLAME = new TriggerLexicon.Sense("ACCUSE", "accuse", null, false, true);
    private static final TriggerLexicon.Sense EXPULSION = new TriggerLexicon.Sense("SANCTION", "expel", null, false, false);
    private static final TriggerLexicon.Sense AID_CUT = new TriggerLexicon.Sense("SANCTION", "cut", null, false, false);

    /**
     * حمّل X مسؤولية Y (وتحمل هولندا وأستراليا موسكو مسؤولية نشر الصاروخ، وحملتها مسؤولية محاولة اغتيال): holding
     * someone responsible is an accusation. A party or an object pronoun must stand between the verb and مسؤولية:
     * تحمل المسؤولية alone is bearing it oneself.
     */
    private static void blames(WordView v, int from, int to, int sentence, List<Draft> out) {
        for (int k = from; k < to; k++) {
            if (!v.is(k, Cues.BLAME_VERBS)) continue;
            for (int c = k + 1; c < Math.min(to, k + 7); c++) {
                if (v.is(c, Cues.CLAUSE_BREAK)) break;
                if (!v.is(c, Cues.RESPONSIBILITY)) continue;
                String w = v.norm(k);
                if (c > k + 1 || endsWithObjectPronoun(w)) addUncovered(out, k, BLAME, sentence);
                break;
            }
        }
    }

    private static final TriggerLexicon.Sense RESPONSIBLE = new TriggerLexicon.Sense("ACCUSE", "accuse", null, false, false);

    /**
     * قالت إن روسيا مسؤولة عن الهجوم، أكد أن النظام مسؤول عن: a party said to be responsible, in reported speech, is
     * accused by the speaker (an official in charge, المسؤول عن, is written with the article and is no accusation).
     */
    private static void responsible(WordView v, int from, int to, int sentence, List<Draft> out) {
        for (int k = from + 1; k < to; k++) {
            if (!Cues.RESPONSIBLE.contains(v.norm(k))) continue;
            boolean reported = false;
            for (int j = k - 1; j >= Math.max(from, k - 5) && !reported; j--) reported = v.is(j, Cues.THAT);
            if (!reported) continue;
            addUncovered(out, k, RESPONSIBLE, sentence);
        }
    }

    private static final TriggerLexicon.Sense CLAIM = new TriggerLexicon.Sense("STATEMENT", "claim", null, false, false);

    /**
     * أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم، ولم تعلن أي جهة مسؤوليتها عنه، ادعى داعش مسؤوليته: claiming (or not
     * claiming) an act is a statement (the gold's claim, on مسؤوليته) whatever stands between the verb and its object; the
     * lexicon's اعلن_مسؤوليته only reads the two words side by side.
     */
    private static void claimsResponsibility(WordView v, int from, int to, int sentence, List<Draft> out) {
        for (int k = from + 1; k + 1 < to; k++) {
            if (!Cues.OWN_RESPONSIBILITY.contains(v.norm(k)) || !v.norm(k + 1).startsWith("عن")) continue;
            for (int j = k - 1; j >= Math.max(from, k - CLAIM_REACH); j--) {
                if (v.is(j, Cues.CLAUSE_BREAK)) break;
                if (!v.is(j, Cues.CLAIM_VERBS)) continue;
                // anchored at the verb: its subject is the claimant, a negation before it negates the claim
                addUncovered(out, k, CLAIM, sentence, j);
                break;
            }
        }
    }

    /** Words between a claiming verb and مسؤوليته: the claimant's name with its titles and a time (الأحد، لاحقا). */
    private static final int CLAIM_REACH = 10;

    /** Adds a one-word event of {@code sense} at token k unless another event's trigger covers it. */
    private static void addUncovered(List<Draft> out, int k, TriggerLexicon.Sense sense, int sentence) {
        addUncovered(out, k, sense, sentence, k);
    }

    /** {@link #addUncovered(List, int, TriggerLexicon.Sense, int)} anchored at another token (the verb it depends on). */
    private static void addUncovered(List<Draft> out, int k, TriggerLexicon.Sense sense, int sentence, int anchor) {
        if (out.stream().noneMatch(d -> d.hit.start() <= k && d.hit.end() > k)) {
            out.add(new Draft(new TriggerLexicon.Hit(k, k + 1, sense), sense, sentence, anchor));
        }
    }

    /** A verb written with an object pronoun (حملتها، أوقفوه، حمّلهم، أوقفتهما). */
    private static boolean endsWithObjectPronoun(String w) {
        return w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما");
    }

    /** The party right before مسؤولة is the one accused, the speaker accuses; without such a party no event. */
    private static boolean heldResponsible(Draft d, List<MentionIndex.Ref> refs, Entity speaker) {
        for (MentionIndex.Ref r : refs) {
            if (r.to() == d.hit.start()) {
                d.target = r.entity();
                d.actor = speaker != null && !speaker.id().equals(r.entity().id()) ? speaker : null;
                return true;
            }
        }
        return false;
    }

    /**
     * Aid named with a fall or a cut before it: انخفاض المساعدات is no aid given; قطع، تجميد، تعليق، خفض المساعدات is a
     * sanction (the cut verb is then no arrest: أوقفت واشنطن المساعدات).
     */
    private static void aidCuts(WordView v, List<Draft> out, int sentence) {
        for (Draft d : List.copyOf(out)) {
            if (!d.sense.plover().equals("AID")) continue;
            for (int k = d.hit.start() - 1; k >= Math.max(0, d.hit.start() - 3); k--) {
                if (v.is(k, Cues.CLAUSE_BREAK)) break;
                if (v.is(k, Cues.DECLINE)) {
                    out.remove(d);
                    break;
                }
                if (v.is(k, Cues.CUT)) {
                    int cut = k;
                    out.removeIf(o -> o.hit.start() <= cut && o.hit.end() > cut);
                    out.set(out.indexOf(d), new Draft(d.hit, AID_CUT, sentence, d.anchor));
                    break;
                }
            }
        }
    }

    /** أمرت 60 دبلوماسيا روسيا بالمغادرة، طلب منه مغادرة المغرب: ordering someone out is an expulsion, not a departure. */
    private static void ordersToLeave(WordView v, int from, List<Draft> out, int sentence) {
        for (Draft d : List.copyOf(out)) {
            if (!d.sense.plover().equals("RETREAT") || !d.sense.mode().equals("leave")) continue;
            for (int k = d.hit.start() - 1; k >= Math.max(from, d.hit.start() - 6); k--) {
                if (v.is(k, Cues.CLAUSE_BREAK)) break;
                if (v.is(k, Cues.ORDER_TO_LEAVE)) {
                    int order = k;
                    // the request verb (طلب منه) is the expulsion's wording, not a request of its own
                    out.removeIf(o -> o.sense.plover().equals("REQUEST") && o.hit.start() <= order && o.hit.end() > order);
                    out.set(out.indexOf(d), new Draft(d.hit, EXPULSION, sentence, d.anchor));
                    break;
                }
            }
        }
    }

    private static final TriggerLexicon.Sense CRITICISM = new TriggerLexicon.Sense("ACCUSE", "criticize", null, false, true);
    private static final TriggerLexicon.Sense CRITICISM_NOUN = new TriggerLexicon.Sense("ACCUSE", "criticize", null, false, false);

    /**
     * هاجم / هجوم by a named person (وهاجم ترامب الصحفيين، يهاجم دوتيرتي منتقديه، هجوم ترامب على الإعلام) is
     * criticism in words, which the gold codes ACCUSE: a person named in the news does not storm anything himself.
     */
    private static boolean isVerbalAttack(WordView v, Draft d, List<MentionIndex.Ref> refs) {
        if (!d.sense.mode().equals("attack") || !v.is(d.hit.start(), Cues.ATTACK_WORDS) || !isPerson(d.actor)) return false;
        for (MentionIndex.Ref r : refs) {
            if (!r.entity().id().equals(d.actor.id())) continue;
            // the verb's subject next to it (هاجم ترامب كيري، ترامب هاجم), or the noun's genitive (هجوم ترامب على)
            if (d.sense.verb() ? r.from() >= d.hit.start() - 3 && r.from() <= d.hit.end() + 4 : r.from() == d.hit.end()) return true;
        }
        return false;
    }

    private static boolean isPerson(Entity e) {
        return e != null && e.type() == org.marsad.model.EntityType.PER && !GroupParties.isGroup(e);
    }

    /**
     * أوقف is also "stopped" (أوقف ديغول التعاون العسكري، توقف العمل): an arrest only when a person or people group is
     * held. A named person as subject with nothing held after (وكانت بوغدير أوقفت صيف 2017) is the unvowelled
     * passive: she was arrested.
     */
    private static boolean arrestsSomeone(WordView v, Draft d, List<MentionIndex.Ref> refs) {
        String w = v.norm(d.hit.start());
        // the noun إيقاف is mostly a stopping or a suspension (إيقاف إطلاق النار، إيقاف الضابط عن العمل); the Maghreb
        // press's arrest has the people right after it (تم إيقاف شخصين، إيقاف 18 مجتازا)
        if (!d.sense.verb() && w.contains("ايقاف")) return peopleRightAfter(v, d.hit.end(), refs) && !suspension(v, d.hit.end());
        if (d.target != null && d.target.type() == org.marsad.model.EntityType.PER) return true;
        // أوقفتهما، وأوقفوه: the past verb with its object pronoun (not the noun توقفها, its stopping)
        if (w.replaceFirst("^[وف]", "").startsWith("اوقف") && endsWithObjectPronoun(w)) return true;
        if (!isPerson(d.actor) || v.norm(d.hit.end()).startsWith("ال")) return false;
        d.target = d.actor;
        d.actor = null;
        return true;
    }

    /**
     * الاحتفاظ (custody, in the Maghreb press) is mostly "keeping" elsewhere (الاحتفاظ بالسلطة): custody only when a
     * person is held right after it (الاحتفاظ بالمظنون فيه، الاحتفاظ بهما).
     */
    private static boolean heldRightAfter(WordView v, Draft d, List<MentionIndex.Ref> refs) {
        return HELD_PRONOUNS.contains(v.norm(d.hit.end())) || peopleRightAfter(v, d.hit.end(), refs);
    }

    /** ب with an object pronoun after الاحتفاظ: him, her, them, the two of them. */
    private static final Set<String> HELD_PRONOUNS = Set.of("به", "بها", "بهم", "بهما");

    /** People named right at token k, after a count if there is one (شخصين، 18 مجتازا، بالمظنون فيه). */
    private static boolean peopleRightAfter(WordView v, int k, List<MentionIndex.Ref> refs) {
        ArabicNumberWords.Count count = ArabicNumberWords.read(v, k);
        int at = count == null ? k : count.end();
        for (MentionIndex.Ref r : refs) {
            if ((r.from() == at || r.from() == k) && r.entity().type() == org.marsad.model.EntityType.PER) return true;
        }
        return false;
    }

    /** عن within the next words: a suspension from work or office (إيقافه عن العمل), not an arrest. */
    private static boolean suspension(WordView v, int k) {
        for (int i = k; i < Math.min(v.size(), k + 5); i++) if (v.norm(i).equals("عن")) return true;
        return false;
    }

    private static Draft verbalAttack(Draft d) {
        Draft c = new Draft(d.hit, d.sense.verb() ? CRITICISM : CRITICISM_NOUN, d.sentence, d.anchor);
        c.actor = d.actor;
        c.target = d.target;
        c.definite = d.definite;
        return c;
    }

    /**
     * A meeting noun without its own subject takes the subject of the verb it is told under (شكر بومبيو السعودية خلال
     * مكالمة هاتفية أجراها مع ولي العهد) or the one who chairs it (اجتماع طارئ للمجلس الوزاري برئاسة العبادي).
     */
    private static void meetingActors(WordView v, List<Draft> here, List<MentionIndex.Ref> refs, int from, int to) {
        for (int i = 0; i < here.size(); i++) {
            Draft d = here.get(i);
            if (d.sense.plover().equals("CONSULT") && !d.sense.verb()) framedMeeting(v, d, refs, from);
            if (!d.sense.plover().equals("CONSULT") || d.sense.verb()) continue;
            // the chair leads the meeting, also when the body it is a meeting of is named before (اجتماع للمجلس
            // الوزاري للأمن الوطني برئاسة العبادي)
            for (int k = d.hit.end(); k < Math.min(to, d.hit.end() + 6); k++) {
                if (!v.is(k, Cues.CHAIRED)) continue;
                for (MentionIndex.Ref r : refs) {
                    if (r.from() > k && r.from() <= k + 4 && r.isAgent()) {
                        d.actor = r.entity();
                        break;
                    }
                }
                break;
            }
            for (int j = i - 1; j >= 0 && d.actor == null; j--) {
                Draft e = here.get(j);
                if (e.sense.verb() && e.actor != null && (d.target == null || !e.actor.id().equals(d.target.id()))) d.actor = e.actor;
            }
            if (d.actor != null && d.target != null && d.actor.id().equals(d.target.id())) d.target = null;
        }
    }

    /**
     * أدانت الوزارة الاقتحام، وطالبت المجتمع الدولي بالتدخل: a verb joined by و after a comma goes on with the subject of
     * the verb before it when a single party follows it and then its complement (بـ، على، إلى، من، أن): that party is
     * its object. Two parties in a row (واتهم حزب الله إسرائيل) are subject and object, and a verb whose ending differs
     * from the one before (أدانت … ، وطالب) has a new subject. In the training articles the party right after such a
     * verb was its object 206 times and its subject 140, most of those with a second party after it.
     */
    private static void coordinatedSubjects(WordView v, List<Draft> here, List<MentionIndex.Ref> refs) {
        for (int i = 1; i < here.size(); i++) {
            Draft d = here.get(i);
            int t = d.hit.start();
            if (!d.sense.verb() || d.hit.end() != t + 1 || !Cues.COMMAS.contains(v.norm(t - 1))) continue;
            String verb = v.norm(t);
            if (!verb.startsWith("و") || verb.length() < 4) continue;
            Draft before = null;
            for (int j = i - 1; j >= 0 && before == null; j--) {
                Draft p = here.get(j);
                if (p.actor != null && p.hit.end() < t) before = p;
            }
            if (before == null || d.actor != null && before.actor.id().equals(d.actor.id())) continue;
            String was = before.sense.verb() ? ending(v.norm(before.hit.start())) : null;
            if (was != null && !was.equals(ending(verb.substring(1)))) continue;
            MentionIndex.Ref actor = null;
            for (MentionIndex.Ref r : refs) {
                if (r.entity() == d.actor && r.from() < t && r.from() >= before.hit.end()) actor = r;
                if (r.entity() == d.actor && r.from() == d.hit.end()) actor = r;
            }
            if (d.actor == null) {
                d.actor = before.actor; // ودعت الطرفين: no party of its own, the subject goes on
            } else if (actor != null && actor.from() < t) {
                d.actor = before.actor; // نفت قوات الدعم استهداف المدنيين، واتهمت: the party before the comma was the object
            } else if (actor != null && opensComplement(v.norm(actor.to()))) {
                if (d.target == null) d.target = d.actor;
                d.actor = before.actor;
            }
            if (d.target != null && d.target.id().equals(d.actor.id())) d.target = null;
        }
    }

    /** A word that opens a verb's complement after its object: بالتدخل، على، إلى، من، أن. */
    private static boolean opensComplement(String w) {
        return w.startsWith("ب") && w.length() > 2 || w.equals("علي") || w.equals("الي") || w.equals("من") || w.equals("عن")
                || w.equals("ان") || w.equals("بان");
    }

    /** The subject ending of a past verb: ت (she), وا (they), ا (the two), none (he); null behind an object pronoun. */
    private static String ending(String verb) {
        if (verb.endsWith("ه") || verb.endsWith("ها") || verb.endsWith("هم") || verb.endsWith("هما")) return null;
        return verb.endsWith("وا") ? "وا" : verb.endsWith("تا") ? "تا" : verb.endsWith("ت") ? "ت" : verb.endsWith("ا") ? "ا" : "";
    }

    /**
     * حمّل A B مسؤولية، أمرت A B بالمغادرة: the one blamed or sent away stands last before مسؤولية / المغادرة, after
     * the subject.
     */
    private static void partyBetween(WordView v, Draft d, List<MentionIndex.Ref> refs, int from) {
        int verb = d.hit.start(), end = d.hit.start();
        if (d.sense == BLAME) {
            for (int c = d.hit.end(); c < Math.min(v.size(), d.hit.end() + 7); c++) if (v.is(c, Cues.RESPONSIBILITY)) { end = c; break; }
        } else {
            for (int k = d.hit.start() - 1; k >= Math.max(from, d.hit.start() - 6); k--) if (v.is(k, Cues.ORDER_TO_LEAVE)) { verb = k; break; }
        }
        MentionIndex.Ref last = null, first = null, before = null;
        for (MentionIndex.Ref r : refs) {
            if (r.to() <= verb && r.to() >= verb - 2 && r.prep().isEmpty()) before = r;
            if (r.from() <= verb || r.to() > end) continue;
            if (first == null) first = r;
            if (last == null || r.isAgent() || !last.isAgent()) last = r;
        }
        if (d.sense == EXPULSION) {
            // أمرت الولايات المتحدة 60 دبلوماسيا بالمغادرة / الولايات المتحدة أمرت …: who orders expels
            MentionIndex.Ref subject = before != null ? before : first != null && first != last ? first : null;
            if (subject != null) d.actor = subject.entity();
        }
        if (last != null && (d.actor == null || last.entity() != d.actor)) d.target = last.entity();
    }

    /**
     * A meeting noun told as the frame of the sentence's opening verb (بحث وزير الخارجية المصري مع نظيره الأردني في اتصال
     * هاتفي، وأبلغ الأحمر الرئيس هادي في اتصال هاتفي): the verb's subject holds the call, with the party after مع
     * or the verb's object.
     */
    private static void framedMeeting(WordView v, Draft d, List<MentionIndex.Ref> refs, int from) {
        int frame = d.hit.start() - 1;
        if (!v.is(frame, Cues.MEETING_FRAMES)) return;
        String first = v.norm(from);
        if (first.isEmpty() || first.startsWith("ال") || first.startsWith("وال") || v.isNumber(from) || v.is(from, Cues.CLAUSE_BREAK)
                || Cues.NOT_VERBS.contains(first)) return;
        MentionIndex.Ref subject = null, other = null;
        for (MentionIndex.Ref r : refs) {
            if (r.from() < from + 1 || r.to() > frame) continue;
            if (subject == null) {
                if (r.from() > from + 5 || !r.prep().isEmpty() || !r.isAgent()) return; // no subject right after the verb (its title allowed)
                subject = r;
            } else if (other == null && r.isAgent() && (r.prep().isEmpty() && objectAfter(v, subject, r) || r.prep().equals("مع") || r.prep().equals("ومع"))) {
                // the object right after the subject (أبلغ الأحمر الرئيس هادي) or the party after مع; not a conjunct (ماكرون وزوجته بريجيت)
                other = r;
            }
        }
        if (subject == null) return;
        for (int k = from + 1; k < frame; k++) if (v.is(k, Cues.CLAUSE_BREAK) && !v.norm(k).equals("،")) return;
        d.actor = subject.entity();
        if (other != null) d.target = other.entity();
        else if (d.target != null && d.target.id().equals(d.actor.id())) d.target = null;
    }

    /** The object right after a VSO subject, titles allowed between (أبلغ الأحمر الرئيس اليمني هادي), no conjunct (وزوجته). */
    private static boolean objectAfter(WordView v, MentionIndex.Ref subject, MentionIndex.Ref r) {
        if (r.from() < subject.to() || r.from() > subject.to() + 3) return false;
        for (int k = subject.to(); k < r.from(); k++) if (v.norm(k).startsWith("و") || v.is(k, Cues.CLAUSE_BREAK)) return false;
        return true;
    }

    /** أغلق المؤشر عند، ليغلق السهم مرتفعا، أغلقت البورصة على ارتفاع: a market closing, not a closure. */
    private static boolean isMarketClose(WordView v, Draft d) {
        if (!d.sense.mode().equals("ban") || !d.sense.verb()) return false;
        for (int k = d.hit.end(); k < d.hit.end() + 3; k++) {
            if (v.is(k, Cues.MARKET_CLOSE)) return true;
        }
        return false;
    }

    /** يؤيد 61 بالمئة من الفرنسيين: a poll's share of opinion is no act of support. */
    private static boolean isPoll(WordView v, Draft d, int to) {
        // يوافق 81,7٪ من المهنيين على أنهم …: a share of people agreeing is a poll too
        boolean agrees = d.sense.plover().equals("AGREE") && d.sense.verb();
        if (!d.sense.plover().equals("SUPPORT") && !d.sense.plover().equals("REJECT") && !agrees) return false;
        for (int k = Math.max(0, d.hit.start() - 3); k < Math.min(to, d.hit.end() + 4); k++) {
            if (v.is(k, Cues.SHARE)) return true;
        }
        return false;
    }

    /**
     * Words a court sentence uses in their legal sense: طعن is an appeal (رفضت المحكمة طعنا للسكان، نظر طعن اثنين من
     * المتهمين), not a stabbing, unless a knife is named; أيدت المحكمة الحكم upholds a verdict, no support given.
     */
    private static boolean isCourtTerm(WordView v, Draft d, int from, int to) {
        boolean appeal = d.sense.mode().equals("attack") && v.is(d.hit.start(), Cues.APPEAL);
        boolean upheld = d.sense.plover().equals("SUPPORT") && d.sense.verb()
                && (v.is(d.hit.end(), Cues.VERDICTS) || v.is(d.hit.end() + 1, Cues.VERDICTS) || v.is(d.hit.end() + 2, Cues.VERDICTS));
        if (upheld) return true;
        if (!appeal) return false;
        boolean court = false;
        for (int k = from; k < to; k++) {
            if (v.is(k, Cues.KNIVES)) return false;
            court |= v.is(k, Cues.COURT) || v.is(k, Cues.VERDICTS);
        }
        return court;
    }

    /** الغوطة الشرقية المحاصرة: "the besieged" as a place's epithet names no siege told here. */
    private static boolean isBesiegedEpithet(WordView v, Draft d) {
        String w = v.norm(d.hit.start());
        return d.sense.mode().equals("siege") && !d.sense.verb() && (w.equals("المحاصره") || w.equals("المحاصر"));
    }

    /**
     * A present-tense verb right after a relative pronoun describes a standing state, not an event (الحوثيين
     * الذين تدعمهم إيران، السعودية التي تدعم الحكومة، النواب الذين ينتقدون الحكومة، قانون الفيفا الذي يحظر).
     * Attacks are left alone: an ongoing siege or shelling told so (التي يحاصرها) is still news.
     */
    private static boolean isStandingState(WordView v, Draft d) {
        if (!d.sense.verb() || STATE_KEPT.contains(d.sense.plover())
                || !v.is(d.hit.start() - 1, Cues.RELATIVES)) return false;
        return isPresentForm(v.norm(d.hit.start()));
    }

    /**
     * Held, attacked, accused or denied in a relative clause is still news (القس الذي تحتجزه تركيا، الذي تتهم روسيا
     * فيه، التي تنفي أي تورط): these stay events.
     */
    private static final Set<String> STATE_KEPT = Set.of("ASSAULT", "ACCUSE", "COERCE", "STATEMENT");

    /** يدعم، تدعم، نرفض, not the past تظاهر / تعهد that also begin with ت. */
    static boolean isPresentForm(String w) {
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) w = w.substring(1);
        if (w.isEmpty() || "يتن".indexOf(w.charAt(0)) < 0) return false;
        for (String past : Cues.PAST_T_STEMS) if (w.startsWith(past)) return false;
        return true;
    }

    /** اعتراض الصواريخ، اعترضت الدفاعات طائرة مسيرة: intercepting a missile is no rejection but an assault on it. */
    private static boolean isInterception(WordView v, Draft d, int to) {
        if (!d.sense.plover().equals("REJECT") || !v.is(d.hit.start(), Cues.INTERCEPT)) return false;
        for (int k = d.hit.end(); k < Math.min(to, d.hit.end() + 5); k++) if (v.is(k, Cues.PROJECTILES)) return true;
        return false;
    }

    /** استضافة اللاجئين، تستضيف تركيا 3.5 مليون لاجئ، الاستضافة (of the World Cup): hosting a thing or a population, no meeting. */
    private static boolean isHostingThing(WordView v, Draft d, int to) {
        if (!d.sense.plover().equals("CONSULT") || !v.is(d.hit.start(), Cues.HOSTING)) return false;
        for (int k = d.hit.end(); k < Math.min(to, d.hit.end() + 5); k++) {
            if (v.is(k, Cues.HOSTED_THINGS)) return true;
            if (v.is(k, Cues.CLAUSE_BREAK)) break;
        }
        return false;
    }

    /** يتفق مع (is consistent with, shares the view of), بما يتفق مع: a present-tense agreeing is a standing opinion, no agreement made. */
    private static boolean isConsistency(WordView v, Draft d) {
        return d.sense.plover().equals("AGREE") && d.sense.mode().equals("agree") && d.sense.verb() && isPresentForm(v.norm(d.hit.start()));
    }

    private static final TriggerLexicon.Sense CONVICTION = new TriggerLexicon.Sense("COERCE", "convict", null, false, false);
    private static final TriggerLexicon.Sense WITHDRAW_FROM_AGREEMENT =
            new TriggerLexicon.Sense("REJECT", "withdraw", null, false, false);

    /** A word in [from, to) that tells an attack in words ({@link Cues#IN_WORDS}: قائلا، لاذعا، تغريدة …). */
    private static boolean toldInWords(WordView v, int from, int to) {
        for (int k = from; k < to; k++) if (v.is(k, Cues.IN_WORDS)) return true;
        return false;
    }

    /** The sense with another type and mode, a verb or a noun as it was, no ACLED code and never weak. */
    private static TriggerLexicon.Sense retyped(TriggerLexicon.Sense sense, String plover, String mode) {
        return new TriggerLexicon.Sense(plover, mode, null, false, sense.verb());
    }

    private static final TriggerLexicon.Sense DENIAL = new TriggerLexicon.Sense("STATEMENT", "deny", null, false, true);

    /** رفضت (الحكومة) تلك المزاعم / الاتهامات: refusing a claim is denying it (the gold's STATEMENT), not rejecting a demand. */
    private static boolean rejectsClaims(WordView v, int from, int to) {
        for (int k = from; k < Math.min(to, from + 4); k++) if (v.is(k, Cues.CLAIMS)) return true;
        return false;
    }

    /**
     * Refusing to comment (ورفض متحدث باسم السفارة التعليق، رفض مسؤول الإدلاء بأي تعليق، رفضت السلطات التعليق على
     * التقارير) is no refusal of anything and no denial: the verb's object, after its subject, is the comment itself.
     */
    private static boolean declinesComment(WordView v, Draft d, int to) {
        if (!d.sense.plover().equals("REJECT") && d.sense != DENIAL) return false;
        for (int k = d.hit.end(); k < Math.min(to, d.hit.end() + COMMENT_REACH); k++) {
            if (v.is(k, Cues.CLAUSE_BREAK) && !v.norm(k).equals("،")) return false;
            if (v.is(k, Cues.COMMENT)) return true;
        }
        return false;
    }

    private static final int COMMENT_REACH = 12;

    /**
     * An event noun after أي / أية (any: سترد فورا على أي هجوم كيميائي، إن أي عملية عسكرية واسعة قد تؤدي إلى كارثة،
     * يجب أن يصر خلال أي اجتماع، نفت ضلوعها في أي هجوم) names no event that took place. Kept when a negation stands before
     * it in its clause (لم تتوصلا لأي اتفاق: a failed agreement, which the gold codes as negated).
     */
    private static boolean isAnyEvent(WordView v, Draft d, int from) {
        if (d.sense.verb() || !v.is(d.hit.start() - 1, Cues.ANY)) return false;
        for (int k = d.hit.start() - 2; k >= Math.max(from, d.hit.start() - 8); k--) {
            if (v.is(k, Cues.CLAUSE_BREAK)) break;
            if (v.is(k, Cues.NEGATION) || Cues.NEGATION.contains(Cues.afterConjunction(v.norm(k)))) return false;
        }
        return true;
    }

    /** إيقاف إطلاق النار، لوقف إطلاق النار: stopping the fire is a ceasefire named, no shooting. */
    private static boolean isCeasefireNamed(WordView v, Draft d) {
        return d.sense.mode().equals("firearms") && !d.sense.verb()
                && v.is(d.hit.start() - 1, Cues.STOP);
    }

    /**
     * دعما لـ، تضامنا مع، تأييدا لـ in the accusative after another act of the sentence (وطردت أكثر من 24 دولة دبلوماسيين
     * روس دعما لبريطانيا، تظاهر العشرات في ساحة التحرير تأييدا لتظاهرات المحافظات): the purpose of that act, which is
     * the event; no support of its own. As the object of its verb (توفر روسيا دعما للحكومة) the noun is no adverb: no
     * other act stands before it. (احتجاجا على was left out: the act so qualified is often the protest itself, كشفن عن
     * رؤوسهن احتجاجا, and the held-out gate lost a modality with it.)
     */
    private static boolean isPurposeAdverb(WordView v, Draft d, List<Draft> found) {
        if (d.sense.verb() || d.hit.end() != d.hit.start() + 1
                || !d.sense.plover().equals("SUPPORT")) return false;
        String w = v.norm(d.hit.start());
        if (!w.endsWith("ا") || !v.is(d.hit.start(), Cues.PURPOSE_ADVERBS)) return false;
        String next = v.norm(d.hit.end());
        if (!next.equals("علي") && !next.equals("مع") && !(next.startsWith("ل") && next.length() > 2)) return false;
        for (Draft o : found) {
            if (o.hit.end() <= d.hit.start() && !o.sense.plover().equals(d.sense.plover())) return true; // found: this sentence's
        }
        return false;
    }

    /** A denial verb just before, its subject between (نفى برانسون الاتهامات). */
    private static boolean deniedBefore(WordView v, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (v.is(k, Cues.DENIAL)) return true;
            if (v.is(k, Cues.CLAUSE_BREAK)) return false;
        }
        return false;
    }

    /** انسحاب (واشنطن) من الاتفاق: leaving an agreement is a rejection, not a retreat. */
    private static boolean fromAgreement(WordView v, int from, int to) {
        for (int k = from; k < Math.min(to, from + 5); k++) {
            if (v.norm(k).equals("من") && v.is(k + 1, Cues.AGREEMENTS)) return true;
        }
        return false;
    }

    /** Types whose object is an event that is asked for, refused, agreed to, threatened or promised, not done. */
    private static final Set<String> GOVERNING = Set.of("REQUEST", "REJECT", "THREATEN", "AGREE", "ACCUSE");
    private static final Set<String> MANNER_TYPES = Set.of("SUPPORT", "AID", "COOPERATE");

    /**
     * Drops event nouns that are the object of another trigger (طالبت بإطلاق سراح، رفضها الإفراج عن، لموافقته
     * على لقاء، تتهم إسرائيل باغتياله): the governing event is the one that happened. Drops "بدعم من"-style manner phrases too.
     */
    private static void dropComplements(WordView v, List<Draft> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Draft d = out.get(i);
            if (d.sense.verb()) continue;
            // مسؤولية مقتل، المسؤولين عن قتل، على خلفية الاحتجاجات: an event named as told elsewhere
            if (v.is(d.hit.start() - 1, Cues.REFERENCE) || v.norm(d.hit.start() - 1).equals("عن") && v.is(d.hit.start() - 2, Cues.REFERENCE)) {
                out.remove(i);
                continue;
            }
            if (d.sense.plover().equals("ACCUSE") && deniedBefore(v, d.hit.start())) {
                out.remove(i); // نفى برانسون الاتهامات: the accusation denied was made elsewhere
                continue;
            }
            if (MANNER_TYPES.contains(d.sense.plover()) && v.norm(d.hit.start()).startsWith("ب")) {
                out.remove(i);
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Draft g = out.get(j);
                // رفضت إحدى المحاكم الجنائية العليا في تركيا طلب القس: a verb's object may follow its subject
                boolean far = d.hit.start() - g.hit.end() > 3;
                if (far && (!reachesObject(v, g, d) || j < i - 1)) break;
                if (GOVERNING.contains(g.sense.plover()) && !g.sense.plover().equals(d.sense.plover())) {
                    out.remove(i);
                    break;
                }
            }
        }
    }

    /**
     * A governing verb (رفضت، وافقت، طالب) whose subject stands between it and a requested or conceded noun (طلب، إطلاق
     * سراح) in one clause: the noun is its object, told as what was refused or asked.
     */
    private static boolean reachesObject(WordView v, Draft g, Draft d) {
        if (!g.sense.verb() || !OBJECT_TYPES.contains(d.sense.plover())
                || d.hit.start() - g.hit.end() > OBJECT_REACH) return false;
        for (int k = g.hit.end(); k < d.hit.start(); k++) if (v.is(k, Cues.CLAUSE_BREAK) || v.is(k, Cues.THAT)) return false;
        return true;
    }

    private static final int OBJECT_REACH = 8;
    /** Nouns that a refusal, request or agreement has as its object: requests and releases (a meeting after them is often a frame: خلال قمتهم). */
    private static final Set<String> OBJECT_TYPES = Set.of("REQUEST", "CONCEDE");

    /**
     * Triggers of one type in one sentence are one event unless their parties differ ("قتلت ... رميا
     * بالرصاص", "المعارك ... أسفرت عن مقتل"): the first keeps the others' arguments.
     */
    private static void mergeWithinSentence(List<Draft> here) {
        for (int i = 0; i < here.size(); i++) {
            Draft a = here.get(i);
            for (int j = i + 1; j < here.size(); j++) {
                Draft b = here.get(j);
                if (!a.sense.plover().equals(b.sense.plover()) || a.modality != b.modality
                        || !Drafts.compatible(a.actor, b.actor) || !Drafts.compatible(a.target, b.target)) continue;
                // one mention's victim is not the other's actor (قتل 6 مدنيين في قصف)
                boolean victimActs = b.actor != null && a.target != null && b.actor.id().equals(a.target.id());
                if (a.actor == null && !victimActs) a.actor = b.actor;
                if (a.target == null && (a.actor == null || b.target == null || !b.target.id().equals(a.actor.id()))) a.target = b.target;
                if (a.date == null) a.date = b.date;
                if (a.attribution == null) a.attribution = b.attribution;
                if (a.acled == null || "kill".equals(a.sense.mode()) && b.acled != null) a.acled = b.acled;
                here.remove(j--);
            }
        }
    }

    /**
     * The weapon named after a killing in its clause (أعدم ضابطا رميا بالرصاص، قُتل سبعة متظاهرين برصاص القوات، لقي
     * فلسطيني مصرعه برصاص جنود) is how that killing was done, not a shooting of its own: the earlier attack keeps
     * the shooter as its actor when it has none. Needed apart from the merge of one sentence because the two mentions
     * often name the victims differently (سبعة متظاهرين فلسطينيين as civilians, the shooting's protesters).
     */
    private static void absorbInstruments(WordView v, List<Draft> here) {
        for (int i = here.size() - 1; i > 0; i--) {
            Draft d = here.get(i);
            if (!isInstrument(v, d)) continue;
            for (int j = i - 1; j >= 0; j--) {
                Draft e = here.get(j);
                if (d.hit.start() - e.hit.end() > INSTRUMENT_REACH) break;
                if (!e.sense.plover().equals("ASSAULT") || isInstrument(v, e) || e.modality != d.modality || clauseBreak(v, e.hit.end(), d.hit.start())) continue;
                // the parties the weapon's phrase names (برصاص شخصين، the victim) fill what the killing leaves open
                if (e.actor == null && (e.target == null || d.actor == null || !d.actor.id().equals(e.target.id()))) e.actor = d.actor;
                if (e.target == null && (e.actor == null || d.target == null || !d.target.id().equals(e.actor.id()))) e.target = d.target;
                if (e.date == null) e.date = d.date;
                here.remove(i);
                break;
            }
        }
    }

    private static final int INSTRUMENT_REACH = 8;

    /**
     * A killing told with the attack it happened in (مقتل ثمانية عناصر من حزب الله في ضربة جوية استهدفت الحوثيين، قتل
     * عنصران في قصف مدفعي، مقتل 14 مسلحا جراء غارات): one event, whatever each names as its target (the dead, the
     * place or group struck). The killing keeps its victims and takes the attack's doer.
     */
    private static void killedIn(WordView v, List<Draft> here) {
        for (int i = 0; i < here.size(); i++) {
            Draft k = here.get(i);
            if (!k.sense.plover().equals("ASSAULT") || !k.sense.mode().equals("kill")) continue;
            for (int j = i + 1; j < here.size(); j++) {
                Draft a = here.get(j);
                if (a.hit.start() - k.hit.end() > INSTRUMENT_REACH || clauseBreak(v, k.hit.end(), a.hit.start())) break;
                if (!a.sense.plover().equals("ASSAULT") || a.sense.mode().equals("kill") || a.sense.verb() || a.modality != k.modality
                        || !v.is(a.hit.start() - 1, Cues.KILLED_IN) && !v.norm(a.hit.start()).startsWith("ب")) continue;
                if (k.actor == null && (a.actor == null || k.target == null || !a.actor.id().equals(k.target.id()))) k.actor = a.actor;
                if (k.date == null) k.date = a.date;
                if (k.acled == null || a.acled != null) k.acled = a.acled;
                here.remove(j);
                break;
            }
        }
    }

    /** برصاص، بالرصاص، رميا بالرصاص: a firearm named as the means of an act. */
    private static boolean isInstrument(WordView v, Draft d) {
        if (!d.sense.plover().equals("ASSAULT") || d.sense.verb()) return false;
        String w = v.norm(d.hit.start());
        return (d.sense.mode().equals("firearms") || d.sense.mode().equals("massacre"))
                && (w.equals("رميا") || w.startsWith("برصاص") || w.startsWith("بالرصاص"));
    }

    /** A sentence-internal break (، ؛ : or a quote mark) between two tokens. */
    private static boolean clauseBreak(WordView v, int from, int to) {
        for (int k = from; k < to; k++) if (v.is(k, Cues.CLAUSE_BREAK) && !v.norm(k).equals("،")) return true;
        return false;
    }

    /**
     * A past-verb spelling right after a noun head or a reference word reads as its verbal noun (وجاء طلب
     * الوزارة، منشور طلب القبض، تفاصيل قتل): طلب، قتل، هدم are written alike as verb and noun.
     */
    private static boolean nounContext(WordView v, int i) {
        return v.is(i - 1, Cues.THING_HEADS) || v.is(i - 1, Cues.REFERENCE) || v.is(i - 1, Cues.TALLY)
                || v.norm(i - 1).equals("جاء") || v.norm(i - 1).equals("وجاء");
    }

    /**
     * A weak trigger's group party is enough when it is the one hit (ضربت الشرطة المتظاهرين، تهديد للمدنيين), not a
     * companion after مع (ضربت موعدا مع السكان: an appointment).
     */
    private static boolean hitsGroup(Draft d, List<MentionIndex.Ref> refs) {
        if (d.target == null) return false;
        for (MentionIndex.Ref r : refs) {
            if (r.entity() == d.target && r.from() >= d.hit.end() && (r.prep().equals("مع") || r.prep().equals("ومع"))) return false;
        }
        return true;
    }

    /**
     * A gathering or a departure is told by who gathers or leaves: a crowd counted right after it (وتجمع مئات
     * المراهقين، تجمع نحو 200 من طالبي اللجوء) or an armed group right after it (خروج مسلحين معارضين من، مغادرة
     * المعارضين لها) makes it an event without a named party.
     */
    private static boolean crowdOrArmed(WordView v, Draft d, List<MentionIndex.Ref> refs) {
        String mode = d.sense.mode();
        if (mode.equals("gather") && (v.isNumber(d.hit.end()) || v.is(d.hit.end(), Cues.CROWD_COUNTS))) return true;
        if (!mode.equals("leave")) return false;
        for (MentionIndex.Ref r : refs) {
            if (r.from() == d.hit.end() && GroupParties.isGroup(r.entity())
                    && Cues.ARMED_GROUPS.contains(r.entity().kb().substring(GroupParties.KB_PREFIX.length()).split(":")[0])) return true;
        }
        return false;
    }

    private static boolean isNamed(Entity e) {
        return e != null && !GroupParties.isGroup(e);
    }

    /**
     * القبض على، الإفراج عن: the article belongs to the idiom (no Arabic says قبض على as a noun), so
     * the noun is no definite reference back to an earlier event.
     */
    private static boolean idiomArticle(String first, Draft d) {
        if (d.hit.end() - d.hit.start() < 2) return false;
        String w = first.startsWith("و") || first.startsWith("ف") ? first.substring(1) : first;
        return Cues.IDIOM_ARTICLE.contains(w);
    }

    /** A preposition glued to a past-verb form makes it a verbal noun: بطلب، لقتل، بقصف (but ليقتل is a verb). */
    private static boolean isPrepositionalNoun(String w) {
        if (w.length() < 4) return false;
        char c = w.charAt(0);
        if (c == 'و' || c == 'ف') {
            w = w.substring(1);
            c = w.isEmpty() ? 0 : w.charAt(0);
        }
        if (w.length() < 4) return false;
        return c == 'ب' || c == 'ل' && "يتن".indexOf(w.charAt(1)) < 0;
    }

    /**
     * "بناء على طلب"، "في طلب الترحيل"، "لطلب تعويضات": a request named inside a phrase, not one made here;
     * طالب لجوء (an asylum seeker) is no demand either.
     */
    private static boolean isRequestReference(WordView v, Draft d) {
        if (!d.sense.plover().equals("REQUEST")) return false;
        if (v.is(d.hit.end(), Cues.ASYLUM)) return true;
        if (d.sense.verb()) return false;
        String w = v.norm(d.hit.start());
        return w.startsWith("ب") || w.startsWith("ل") || v.is(d.hit.start() - 1, Cues.REQUEST_FRAMES);
    }

    /**
     * A meeting noun that names something else: لقاء تلفزيوني (an interview), لقمة العيش، لقاء رياضي، استضافة
     * المباريات (Cues.NOT_MEETINGS).
     */
    private static boolean isNoMeeting(WordView v, Draft d) {
        return d.sense.plover().equals("CONSULT")
                && (v.is(d.hit.end(), Cues.MEDIA) || !d.sense.verb() && v.is(d.hit.end(), Cues.NOT_MEETINGS));
    }

    /** معركة انتخابية، الحرب التجارية، حرب كلامية: a battle or war in name only. */
    private static boolean isFigurative(WordView v, Draft d) {
        return d.sense.plover().equals("ASSAULT") && !d.sense.verb() && v.is(d.hit.end(), Cues.FIGURATIVE);
    }

    /** وأودعوه في سجن المدينة: after a preposition, سجن is the prison, not the verb "imprisoned". */
    private static boolean isPrison(WordView v, Draft d) {
        return d.sense.mode().equals("sentence") && d.hit.end() - d.hit.start() == 1
                && v.norm(d.hit.start()).equals("سجن") && v.is(d.hit.start() - 1, Cues.NOUN_PREPS);
    }

    /** An agreement noun named by a frame up to three words before it, in the same clause (Cues.AGREEMENT_FRAMES). */
    private static boolean isAgreementReference(WordView v, Draft d, int from) {
        if (!d.sense.plover().equals("AGREE") || d.sense.verb()) return false;
        for (int k = d.hit.start() - 1; k >= Math.max(from, d.hit.start() - 3); k--) {
            if (v.is(k, Cues.CLAUSE_BREAK)) return false;
            if (v.is(k, Cues.AGREEMENT_FRAMES)) return true;
        }
        return false;
    }

    /**
     * Words that the short verb فر (fled) and the noun طرد (expulsion) generate but that mean something else:
     * سافر (travelled, or blatant: اعتداء سافر), فرنك (franc), فراه (Farah), وفرتها (its abundance), طردا (a parcel),
     * رحلته (his trip, not "deported him": رحّل is mostly written ترحيل in news), and the participle صادر
     * (issued: بيان صادر عن الخارجية), spelled like the verb صادر (confiscated).
     * The lexicon's inflection cannot tell these apart, so they are named here.
     */
    private static boolean isLookAlike(WordView v, Draft d) {
        String w = v.norm(d.hit.start());
        if (d.sense.mode().equals("seize")) {
            String next = v.norm(d.hit.end());
            return !w.startsWith("م") && w.contains("صادر") && (next.equals("عن") || next.equals("من"));
        }
        // عقوبة الإعدام، عقوبات السجن: a court's penalty named, not sanctions between states
        if (d.sense.mode().equals("sanction") && !d.sense.verb() && v.is(d.hit.end(), Cues.PENALTIES)) return true;
        return lookAlike(d.sense.mode(), w)
                || (w.startsWith("و") || w.startsWith("ف")) && w.length() > 3 && lookAlike(d.sense.mode(), w.substring(1));
    }

    private static boolean lookAlike(String mode, String w) {
        return switch (mode) {
            case "flee" -> w.startsWith("ساف") || w.startsWith("فرنك") || w.equals("فراه") || w.startsWith("فرته");
            case "expel" -> w.equals("طردا") || w.endsWith("طرود");
            case "warn" -> w.equals("بحذر"); // أجابت بحذر: answered cautiously
            case "deport" -> w.startsWith("رحلت") && w.length() > 4 || w.equals("رحله") || w.startsWith("الرحل") || w.startsWith("رحلات");
            default -> false;
        };
    }

    /** طائرة مسيرة is a drone, not a march. */
    private static boolean isDrone(WordView v, Draft d) {
        String w = v.norm(d.hit.start());
        return d.sense.plover().equals("PROTEST") && (w.startsWith("مسير") || w.startsWith("المسير"))
                && v.is(d.hit.start() - 1, Cues.AIR);
    }

    /** Words of territory a seizure may take (normalized; the article is set aside by the readings). */
    private static final Set<String> TERRITORY = Set.of("مدينه", "مدن", "منطقه", "مناطق", "مساحات", "مساحه", "اراضي", "اراض", "ارض",
            "بلده", "بلدات", "قريه", "قري", "عاصمه", "ميناء", "موانئ", "مطار", "قاعده", "معبر", "حي", "احياء", "جزيره", "مواقع", "موقع",
            "ولايه", "محافظه", "اقليم", "حقل", "حقول", "مقر", "مقرات", "ثكنه", "معسكر", "جبل", "تله", "اجزاء", "جزء", "شبه", "مدينتي");

    /**
     * A seizure of territory is a take-over (ASSAULT occupy, ACLED "Non-state actor overtakes territory"), not a
     * seizure of goods (COERCE): استولى الحوثيون على صنعاء، الاستيلاء على ميناء الحديدة، but استولوا على أسلحة.
     * The object follows على within four words of the trigger: a place named there or a word of territory. In the
     * training articles the rules had coded 125 seizures; the annotators called 62 of them an attack (nearly all
     * territory) and 33 a seizure.
     */
    private static void territoryTaken(WordView v, List<MentionIndex.Ref> refs, int to, List<Draft> found) {
        for (int i = 0; i < found.size(); i++) {
            Draft d = found.get(i);
            if (!d.sense.plover().equals("COERCE") || !d.sense.mode().equals("seize")) continue;
            int object = -1;
            for (int k = d.hit.end(); k < Math.min(to, d.hit.end() + 4) && object < 0; k++) {
                if (v.is(k, Cues.CLAUSE_BREAK)) break;
                if (v.norm(k).equals("علي")) object = k + 1;
            }
            if (object < 0 || object >= to) continue;
            boolean territory = v.is(object, TERRITORY);
            for (MentionIndex.Ref r : refs) if (r.from() == object && r.isPlace()) territory = true;
            if (!territory) continue;
            TriggerLexicon.Sense sense = new TriggerLexicon.Sense("ASSAULT", "occupy", "BAT.nsa", false, d.sense.verb());
            found.set(i, new Draft(new TriggerLexicon.Hit(d.hit.start(), d.hit.end(), sense), sense, d.sentence, d.anchor));
        }
    }

    /** A trigger word inside a name (منظمة حظر الأسلحة الكيميائية، مؤسسة الحج والزيارة) is no event. */
    private static boolean insideName(Draft d, List<MentionIndex.Ref> refs) {
        for (MentionIndex.Ref r : refs) {
            if (r.from() <= d.hit.start() && r.to() >= d.hit.end() && r.to() - r.from() > d.hit.end() - d.hit.start()
                    && !GroupParties.isGroup(r.entity())) return true;
        }
        return false;
    }

    /**
     * A cumulative tally, which the gold (like ACLED) does not code as an event: a death toll counted "since"
     * a start (قتلت القوات 45 فلسطينيا منذ بدأت الاحتجاجات) or "the number of" dead (يرتفع عدد القتلى).
     */
    private static boolean isTally(WordView v, Draft d, int from, int to) {
        if (!d.sense.plover().equals("ASSAULT")) return false;
        if (v.is(d.hit.start() - 1, Cues.TALLY)) return true;
        if (risingCount(v, d, from)) return true;
        if (!d.sense.mode().equals("kill")) return false;
        // حوالي 709 مدنيين قتلوا منذ تكثيف القصف: the count may stand before the verb too
        boolean counted = (v.isNumber(d.hit.start() - 1) || v.isNumber(d.hit.start() - 2));
        for (int k = d.hit.end(); k < Math.min(to, d.hit.end() + 8); k++) {
            if (v.is(k, Cues.CLAUSE_BREAK) && !v.norm(k).equals("\"")) return false;
            if (v.isNumber(k)) counted = true;
            if (counted && (v.norm(k).equals("منذ") || v.norm(k).equals("حتي"))) return true;
        }
        return false;
    }

    /**
     * Deaths and blows of a natural or accidental cause named in the sentence (لقي 11 شخصا مصرعهم بسبب الإعصار، قتل 14
     * شخصا جراء الزلزال، قتل تسعة أشخاص في حادث تحطم طائرة، ضرب الإعصار ماكونو الجزيرة) are no assault when no one
     * named did them: nobody attacked anybody.
     */
    private static boolean isDisaster(WordView v, Draft d, int from, int to) {
        String mode = d.sense.mode();
        if (!mode.equals("kill") && !mode.equals("attack") && !mode.equals("explosives") || isNamed(d.actor)) return false;
        for (int k = from; k < to; k++) if (v.is(k, Cues.DISASTERS)) return true;
        return false;
    }

    /**
     * A count that rises (ارتفع إلى 7 عدد القتلى الذين سقطوا برصاص الجيش، يرتفع عدد القتلى الفلسطينيين الذين سقطوا
     * برصاص، ارتفعت الحصيلة منذ بدء التصعيد إلى أكثر من 770 قتيلا): the killing named in its clause is counted, not told.
     */
    private static boolean risingCount(WordView v, Draft d, int from) {
        // the dead are counted; the shelling they died in (ارتفعت حصيلة القتلى جراء قصف القوات) is still told
        if (!d.sense.mode().equals("kill") && !isInstrument(v, d)) return false;
        boolean rise = false, tally = false;
        for (int k = d.hit.start() - 1; k >= Math.max(from, d.hit.start() - RISE_REACH); k--) {
            if (v.is(k, Cues.CLAUSE_BREAK) && !v.norm(k).equals("،")) break;
            rise |= v.is(k, Cues.RISE);
            tally |= v.is(k, Cues.TALLY) || v.norm(k).equals("الحصيله") || v.norm(k).equals("حصيلتها");
        }
        return rise && tally;
    }

    private static final int RISE_REACH = 12;

    /**
     * An event noun that dates something else (منذ حادث تسميم العميل، منذ اغتيال): background told as a time
     * anchor, which the gold codes where it is reported, not here.
     */
    private static boolean isTimeAnchor(WordView v, Draft d) {
        // منذ حاصرتها القوات الحكومية: a past verb right after منذ dates something else too
        if (d.sense.verb()) return v.is(d.hit.start() - 1, Cues.SINCE) && !isPresentForm(v.norm(d.hit.start()));
        int i = d.hit.start();
        // منذ حادث تسميم، منذ بدء الاحتجاجات، منذ انطلاق مسيرات العودة
        if (v.is(i - 1, Cues.INCIDENT) || v.is(i - 1, Cues.START)) i--;
        return v.is(i - 1, Cues.SINCE);
    }

    /**
     * A killing or wounding right after a verb of result (المعارك … أسفرت عن مقتل 35 عنصرا، الهجوم الذي تسبب في مقتل 25
     * شخصا، ما أدى إلى مقتل): the toll of an attack told before it, which the gold codes once, as that attack.
     */
    private static boolean isToll(WordView v, Draft d, int from) {
        // أصيبوا بالرصاص الحي، سقطوا برصاص الجيش: the wounds or deaths of a shooting told before
        if (isInstrument(v, d)) return v.is(d.hit.start() - 1, Cues.CASUALTY_VERBS) || v.is(d.hit.start() - 2, Cues.CASUALTY_VERBS);
        if (!d.sense.plover().equals("ASSAULT") || !d.sense.mode().equals("kill") || d.sense.verb()) return false;
        int k = d.hit.start() - 1;
        if (v.is(k, Cues.RESULT_LINKS)) k--;
        return k >= from && v.is(k, Cues.RESULT_VERBS);
    }

    /**
     * "Another" or "new" next to the trigger or its subject (حكمت محكمة أخرى، هجوم جديد، غارات جديدة، مجددا): the
     * text itself says this is not the event told before.
     */
    private static boolean another(WordView v, Draft d, int from, int to) {
        for (int k = Math.max(from, d.hit.start() - 1); k < Math.min(to, d.hit.end() + 3); k++) {
            if (v.is(k, Cues.CLAUSE_BREAK) && k >= d.hit.end()) break;
            if (v.is(k, Cues.ANOTHER)) return true;
        }
        return false;
    }

    /** A crime named as a charge (أدانته بالقتل، بتهمة الاختطاف) is the accusation's content, not an event. */
    private static boolean isCharge(WordView v, Draft d, int from) {
        if (d.sense.verb()) return false;
        int i = d.hit.start();
        if (v.is(i - 1, Cues.CHARGE_WORDS)) return true;
        String w = v.norm(i);
        if (!w.startsWith("ب") || !d.sense.plover().equals("ASSAULT")) return false;
        for (int k = i - 1; k >= Math.max(from, i - 3); k--) if (v.is(k, Cues.CONVICT_WORDS)) return true;
        return false;
    }


    /** A date in the sentence (nearest to the trigger), else the reporting sentence's date before it. */
    private static String eventDate(WordView v, Draft d, List<TimeExpression> sentenceDates, String previousDate,
                                    Attribution.Source source, int from) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        int at = v.token(d.hit.start()).start();
        for (TimeExpression t : sentenceDates) {
            int distance = Math.abs(t.start() - at);
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        if (best != null) return best.value();
        if (source.fromPreviousSentence() || v.norm(from).equals("ان") || v.norm(from).equals("وان")) return previousDate;
        return null;
    }

    private static final List<String> WEEKDAYS = List.of("الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد");

    /**
     * A bare weekday with a present-tense verb (يعقد الحلف الخميس محادثات، تجري … السبت) names the coming day: the
     * date recognizer, which cannot see the verb, resolves a weekday to the last one on or before publication.
     */
    private static String comingWeekday(WordView v, Draft d, List<TimeExpression> sentenceDates, int from, LocalDate published) {
        if (d.date == null || published == null || d.date.length() != 10 || !d.date.startsWith(published.getYear() + "")) return d.date;
        TimeExpression t = sentenceDates.stream().filter(x -> d.date.equals(x.value())).findFirst().orElse(null);
        if (t == null) return d.date;
        String text = org.marsad.text.ArabicNormalizer.normalizeForMatching(t.text());
        if (WEEKDAYS.stream().noneMatch(text::contains) || text.contains("الماضي") || text.matches(".*[0-9٠-٩].*")) return d.date;
        // a planned event (من المقرر أن تصل الاحتجاجات … الثلاثاء، عشية اجتماع مجلس الأمن … الجمعة، قبل قمة … الاثنين)
        // is ahead too
        // (a plot, بالتخطيط لتفجير تجمع … السبت, is future to its planners but may be dated in the past)
        boolean planned = d.modality == Modality.FUTURE && !plotted(v, d, from);
        if (!presentVerb(v, d, from) && !planned && !v.is(d.hit.start() - 1, Cues.AHEAD_OF)) return d.date;
        LocalDate day = LocalDate.parse(d.date);
        if (day.isAfter(published)) return d.date;
        return (day.isEqual(published) ? day : day.plusWeeks(1)).toString();
    }

    /** A planning word before the trigger in its clause (بالتخطيط لتفجير، خطط لشن). */
    private static boolean plotted(WordView v, Draft d, int from) {
        for (int k = d.hit.start() - 1; k >= Math.max(from, d.hit.start() - 7); k--) {
            if (v.is(k, Cues.CLAUSE_BREAK)) return false;
            if (v.is(k, Cues.PLANNED)) return true;
        }
        return false;
    }

    /** The trigger is a present-tense verb, or a noun carried by one (يعقد … محادثات). */
    private static boolean presentVerb(WordView v, Draft d, int from) {
        if (d.sense.verb()) return isPresent(v.norm(d.hit.start()));
        for (int k = d.hit.start() - 1; k >= Math.max(from, d.hit.start() - 6); k--) {
            if (v.is(k, Cues.CLAUSE_BREAK)) return false;
            if (v.is(k, Cues.SUPPORT_VERBS)) return isPresent(v.norm(k));
        }
        return false;
    }

    private static boolean isPresent(String w) {
        if (w.startsWith("و") || w.startsWith("ف")) w = w.substring(1);
        // تظاهر، تعهد: past verbs that begin with ت are no present tense (تظاهر الآلاف يوم السبت: last Saturday)
        for (String past : Cues.PAST_T_STEMS) if (w.startsWith(past)) return false;
        return w.length() > 2 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت') && !w.startsWith("تم");
    }

    /**
     * True when the sentence leaves a reported clause open for the next one: "أن" after its last reporting
     * cue with no event after it ("وأكد ... أن عناصر التنظيم." + "وسعوا سيطرتهم ...").
     */
    private static boolean continuesClause(WordView v, int from, int to, List<MentionIndex.Ref> refs, List<Draft> here) {
        int lastThat = -1;
        for (int k = from; k < to; k++) if (v.is(k, Cues.THAT)) lastThat = k;
        if (lastThat < 0) return false;
        for (Draft d : here) if (d.hit.start() > lastThat) return false;
        return true;
    }

    private static Entity endsWithSubject(List<MentionIndex.Ref> refs, int to) {
        if (refs.isEmpty()) return null;
        MentionIndex.Ref last = refs.get(refs.size() - 1);
        return last.isAgent() && last.prep().isEmpty() && to - last.to() <= 1 ? last.entity() : null;
    }

    /** A social embed that reports an event of the same type dates the text's undated event of that type. */
    private void datesFromEmbeds(ArticleText article, List<Draft> drafts) {
        LocalDate published = article.publishedDate();
        for (Boilerplate b : article.article().boilerplate()) {
            if (b.kind() != Boilerplate.Kind.SOCIAL_EMBED || !(b.meta().get("date") instanceof String date)) continue;
            if (published != null && date.compareTo(published.toString()) > 0) continue;
            List<Token> tokens = tokenizer.tokenize(b.text());
            WordView ev = new WordView(b.text(), tokens);
            Set<String> types = new java.util.HashSet<>();
            for (TriggerLexicon.Hit h : lexicon.find(ev, 0, ev.size())) types.add(h.sense().plover() + "/" + h.sense().mode());
            for (Draft d : drafts) {
                if (d.date == null && d.modality == Modality.ASSERTED && types.contains(d.sense.plover() + "/" + d.sense.mode())) {
                    d.date = date;
                }
            }
        }
    }

    /**
     * An event the argument model tells as news keeps to the date it chose, as the rules keep to theirs: dated more
     * than a month before publication, it is background (historical). (A date after publication making it future was
     * tried too: on train42–43 with models trained without them, modality 0.811 without it, 0.809 with it.)
     */
    static List<Event> dated(List<Event> events, LocalDate published) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Modality m = e.modality();
            if (m == Modality.ASSERTED && Drafts.isHistorical(e.date(), published)) m = Modality.HISTORICAL;
            out.add(m == e.modality() ? e : new Event(e.id(), e.plover(), e.mode(), e.acledEventType(), e.acledSubEventType(),
                    e.trigger(), e.sentence(), e.actor(), e.target(), e.location(), e.date(), e.fatalities(), e.injured(),
                    e.arrested(), m, e.attribution(), e.confidence()));
        }
        return out;
    }

    /** What the coder remembers while reading one article: who spoke and who acted last. */
    static final class Discourse {
        /** The unnamed sources the article cites (Attribution), one entity per wording. */
        final List<Entity> sources = new ArrayList<>();
        Entity lastSpeaker;
        Entity lastActor;
        /** An agent that closes the previous sentence (a clause cut after its subject), or null. */
        Entity endSubject;
        Attribution.Cue lastCue;

        /** The subject a verb without one continues: a subject left at the end of the sentence before, else the last actor. */
        Entity continuingSubject() {
            return endSubject != null ? endSubject : lastActor;
        }
    }

    /** An event being coded. */
    static final class Draft {
        final TriggerLexicon.Hit hit;
        final TriggerLexicon.Sense sense;
        final int sentence;
        final int anchor;
        Entity actor, target, location, attribution;
        String date, acled;
        Integer fatalities, injured, arrested;
        Modality modality = Modality.ASSERTED;
        /** Told as another or a new one (حكمت محكمة أخرى، هجوم جديد): never an earlier event told again. */
        boolean another;
        /** A definite noun (الهجوم، الاجتماع): may point back to an event told before. */
        boolean definite;
        /** A noun with a pronoun suffix (اعتقاله، زيارتها): it names someone told before, so it may point back too. */
        boolean possessive;
        /** A killing told as what another attack caused (أسفرت عن مقتل، تسبب في مقتل): that attack's toll. */
        boolean toll;
        /** The trigger is a group noun naming the event's participants (المتظاهرين). */
        boolean participants;

        Draft(TriggerLexicon.Hit hit, TriggerLexicon.Sense sense, int sentence, int anchor) {
            this.hit = hit;
            this.sense = sense;
            this.sentence = sentence;
            this.anchor = anchor;
            this.acled = sense.acled();
        }
    }

    /**
     * A condemnation of an act named without its doer (أدانت الوزارة اقتحام المخيم، استنكر الهجوم) is aimed at whoever
     * the article said did such an act last: the training annotators name the perpetrator as the target (وكانت
     * الرئاسة قد استنكرت الهجوم، محملة حركة حماس المسؤولية → حركة حماس). The act is an attack or a coercion in the
     * condemnation's clause, within eight words; its doer is the actor of the last event told before with the act's
     * own mode (اقتحمت → اقتحام: attack), else of its type. The condemner is not the act's doer either: an act coded with the
     * condemner as its actor takes the doer. With no such doer told before, nothing changes.
     */
    private void condemnedDoers(WordView v, List<Draft> here, List<Draft> before, int to) {
        for (Draft d : here) {
            if (!d.sense.plover().equals("ACCUSE") || d.target != null) continue;
            int end = Math.min(to, d.hit.end() + 8);
            for (int k = d.hit.end(); k < end; k++) {
                if (v.is(k, Cues.CLAUSE_BREAK)) {
                    end = k;
                    break;
                }
            }
            for (TriggerLexicon.Hit h : lexicon.find(v, d.hit.end(), end)) {
                String act = h.sense().plover();
                if (!act.equals("ASSAULT") && !act.equals("COERCE")) continue;
                Entity doer = lastDoer(here, before, d, h.sense(), true);
                if (doer == null) doer = lastDoer(here, before, d, h.sense(), false);
                if (doer == null || d.actor != null && doer.id().equals(d.actor.id())) break;
                d.target = doer;
                Entity condemner = d.actor;
                if (condemner != null) {
                    for (Draft o : here) if (o.hit.start() == h.start() && o.actor != null && o.actor.id().equals(condemner.id())) o.actor = doer;
                }
                break;
            }
        }
    }

    /** The actor of the last event before {@code d} (in its sentence, then in the article) of that type, and mode. */
    private static Entity lastDoer(List<Draft> here, List<Draft> before, Draft d, TriggerLexicon.Sense act, boolean sameMode) {
        java.util.function.Predicate<Draft> like = o -> o.actor != null
                && o.sense.plover().equals(act.plover()) && (!sameMode || o.sense.mode().equals(act.mode()));
        Entity doer = null;
        for (Draft o : here) if (o != d && o.hit.start() < d.hit.start() && like.test(o)) doer = o.actor;
        for (int i = before.size() - 1; i >= 0 && doer == null; i--) if (like.test(before.get(i))) doer = before.get(i).actor;
        return doer;
    }

    /** Turns drafts into events: one per real-world event (type, actor, target, place), numbered in order. */
    static final class Drafts {
        private Drafts() {
        }

        static List<Event> toEvents(List<Draft> drafts, ArticleText article, WordView v, MentionIndex mentions) {
            // a list, not a map by key(): two events that do not merge (other dates) may share type and parties
            List<Draft> merged = new ArrayList<>();
            for (Draft d : drafts) {
                Draft first = merged.stream().filter(o -> sameEvent(o, d, article.publishedDate())).findFirst().orElse(null);
                if (first == null && (d.definite || d.possessive)) first = antecedent(merged, d, article.publishedDate());
                if (first == null && d.toll) first = lastAttack(merged, d, article.publishedDate());
                if (first == null) {
                    merged.add(d);
                } else {
                    if (first.actor == null) first.actor = d.actor;
                    if (first.target == null) first.target = d.target;
                    if (first.location == null) first.location = d.location;
                    if (first.date == null) first.date = d.date;
                    if (first.fatalities == null) first.fatalities = d.fatalities;
                    if (first.injured == null) first.injured = d.injured;
                    if (first.arrested == null) first.arrested = d.arrested;
                    if (first.attribution == null) first.attribution = d.attribution;
                    if (first.modality != Modality.ASSERTED && d.modality == Modality.ASSERTED) first.modality = d.modality;
                }
            }
            List<Event> events = new ArrayList<>(merged.size());
            LocalDate published = article.publishedDate();
            int n = 0;
            for (Draft d : merged) {
                if (d.modality == Modality.ASSERTED && isHistorical(d.date, published)) d.modality = Modality.HISTORICAL;
                if (d.modality == Modality.ASSERTED && isAhead(d.date, published)) d.modality = Modality.FUTURE;
                String[] acled = Acled.of(refineAcled(d, v));
                int start = v.token(d.hit.start()).start(), end = v.token(d.hit.end() - 1).end();
                double confidence = 0.45 + (d.actor != null ? 0.2 : 0) + (d.target != null ? 0.15 : 0)
                        + (d.location != null ? 0.1 : 0) - (d.sense.weak() ? 0.1 : 0);
                events.add(new Event("ev" + (++n), d.sense.plover(), d.sense.mode(), acled == null ? null : acled[0],
                        acled == null ? null : acled[1], new TextSpan(article.text().substring(start, end), start, end),
                        d.sentence, id(d.actor), id(d.target), id(d.location), d.date, d.fatalities, d.injured, d.arrested,
                        d.modality, id(d.attribution), Math.round(confidence * 100) / 100.0));
            }
            return events;
        }

        private static String id(Entity e) {
            return e == null ? null : e.id();
        }

        /**
         * The event a definite noun refers back to (the attack … "الهجوم"): the latest earlier event of the
         * same type and mode in the article, whatever parties each mention names, if no date tells them apart.
         */
        private static Draft antecedent(java.util.Collection<Draft> earlier, Draft d, LocalDate published) {
            Draft found = null;
            for (Draft o : earlier) {
                if (o.sense.plover().equals(d.sense.plover()) && o.sense.mode().equals(d.sense.mode()) && sameTime(o, d, published)
                        && (o.modality == d.modality || o.modality == Modality.ASSERTED && d.modality == Modality.HISTORICAL)) found = o;
            }
            return found;
        }

        /** The latest earlier attack of any kind (المعارك، الغارة، هجوم) whose date and modality leave room for this toll. */
        private static Draft lastAttack(java.util.Collection<Draft> earlier, Draft d, LocalDate published) {
            Draft found = null;
            for (Draft o : earlier) {
                // a war's toll since years back (النزاع الذي أسفر عن مقتل 350 ألف شخص منذ 2011) is not the toll of the
                // shelling told just before it
                if (o.sense.plover().equals("ASSAULT") && o.modality == d.modality && sameTime(o, d, published)) found = o;
            }
            return found;
        }

        /**
         * One real-world event told twice: same type and mode, no party, place or date that differs (a
         * missing one is compatible), and not one negated or hypothetical beside an asserted one. The gold
         * codes each real-world event of an article once, at its first clear mention, so later mentions
         * merge even without a named party (the meeting, then "اللقاء", then "يناقش الاجتماع"). A meeting told
         * as a summit, talks or a visit is one meeting, whatever its mode, if its parties agree.
         */
        private static boolean sameEvent(Draft a, Draft b, LocalDate published) {
            boolean physical = RuleEventCoderTypes.PLACE_TYPES.contains(a.sense.plover());
            // one victim, one attack or arrest, however it is worded (اغتيال، قتله، برصاص)
            boolean sameVictim = physical && a.target != null && b.target != null && a.target.id().equals(b.target.id());
            // one named person killed or seized once, whoever each mention names as the doer (اغتالته يد الغدر، اتهمت الموساد بقتله)
            boolean onePerson = sameVictim && a.target.type() == org.marsad.model.EntityType.PER && !GroupParties.isGroup(a.target);
            if (b.another) return false;
            return a.sense.plover().equals(b.sense.plover()) && (a.sense.mode().equals(b.sense.mode()) || sameVictim || a.sense.plover().equals("CONSULT")
                    || a.sense.plover().equals("ASSAULT") && nextSentenceSameCountry(a, b))
                    && (onePerson || compatible(a.actor, b.actor) && compatible(a.target, b.target) || swapped(a, b))
                    && (onePerson || compatible(a.location, b.location) || physical && nextSentenceSameCountry(a, b))
                    && sameTime(a, b, published)
                    && (a.modality == b.modality || a.modality == Modality.ASSERTED && b.modality == Modality.HISTORICAL
                        || a.modality == Modality.HISTORICAL && b.modality == Modality.ASSERTED);
        }

        /**
         * Whether two mentions may tell of one event as far as their dates go: no date that differs (a missing one is
         * compatible), and an event dated long before publication is not the undated one reported now (the court
         * refused in April and May … the court refused today) unless both give that date.
         */
        private static boolean sameTime(Draft a, Draft b, LocalDate published) {
            return (a.date == null || b.date == null || a.date.equals(b.date))
                    && (a.date != null && a.date.equals(b.date) || !isHistorical(a.date, published) && !isHistorical(b.date, published));
        }

        /**
         * Meetings, agreements, cooperation and clashes hold between their parties whichever each mention names first
         * (قمة بين كيم وترامب … لقاء ترامب مع كيم; عقدت قمة مع الحلف … قمة الحلف التي وجه ترامب خلالها): the parties
         * swapped are the same event.
         */
        private static boolean swapped(Draft a, Draft b) {
            boolean mutual = SYMMETRIC.contains(a.sense.plover()) || a.sense.mode().equals("clash") && b.sense.mode().equals("clash");
            // one party named on both sides, in swapped roles, and no other party that differs
            boolean shared = same(a.actor, b.target) || same(a.target, b.actor);
            return mutual && shared && compatible(a.actor, b.target) && compatible(a.target, b.actor);
        }

        private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");

        /**
         * The next sentence goes on with the same story in another place of the same country (أعدم … في كوريا
         * الشمالية. … قتلت … رميا بالرصاص في بيونغ يانغ): a city after its country, another wording of the attack.
         */
        private static boolean nextSentenceSameCountry(Draft a, Draft b) {
            Entity x = a.location, y = b.location;
            return b.sentence - a.sentence <= 1 && x != null && y != null && x.geo() != null && y.geo() != null
                    && x.geo().country() != null && x.geo().country().equals(y.geo().country());
        }

        private static boolean same(Entity a, Entity b) {
            return a != null && b != null && a.id().equals(b.id());
        }

        static boolean compatible(Entity a, Entity b) {
            return a == null || b == null || a.id().equals(b.id());
        }

        /** ACLED's type depends on the victims: armed ones make an attack a battle; aircraft make it a strike. */
        private static String refineAcled(Draft d, WordView v) {
            String code = d.acled;
            if (code == null || !d.sense.plover().equals("ASSAULT")) return code;
            int from = d.hit.start(), to = Math.min(v.size(), d.hit.end() + 8);
            boolean armed = false, air = false;
            for (int k = Math.max(0, from - 4); k < to; k++) {
                if (v.is(k, Cues.ARMED)) armed = k >= d.hit.end() || armed;
                if (v.is(k, Cues.AIR)) air = true;
            }
            if (d.target != null) armed |= Cues.ARMED.stream().anyMatch(w -> org.marsad.text.ArabicNormalizer
                    .normalizeForMatching(d.target.name()).contains(w));
            if (air && (code.startsWith("ERV.shell") || code.equals("VAC.attack"))) return "ERV.air";
            if (armed && code.startsWith("VAC.") && !code.equals("VAC.sexual")) return "BAT.clash";
            return code;
        }

        /** A day, week or month after the publication's. */
        static boolean isAhead(String date, LocalDate published) {
            if (date == null || published == null) return false;
            if (date.length() == 10) return date.compareTo(published.toString()) > 0;
            if (date.contains("-W")) return date.compareTo(org.marsad.time.ArabicDateRecognizer.format(published, org.marsad.model.Granularity.WEEK)) > 0;
            if (date.length() == 7) return date.compareTo(published.toString().substring(0, 7)) > 0;
            return false;
        }

        /** Before the publication by more than a month (day), before the previous month, or an earlier year. */
        static boolean isHistorical(String date, LocalDate published) {
            if (date == null || published == null || date.length() < 4) return false;
            try {
                if (date.length() == 4) return Integer.parseInt(date) < published.getYear();
                if (date.contains("-W")) return false;
                if (date.length() == 7) return LocalDate.parse(date + "-01").isBefore(published.withDayOfMonth(1).minusMonths(1));
                return LocalDate.parse(date).isBefore(published.minusDays(31));
            } catch (RuntimeException e) {
                return false;
            }
        }
    }
}
