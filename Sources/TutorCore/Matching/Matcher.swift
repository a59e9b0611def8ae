import Foundation

/// Gives a learner's line an intent and up to two concepts.
///
/// It works in stages, each in its own file: cue scanning finds the intent's cues
/// (`CueScan`, from the weighted phrases of `intents.yaml`); term location finds the
/// concepts' terms through an inverted index, so the cost grows with the line, not with the
/// size of the knowledge base (`TermScan`); ranking orders the concepts named, or guesses
/// them from the concepts' whole text when no term is named (`Ranking`); the scope
/// decision says, once and on its own evidence, whether the line is about what this tutor
/// teaches (`ScopeDecision`). Every number they use is in `MatcherTuning`.
public final class Matcher: Sendable, Codable {
    let analyzer: Analyzer
    /// The numbers every stage decides with.
    let tuning = MatcherTuning.standard
    let conceptIDs: [String]
    /// Each concept's group (`group:` in its file).
    let conceptGroups: [String]
    /// Each concept's two sides when it is a contrast (`contrasts:` in its file), else empty.
    let contrastSides: [[String]]
    let terms: [Term]
    let termIndex: WordMap<[Int]>
    let cues: [Cue]
    let cueIndex: WordMap<[Int]>
    /// Each cue's second word where `secondWordCanFollow` asks for it (nil: the cue may
    /// follow any word), kept in one flat array: the scan asks it of every cue that opens on
    /// a line's word, and reading it from the cue's own stems cost a cache miss each.
    let cueSecondWords: [String?]
    /// The initials of each term of two words or more, to the concepts whose terms have them
    /// (`locateAcronyms`): built once, where a capital word looked through every term.
    let acronymOwners: [String: Set<Int>]
    let otherSenses: [Set<String>]
    let offTopic: WordSet
    /// Each off-topic stem's listed words: another word that only stems the same is another
    /// word ("polite" is not "political").
    let offTopicForms: [String: [String]]
    /// Words of other fields (off-topic or another sense of some concept): never taken for
    /// a misspelling of one of ours.
    let foreignStems: WordSet
    /// Stems of the concepts' names and ids, to the concepts whose name has them.
    let nameIndex: [String: Set<Int>]
    /// Each concept's name stems (the keys of `nameIndex` that hold it), kept by concept:
    /// the scope decision asks for them for every concept of every line.
    let conceptNameStems: [Set<String>]
    /// Situations told in a counselor's words (`SituationFrames`), their slot fillers, and
    /// the fillers by their first word.
    let frames: [Frame]
    let frameFillers: [FrameFiller]
    let frameStemIndex: WordMap<[Int]>
    let frameWordIndex: WordMap<[Int]>
    /// What was learnt from how learners phrase their lines (`phrasings.tsv`), if any.
    let prior: PhrasingPrior?
    /// The concepts that have a canonical question of their own (the specification's): the
    /// one a quiz on a word two concepts' names share asks about.
    let examined: Set<Int>

    struct Term: Codable {
        var concept: Int
        var stems: [String]
        /// The stems before synonyms were applied: an exact wording earns a small bonus.
        var surface: [String]
        var weight: Double
        /// Every word of the term is negated as written ("doesn't think he has a problem"):
        /// it is said only negated ("isn't a problem"), not in "is it a problem to…".
        var negated = false
        /// The term's own wording has a word that opens a clause between its words ("reach out
        /// when tempted"): in a line, such a word between its words does not split it.
        var bridgesClause = false
    }

    /// Weighted stems of each concept's whole text, for lines that name no term.
    let conceptDocs: [String: [Posting]]
    /// A concept whose text has the stem, and how much of it.
    struct Posting: Codable {
        var concept: Int
        var weight: Double
    }
    let idf: WordMap<Double>

    struct Cue: Codable {
        var intent: Intent
        var stems: [String?]  // nil: a wildcard of up to four words
        var weight: Double
        var order: Int
    }

    /// What the knowledge-base cache holds of a matcher: all but `tuning`, which is the
    /// code's own constants, not something built from the knowledge.
    enum CodingKeys: CodingKey {
        case analyzer, conceptIDs, conceptGroups, terms, termIndex, cues, cueIndex, cueSecondWords, otherSenses
        case offTopic, offTopicForms, acronymOwners
        case foreignStems, nameIndex, conceptNameStems, contrastSides
        case conceptDocs, idf, frames, frameFillers, frameStemIndex, frameWordIndex, prior, examined
    }

