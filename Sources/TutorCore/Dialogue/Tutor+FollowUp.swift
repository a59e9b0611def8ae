/// Follow-ups: lines that point back at what was just discussed ("why does it matter?",
/// "quiz me on that", "what's the difference between the two", "how is it different from
/// empathy?", "what should I do instead") get their missing concepts from the state's
/// recent concepts.
extension Tutor {
    /// The match with the concepts the line leans on filled in; unchanged when it names
    /// everything it needs or nothing was discussed yet.
    func resolveFollowUp(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult {
        // (round 30) "Whats this MI thing everybody keeps pushing": "this" is the term's own.
        if asksWhatATermIsByItsDemonstrative(match, analysis) { return match }
        // (round 31) "what even is it tho. the alliance": the pronoun named after the question.
        if let named = namedAfterTheQuestion(match, analysis, state) { return named }
        // (round 29) "Ẹ jọ̀ọ́, why do they backfire?": the question after the unknown opening.
        if let (asked, rest) = questionAfterALeadInterjection(match, analysis, state) {
            return resolveFollowUp(asked, rest, state)
        }
        // (round 29) "how do you set them w a client who doesnt care": the topic is the object.
        if let object = topicAsTheObjectOfAHowTo(match, analysis, state) { return object }
        if let kind = readByTheKindOfAnswer(match, analysis, state) { return kind }
        if let client = clientOfTheFactor(match, analysis, state) { return client }
        // (round 32) "why would explaining roles cut down on dropout": an act of the topic.
        if let act = actOfTheTopic(match, analysis, state) { return act }
        if let evidence = evidenceOfTheTopic(match, analysis, state) { return evidence }
        if let helps = helpOfTheTopicAsked(match, analysis, state) { return helps }
        if let listed = someOfTheTopicListed(match, analysis, state) { return listed }
        if let side = otherSideOfTheTopic(match, analysis, state) { return side }
        if let opposite = oppositeKindOfTheTopic(match, analysis, state) { return opposite }
        let read = resolveFollowUpByItsRules(match, analysis, state)
        if let alternative = alternativeAskedByAComparative(read, analysis, state) { return alternative }
        let weighed = weighedAgainstThePronoun(read, match, analysis, state) ?? read
        let found =
            originOfTheAlliance(weighed, match, analysis, state)
            ?? recognizingTheTopic(weighed, match, analysis, state) ?? weighed
        let asked = whyBeforeAnEmbeddedQuestion(found, analysis, state) ?? found
        let sides = sidesOfTheContrastNamed(asked, analysis, state) ?? asked
        let how = howToOfAComparisonOfOne(sides, analysis, state) ?? sides
        let cased = caseOfTheTopic(how, match, analysis, state) ?? how
        // (round 31) "How is such a space established in the first session?": the topic's own noun.
        let pointed = topicNounPointedAt(cased, analysis, state) ?? cased
        // (round 31) "and family pushing them, same thing or worse": weighed against the topic.
        let weighedTopic = weighedAgainstTheTopic(pointed, match, analysis, state) ?? pointed
        // (round 33) "and commitment, how is that different" after patient compliance: the
        // contrast (`Tutor+FollowUpOtherSideOfTheContrast.swift`).
        return otherSideOfTheContrast(weighedTopic, analysis, state) ?? weighedTopic
    }

    /// The follow-up rules, in their order (see `resolveFollowUp`).
    private func resolveFollowUpByItsRules(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState)
        -> MatchResult
    {
        if let asked = requestOfTheTopic(match, analysis, state) { return asked }
        if let part = listedPartByItsPlace(match, analysis, state) { return part }
        if let not = howItIsNotAGuessedOther(match, analysis, state) { return not }
        var resolved = requestSettledByItsForm(
            carriesTheTopic(leanOnContext(helpWithNothingOpen(match, state), analysis, state), state), analysis, state)
        // "Which one is the guy who swears he has no problem" of one topic (not a contrast of
        // two): which of its own fits, how it holds, with nothing set beside it.
        if resolved.intent == .compare, resolved.concepts.count == 1, state.open == nil,
            LineForm.words(analysis).first == "which", kb.concept(resolved.concepts[0])?.isContrast != true,
            !LineForm.words(analysis).contains(where: ["or", "than", "vs", "versus"].contains)
        {
            resolved.intent = .explain
            resolved.evidence.append("follow-up: which one of the topic alone → explain")
        }
        // "So what are they for then": what it is for is why it is there.
        if resolved.intent == .define && LineForm.asksWhatItIsFor(LineForm.words(analysis)) {
            resolved.intent = .explain
            resolved.evidence.append("form: what is it for → explain")
        }
        if resolved.intent == .define, state.open == nil, state.lastAnswer != nil,
            !match.basis.cued.contains(where: \.isContent), Self.asksYesOrNo(analysis)
        {
            resolved.intent = .explain
            resolved.evidence.append("follow-up: a yes-or-no question with no cue of its own → whether it holds")
        }
        // "What's the abstinence violation thing got to do with it": how one bears on the
        // other is why, not what, even when both are of one concept.
        if resolved.intent == .define, state.open == nil, Self.asksWhatItHasToDoWith(LineForm.words(analysis)) {
            resolved.intent = .explain
            resolved.evidence.append("form: what X has to do with it → explain")
        }
        // "How does the counselor help with it", "how do you actually do it": a person doing
        // the topic, asked how.
        if resolved.intent == .explain, state.open == nil, state.lastAnswer != nil,
            let topic = state.lastConcept, resolved.concepts.first == topic, Self.askedHowAPersonDoesIt(analysis)
        {
            resolved.intent = .howTo
            resolved.evidence.append("follow-up: how a person does the topic → how-to")
        }
        if let asked = askedByItsQuestionWord(resolved, match, analysis, state) {
            return specificBesideTheTopic(asked, match, analysis, state) ?? asked
        }
        // "How's that different from the one where it's the client doing it?": one side set
        // against the other described.
        if resolved.intent == .compare, state.open == nil, let last = state.lastConcept, resolved.concepts == [last],
            let other = describedCounterpart(analysis, last)
        {
            resolved.concepts = [last, other]
            resolved.evidence.append("follow-up: the one described beside the topic → \(other)")
        }
        if let specific = specificBesideTheTopic(resolved, match, analysis, state) { return specific }
        if let weighed = weighedAgainstTheAlliance(resolved, match, analysis, state) { return weighed }
        let read = namedWithTheTopicInThePronounsPlace(resolved, analysis, state) ?? resolved
        return inTheSettingOfTheTopic(read, match, state) ?? read
    }

    /// "What about confidentiality over zoom", "do the confidentiality rules change when it's
    /// on video" after the alliance in telehealth: a line that names the setting just discussed
    /// beside another concept asks how that concept holds there; the setting leads, as it does
    /// for "and over video?" (`appliesInContext`).
    func inTheSettingOfTheTopic(_ resolved: MatchResult, _ match: MatchResult, _ state: TutorState) -> MatchResult? {
        // (The matcher may already put the setting first, and an ellipsis then keep it alone:
        // the two concepts are the line's own.)
        let pair = resolved.concepts.count == 2 ? resolved.concepts : match.concepts
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept,
            kb.concept(topic)?.group == "contexts", [.define, .explain].contains(resolved.intent),
            pair.count == 2, pair.contains(topic), Self.namesByTerm(match),
            match.concepts.contains(topic), let other = pair.first(where: { $0 != topic }),
            kb.concept(other)?.group != "contexts", !matcher.tuning.frameConcepts.contains(other)
        else { return nil }
        var read = resolved.settled(on: [topic, other], as: .explain)
        read.evidence.append("follow-up: another concept in the setting just discussed → the setting leads")
        return read
    }

    /// "What does it do for keeping people in treatment", "can you have one with yourself",
    /// "where did the whole idea come from" after the alliance: the pronoun stands for the
    /// topic, a frame every concept sits in, and what the line asks of it (what it is or
    /// why) describes a concept of its own that the frame acts on or sits beside
    /// (retention, the self-alliance, the alliance's history). How to build the alliance
    /// stays the alliance's, and a specific topic keeps its own follow-ups. When
    /// the line names nothing by a term, the learnt phrasings are all but certain of that
    /// concept and the knowledge base relates it to the topic, it leads and the topic frames
    /// it. Not for a comparison (its sides are settled elsewhere) nor for a line that only
    /// points ("who came up with that"): the phrasings must have words of the line's own to
    /// go by.
    func specificBesideTheTopic(
        _ resolved: MatchResult, _ match: MatchResult, _ analysis: Analysis, _ state: TutorState
    ) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept,
            matcher.tuning.frameConcepts.contains(topic), resolved.concepts.first == topic,
            [.define, .explain].contains(resolved.intent),
            !Self.namesByTerm(match) || match.intent == .outOfScope,
            let (concept, p) = matcher.priorConcept(analysis), p >= matcher.tuning.priorCertainty, concept != topic,
            relates(concept, topic),
            // "What does the research say about repairing them" after a rupture names the
            // topic by a word of its own name that the other concept's name lacks.
            !analysis.tokens.contains(where: { t in
                t.isContent && matcher.nameStems(of: topic).subtracting(matcher.nameStems(of: concept)).contains(t.stem)
            })
        else { return nil }
        // What the line asks of that concept is its own request: "can you have one with
        // yourself?" asks what it is, not whether a claim about the topic holds.
        let own: Set<Intent> = [.define, .explain]
        var specific = resolved.settled(on: [concept, topic], as: own.contains(match.intent) ? match.intent : nil)
        specific.evidence.append("follow-up: a concept of its own beside the topic → \(concept)")
        return specific
    }