    public init(kb: KnowledgeBase, analyzer: Analyzer) {
        self.analyzer = analyzer
        conceptIDs = kb.concepts.map(\.id)
        conceptGroups = kb.concepts.map(\.group)
        contrastSides = kb.concepts.map { $0.contrasts.map { $0.lowercased() } }
        let terms = Self.buildTerms(kb, analyzer: analyzer)
        let nameIndex = Self.buildNameIndex(kb, analyzer: analyzer)
        self.nameIndex = nameIndex
        conceptNameStems = kb.concepts.indices.map { i in Set(nameIndex.filter { $0.value.contains(i) }.keys) }
        let docs = Self.buildConceptDocs(kb, analyzer: analyzer)
        self.idf = WordMap(docs.idf)
        self.conceptDocs = docs.postings
        self.terms = terms
        acronymOwners = terms.reduce(into: [:]) { owners, term in
            guard term.surface.count >= 2 else { return }
            owners[String(term.surface.compactMap(\.first)), default: []].insert(term.concept)
        }
        self.termIndex = WordMap(Self.buildTermIndex(terms))
        let cues = Self.buildCues(kb, analyzer: analyzer)
        self.cues = cues
        self.cueIndex = WordMap(Self.buildCueIndex(cues))
        self.cueSecondWords = cues.map { Self.secondWord(of: $0.stems) }
        // A word of another field whose stem is a different word the knowledge base uses in
        // its own sense ("fitness" → "fit", as in "goals that fit the client") is kept as typed:
        // its stem would take "where do goals fit in" for fitness.
        let ownStems = Set(docs.idf.keys)
        // A sense of several words ("time-lapse", "insurance policy") is kept whole, its
        // stems joined by a space: one of its words alone ("a one-time slip") is no sign of it.
        otherSenses = kb.concepts.map { concept in
            Set(
                concept.otherSenses.map {
                    analyzer.analyze($0, correct: false).content.map {
                        $0.stem == $0.word || !ownStems.contains($0.stem) ? $0.stem : $0.word
                    }.joined(separator: " ")
                })
        }
        let offTopicWords = kb.lexicon.offTopic.flatMap { analyzer.analyze($0, correct: false).content }
        let offTopic = Set(offTopicWords.map(\.stem))
        self.offTopic = WordSet(offTopic)
        // Only words that stem to the stem themselves: a synonym group's head stands for
        // words of every length ("law" and "mandated" are both "court").
        offTopicForms = offTopicWords.reduce(into: [:]) { forms, t in
            guard analyzer.porterStem(t.word) == t.stem else { return }
            forms[t.stem, default: []].append(t.word)
        }
        foreignStems = WordSet(
            otherSenses.reduce(offTopic) {
                $0.union($1.flatMap { $0.split(separator: " ").map(String.init) })
            })
        (frames, frameFillers, frameStemIndex, frameWordIndex) = Self.buildFrames(kb, analyzer: analyzer)
        prior = PhrasingPrior(kb.phrasings)
        let canonical = Set(SpecContract.questions.map(\.id))
        examined = Set(
            kb.concepts.indices.filter { i in kb.concepts[i].questions.contains { canonical.contains($0.id) } })
    }

    /// Matches one line on its own, with no context.
    public func match(_ text: String) -> MatchResult {
        match(analyzer.analyze(text))
    }

    /// Matches an analysed line: a line written partly in another language is read in English
    /// first (see `Glossary`), then cues, terms, intent, ranking, scope, and the result.
    public func match(_ analysis: Analysis) -> MatchResult {
        guard let english = inEnglish(analysis) else {
            let result = read(analysis, inEnglish: false)
            // (round 30) A word about the reply ("very clear now") thanks; a courtesy in a language
            // the glossary has no table for is read by its shape (`Matcher+PraiseOfTheReply.swift`,
            // `Matcher+CourtesyBeyondTheTables.swift`).
            return thanksByPraise(analysis, result) ?? courtesyBeyondTheTables(analysis, result) ?? result
        }
        var result = read(english, inEnglish: true)
        result.evidence.insert("read in English: '\(english.text)'", at: 0)
        return result
    }

    /// A line written partly in another language, analysed as read in English; nil for any
    /// other line.
    func inEnglish(_ analysis: Analysis) -> Analysis? {
        guard Glossary.mayShowALanguage(analysis.tokens),
            let english = Glossary.english(analysis.text)
        else { return nil }
        return analyzer.analyze(english)
    }