    /// Whether the knowledge base relates the two concepts, either way round.
    func relates(_ a: String, _ b: String) -> Bool {
        kb.concept(a)?.related.contains { $0.concept == b } == true
            || kb.concept(b)?.related.contains { $0.concept == a } == true
    }

    /// "How should I respond to somebody stuck there" with no question open: "stuck" cues a
    /// hint, but there is no question to hint at; the line's content cue is the request.
    func helpWithNothingOpen(_ match: MatchResult, _ state: TutorState) -> MatchResult {
        guard match.intent == .hint, state.open == nil, state.lastConcept != nil,
            let asked = [Intent.howTo, .example, .explain].first(where: match.basis.cued.contains)
        else { return match }
        var read = match
        read.intent = asked
        read.isFollowUp = match.concepts.isEmpty
        read.evidence.append("follow-up: a hint with no question open → \(asked.rawValue)")
        return read
    }

    /// "When is it allowed?", "which intervention fits the contemplation stage", "how
    /// counselor should manage this?" right after an answer about the topic: a question word
    /// that asks no "what is" reads as the matcher's default definition only because nothing
    /// else cued it; of the topic just discussed, "when" and "which" ask how it holds (which
    /// fits or suits a case, how to act), "how" with a modal or "do" how to do it.
    func askedByItsQuestionWord(
        _ resolved: MatchResult, _ match: MatchResult, _ analysis: Analysis, _ state: TutorState
    )
        -> MatchResult?
    {
        guard resolved.intent == .define, state.open == nil, state.lastAnswer != nil,
            let topic = state.lastConcept, resolved.concepts.first == topic,
            !match.basis.cued.contains(where: \.isContent),
            // "Which of the three is the genuineness one" names what it asks about.
            !(Self.namesByTerm(match) && match.concepts.contains { $0 != topic })
        else { return nil }
        var words = LineForm.words(analysis)
        while let w = words.first, ["and", "so", "but", "ok", "okay", "then", "well"].contains(w) {
            words.removeFirst()
        }
        guard let first = words.first, words.count >= 2 else { return nil }
        let modals: Set<String> = ["should", "can", "could", "would", "do", "does", "to", "must", "shall"]
        let fitting: Set<String> = ["fit", "fits", "suit", "suits", "use", "pick", "choose", "try", "apply"]
        let intent: Intent
        switch first {
        case "when", "where": intent = .explain
        case "which": intent = words.contains(where: fitting.contains) ? .howTo : .explain
        case "how" where words.dropFirst().prefix(3).contains(where: modals.contains): intent = .howTo
        default: return nil
        }
        var read = resolved
        read.intent = intent
        read.evidence.append("follow-up: '\(first)' of the topic, no cue of its own → \(intent.rawValue)")
        return read
    }

    /// "So can i hand over records with just a subpoena?", "wouldnt a bit of guilt help",
    /// "but im the expert, shouldnt i set them", "so he wont even be tempted?": right after
    /// an answer, a yes-or-no question whose words cue no request asks whether (and why) a
    /// claim holds; only its concept reads as "what is X", the matcher's default.
    static func asksYesOrNo(_ analysis: Analysis) -> Bool {
        let openers = LineForm.auxiliaries.union(LineForm.fusedNegations)
        if openers.contains(LineForm.words(analysis).first ?? "") { return true }
        if aLaterClauseOpens(with: openers, analysis) { return true }
        // "So he wont even be tempted?": a statement asked, with a verb of its own ("and
        // sympathy?" asks the last request again of what it names).
        let words = LineForm.words(analysis)
        // Not "is", which may be a possessive read again ("and bordin's version?").
        let verbs = LineForm.fusedNegations.union([
            "will", "won't", "can", "can't", "would", "should", "might", "could", "does", "do", "did",
        ])
        return analysis.text.hasSuffix("?") && !LineForm.questionWords.contains(words.first ?? "")
            && words.dropFirst().contains(where: verbs.contains)
    }