    /// Matches an analysed line; `inEnglish` when it is a line of another language read in
    /// English, whose words the glossary did not hold are then that language's, set aside.
    func read(_ analysis: Analysis, inEnglish: Bool) -> MatchResult {
        let read = settingAsideForeignParticles(
            settingAsideTagalog(
                settingAsideMixedInFunctionWords(settingAsideHomeCountry(keepingForeignWords(analysis.tokens)))))
        let tokens = droppingIntensifiers(
            readingDropAsGive(
                borrowingHeadNoun(
                    readingSpanishAnd(
                        settingAsideThisJob(
                            settingAsideSpanishMy(
                                inEnglish ? settingAsideUntranslated(read) : settingAsideOtherLanguage(read))))))
        )
        if tokens.isEmpty {
            // A bare "?" (or "??") asks what to do here: the help.
            let marks = analysis.text.filter { !$0.isWhitespace }
            if !marks.isEmpty, marks.allSatisfy({ $0 == "?" }) {
                return MatchResult(intent: .help, concepts: [], confidence: tuning.bareQuestionMarkConfidence)
            }
            return MatchResult(intent: .outOfScope, concepts: [], confidence: 0)
        }
        if let bare = Self.bareRequest(tokens) {
            var result = MatchResult(intent: bare, concepts: [], confidence: 1)
            result.evidence = ["the whole line is the request '\(bare.rawValue)'"]
            return result
        }
        if Self.onlyTakesLeave(tokens) {
            var result = MatchResult(intent: .goodbye, concepts: [], confidence: tuning.terseRequestConfidence)
            result.evidence = ["the whole line takes leave ('later', 'night', 'catch you tomorrow')"]
            return result
        }
        if let terse = terseRequest(tokens) {
            var result = MatchResult(intent: terse, concepts: [], confidence: tuning.terseRequestConfidence)
            result.evidence = ["the whole line is a request word short of a letter → \(terse.rawValue)"]
            return result
        }
        // (round 28) "show that I am listening": no request to go on (`Matcher+ListeningShown.swift`).
        var cues = droppingShownListening(scanCues(tokens), tokens)
        let content = tokens.indices.filter { tokens[$0].isContent }
        var terms = locateTerms(
            tokens, content: content, reserved: cues.reserved(tuning.reservingCueWeight),
            requested: cues.requested(tuning.reservingCueWeight) + [Self.countdown(tokens)].compactMap { $0 })
        locateAcronyms(analysis.text, tokens, into: &terms)
        locateSituations(tokens, into: &terms, askedWith: differenceAsked(cues, tokens))
        var intents = scoreIntents(&cues, terms: terms, tokens: tokens)
        if let j = tokens.firstIndex(where: { $0.word == "just" }) {
            intents.justPointsBack = tokens[(j + 1)...].contains { ["that", "this", "it"].contains($0.word) }
        }
        // "alliance = code of ethics?": an equals sign between two things named asks whether
        // they are one, as "is X the same as Y" does; the tokenizer keeps no sign.
        if terms.ranked.count >= 2, analysis.text.contains("=") {
            intents.add(.compare, tuning.juxtapositionCompare, order: 0, evidence: "'=' between two concepts → compare")
        }
        let ranking = rank(terms, intents: intents, cues: cues, tokens: tokens, content: content)
        // A pronoun before anything named points back ("is it the same as empathy?"); one
        // after it refers inside the line ("… than setting them alone").
        let firstNamed = terms.start.values.min() ?? tokens.count
        let pointsBack = tokens[..<firstNamed].indices.contains { i in
            Self.anaphora.contains(tokens[i].word) && tokens[i].word != "one" && !Self.isDummySubject(tokens, i)
                && !Self.isGenericThey(tokens, i) && !Self.countsThings(tokens, i)
        }
        let voted = ownRequest(
            refineIntent(
                chooseIntent(
                    intents, ranked: ranking.concepts, pointsBack: pointsBack,
                    splitsOne: ranking.concepts.count == 1 && namesTwoOfItsTerms(ranking.concepts[0], terms)),
                intents,
                named: !ranking.concepts.isEmpty, guessed: ranking.viaFallback, tokens: tokens), intents,
            named: !ranking.concepts.isEmpty && !namedOnlyAsOwnFeeling(ranking.concepts, terms: terms, tokens: tokens),
            guessed: ranking.viaFallback, tokens: tokens, text: analysis.text)
        var asksWhether = false
        let asked = reasonForAWeighing(
            questionBesideOwnFeeling(
                voted, cues: cues, terms: terms, ranked: ranking.concepts, guessed: ranking.viaFallback, tokens: tokens),
            cues: cues, ranked: ranking.concepts, tokens: tokens)
        var (intent, intentConfidence) = storyIntent(
            questionAfterAcknowledging(asked, intents, cues: cues, tokens: tokens), intents: intents, cues: cues,
            terms: terms, tokens: tokens)
        // A comparison asked in words ("X vs Y, …") stays one; two concepts the story only
        // sets side by side ("she trusts me more than him. problem?") are not compared.
        // So does a word of the story that happens to be a cue of the conversation ("wants
        // him to get help", "is that progress").
        if intent.isContent || Self.storyWordIntents.contains(intent), !ranking.concepts.isEmpty,
            !(intent == .compare && intents.cued.contains(.compare) && ranking.concepts.count >= 2),
            let asked = storyQuestion(tokens, cues: cues)
        {
            intent = asked
        }
        // "… says it's all over. is it?", "… done. right?": whether the case holds.
        if let last = tokens.last, let s = tokens.firstIndex(where: { $0.clause == last.clause }),
            Self.auxiliaries.contains(tokens[s].word) || closesOnATag(tokens),
            storyQuestion(tokens, cues: cues) == .explain
        {
            asksWhether = true
        }
        // "does congruence simply mean being genuine?", "retention?? like keeping people in the
        // program?": the learner's own gloss of one concept asks what it is.
        // (round 29) "X = just the paper they sign?? or is it more than that", "X — is that the
        // one where…", "…so what does X mean, officially?": the learner's own reading of one
        // concept put up for checking asks what it is too (`Matcher+OwnReadingOffered.swift`).
        let glossed =
            intent.isContent && glossesATerm(ranking.concepts, terms: terms, tokens: tokens)
            || offersOwnReading(
                intent, ranked: ranking.concepts, guessed: ranking.viaFallback, terms: terms, tokens: tokens)
        if glossed { intent = .define }
        // (round 27) "alliance just means following the ethics code right": two things set
        // equal and a tag asking whether it holds compare them; a case told with no question
        // asks what is going on there; "my stomach is in knots about this test" tells a
        // feeling about the learner's own test, not a request for one.
        // (round 32) "… agree on the goals, does that count as the alliance?": whether the case is
        // another concept named compares them (`Matcher+CaseCountsAs.swift`).
        let caseAsked =
            [.define, .explain].contains(intent)
            ? caseAndAskedConcept(ranking.concepts, terms: terms, tokens: tokens) : nil
        if [.define, .explain].contains(intent),
            equatesTwoNamed(ranking.concepts, terms: terms, tokens: tokens) || caseAsked != nil
        {
            intent = .compare
        } else if intent == .define, !glossed, toldWithoutAQuestion(intents, terms: terms) {
            intent = .explain
        } else if quizOnlyByOwnTest(intent, cues: cues, ranked: ranking.concepts, tokens: tokens) {
            intent = .feelings
        }
        // (round 28) "one beer after a year sober - is that a relapse or what": whether the case
        // is one side of a contrast concept compares its sides (`Matcher+WhichSide.swift`).
        if [.define, .explain, .howTo].contains(intent), asksWhichSide(ranking.concepts, tokens: tokens) {
            intent = .compare
        }
        // (round 28) "what does the bond part of bordin's model do": what a thing does, asked
        // with the verb last, is its work, not its definition (`Matcher+WhatItDoes.swift`).
        // It also keeps the phrasing prior from turning it back into a definition.
        let asksWhatItDoes =
            [.define, .explain].contains(intent) && !glossed && !ranking.concepts.isEmpty
            && Self.asksWhatItDoes(tokens)
        if asksWhatItDoes { intent = .explain }
        // (round 28) "…, this is court order treatment? what is it": a bare "what is it" beside
        // a concept named asks its definition (`Matcher+WhatIsIt.swift`).
        // It also keeps the phrasing prior from turning the definition into another request.
        // The concept must be named by a term of its own: after a case told in the line's own
        // words ("this client sounds exactly like my dad…, what is that") the clause asks what
        // is going on there.
        // Nor when a cue of two words or more asks for an explanation ("the real correlation
        // between empathy and outcome, what is it": "it" is the figure, not the concept).
        let asksWhatItIs =
            [.define, .explain, .example].contains(intent) && !ranking.viaFallback
            && ranking.concepts.first.map({ c in terms.named.contains { $0.concept == c } }) == true
            && Self.asksBareWhatIsIt(tokens)
            && !cues.hits.contains(where: {
                $0.intent == .explain && $0.span.count >= 2 && tokens[$0.span.lowerBound].word != "is"
            })
        if asksWhatItIs { intent = .define }
        // (round 29) "client started arguing w me halfway thru, what does that mean": what a case
        // told means is what is going on in it (`Matcher+WhatThatMeans.swift`).
        if intent == .define, !glossed, !asksWhatItIs,
            asksWhatACaseMeans(ranking.concepts, terms: terms, tokens: tokens)
        {
            intent = .explain
        }
        // (round 32) "what is the proper way to wind down with a client…": the way to act is a
        // how-to (`Matcher+WayToAct.swift`); it also keeps the phrasing prior from undoing it.
        let asksTheWay =
            [.define, .explain, .howTo].contains(intent) && !glossed && !asksWhatItIs && !asksWhatItDoes
            && asksTheWayToAct(terms, tokens)
        if asksTheWay { intent = .howTo }
        let scope = decideScope(
            ranking, intent: intent, hasCue: !intents.scores.isEmpty, terms: terms, cues: cues, tokens: tokens,
            content: content, text: analysis.text)
        var result: MatchResult
        switch scope.verdict {
        case .outOfScope(let confidence):
            result = MatchResult(intent: .outOfScope, concepts: [], confidence: confidence)
        case .followUp(let confidence):
            result = MatchResult(intent: intent, concepts: [], confidence: confidence, isFollowUp: true)
        case .inScope
        where ranking.viaFallback && intent.isContent && content.count <= tuning.shortFollowUpWords
            && pointsToTheLastTurn(tokens):
            // "Why would a counselor use it?": in a short line the pronoun names the topic; a
            // guess from the concepts' whole text is weaker than what was just discussed.
            result = MatchResult(
                intent: intent, concepts: [], confidence: tuning.domainFollowUpConfidence, isFollowUp: true)
        case .inScope
        where intent == .greeting
            && greetsOnly(ranking.concepts, intents: intents, terms: terms, tokens: tokens, text: analysis.text):
            // (round 24) "Good evening. … one ought to start by saying hello.": see `greetsOnly`.
            result = MatchResult(intent: .greeting, concepts: [], confidence: intentConfidence)
        case .inScope:
            result = assemble(
                intent, confidence: intentConfidence,
                topicFirst(scope.concepts, intent: intent, scores: ranking.scores, terms: terms, tokens: tokens),
                ranking: ranking,
                intents: intents,
                terms: terms, content: content, tokens: tokens)
        }
        // (round 32) The case and the concept asked whether it is are the comparison's sides.
        if result.intent == .compare, let (told, asked) = caseAsked {
            let sides = [conceptIDs[told], conceptIDs[asked]]
            result.concepts = Array((sides + result.concepts.filter { !sides.contains($0) }).prefix(2))
        }
        // A comparison that names one side leans back wherever its pronoun is ("and
        // reflective listening, is that the same thing").
        if (pointsBack || result.intent == .compare) && leansOnPrevious(result, tokens) { result.isFollowUp = true }
        result.confidence = (min(1, max(0, result.confidence)) * 1000).rounded() / 1000
        let fallback = ranking.viaFallback ? ["fallback → \(ranking.concepts.map { conceptIDs[$0] })"] : []
        // Words the spelling corrector changed, for reading misses ("quick" → "quit").
        let spelling = tokens.filter { $0.corrected && $0.typed != $0.word }.map {
            "spelling '\($0.typed)' → '\($0.word)'"
        }
        result.evidence = spelling + intents.evidence + terms.evidence + fallback + scope.evidence
        result.basis.named = terms.named.map { MatchBasis.Named(concept: conceptIDs[$0.concept], stems: $0.stems) }
        result.basis.told = terms.toldAt.keys.sorted().map { c in
            let stems = terms.toldAt[c, default: []].sorted().filter { tokens[$0].isContent }.map { tokens[$0].stem }
            return MatchBasis.Named(concept: conceptIDs[c], stems: stems)
        }
        result.basis.glossed = glossed && result.intent == .define
        result.basis.asksWhatItIs = asksWhatItIs && result.intent == .define
        result.basis.asksWhatItDoes = asksWhatItDoes && result.intent == .explain
        result.basis.asksTheWayToAct = asksTheWay && result.intent == .howTo
        if result.intent == .define, let (asked, _) = askedBeforeItsField(terms, tokens),
            result.concepts.first == conceptIDs[asked]
        {
            result.basis.askedBeforeItsField = conceptIDs[asked]
        }
        result.basis.asksWhether = asksWhether && [.explain, .outOfScope].contains(result.intent)
        if result.basis.glossed { result.evidence.append("the learner's own gloss of one concept → define") }
        if result.basis.asksWhether { result.evidence.append("a case told, then whether it holds") }
        result.basis.guessed = ranking.viaFallback
        result.basis.framesSetAside = terms.framesSetAside.sorted().map { conceptIDs[$0] }
        result.basis.guesses = ranking.viaFallback ? ranking.concepts.map { conceptIDs[$0] } : []
        result.basis.cued = intents.cued
        result.basis.strongCues = Set(
            cues.hits.filter { $0.score >= tuning.reservingCueWeight && $0.span.count >= 2 && $0.literal == nil }
                .map(\.intent))
        result.basis.otherSense = scope.otherSense
        result.basis.unknownWhenUnnamed = scope.unknownWhenUnnamed
        return result
    }

    /// Whether a word of the line is a word of another field: its stem is on the off-topic
    /// list and it is a form of a listed word (one begins the other, "market"/"marketing",
    /// or they differ by a letter), not another word that stems the same ("polite" is not
    /// "political").
    func isOffTopic(_ token: Token) -> Bool {
        guard offTopic.contains(token.stem) else { return false }
        guard let forms = offTopicForms[token.stem], analyzer.porterStem(token.word) == token.stem else {
            return true
        }
        // The listed word inflected ("managers", "manager's"), or cut short ("market" of
        // "marketing"), or a listed "-y" said as "-ies". Another word of the same stem that
        // only ends otherwise is another word: "managed" is not "manager".
        let word = token.word
        return forms.contains { form in
            word.hasPrefix(form) || form.hasPrefix(word) || form.hasSuffix("y") && word == form.dropLast() + "ies"
        }
    }

    /// The result for a line in scope: up to two concepts, with a confidence that grows
    /// with how much of the line the main concept explains.
    private func assemble(
        _ intent: Intent, confidence intentConfidence: Double, _ ranked: [Int], ranking: Ranking,
        intents: IntentScores, terms: TermScan, content: [Int], tokens: [Token]
    ) -> MatchResult {
        switch intent {
        case .define, .explain, .howTo, .compare, .example:
            let chosen = Array(ranked.prefix(2)).map { conceptIDs[$0] }
            let top = ranked[0]
            let ambiguous =
                ranking.partialTies.count > 1
                ? ranking.partialTies.map { conceptIDs[$0] }
                : terms.tied[top].map { [conceptIDs[top]] + $0.sorted().map { conceptIDs[$0] } } ?? []
            let coverage = Double(terms.tokens[top]?.count ?? 0) / Double(max(1, content.count))
            let conf =
                min(1, intentConfidence * (tuning.coverageBase + tuning.coverageShare * coverage))
                * (ambiguous.isEmpty ? 1 : tuning.ambiguityFactor)
            return MatchResult(
                intent: intent, concepts: chosen, confidence: (conf * 1000).rounded() / 1000,
                ambiguous: intent == .compare ? [] : ambiguous)
        case .quiz, .hint:
            // A quiz request keeps the runners-up: the dialogue weighs every concept it names.
            // A hint is asked about the open question: a concept guessed from the concepts' whole
            // text ("feed me a line", "a small nudge … just a direction", "give me small hint
            // please") names nothing of it unless the hint says what it is about (round 27).
            if intent == .hint && ranking.viaFallback
                && (Self.pointsAtTheQuestion(tokens) || !Self.namesAHintTopic(tokens))
            {
                return MatchResult(intent: intent, concepts: [], confidence: intentConfidence)
            }
            let asked = examinedOfASharedName(ranked, terms: terms, tokens: tokens)
            return MatchResult(
                intent: intent, concepts: asked.prefix(intent == .quiz ? 3 : 1).map { conceptIDs[$0] },
                confidence: intentConfidence)
        default:
            // Greetings and thanks that also name a concept ("thanks, what is trust?") are about the
            // concept; so is "more" or "simpler" that names one ("another example of empathy").
            // A guess from the concepts' whole text is too weak to override the cue, thanks, a
            // greeting or a request for progress among them ("thank u so much, that finally makes
            // sense" guesses termination, "score so far" the alliance inventory);
            // a request for help beside such a guess may still be a question of the work ("how do i
            // ask questions that…").
            // Nor is a concept named only through one word of its synonym group ("say in" for
            // ownership in "can you say in more easy English?") beside a clear request.
            let weaklyNamed =
                !ranked.isEmpty && (intents.scores[intent] ?? 0) >= tuning.requestOverConceptMin
                && (ranking.scores[ranked[0]] ?? 0) < tuning.synonymOnlyMax
                && !sharesItsName(ranked[0], terms: terms, tokens: tokens)
            let named =
                !ranked.isEmpty && !weaklyNamed
                && !(intent == .thanks && namedOnlyInThanks(ranked, terms: terms, tokens: tokens))
                && !(ranking.viaFallback
                    && (intent.isConversational || [.greeting, .thanks, .progress].contains(intent)
                        || intent == .help && Self.asksHowTheToolWorks(tokens)))
            let weakListing =
                [.topics, .progress].contains(intent) && (intents.scores[intent] ?? 0) < tuning.weakListingCueMax
            if named && ([.greeting, .thanks, .help, .more, .simpler].contains(intent) || weakListing) {
                let rest = intents.sorted.first { $0.key.isContent }?.key ?? .define
                return MatchResult(
                    intent: rest, concepts: ranked.prefix(2).map { conceptIDs[$0] },
                    confidence: tuning.greetingWithConceptConfidence)
            }
            // A harder question on trust, or advice about it, keeps the concept it names (not one
            // guessed from the concepts' whole text: "which topics come most often on the exam").
            let kept =
                [.harder, .easier, .studyAdvice].contains(intent) && !ranking.viaFallback
                ? ranked.prefix(1).map { conceptIDs[$0] } : []
            return MatchResult(intent: intent, concepts: kept, confidence: intentConfidence)
        }
    }