    /// The match read on the conversation's concepts, before a request of the
    /// conversation's own is given its topic.
    private func leanOnContext(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult {
        if let hint = helpWithTheQuestion(match, analysis, state) { return hint }
        // "How do I use this thing again" asks how to use the tutor, whatever was discussed.
        if match.intent == .help && Self.namesTheTutor(analysis.tokens.map(\.word)) { return match }
        // "And how much does it cost" after a line out of scope leans on that line.
        if state.lastOutOfScope && match.concepts.isEmpty && (match.isFollowUp || match.intent.isContent) {
            var out = MatchResult(intent: .outOfScope, concepts: [], confidence: 0.5)
            out.evidence = match.evidence + ["follow-up: leans on a line out of scope → out-of-scope"]
            out.basis = match.basis
            return out
        }
        // "What else can you do", "what else can we go over": what else the tutor offers, not
        // more of the topic.
        if match.intent == .more, state.open == nil,
            let offered = LineForm.asksWhatElseIsOffered(LineForm.words(analysis))
        {
            var read = MatchResult(intent: offered, concepts: [], confidence: 0.7)
            read.evidence = match.evidence + ["follow-up: what else the tutor offers → \(offered.rawValue)"]
            read.basis = match.basis
            return read
        }
        // "One more pls", "any other tips" with nothing open: more of what was just given.
        if state.open == nil, !Self.namesByTerm(match),
            [.define, .explain, .howTo, .example, .hint, .outOfScope].contains(match.intent),
            LineForm.asksForMore(LineForm.words(analysis))
        {
            var more = MatchResult(intent: .more, concepts: [], confidence: 0.7)
            more.evidence = match.evidence + ["follow-up: more of the same → more"]
            more.basis = match.basis
            return more
        }
        if let described = describedNotAsked(match, analysis, state) { return described }
        if let letter = letterOfAnAcronym(match, analysis, state) { return letter }
        guard let last = state.lastConcept ?? state.recentConcepts.first else { return match }
        // A change of subject announced leans on nothing before it.
        if changesTheSubject(match, analysis) != nil { return match }
        // "Is rapport the same as the alliance": one concept named by two of its names and
        // nothing pointed back at; both sides are in the line, none is left to fill in.
        if comparesTwoNamesOfOne(match, analysis) { return match }
        if let weighed = distractorBesideTheAlliance(match, analysis, state) { return weighed }
        // "Can you show me the two in a real client" after compliance versus commitment: "the
        // two" of a topic that holds both sides is the topic, whatever a word of the case
        // ("real client") guesses. (A concept the phrasings guess is no side named; "which of
        // the two does family insistence get you" asks what the named subject brings.)
        let masked = Self.settingsMasked(analysis.tokens.map(\.word))
        var byTerm = match
        byTerm.concepts = match.concepts.filter { c in match.basis.named.contains { $0.concept == c } }
        if state.open == nil, kb.concept(last)?.isContrast == true, Self.refersToBoth(masked),
            whichSideANamedBrings(match, analysis, last, state) == nil,
            let both = bothSides(byTerm, masked, [last], state)
        {
            var read = both
            read.evidence.append("follow-up: the two of a topic that holds both sides → it")
            return read
        }
        if let party = partysVersionOfThePair(match, analysis, last, state) { return party }
        if let raised = viewRaisedAgainstTheTopic(match, analysis, last, state) { return raised }
        if let weighed = pronounOrANamed(match, analysis, last, state) { return weighed }
        if let effect = effectOnAConcept(match, analysis, last, state) { return effect }
        if state.open == nil, let weighed = comparedThanANamed(match, analysis, last) { return weighed }
        if let asked = askedOfTheTopicByItsForm(match, analysis, last, state) { return asked }
        if let brought = whichSideANamedBrings(match, analysis, last, state) { return brought }
        if let member = memberOfTheTopic(match, analysis, last) { return member }
        if let counterpart = counterpartAsked(match, analysis, last, recent: state.recentConcepts) {
            return counterpart
        }
        if let difference = differenceFromANamed(match, analysis, last) { return difference }
        if let weighed = whichOfThePair(match, analysis, last, state) { return weighed }
        if let side = sideByItsWord(match, analysis, state) { return side }
        if let kind = kindBesideTheTopic(match, analysis, last, state) { return kind }
        if state.open == nil, let part = partOfTheTopic(match, analysis, last) { return part }
        if let framed = frameActsOnTheTopic(match, analysis, last) { return framed }
        let recent = [last] + state.recentConcepts.filter { $0 != last }
        // "Is it just a one-time signature", "so technique doesn't matter?": a doubt about
        // the topic that names nothing of ours asks why the topic holds ("is this lapse or
        // relapse" names what the topic is said to be).
        // "But doesn't it break through denial" names the topic itself by a term: still a doubt.
        let names =
            Self.namesByTerm(match) && match.intent != .outOfScope
            && !(match.concepts == [last] && !LineForm.words(analysis).contains("or"))
        // A request of another kind ("is this likely to be on the exam") stays what it is.
        if state.open == nil, !names, match.intent.isContent || match.intent == .outOfScope,
            LineForm.doubtsTheTopic(LineForm.words(analysis))
        {
            var doubt = MatchResult(intent: .explain, concepts: [last], confidence: 0.6)
            doubt.evidence = match.evidence + ["follow-up: a doubt about the topic → why it holds"]
            doubt.basis = match.basis
            return doubt
        }
        // "Give me one" after a definition: a case of it, not a question.
        if match.intent == .quiz, state.open == nil,
            LineForm.asksForOne(LineForm.words(analysis)) || Self.asksForOneToSeeIt(LineForm.words(analysis)),
            let previous = state.lastAnswer?.intent, [.define, .explain, .howTo, .compare, .simpler].contains(previous)
        {
            var one = match.settled(on: [last], as: .example)
            one.evidence.append("follow-up: one after an answer → an example of it")
            return one
        }
        // "Give me one that's not about drinking", "gimme one where the client says…", "give
        // me a line that's sympathy": one told apart by what it holds is a case, not a question.
        // So is "give me one of those in real life", "give me one i could actually say": one
        // asked for beside a word that cues a case.
        if [.quiz, .outOfScope, .define, .explain].contains(match.intent), state.open == nil,
            LineForm.asksForACaseOfIt(LineForm.words(analysis))
                || LineForm.asksForACaseByItsKind(LineForm.words(analysis))
                || LineForm.asksToNameAFew(LineForm.words(analysis))
                || LineForm.asksForOneFirst(LineForm.words(analysis)) && match.basis.cued.contains(.example),
            let previous = state.lastAnswer?.intent, [.define, .explain, .howTo, .compare, .simpler].contains(previous)
        {
            let named = Self.namesByTerm(match) && match.intent != .outOfScope ? match.concepts[0] : last
            var one = match.settled(on: [named], as: .example)
            one.isFollowUp = false
            one.evidence.append("follow-up: one told by what it holds → an example")
            return one
        }
        var resolved: MatchResult
        if let elliptical = continuesElliptically(match, analysis, last, state) {
            resolved = elliptical
        } else if let short = namesTheTopicShort(match, analysis, recent) {
            resolved = short
        } else if Self.asksWhatIf(analysis), Self.caseOfTheTopic(match, analysis),
            let asked = whatIf(match, analysis, last)
        {
            resolved = asked
        } else if Self.asksAQuestion(analysis), let unnamed = unnamedInDomain(match, analysis, last, state) {
            resolved = unnamed
        } else if Self.asksAQuestion(analysis), let leaning = leansBack(match, analysis, last, state) {
            resolved = leaning
        } else if match.isFollowUp
            || match.intent == .quiz && state.lastAnswer != nil && !Self.namesByTerm(match)
                && (match.concepts.isEmpty || Self.pointsBack(LineForm.words(analysis)))
                // "Quiz me on the are u in recovery question" quotes a question of its own,
                // whatever was just discussed.
                && questionFinder.quotedQuestion(analysis) == nil
        {
            // "Ok quiz me" right after an answer is on what it was about; so is "quiz me on
            // the numbers", whose words only guess at a concept.
            var asked = match
            if asked.intent == .quiz && asked.basis.guessed {
                asked.concepts = []
                asked.basis.guessed = false
            }
            resolved = fillIn(asked, analysis, last, recent)
        } else {
            return match
        }
        resolved = askedOfTheTopic(resolved, match, analysis, last)
        guard resolved != match else { return match }
        resolved.evidence.append("follow-up → \(resolved.intent.rawValue) \(resolved.concepts)")
        return resolved
    }

    /// "Got to do with", "have to do with", "to do w/ it": a relation asked about, not an act.
    static func asksWhatItHasToDoWith(_ w: [String]) -> Bool {
        w.indices.dropLast().contains { i in
            w[i] == "to" && (w[i + 1] == "do with" || w[i + 1] == "do" && i + 2 < w.count && w[i + 2] == "with")
        }
    }

    /// "This thing", "the app", "your tool": the tutor itself, not the topic.
    static func namesTheTutor(_ words: [String]) -> Bool {
        let tutorItself: Set<String> = ["thing", "app", "tool", "tutor", "program", "bot", "site", "chat", "system"]
        return zip(words, words.dropFirst()).contains { a, b in
            ["this", "the", "your"].contains(a) && tutorItself.contains(b)
        }
    }

    /// "Can you help me a bit with this one", "help me with this question" while a question
    /// of the tutor's is open: help with the question pointed at is a hint toward its answer,
    /// not help with using the tutor.
    func helpWithTheQuestion(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard match.intent == .help, let open = state.open, !open.isOffer else { return nil }
        let words = analysis.tokens.map(\.word)
        let pointed = zip(words, words.dropFirst()).contains { a, b in
            ["with", "on"].contains(a) && ["this", "it", "that"].contains(b)
        }
        guard pointed else { return nil }
        var hint = MatchResult(intent: .hint, concepts: [], confidence: 0.7)
        hint.evidence = match.evidence + ["follow-up: help with the open question → a hint"]
        hint.basis = match.basis
        return hint
    }

    /// "Does it affect the alliance", "and how does the alliance raise it" after client
    /// motivation: a question that names only the frame concept (the alliance every concept
    /// is part of), with a pronoun for the topic and no word relating two things ("fit",
    /// "part of", "same as"), asks how the topic works with it: the topic, explained (or
    /// how to do it, when it asks how to). A copula ("why isn't that the alliance", "is it
    /// part of the alliance") sets the two side by side instead: the frame acts on nothing.
    func frameActsOnTheTopic(_ match: MatchResult, _ analysis: Analysis, _ last: String) -> MatchResult? {
        let frames = matcher.tuning.frameConcepts
        // (round 29) "the counselor's relationship": a possessive is no copula.
        let words = Self.possessivesMasked(Self.settingsMasked(analysis.tokens.map(\.word)), analysis)
        guard [.explain, .howTo].contains(match.intent), Self.namesByTerm(match), !frames.contains(last),
            match.concepts.allSatisfy(frames.contains),
            // (round 33) "why is the alliance so big a factor for it": the pronoun is what the
            // frame acts on (`Tutor+FollowUpPronounAfterAPreposition.swift`).
            !words.contains(where: Self.sideBySideCopulas.contains) || Self.pronounOnlyAfterAPreposition(words),
            words.contains(where: ["it", "that", "this"].contains) || pluralPronounOfAPluralTopic(words, last),
            Self.relationIndex(words, after: 0) == nil, !Self.refersToBoth(words),
            !Self.pronounIsTheOtherSide(words)
        else { return nil }
        var read = match.settled(on: [last])
        read.evidence.append("follow-up: the frame acting on the topic → the topic")
        return read
    }

    /// Forms of "be" that set two things side by side ("why isn't that the alliance").
    static let sideBySideCopulas: WordSet = [
        "is", "isnt", "isn't", "are", "arent", "aren't", "was", "wasnt", "be", "its", "it's",
    ]

    /// "Now the one about clients rating each session", "what about the one where they're
    /// already doing it": before the tutor has asked any question, "the one about/where…"
    /// right after an answer can name none of its questions; it describes a concept, the
    /// one it names, else a part of the topic just discussed. Nil when another cue of
    /// quizzing is in the line or a question was asked.
    func describedNotAsked(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard match.intent == .quiz, let topic = state.lastConcept ?? state.recentConcepts.first,
            describesRatherThanAsks(analysis, state)
        else { return nil }
        var read = match.settled(on: Self.namesByTerm(match) ? [match.concepts[0]] : [topic], as: .define)
        read.isFollowUp = false
        read.evidence.append("follow-up: \"the one about…\" with no question asked yet → what it describes")
        return read
    }

    /// Whether a line's only cue of quizzing is "the one about/where/…" and no question of
    /// the tutor's was asked or is open, right after an answer: then it names no question.
    func describesRatherThanAsks(_ analysis: Analysis, _ state: TutorState) -> Bool {
        guard state.open.map(\.isOffer) ?? true, state.lastAsked == nil, state.lastClosed == nil,
            let previous = state.lastAnswer?.intent,
            [.define, .explain, .howTo, .compare, .example, .simpler].contains(previous)
        else { return false }
        let tokens = analysis.tokens
        let quizzing = matcher.scanCues(tokens).hits.filter { $0.intent == .quiz }
        return !quizzing.isEmpty
            && quizzing.allSatisfy { hit in
                hit.span.count >= 3 && tokens[hit.span.lowerBound].word == "the"
                    && tokens[hit.span.lowerBound + 1].word == "one"
            }
    }

    /// "And does the first session matter for that" after retention, "what about burnout,
    /// what's that" after countertransference: a concept the line names before its pronoun
    /// is what the line asks about (the pronoun stands for it, or for the topic it is asked
    /// of), so it leads. A pronoun first ("does it predict dropout", "can it make the
    /// relationship stronger", "how would I use it with a teenager") keeps the topic first:
    /// what follows only asks something of it.
    private func askedOfTheTopic(_ resolved: MatchResult, _ match: MatchResult, _ analysis: Analysis, _ last: String)
        -> MatchResult
    {
        guard [.define, .explain].contains(resolved.intent), resolved.concepts.count == 2,
            resolved.concepts[0] == last, Self.namesByTerm(match), match.concepts.first == resolved.concepts[1]
        else { return resolved }
        let words = analysis.tokens.map(\.word)
        let pronouns: Set<String> = ["it", "that", "this"]
        let namedFirst =
            words.firstIndex(where: pronouns.contains).map {
                namedConcept(analysis, from: 0, to: $0) == resolved.concepts[1]
            } ?? false
        // "What does it do for retention" after the alliance: the alliance every concept is
        // part of only frames a question about the concept it acts on, as the matcher reads
        // "what does the alliance do for retention".
        let frames = matcher.tuning.frameConcepts
        let framed = frames.contains(last) && !frames.contains(resolved.concepts[1])
        guard namedFirst || framed || narrowsTheTopic(resolved.concepts[1], last) else { return resolved }
        var asked = resolved
        asked.concepts = [resolved.concepts[1], last]
        asked.evidence.append("follow-up: asked of the topic → the concept asked about leads")
        return asked
    }

    /// "The harsh one, why does it backfire", "example of the empathic kind" right after a
    /// comparison: a word of one side's name, and not the other's, before "one", "kind",
    /// "type" picks that side, whatever else the word names on its own ("empathic" is also
    /// a term of empathy). The request stays the line's; nil when it asks for a comparison.
    func sideByItsWord(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard let answer = state.lastAnswer, answer.intent == .compare, answer.concepts.count == 2,
            match.intent.isContent, match.intent != .compare
        else { return nil }
        let sides = answer.concepts
        let nameStems = sides.map { id in
            Set(analyzer.analyze(kb.concept(id)?.name ?? "").tokens.filter(\.isContent).map(\.stem))
        }
        let kinds: Set<String> = ["one", "kind", "type", "version", "style", "way", "approach", "side", "sort"]
        let tokens = analysis.tokens
        var picked: Set<Int> = []
        for i in tokens.indices.dropLast() where kinds.contains(tokens[i + 1].word) && tokens[i].isContent {
            let stem = tokens[i].stem
            let owners = sides.indices.filter { nameStems[$0].contains(stem) }
            if owners.count == 1 { picked.insert(owners[0]) }
        }
        guard picked.count == 1, let side = picked.first else { return nil }
        // Anything else the line names by its terms, beyond the two sides, is its own topic.
        let other = Self.namesByTerm(match) ? match.concepts.filter { !sides.contains($0) } : []
        guard other.count <= 1 else { return nil }
        var resolved = match.settled(on: [sides[side]])
        resolved.isFollowUp = false
        resolved.evidence.append("follow-up: a side of the comparison picked by a word of its name")
        return resolved
    }

    /// "And the empathic kind, whats the difference" after harsh confrontation, "the family
    /// version of that, how is it different" after court orders: a word before "kind",
    /// "version", "type" that is in the name of one concept beside the topic (its name
    /// shares a word with the topic's, or the two are related) picks that concept; with a
    /// word of difference the two are compared. Not after a comparison (`sideByItsWord`).
    func kindBesideTheTopic(_ match: MatchResult, _ analysis: Analysis, _ last: String, _ state: TutorState)
        -> MatchResult?
    {
        guard state.lastAnswer?.intent != .compare, match.intent != .outOfScope || !match.basis.otherSense else {
            return nil
        }
        // "The regard one", "the genuine one" after Rogers' conditions: "one" picks as "kind" does.
        let kinds: Set<String> = ["kind", "type", "version", "style", "sort", "form", "variety", "one"]
        let tokens = analysis.tokens
        let at = tokens.indices.dropFirst().dropLast().filter { i in
            kinds.contains(tokens[i + 1].word) && tokens[i].isContent && tokens[i - 1].word == "the"
        }
        let nameStems = matcher.nameStems(of:)
        let topicStems = nameStems(last)
        let related = { (a: String, b: String) in self.kb.concept(a)?.related.contains { $0.concept == b } == true }
        // The one concept beside the topic whose name holds the word at `i`, if one does.
        let picked = { (i: Int) -> String? in
            let stem = tokens[i].stem
            guard !topicStems.contains(stem), let owners = self.matcher.nameIndex[stem] else { return nil }
            let beside = owners.map { self.matcher.conceptIDs[$0] }.filter { id in
                id != last && (!nameStems(id).isDisjoint(with: topicStems) || related(last, id) || related(id, last))
            }
            return beside.count == 1 ? beside[0] : nil
        }
        guard let i = at.first, let side = picked(i) else { return nil }
        let words = analysis.tokens.map(\.word)
        // "The difference between the regard one and the genuine one": two picked, set side by side.
        if at.count == 2, let second = picked(at[1]), second != side,
            match.intent == .compare || words.contains(where: Self.differenceWords.contains)
        {
            var both = match.settled(on: [side, second], as: .compare)
            both.isFollowUp = false
            both.evidence.append("follow-up: two kinds named by words of concepts beside the topic")
            return both
        }
        var read: MatchResult
        if match.intent == .compare || words.contains(where: Self.differenceWords.contains) {
            read = match.settled(on: [last, side], as: .compare)
        } else {
            // "What would the sympathy version be" after an example of empathy: the last
            // request again, of that kind; the line's "what … be" is no request of its own.
            let previous = state.lastAnswer?.intent
            let again =
                match.intent == .define && [.example, .howTo].contains(previous)
                && !match.basis.cued.contains(where: { $0.isContent && $0 != .define })
            read = match.settled(on: [side], as: again ? previous : match.intent.isContent ? match.intent : .define)
        }
        read.isFollowUp = false
        read.evidence.append("follow-up: a kind named by a word of a concept beside the topic → \(side)")
        return read
    }

    /// "Whats the bond part" after Bordin's model, "the tasks part, what does that mean",
    /// "whats the \"as if\" part" after empathy: a part of the topic, named by a word or two
    /// between "the" and "part", is asked about within the topic; what those words name
    /// elsewhere is not the line's topic. A feeling, a goodbye or study advice ("im so
    /// nervous about the ethics part") keeps its intent, and "part of" something named after
    /// it ("the ethics part of the exam") is a part of that, not of the topic; "part of it" is.
    /// While a question of the tutor's is open, "the bond part" is a try at its answer: the
    /// rule waits until nothing is open.
    func partOfTheTopic(_ match: MatchResult, _ analysis: Analysis, _ last: String) -> MatchResult? {
        guard ![.feelings, .goodbye, .studyAdvice].contains(match.intent) else { return nil }
        let words = analysis.tokens.map(\.word)
        let parts: Set<String> = ["part", "bit", "piece", "component"]
        guard let j = words.firstIndex(where: parts.contains), j >= 2,
            !(j + 2 < words.count && words[j + 1] == "of" && !Self.partOwnerPronouns.contains(words[j + 2])),
            let i = words[..<j].lastIndex(of: "the"), (1...3).contains(j - i - 1),
            !["first", "second", "third", "last", "other", "hard", "hardest", "main", "best", "important"].contains(
                words[i + 1])
        else { return nil }
        // Anything named by words outside the slot is the line's own topic.
        let slot = Set(analysis.tokens[(i + 1)..<j].map(\.stem))
        let outside =
            Self.namesByTerm(match) && match.intent != .outOfScope
            ? match.basis.named.filter { $0.concept != last && !$0.stems.allSatisfy(slot.contains) } : []
        guard outside.isEmpty else { return nil }
        let kept: Set<Intent> = [.explain, .howTo, .example]
        var read = match.settled(on: [last], as: kept.contains(match.intent) ? match.intent : .define)
        read.isFollowUp = false
        read.evidence.append("follow-up: a part of the topic → the topic")
        return read
    }

    /// The words after "part of" that point back at the topic ("the bond part of it").
    static let partOwnerPronouns: WordSet = ["it", "that", "this", "them", "those", "these", "its"]

    /// "And the other one, where it's the counselor's feelings?", "whats the other one called":
    /// after a concept the knowledge base pairs with another (each names the other as its
    /// first relation: transference and countertransference), "the other one" is that one.
    /// "The reverse", "the opposite", "the flip side" point at that one the same way. A concept the line names only weakly ("the client one" read as a
    /// client calling) does not stand in the way.
    /// "The good kind", "the harmful one" choose within the pair by what the knowledge base says
    /// of each (the group of what works against engagement), not as "the other one" of the last
    /// named: after "harsh versus empathic confrontation" the good kind is empathic, whichever was
    /// named last.
    func counterpartAsked(
        _ match: MatchResult, _ analysis: Analysis, _ last: String, recent: [String] = []
    ) -> MatchResult? {
        let words = analysis.tokens.map(\.word)
        let pointed = Self.pointsAtACounterpart(words)
        guard pointed != .none else { return nil }
        let counterpart = counterpart(of: last)
        // The pair: the topic and its counterpart, else the two concepts just discussed.
        let pair = counterpart.map { (last, $0) } ?? (recent.count >= 2 ? (recent[0], recent[1]) : nil)
        if pointed == .otherOne, let (a, b) = pair, let chosen = judgedOfPair(words, a, b) {
            let kept: Set<Intent> = [.define, .explain, .howTo, .example]
            var resolved = MatchResult(
                intent: kept.contains(match.intent) ? match.intent : .define, concepts: [chosen], confidence: 0.6)
            resolved.evidence = match.evidence + ["follow-up: the one of the pair judged so → \(chosen)"]
            resolved.basis = match.basis
            return resolved
        }
        guard let other = counterpart,
            !Self.namesByTerm(match) || matcher.namesOnlyWeakly(analysis)
                || pointed != .reverse && [last, other].contains(match.concepts.first ?? "")
        else { return nil }
        // "And the other one, transference, how is it different": the two set side by side.
        // "And the counter one?", "the reverse one, when it's the counselor who does it?": the
        // topic's mirror named by the topic's own kind, with no question of what it is called,
        // sets the two side by side too.
        if pointed == .otherOne && words.contains(where: Self.differenceWords.contains)
            || pointed == .mirrorOne && !match.basis.cued.contains(.define) && match.intent != .quiz
        {
            var both = MatchResult(intent: .compare, concepts: [last, other], confidence: 0.6)
            let how = pointed == .mirrorOne ? "the topic's mirror" : "the other one of a pair, how they differ"
            both.evidence = match.evidence + ["follow-up: \(how) → compare"]
            both.basis = match.basis
            return both
        }
        let kept: Set<Intent> = [.define, .explain, .howTo, .example]
        // "Test me on the one where the counselor…" asks for a question, whichever it is.
        if pointed == .describedOne && !kept.contains(match.intent) { return nil }
        var resolved = MatchResult(
            intent: kept.contains(match.intent) ? match.intent : .define, concepts: [other], confidence: 0.6)
        resolved.evidence = match.evidence + ["follow-up: the other one of a pair → \(other)"]
        resolved.basis = match.basis
        return resolved
    }

    /// Whether the line points at the counterpart of the topic just discussed ("and the counter
    /// one?" after transference) with no clear request for a question: "the … one" there is
    /// no question's name.
    func pointsAtTheCounterpart(_ analysis: Analysis, _ state: TutorState) -> Bool {
        guard state.open == nil, let topic = state.lastConcept, counterpart(of: topic) != nil,
            Self.pointsAtACounterpart(analysis.tokens.map(\.word)) != .none
        else { return false }
        return !matcher.scanCues(analysis.tokens).hits.contains { $0.intent == .quiz && $0.score >= Self.clearQuizCue }
    }

    /// "Sounds like metacommunication, whats the difference", "reminds me of empathy, how is
    /// it different" after another concept: a difference asked outright, with one concept
    /// named beside the topic, sets the two side by side, whatever else the line's words cue
    /// ("sounds like" reads as a request for an example). Not "what difference does it make".
    func differenceFromANamed(_ match: MatchResult, _ analysis: Analysis, _ last: String) -> MatchResult? {
        // A comparison of the one named alone ("seems like discord, what's the difference")
        // leaves out the topic, its other side.
        guard
            [.define, .explain, .example, .howTo].contains(match.intent)
                || match.intent == .compare
                    && match.concepts.count == 1 && match.concepts != [last],
            Self.namesByTerm(match)
        else { return nil }
        let named = match.concepts.filter { $0 != last }
        guard named.count == 1, let other = named.first, kb.concept(other)?.isContrast != true,
            kb.concept(last)?.isContrast != true
        else { return nil }
        let words = LineForm.words(analysis)
        let asked = words.indices.contains { i in
            switch words[i] {
            case "difference", "diff":
                // "What's the difference", "what is the difference?" at a clause's end.
                return i >= 2 && words[i - 1] == "the" && ["whats", "what's", "is"].contains(words[i - 2])
                    && (i + 1 == words.count || ["then", "there", "though", "tho", "here"].contains(words[i + 1]))
            case "different":
                // "How is it different", "how's that different".
                guard i >= 2, ["it", "that", "this", "they"].contains(words[i - 1]) else { return false }
                return ["hows", "how's"].contains(words[i - 2])
                    || i >= 3 && ["is", "are"].contains(words[i - 2]) && words[i - 3] == "how"
            default: return false
            }
        }
        // Last, as it matches the line's terms again: the words above rule out most lines first.
        guard asked, !matcher.namesOnlyWeakly(analysis) else { return nil }
        var both = match.settled(on: [last, other], as: .compare)
        both.isFollowUp = false
        both.evidence.append("follow-up: a difference asked, one concept named beside the topic → compare")
        return both
    }

    /// "Which one should a counselor use", "which one is better for a counselor" after
    /// sympathy: "which one" weighed with nothing else named, after one concept, sets the
    /// topic against its counterpart, or else the concept the knowledge base relates to it
    /// first (empathy). Not after a topic of several kinds or members ("which one is the
    /// hardest" after the stages of change picks one of them), whose name is a plural.
    func whichOfThePair(_ match: MatchResult, _ analysis: Analysis, _ last: String, _ state: TutorState)
        -> MatchResult?
    {
        guard state.open == nil, let answered = state.lastAnswer, answered.concepts.count <= 1,
            [.compare, .define, .explain, .howTo, .outOfScope].contains(match.intent),
            !Self.namesByTerm(match) || match.concepts == [last] || match.intent == .outOfScope,
            let concept = kb.concept(last), !concept.isContrast
        else { return nil }
        let words = Array(LineForm.words(analysis).drop { LineForm.openers.contains($0) })
        // "Which of them", "which of those two": the plural points at the topic and its
        // counterpart as "the two" does.
        let picks =
            words.starts(with: ["which", "one"]) || words.starts(with: ["which", "of", "the", "two"])
            || words.count > 2 && words.starts(with: ["which", "of"]) && ["them", "those", "these"].contains(words[2])
        let weighing: Set<String> = ["better", "worse", "should", "use", "prefer", "rather", "more", "less"]
        guard picks, words.contains(where: weighing.contains),
            !words.contains(where: ["or", "than", "vs", "versus"].contains)
        else { return nil }
        let plural = concept.name.lowercased().split { !$0.isLetter }.contains {
            $0.hasSuffix("s") && !$0.hasSuffix("ss")
        }
        guard !plural, let other = counterpart(of: last) ?? concept.related.first?.concept, other != last else {
            return nil
        }
        var both = match.settled(on: [last, other], as: .compare)
        both.isFollowUp = false
        both.evidence.append("follow-up: which one weighed after one concept → it and \(other)")
        return both
    }

    /// How a line points at the topic's counterpart.
    enum CounterpartPointer {
        case none
        /// "The other one", "the bad kind": the one of the pair judged the other way.
        case otherOne
        /// "The counter one", "the reverse one", "the opposite kind": the mirror of the topic.
        case mirrorOne
        /// "The reverse", "the opposite", "the flip side".
        case reverse
        /// "The one that arises in the counselor", "the one where it's the client": one told
        /// apart by a clause.
        case describedOne
    }

    /// How the words point at a counterpart of the topic, if they do.
    static func pointsAtACounterpart(_ words: [String]) -> CounterpartPointer {
        let heads: Set<String> = ["one", "kind", "side", "term", "concept", "version", "type"]
        // "And the bad kind?" after empathic confrontation: the one of the pair judged the
        // other way.
        let judged: Set<String> = ["other", "bad", "good", "harmful", "wrong", "right", "healthy", "unhealthy"]
        let mirrored: Set<String> = ["counter", "reverse", "opposite", "mirror", "converse", "inverse"]
        let picked = { (adjectives: Set<String>) in
            words.indices.dropLast(2).contains {
                words[$0] == "the" && adjectives.contains(words[$0 + 1]) && heads.contains(words[$0 + 2])
            }
        }
        if picked(judged) { return .otherOne }
        if picked(mirrored) { return .mirrorOne }
        if pointsToTheReverse(words) { return .reverse }
        let clauses: Set<String> = ["that", "who", "where", "which", "when", "whose"]
        let described = words.indices.dropLast(2).contains {
            words[$0] == "the" && words[$0 + 1] == "one" && clauses.contains(words[$0 + 2])
        }
        return described ? .describedOne : .none
    }

    /// Which of `a` and `b` a judging word picks ("the good kind", "the bad one"): the one of the
    /// two that works against engagement is the bad one. Nil when the line judges neither way or
    /// the pair is not split so (transference and countertransference).
    func judgedOfPair(_ words: [String], _ a: String, _ b: String) -> String? {
        let good: Set<String> = ["good", "right", "healthy", "helpful"]
        let bad: Set<String> = ["bad", "harmful", "wrong", "unhealthy"]
        let judged = words.indices.dropLast().filter { words[$0] == "the" || words[$0] == "a" }.compactMap {
            i -> Bool? in
            good.contains(words[i + 1]) ? true : bad.contains(words[i + 1]) ? false : nil
        }
        guard let isGood = judged.first else { return nil }
        let harmful = { (id: String) in self.kb.concept(id)?.group == "against-engagement" }
        guard harmful(a) != harmful(b) else { return nil }
        return isGood == harmful(a) ? b : a
    }

    /// The concept the knowledge base pairs with the topic: its first relation, when that one
    /// names the topic back as its own first relation (transference and countertransference)
    /// or shares the head noun of its name ("Empathic confrontation", "Harsh confrontation").
    func counterpart(of topic: String) -> String? {
        guard let other = kb.concept(topic)?.related.first?.concept, other != topic else { return nil }
        if kb.concept(other)?.related.first?.concept == topic { return other }
        let nameWords = { (id: String) in
            (self.kb.concept(id)?.name ?? "").lowercased().split { !$0.isLetter }.map(String.init)
        }
        let a = nameWords(topic)
        let b = nameWords(other)
        return a.count >= 2 && b.count >= 2 && a.last == b.last ? other : nil
    }

    /// "Which one is congruence again", "what is the third one, genuineness?", "which of the
    /// three is the genuineness one" after Rogers' core conditions: "one" picked out of the
    /// topic, with a concept named that the topic and it relate, asks what that one is, not
    /// how it differs from the whole. Nil with a word of difference.
    func memberOfTheTopic(_ match: MatchResult, _ analysis: Analysis, _ last: String) -> MatchResult? {
        guard [.define, .explain, .compare].contains(match.intent), Self.namesByTerm(match) else { return nil }
        let named = match.concepts.filter { $0 != last }
        guard named.count == 1, let member = named.first else { return nil }
        let words = analysis.tokens.map(\.word)
        let pickers: Set<String> = ["which", "the", "third", "second", "first", "fourth", "last", "other"]
        let picked =
            zip(words, words.dropFirst()).contains { a, b in pickers.contains(a) && b == "one" }
            || zip(words, words.dropFirst()).contains { a, b in a == "which" && b == "of" }
        let relates = { (a: String, b: String) in self.kb.concept(a)?.related.contains { $0.concept == b } == true }
        guard picked, relates(last, member) || relates(member, last),
            !words.contains(where: Self.differenceWords.contains), !Self.refersToBoth(words),
            // "Which one matters more, that or the alliance" weighs the two.
            !words.contains(where: ["or", "than", "more", "better", "worse", "most", "best", "less"].contains)
        else { return nil }
        var read = match.settled(on: [member], as: .define)
        read.isFollowUp = false
        read.evidence.append("follow-up: one of the topic's own picked by its name → \(member)")
        return read
    }

    /// "The one where it's the client doing it", "the other one", "the reverse" set against the
    /// topic when nothing else was discussed: the concept the knowledge base pairs with it
    /// (each names the other as its first relation: transference and countertransference).
    func describedCounterpart(_ analysis: Analysis, _ last: String) -> String? {
        let words = analysis.tokens.map(\.word)
        let pointed = zip(words, words.dropFirst()).contains { a, b in
            a == "the" && ["one", "other", "reverse", "opposite", "converse", "inverse"].contains(b)
        }
        guard pointed else { return nil }
        return counterpart(of: last)
    }

    /// "The reverse", "the opposite", "the flip side" ("the other way around" is left out:
    /// it mostly doubts which way a claim runs).
    static func pointsToTheReverse(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { a, b in
            a == "the" && ["reverse", "opposite", "converse", "inverse"].contains(b) || a == "flip" && b == "side"
        }
    }

    /// Whether a concept is a kind of the topic: its name holds the head (last word) of the
    /// topic's name ("Early alliance", "Alliance in telehealth" of the therapeutic alliance),
    /// so "does it matter more in the first few sessions" asks about that kind, with the
    /// pronoun first.
    func narrowsTheTopic(_ id: String, _ topic: String) -> Bool {
        let words = { (id: String) in
            (self.kb.concept(id)?.name ?? "").lowercased().split { !$0.isLetter }.map(String.init)
        }
        let topicWords = words(topic)
        guard id != topic, topicWords.count >= 2, let head = topicWords.last else { return false }
        return words(id).contains(head)
    }

    /// The matcher's own follow-up ("quiz me on it", "is it the same as empathy?"): the
    /// concepts it did not name, from the recent ones.
    private func fillIn(_ match: MatchResult, _ analysis: Analysis, _ last: String, _ recent: [String]) -> MatchResult {
        var resolved = match
        switch match.intent {
        case .compare:
            if let named = match.concepts.first {
                // "So complying isn't the same as being committed": one concept holds both sides.
                if match.concepts.count == 1 && kb.concept(named)?.isContrast == true && Self.namesByTerm(match) {
                    return match
                }
                // One side named, the other a pronoun: the last concept that is not the named one.
                // "How is it different from the one where it's the client" with the topic named:
                // the concept the knowledge base pairs with it.
                guard
                    let other = recent.first(where: { $0 != named })
                        ?? (named == last ? describedCounterpart(analysis, last) : nil)
                else {
                    // "Why is it better than me setting them": nothing else discussed to
                    // set it against; the learner asks why it works.
                    if match.concepts.count == 1, kb.concept(named)?.isContrast != true,
                        LineForm.words(analysis).first == "why"
                    {
                        resolved.intent = .explain
                        return resolved
                    }
                    return match
                }
                resolved.concepts = [other, named]
            } else if recent.count >= 2 {
                resolved.concepts = Array(recent.prefix(2))
            } else if let other = describedCounterpart(analysis, last) {
                // "How's that different from the one where it's the client doing it?"
                resolved.concepts = [last, other]
            } else {
                resolved.concepts = [last] + guessedOtherSide(match, analysis, last)
                // "Why is it better than me setting them": nothing else to set it against.
                if LineForm.words(analysis).first == "why" {
                    resolved.intent = .explain
                    resolved.concepts = [last]
                }
            }
        default:
            guard match.concepts.isEmpty else { return match }
            resolved.concepts = [last]
        }
        return resolved
    }

    /// A question that leans on the last turn in a way the matcher cannot see, since it
    /// matches one line alone: "which of the two works better", "what could the family say
    /// instead", "from the first to the second", or a pronoun before anything named ("how
    /// would I use it with a court-ordered guy", "how does that fit with Bordin's model").
    /// Nil when the line does not lean back.
    private func leansBack(_ match: MatchResult, _ analysis: Analysis, _ last: String, _ state: TutorState)
        -> MatchResult?
    {
        // "Does it work the same in every culture": a setting, not a side.
        let words = Self.settingsMasked(analysis.tokens.map(\.word))
        let pair = discussedPair(last, state)
        let match = withoutTheRelationsWording(match, analysis, words)
        if match.evidence.last == Self.relationsWordingEvidence,
            case let named = match.concepts.filter({ $0 != last }), named.count == 1
        {
            return match.settled(on: [last, named[0]], as: .compare)
        }
        var resolved = match
        if let both = bothSides(match, words, pair, state) { return both }
        let named = Self.namesByTerm(match) ? match.concepts.filter { $0 != last } : []
        // "What's informed consent got to do with this" while a question is open: "this" is the
        // question being answered, so the line asks how the concept it names bears on it (it is
        // explained, and the question stays open), not for a comparison with the question's concept.
        if state.open != nil, named.count == 1, Self.asksWhatItHasToDoWith(LineForm.words(analysis)) {
            return nil
        }
        if let compared = oneSideNamed(match, named: named, words, last, discussed: pair)
            ?? setAgainstAPronoun(match, analysis, last) ?? differsFromTheTopic(match, analysis, last)
            ?? copularWithAPronoun(analysis, last)
            ?? comparativeOfOneNamed(match, analysis, last)
            // "Is MI the better way" after MI was given as what replaces harsh confrontation:
            // the one it names is the last topic, set against the other of the pair.
            ?? (match.concepts == [last] && pair.count == 2 ? comparativeOfOneNamed(match, analysis, pair[1]) : nil)
        {
            return compared
        }
        // "What could the family say instead": what replaces the last topic (the practice
        // the knowledge base says takes its place first); "why is MI used instead" names its own.
        let instead = named.isEmpty && Self.asksForAnAlternative(words, LineForm.words(analysis))
        if instead || Self.refersToAnOrdinal(words) {
            resolved.concepts = instead ? alternativeFirst(to: last, analysis, state) : Self.ordinalPick(words, pair)
            // What takes the topic's place is asked about to be done; a side picked by its
            // ordinal keeps the line's own request ("what was the second one again", "why
            // is the first one so bad").
            if instead && [.define, .explain].contains(match.intent) { resolved.intent = .howTo }
            // "Give me a client who only has the first": the words the matcher could not
            // place are the topic's; asking for a case is asking for an example.
            if match.intent == .outOfScope {
                resolved.intent = ["give", "show"].contains(words.first ?? "") ? .example : .howTo
            }
            return resolved
        }
        if let start = howToStart(match, analysis, last, state) { return start }
        guard !match.isFollowUp, match.concepts.first != last else { return nil }
        if let guessed = guessedBesideAPronoun(match, words, last) { return guessed }
        guard let p = pointingPronoun(analysis) else {
            return continuesTheTopic(match, analysis, last) ?? weaklyNamedBesideAPronoun(match, analysis, words, last)
                ?? guessedAfterASpecificTopic(match, analysis, last, state)
        }
        // "How do I build it over video": a word the matcher does not know put the line out
        // of scope; with the topic in the pronoun's place it is in.
        if match.intent == .outOfScope { return substituted(analysis, at: p, last) }
        // What the line names after a relation word is the other side of a comparison
        // ("connect to feeling safe", "as important as the alliance").
        if let r = Self.relationIndex(words, after: p), let other = namedConcept(analysis, from: r + 1), other != last {
            resolved.intent = .compare
            resolved.concepts = [last, other]
            return resolved
        }
        // "Is it like being friendly?" guesses at an open question's answer: only a question
        // word or a request leans on the topic this way.
        let first = LineForm.words(analysis).first ?? ""
        guard state.open == nil || !LineForm.auxiliaries.contains(first),
            match.intent.isContent || match.intent == .help && first == "how"
        else { return nil }
        if match.intent == .help { resolved.intent = .howTo }
        if let weak = weaklyNamedBesideAPronoun(match, analysis, words, last) { return weak }
        resolved.concepts = [last] + match.concepts.filter { $0 != last }.prefix(1)
        // The pronoun settles the topic: no "did you mean" between the concepts that only
        // frame it ("how would I use it with a teenager his parents sent").
        resolved.ambiguous = []
        return resolved
    }

    /// "Which of the two is better for the alliance" (the pair is the topic, whatever one
    /// other concept frames it); after a comparison also "which one is the counselor's",
    /// "how do they relate". Nil when the line does not point at both.
    private func bothSides(_ match: MatchResult, _ words: [String], _ pair: [String], _ state: TutorState)
        -> MatchResult?
    {
        let asksWhich =
            (words.contains("which") || Self.theyAreTheTwo(words, match))
            && state.lastAnswer?.intent == .compare && !Self.refersToAnOrdinal(words)
        // A guess from the concepts' whole text names nothing outside the pair.
        let outside = (Self.namesByTerm(match) ? match.concepts : []).filter { !pair.contains($0) }
        // "What do the two look like in a real client" after compliance versus commitment:
        // a concept that holds both sides is "the two" on its own.
        let contrast = pair.count == 1 && kb.concept(pair[0])?.isContrast == true && Self.refersToBoth(words)
        // "Which of the two should a counselor go for" after sympathy alone: the two are the
        // topic and the concept the knowledge base sets beside it first (empathy).
        var sides = pair
        if pair.count == 1, !contrast, outside.isEmpty, Self.refersToBoth(words), !Self.theTwoAreItsParts(words),
            let other = kb.concept(pair[0])?.related.first?.concept,
            other != pair[0]
        {
            sides.append(other)
        }
        guard Self.refersToBoth(words) || asksWhich, sides.count == 2 || contrast,
            outside.count < 2 || contrast && !Self.namesByTerm(match)
        else { return nil }
        var resolved = match
        resolved.concepts = sides
        resolved.ambiguous = []
        // "Can you show both of them in a case": shown, the two are a case of each.
        if words.contains("show") && !words.contains(where: ["difference", "differ", "different"].contains) {
            resolved.intent = .example
        } else if [.define, .explain, .compare].contains(match.intent) || words.contains("which") {
            resolved.intent = .compare
        }
        return resolved
    }

    /// "So how do I start" right after an answer: how to do what it was about, not how to
    /// use the tutor.
    private func howToStart(_ match: MatchResult, _ analysis: Analysis, _ last: String, _ state: TutorState)
        -> MatchResult?
    {
        guard match.intent == .help, LineForm.words(analysis).first == "how", state.lastAnswer != nil,
            analysis.tokens.contains(where: { ["i", "we"].contains($0.word) })
        else { return nil }
        var resolved = match
        resolved.intent = .howTo
        resolved.concepts = [last]
        return resolved
    }

    /// The line matched again with the last concept's name in the pronoun's place; nil
    /// unless that reads as a question about the last concept.
    private func substituted(_ analysis: Analysis, at p: Int, _ last: String) -> MatchResult? {
        guard let name = kb.concept(last)?.name else { return nil }
        var words = analysis.tokens.map(\.typed)
        words[p] = name.lowercased()
        var m = matcher.match(words.joined(separator: " "))
        guard m.intent.isContent, m.concepts.contains(last) else { return nil }
        m.concepts = [last] + m.concepts.filter { $0 != last }.prefix(m.intent == .compare ? 1 : 0)
        return m
    }

    /// "How much should I share" after self-disclosure: a short question that names
    /// nothing (its concept is only a guess from the concepts' whole text) goes on with the
    /// topic just discussed.
    private func continuesTheTopic(_ match: MatchResult, _ analysis: Analysis, _ last: String) -> MatchResult? {
        guard [.howTo, .explain, .example].contains(match.intent), !Self.namesByTerm(match),
            analysis.content.count <= 2,
            LineForm.questionWords.union(["give", "show", "tell"]).contains(LineForm.words(analysis).first ?? "")
        else { return nil }
        var resolved = match
        resolved.concepts = [last]
        return resolved
    }

    /// "Why is empathy better than that", "what about respect, how do the two connect" (with
    /// one thing discussed): the line names one side, the pronoun the other.
    private func oneSideNamed(
        _ match: MatchResult, named: [String], _ words: [String], _ last: String, discussed pair: [String]
    ) -> MatchResult? {
        guard let side = named.first, named.count == 1,
            Self.pronounIsTheOtherSide(words) || Self.refersToBoth(words) && pair.count < 2
        else { return nil }
        return match.settled(on: [last, side], as: .compare)
    }

    /// "Why do they matter so much in addiction work" after boundaries: a question whose
    /// concepts are only a guess from the concepts' whole text, with a pronoun that can
    /// stand for the topic, is about the topic just discussed.
    private func guessedBesideAPronoun(_ match: MatchResult, _ words: [String], _ last: String) -> MatchResult? {
        let pronouns: Set<String> = ["it", "that", "this", "they", "them", "those", "these", "one", "ones"]
        guard match.intent.isContent, match.intent != .compare, !Self.namesByTerm(match),
            words.contains(where: pronouns.contains) || Self.theTwoAreItsParts(words)
        else { return nil }
        return match.settled(on: [last])
    }

    /// "So if a client asks point blank if I drink, what do I do" after self-disclosure: a
    /// question whose concepts are only a guess from the concepts' whole text, right after
    /// an answer about a concept of its own (not the alliance every concept frames), is
    /// about that concept; the guess comes second.
    /// A possessive ("what are his three parts" after who came up with the working alliance)
    /// points at someone the answer named, whose concept the guess may well be.
    private func guessedAfterASpecificTopic(
        _ match: MatchResult, _ analysis: Analysis, _ last: String, _ state: TutorState
    )
        -> MatchResult?
    {
        // "What are the markers" after a rupture asks what something else is: a definition
        // goes with the guess, as a short line's does.
        guard [.howTo, .explain, .example].contains(match.intent), match.basis.guessed, state.open == nil,
            state.lastAnswer != nil, !matcher.tuning.frameConcepts.contains(last), !match.concepts.contains(last),
            !analysis.tokens.contains(where: { ["his", "her", "their"].contains($0.word) })
        else { return nil }
        return match.settled(on: [last])
    }

    /// "What do I say to a client right after one" after a lapse: "one", "it" or "them"
    /// beside concepts named only by a generic word stands for the topic just discussed,
    /// which comes first. Not "they", which mostly means the clients.
    private func weaklyNamedBesideAPronoun(
        _ match: MatchResult, _ analysis: Analysis, _ words: [String], _ last: String
    ) -> MatchResult? {
        let pronouns: Set<String> = ["it", "that", "this", "them", "those", "these", "one", "ones"]
        guard match.intent.isContent, match.intent != .compare, !match.concepts.contains(last),
            words.contains(where: pronouns.contains), matcher.namesOnlyWeakly(analysis)
        else { return nil }
        return match.settled(on: [last] + match.concepts.prefix(1))
    }

    /// Whether the matcher found the line's concepts by their terms, not by a guess from
    /// the concepts' whole text.
    static func namesByTerm(_ match: MatchResult) -> Bool {
        !match.concepts.isEmpty && !match.basis.guessed
    }

    /// The two things just discussed: a comparison's two sides, or the last concept (a
    /// "compliance versus commitment" is both sides in one), else the last two concepts.
    private func discussedPair(_ last: String, _ state: TutorState) -> [String] {
        if let two = state.lastAnswer?.concepts, two.count == 2, two.first == last { return two }
        if kb.concept(last)?.isContrast == true { return [last] }
        let recent = [last] + state.recentConcepts.filter { $0 != last }
        return Array(recent.prefix(2))
    }

    /// Where the line relates its subject to something else: "connect", "fit", "part of",
    /// "different", the second "as" of "as important as"; at or after `start`.
    static func relationIndex(_ words: [String], after start: Int) -> Int? {
        let relation: Set<String> = [
            "connect", "connects", "connected", "relate", "relates", "related", "fit", "fits", "compare", "compared",
            "different", "differ", "differs", "difference", "similar", "same", "versus", "vs", "part", "linked", "link",
            "tie", "ties", "unlike",
        ]
        guard start < words.count else { return nil }
        if let r = words[start...].firstIndex(where: relation.contains) { return r }
        let asWords = words[start...].indices.filter { words[$0] == "as" }
        if asWords.count >= 2 { return asWords[1] }
        // "Does it have anything to do with a safe space" (the analyzer may join "do with").
        return words[start...].indices.first { i in
            words[i] == "do with" || i >= 1 && words[i] == "with" && words[i - 1] == "do"
        }
    }

    /// The first "it", "that" or "this" that stands for a topic and comes before anything
    /// the line names: "what does it sound like with a client who relapsed". Not one that
    /// opens a clause ("how do I know that he trusts me") or stands for what follows ("what
    /// does it mean to…", "is it ok to…").
    private func pointingPronoun(_ analysis: Analysis) -> Int? {
        let words = analysis.tokens.map(\.word)
        let clause: Set<String> = [
            "when", "if", "he", "she", "they", "i", "you", "we", "the", "a", "an", "his", "her", "my", "their", "is",
            "was", "one",
        ]
        let dummy: Set<String> = [
            "mean", "means", "important", "ok", "okay", "possible", "normal", "wrong", "right", "hard", "easy",
            "necessary", "better", "best", "true", "fine", "good", "bad", "useful", "helpful", "appropriate", "ethical",
            "legal", "allowed", "common", "safe", "worth", "like",
        ]
        // "Why is it an ethical issue": "it" before an article is the subject, unless a clause
        // it stands for follows ("is it a good idea to…").
        let extraposed = words.contains { ["to", "if", "that", "when"].contains($0) }
        // "How do I do it when I'm tired", "can I use it if he's court ordered": "it" before
        // "when" or "if" is the object of the verb before it, the clause only says when.
        let objectBeforeWhen = { (i: Int) in
            words[i] == "it" && i >= 1 && !["is", "was", "isnt", "isn't", "wasnt", "wasn't"].contains(words[i - 1])
                && i + 1 < words.count
                && ["when", "if"].contains(words[i + 1])
        }
        let opens = { (i: Int) in
            i + 1 < words.count && clause.contains(words[i + 1]) && !objectBeforeWhen(i)
                && !((words[i] == "it" && !extraposed || ["that", "this"].contains(words[i]))
                    && ["a", "an", "the"].contains(words[i + 1]))
        }
        guard let p = words.indices.first(where: { ["it", "that", "this"].contains(words[$0]) && !opens($0) })
        else { return nil }
        // "Is it ok for me to…" stands for what follows; "is that bad for the alliance" is the topic.
        let forWhat = p + 2 < words.count && words[p + 2] == "for" && words[(p + 2)...].contains("to")
        if p + 2 < words.count && dummy.contains(words[p + 1])
            && (["to", "that", "if"].contains(words[p + 2]) || forWhat)
        {
            return nil
        }
        // Anything named before the pronoun is what it stands for ("empathy, how do I show it").
        return namedConcept(analysis, from: 0, to: p) == nil ? p : nil
    }

    /// The first concept the words in `from..<to` name on their own by its terms, if any
    /// (a guess from the concepts' whole text names nothing).
    func namedConcept(_ analysis: Analysis, from: Int, to: Int? = nil) -> String? {
        let end = min(to ?? analysis.tokens.count, analysis.tokens.count)
        guard from < end else { return nil }
        let part = analysis.tokens[from..<end].map(\.typed).joined(separator: " ")
        let m = matcher.match(part)
        return m.intent == .outOfScope || !Self.namesByTerm(m) ? nil : m.concepts.first
    }
}