    /// "Test me on confidentiality", "a nudge on the confidentiality one": a quiz or hint that
    /// names its concept by one word that two concepts' names share (the safe space is "safety
    /// and confidentiality", the limits "limits of confidentiality") asks for the question on
    /// that word, so the concept with a canonical question of its own comes first.
    func examinedOfASharedName(_ ranked: [Int], terms: TermScan, tokens: [Token]) -> [Int] {
        guard let top = ranked.first, !examined.contains(top), let own = terms.tokens[top],
            Set(own).count == 1, terms.toldAt[top] == nil, let sharers = nameIndex[tokens[own[0]].stem],
            sharers.contains(top), sharers.count >= 2
        else { return ranked }
        let tested = sharers.filter { examined.contains($0) }
        guard tested.count == 1, let asked = tested.first else { return ranked }
        return [asked] + ranked.filter { $0 != asked }
    }

    /// "On this one", "for this question", "that one": a request about the question open now.
    static func pointsAtTheQuestion(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { i in
            ["this", "these", "current"].contains(tokens[i].word)
                || tokens[i].word == "that" && i + 1 < tokens.count && ["one", "question"].contains(tokens[i + 1].word)
        }
    }

    /// "It" or "that" standing for a topic ("why would a counselor use it", "what would that
    /// look like"), not opening a clause ("handle it when…", "tell him that he's…").
    private func pointsToTheLastTurn(_ tokens: [Token]) -> Bool {
        let clause: Set<String> = [
            "when", "if", "he", "she", "they", "i", "you", "we", "the", "a", "an", "his", "her", "my", "their",
            "he's", "she's", "they're", "i'm", "you're",
        ]
        return tokens.indices.contains { i in
            ["it", "that"].contains(tokens[i].word) && (i + 1 == tokens.count || !clause.contains(tokens[i + 1].word))
        }
    }

    /// A line that names what it wants only partly and points back for the rest: "quiz me
    /// on it", or a comparison with one side named and the other a pronoun ("how is it
    /// different from empathy?"). The dialogue fills in from what was just discussed.
    private func leansOnPrevious(_ result: MatchResult, _ tokens: [Token]) -> Bool {
        switch result.intent {
        case .quiz: return result.concepts.isEmpty
        case .compare:
            // "compliance vs commitment" names both sides itself.
            let bothNamed =
                result.concepts.first.flatMap { conceptIDs.firstIndex(of: $0) }.map { !contrastSides[$0].isEmpty }
                == true
                && tokens.contains { ["vs", "versus", "or", "and"].contains($0.word) }
            return result.concepts.count == 1 && !bothNamed
        default: return false
        }
    }

    /// Whether a word the concept's terms claimed in the line is a form of a word of its own
    /// name ("empathetic" for empathy), not another word of its synonym group ("stay" for
    /// retention).
    func sharesItsName(_ concept: Int, terms: TermScan, tokens: [Token]) -> Bool {
        let own = conceptIDs[concept].split(separator: "-").filter { $0.count >= 4 }.map { String($0.prefix(4)) }
        return (terms.tokens[concept] ?? []).contains { p in own.contains { tokens[p].word.hasPrefix($0) } }
    }

    /// The alliance (or its outcome research: "what effect does the alliance have on…")
    /// named with a more specific concept it acts on is the frame, not the topic: the specific concept comes first (a comparison keeps both sides as named). So
    /// does a concept named by a clearly longer term than the first one's: in "how do I engage
    /// a court-ordered client" the situation is the topic, the one-word goal its frame.
    private func topicFirst(
        _ ranked: [Int], intent: Intent, scores: [Int: Double], terms: TermScan, tokens: [Token]
    ) -> [Int] {
        let situated = terms.situated
        let ranked = byAuthorLast(
            kindsOfASharedName(ranked, terms, tokens, comparing: intent == .compare), comparing: intent == .compare,
            terms, tokens)
        if intent == .compare { return sidesFirst(ranked, terms: terms, tokens: tokens) }
        guard ranked.count >= 2 else { return ranked }
        var order = ranked
        if tuning.frameConcepts.contains(conceptIDs[order[0]]) { order = Array(order.dropFirst()) + [order[0]] }
        // The client's reaction (a rupture: "shuts down whenever she feels judged") is the
        // situation; what set it off, or what the counselor means to use, is the topic.
        if conceptIDs[order[0]] == tuning.reactionConcept, !tuning.frameConcepts.contains(conceptIDs[order[1]]) {
            order.swapAt(0, 1)
        }
        let score = { (c: Int) in scores[c] ?? 0 }
        // A situation told in the line is what it is about, before a word it happens to
        // share with another concept; of two situations, the one with more evidence.
        // A concept named before the situation starts, in words of its own, is what the
        // learner asks about ("how do I use MI with a client in denial"), the situation its case;
        // one named by a word of the story ("my client's mother called me…") is not.
        // Where a concept is named is where its own words start: "client" is any story's
        // ("client drank at a wedding…" names no client's wedding before the lapse).
        let ownStart = { (c: Int) in
            (terms.tokens[c] ?? []).filter { !self.analyzer.domainStems.contains(tokens[$0].stem) }.min()
                ?? terms.start[c] ?? 0
        }
        if let told = order.filter({ situated[$0] != nil }).max(by: { score($0) < score($1) }),
            score(told) > score(order[0]),
            situated[order[0]] != nil || (terms.start[told] ?? 0) <= ownStart(order[0])
                || (terms.tokens[order[0]] ?? []).contains(where: { terms.toldAt[told]?.contains($0) == true })
        {
            order.removeAll { $0 == told }
            order.insert(told, at: 0)
        }
        // Terms alone, and only when no situation leads: a told situation has had its say above.
        // A concept named only through one word's synonym ("stay" for retention, "stick with")
        // gives way to one named in its own words ("client centered", "meds").
        let named = { (c: Int) in score(c) - (situated[c] ?? 0) }
        let margin =
            named(order[0]) < tuning.synonymOnlyMax && !sharesItsName(order[0], terms: terms, tokens: tokens)
            ? tuning.overSynonymMargin : tuning.strongerTopicMargin
        if situated[order[0]] == nil, let best = order.dropFirst().max(by: { named($0) < named($1) }),
            named(best) >= named(order[0]) + margin,
            !tuning.frameConcepts.contains(conceptIDs[best])
        {
            order.removeAll { $0 == best }
            order.insert(best, at: 0)
        }
        // A part of the relationship named beside what it does for the client ("what does
        // having a trusted ally do for someone in a rough patch", "how does feeling understood
        // make a client show up and do the work"): the effect is the topic, as it is beside the
        // alliance itself. The effect must be named by a term of its own of two words or more,
        // as strongly as the part: one word ("relapsing") may be the part's setting.
        if conceptGroups[order[0]] == tuning.relationshipGroup, situated[order[0]] == nil,
            let effect = order.dropFirst().first(where: { c in
                conceptGroups[c] == tuning.effectsGroup && situated[c] == nil && named(c) >= named(order[0])
                    && terms.named.contains { $0.concept == c && $0.stems.count >= 2 }
            })
        {
            order.removeAll { $0 == effect }
            order.insert(effect, at: 0)
        }
        // So is the setting a part of the relationship is asked about in ("build trust with a
        // client over skype", "can trust build on a video call"): the alliance in that setting
        // is the topic, when the line says the setting at least as strongly as the part.
        if conceptGroups[order[0]] == tuning.relationshipGroup, situated[order[0]] == nil,
            let setting = order.dropFirst().first(where: { c in
                conceptGroups[c] == tuning.contextsGroup && score(c) >= score(order[0])
            })
        {
            order.removeAll { $0 == setting }
            order.insert(setting, at: 0)
        }
        // A case told, then a question that names a concept of its own ("… first session he
        // barely looks at me. how do i earn his trust"): the question's concept is what is
        // asked, the one the story's words named its setting, unless a situation leads.
        if situated[order[0]] == nil, let s = askedClauseStart(tokens),
            let own = terms.tokens[order[0]], !own.isEmpty, own.allSatisfy({ $0 < s }),
            // (round 32) The alliance asked of the case by a question word ("… didn't tell a soul
            // for three weeks. what would a strong alliance have changed there?") is the frame, as
            // above: the case's own concept stays the topic. Asked whether the case is it ("…, is
            // that the alliance?"), it is a side.
            let asked = order.dropFirst().first(where: { c in
                situated[c] == nil
                    && !(Self.questionWords.contains(tokens[s].word) && tuning.frameConcepts.contains(conceptIDs[c]))
                    && (terms.tokens[c].map { !$0.isEmpty && $0.allSatisfy { $0 >= s } } ?? false)
            })
        {
            order.removeAll { $0 == asked }
            order.insert(asked, at: 0)
        }
        // "get his family to actually help instead of nagging him", "…without nagging or
        // ultimatums": what follows "instead of", "rather than" or "without" is the way not
        // taken, so a concept named only there comes after one named before it. A word two
        // concepts share ("family") tells neither apart.
        if let k = Self.wayNotTaken(tokens) {
            let words = { (c: Int) in Set(terms.tokens[c] ?? []).union(terms.toldAt[c] ?? []) }
            let before = { (c: Int) in
                words(c).filter { p in
                    p < k && !self.analyzer.domainStems.contains(tokens[p].stem)
                        && !order.contains { $0 != c && words($0).contains(p) }
                }
            }
            let rejected = order.filter { c in before(c).isEmpty && words(c).contains { $0 > k } }
            if rejected.contains(order[0]), order.contains(where: { !before($0).isEmpty }) {
                order = order.filter { !rejected.contains($0) } + rejected
            }
        }
        // "…that actually helps, not the nagging kind", "not the doctor kind of bond": a concept
        // named only inside a verbless clause opening on "not" is the sense the learner sets
        // aside, so one named outside it comes first.
        // So does one named only inside parentheses, an aside or a citation ("the phrase
        // 'therapeutic bond' (Bordin, 1979)"), beside one named outside them.
        let notClause = Self.setAsideByNot(tokens).union(tokens.indices.filter { tokens[$0].parenthesized })
        if !notClause.isEmpty {
            let words = { (c: Int) in
                Set(terms.tokens[c] ?? []).union(terms.toldAt[c] ?? []).filter { tokens[$0].isContent }
            }
            // A word two concepts share ("family") tells neither apart.
            let aside = order.filter { c in
                let own = words(c)
                return !own.isDisjoint(with: notClause)
                    && own.subtracting(notClause).allSatisfy { p in order.contains { $0 != c && words($0).contains(p) }
                    }
            }
            let said = { (c: Int) in words(c).subtracting(notClause) }
            if aside.contains(order[0]), order.contains(where: { !aside.contains($0) && !said($0).isEmpty }) {
                order = order.filter { !aside.contains($0) } + aside
            }
        }
        // A concept that is itself a contrast ("compliance versus commitment") is what a line
        // naming both its sides asks about ("turn compliance into real commitment", "complies
        // but isn't committed"), before a concept one side names alone.
        // (round 31) "What is DARN in motivational interviewing?": the concept asked before
        // "in" leads the field it is asked in (`Matcher+AskedInItsField.swift`).
        if intent == .define, let (asked, field) = askedBeforeItsField(terms, tokens), order.first == field,
            order.contains(asked)
        {
            order.removeAll { $0 == asked }
            order.insert(asked, at: 0)
        }
        if let contrast = order.dropFirst().first(where: { namesBothSides($0, tokens) }) {
            order.removeAll { $0 == contrast }
            order.insert(contrast, at: 0)
        }
        return order
    }

    /// "What does Rogers mean by congruence?", "isn't MI just Rogers person-centered therapy
    /// with a goal bolted on": a concept named only by its author's name is whose idea the line
    /// speaks of, not what it asks about; a concept named in words of its own comes first (in a
    /// comparison, two such concepts are the sides). The frame is no such concept: "only one
    /// piece of Bordin's thing" still compares the alliance with Bordin's model.
    func byAuthorLast(_ ranked: [Int], comparing: Bool, _ terms: TermScan, _ tokens: [Token]) -> [Int] {
        let byAuthor = { (c: Int) in
            let own = terms.tokens[c] ?? []
            return !own.isEmpty && own.allSatisfy { Self.authors.contains(tokens[$0].word) }
        }
        let authored = ranked.filter(byAuthor)
        guard !authored.isEmpty else { return ranked }
        let others = ranked.filter { !byAuthor($0) && !tuning.frameConcepts.contains(conceptIDs[$0]) }
        guard others.count >= (comparing ? 2 : 1) else { return ranked }
        return ranked.filter { !authored.contains($0) } + authored
    }

    /// Authors whose name alone names a concept of theirs ("Rogers", "Bordin's").
    static let authors: WordSet = [
        "rogers", "rogers'", "roger", "rogerian", "bordin", "bordin's", "bordins", "prochaska", "wampold",
        "rosenzweig",
    ]

    /// Where "instead of", "rather than" or "without" sets aside what follows, past the
    /// line's first words, or nil.
    static func wayNotTaken(_ tokens: [Token]) -> Int? {
        tokens.indices.first { i in
            i >= 2
                && (tokens[i].word == "without"
                    || i + 1 < tokens.count
                        && (tokens[i].word == "instead" && tokens[i + 1].word == "of"
                            || tokens[i].word == "rather" && tokens[i + 1].word == "than"))
        }
    }

    /// Whether the line has a form of each side of a contrast concept ("complies" and
    /// "committed" for compliance versus commitment): a word that begins as the side's word
    /// does (its first six letters), since the stemmer leaves "compliance" and "complies" apart.
    private func namesBothSides(_ concept: Int, _ tokens: [Token]) -> Bool {
        let sides = contrastSides[concept]
        guard sides.count == 2 else { return false }
        return sides.allSatisfy { side in
            let head = String(side.prefix(6))
            return tokens.contains { $0.isContent && $0.word.hasPrefix(head) }
        }
    }
}

extension Matcher {
    /// Intents a word told in a case can cue by chance ("help", "great", "progress").
    static let storyWordIntents: Set<Intent> = [.help, .thanks, .greeting, .progress, .feelings]

    /// One-word requests to go on, typed alone ("more", "easier please"): as a whole line they
    /// can mean only the request, though inside a line the word is ordinary ("more important
    /// than", "easier to reach") and so is no cue.
    static let bareRequests: [String: Intent] = [
        "more": .more, "moar": .more, "easier": .easier, "simpler": .simpler, "harder": .harder,
        // "another" typed alone: another of what was just given.
        "another": .more,
        // British and Australian thanks, typed alone ("ta!").
        "ta": .thanks,
        // (round 22) "score?" typed alone: the learner's own score so far.
        "score": .progress, "scores": .progress,
        // (round 25) "done" typed alone: the learner is through for now.
        "done": .goodbye,
    ]

    /// "It" standing for a clause that follows ("is it bad to just stop…", "is it true that…",
    /// "is it ok if…"), not for something said before: an adjective or two, then "to", "that"
    /// or "if". A comparison word between ("is it different to…") keeps it pointing back.
    static func isDummySubject(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].word == "it" else { return false }
        let comparing: Set<String> = [
            "same", "different", "similar", "related", "compared", "like", "equal", "close", "better", "worse",
            "more", "less", "opposite",
        ]
        for j in (i + 2)...(i + 3) where j < tokens.count && ["to", "that", "if"].contains(tokens[j].word) {
            return !tokens[(i + 1)..<j].contains { comparing.contains($0.word) }
        }
        return false
    }

    /// "Two" that counts things of the line's own ("no two babies latch the same way", "two
    /// clients of mine"), not "the two", "those two" or "these two" pointing back.
    static func countsThings(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].word == "two" else { return false }
        let pointer = i > 0 && ["the", "those", "these", "them", "those", "between"].contains(tokens[i - 1].word)
        return !pointer && i + 1 < tokens.count && tokens[i + 1].clause == tokens[i].clause && tokens[i + 1].isContent
    }

    /// "They" of people in general, saying or naming something ("when they say informed
    /// consent…", "what do they mean by…"): it points at no one discussed before.
    static func isGenericThey(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].word == "they", i + 1 < tokens.count else { return false }
        let saying: Set<String> = [
            "say", "says", "said", "mean", "call", "called", "talk", "write", "wrote", "mention", "keep", "always",
        ]
        return saying.contains(tokens[i + 1].word)
    }

    /// The request a line makes when its only word, besides politeness, is a bare request.
    static func bareRequest(_ tokens: [Token]) -> Intent? {
        // The only word with a letter but politeness; read on bytes while a word is ASCII (this
        // runs for every line), and given up at a second such word.
        var only: String?
        for token in tokens {
            let word = token.word
            let ascii = word.utf8.allSatisfy { $0 < 0x80 }
            let hasLetter =
                ascii
                ? word.utf8.contains { ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) }
                : word.contains(where: \.isLetter)
            guard hasLetter, !bareRequestPolite.contains(word) else { continue }
            if only != nil { return nil }
            only = word
        }
        guard let only else { return nil }
        return bareRequests[only]
    }
    private static let bareRequestPolite: WordSet = ["please", "pls", "plz", "ok", "okay", "then", "now"]
}
