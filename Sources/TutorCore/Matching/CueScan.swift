/// Stage 1 of matching: the intent cues (`intents.yaml`) found in a line.
struct CueScan {
    /// One cue matched at a span of tokens.
    struct Hit {
        var intent: Intent
        /// The cue's weight, raised when the cue starts the line.
        var score: Double
        /// Where the cue's intent comes in `intents.yaml` (earlier wins ties).
        var order: Int
        var span: Range<Int>
        var label: String
        /// The cue's own stems, when it has a wildcard: the words the wildcard took are the
        /// line's, not the cue's ("is the alliance just…" names the alliance inside its gap).
        var literal: Set<String>? = nil
    }

    var hits: [Hit] = []
    /// Tokens inside some cue: they are not looked up as concept words by the fallback.
    var covered: [Bool]

    /// The spans of the long, strong cues that ask for a name ("what do they call it", "what
    /// is the term for"): their words ask, so a term may use them only from inside the span
    /// ("what is it called when the counselor…" is not "a client calls the counselor").
    func reserved(_ minWeight: Double) -> [Range<Int>] {
        hits.filter { $0.intent == .define && $0.score >= minWeight && $0.span.count >= 3 && !$0.label.contains("*") }
            .map(\.span)
    }

    /// The spans of the strong cues of the conversation's own requests and of requests to be
    /// asked: their words ask for something ("go on, i'm listening" asks for more, "a problem
    /// on court orders" for a question), so no term may use them.
    func requested(_ minWeight: Double) -> [Range<Int>] {
        hits.filter {
            (Matcher.requests.contains($0.intent) || $0.intent == .quiz) && $0.score >= minWeight
                && $0.span.count >= 2
                && !$0.label.contains("*")
        }
        .map(\.span)
    }
}

/// Stage 3 of matching: the intents the cues vote for, once cues that are only a concept's
/// own name are set aside.
struct IntentScores {
    var scores: [Intent: Double] = [:]
    var firstOrder: [Intent: Int] = [:]
    var evidence: [String] = []
    /// The intents of the cue words found, in order.
    var cued: [Intent] = []

    /// Highest score first; ties go to the intent that comes first in `intents.yaml`.
    var sorted: [(key: Intent, value: Double)] {
        scores.sorted { $0.value != $1.value ? $0.value > $1.value : (firstOrder[$0.key]! < firstOrder[$1.key]!) }
    }

    /// Whether every sign of a comparison is a "just" that glosses one thing ("is X just…",
    /// "just like…", with at most an "or is it" before it): no word that sets two apart.
    /// "is the alliance just that?": what "just" glosses with is a pointer back to the last turn.
    var justPointsBack = false
    var compareOnlyByJust: Bool {
        guard !justPointsBack else { return false }
        let compared = evidence.filter { $0.hasSuffix("→ compare") }
        return compared.contains { $0.contains("just") }
            && compared.allSatisfy { $0.contains("just") || $0.hasPrefix("cue 'or is it'") }
    }

    mutating func add(_ intent: Intent, _ score: Double, order: Int, evidence label: String) {
        scores[intent, default: 0] += score
        firstOrder[intent] = min(firstOrder[intent] ?? Int.max, order)
        evidence.append(label)
    }
}

extension Matcher {
    /// Prepositions that can open a clause ("about what…", "of what…").
    static let prepositions: WordSet = ["about", "of", "on", "with", "for", "from", "at", "by", "to", "into"]

    /// Intents that ask the tutor to go on in some way; negated, they ask nothing.
    static let requests: Set<Intent> = [.more, .simpler, .harder, .easier]

    /// Finds every cue in the line, each anchored at the token its first word indexes.
    func scanCues(_ tokens: [Token]) -> CueScan {
        var scan = CueScan(covered: [Bool](repeating: false, count: tokens.count))
        let aboutATopic = asksWhether(tokens) || asksAboutOthers(tokens) || asksWhetherOfAFrontedTopic(tokens)
        for (i, token) in tokens.enumerated() {
            guard let candidates = cueIndex[token.stem] else { continue }
            for c in candidates {
                guard secondWordCanFollow(cueSecondWords[c], tokens, at: i) else { continue }
                var cue = cues[c]
                guard let end = matchCue(cue, tokens, at: i) else { continue }
                // A cue is a phrase said in one clause: "what is empathic confrontation, sounds
                // like…" is no "what is * like" (its gap runs over the comma).
                // A citation in parentheses inside the gap is an aside ("what did Miller (1999) find").
                if cue.stems.contains(nil),
                    tokens[i..<end].contains(where: { $0.clause != token.clause && !$0.parenthesized })
                {
                    continue
                }
                // "i have to go over the limits…": a verb the next word carries on ("go over",
                // "go through") is no leave-taking.
                if cue.intent == .goodbye, end < tokens.count, Self.phrasalParticles.contains(tokens[end].word) {
                    continue
                }
                // "who came up with calling it an alliance", "they don't call it resistance now":
                // "call it" with a name after it names a thing; only "calling it", "call it a
                // day", "call it quits" end a session.
                if cue.intent == .goodbye, Self.namesWhatItIsCalled(tokens, cueStart: i, end: end) { continue }
                // "does that help them stay?", "would it help if…": asked whether a thing helps,
                // "that helps" thanks no one and asks for no help.
                if [.thanks, .help].contains(cue.intent), Self.asksWhetherItHelps(tokens, cueStart: i) { continue }
                // "how do i quit asking yes or no questions": a habit quit, named by what follows,
                // is no leaving the program.
                if [.help, .goodbye].contains(cue.intent), end < tokens.count,
                    ["quit", "stop", "exit"].contains(tokens[end - 1].word),
                    tokens[end].clause == tokens[end - 1].clause,
                    tokens[end].word.count > 4, tokens[end].word.hasSuffix("ing")
                {
                    continue
                }
                // "no idea what else" is not asking for more: a negated request is none.
                if Self.requests.contains(cue.intent),
                    tokens[..<i].contains(where: { $0.isNegator && $0.clause == token.clause })
                {
                    continue
                }
                // "no clue", "not a clue", "haven't the faintest clue": a hint's word negated
                // right before it says the learner does not know, it asks for no hint.
                if cue.intent == .hint, cue.stems.count == 1,
                    tokens[max(0, i - 2)..<i].contains(where: { $0.isNegator && $0.clause == token.clause })
                {
                    continue
                }
                // "what should i hit hardest before the test", "on every practice test": the test
                // after a preposition is the exam as an event, not a request to be tested.
                if cue.intent == .quiz, cue.stems.count == 1, Self.isTheExamAsAnEvent(tokens, i) { continue }
                // "give me one example of empathy", "give me one clue": the count asks for the
                // thing it names.
                if countsAnotherRequest(cue, tokens, end: end) { continue }
                if Self.asksWhichOnesThereAre(cue, tokens, at: i, end: end) { continue }
                // "that resolves my confusion" asks for nothing simpler; "the English is too hard"
                // asks for plainer words, not an easier question.
                if Self.confusionEnded(cue, tokens, end: end) { continue }
                // (round 22) "is that what they call active listening, or is it something more
                // particular?": an "or" that offers no second thing asks what the one thing is.
                if cue.intent == .compare, cue.stems == ["or", "is", "it"], end < tokens.count,
                    ["something", "anything"].contains(tokens[end].word)
                {
                    continue
                }
                // (round 22) "completely off topic, but…": the topic left is no list of topics asked.
                if cue.intent == .topics, i > 0, tokens[i - 1].word == "off" { continue }
                // (round 22) "thx. good one": "a good one" said of the reply praises it; only "good
                // ones" asks for examples (the stemmer makes the two one word).
                if cue.intent == .example, tokens[end - 1].typed == "one", end - i == 2, tokens[i].word == "good" {
                    continue
                }
                // (round 22) "how do i ask questions that dont sound like an interrogation", "how do
                // i ask stuff so they actually talk": asking clients things, told by how it should
                // go, is the work; only asking the tutor ("how do i ask you…", "…for a hint") is help.
                if cue.intent == .help, Self.asksPeopleThings(tokens, cueEnd: end) { continue }
                if Self.hardWording(cue, tokens, at: i) { cue.intent = .simpler }
                // "its lifelong, you never finish learning": a word of progress under a negation
                // says what is not done, it asks for no progress report.
                if cue.intent == .progress, tokens[i..<end].allSatisfy(\.negated) { continue }
                // "my client asked me if i ever used": a request someone else made, told
                // as a situation, asks the tutor for nothing.
                if !cue.intent.isContent && isReportedSpeech(tokens, before: i) { continue }
                // "does a weak alliance predict dropout", "can family help get someone in": a
                // yes-or-no question about a topic; its words ("weak", "help") ask for nothing.
                if !cue.intent.isContent && aboutATopic { continue }
                // "strengthen the bond between sessions": "between" a span of time is when,
                // not a relation between two things.
                if cue.stems.last == "between", end < tokens.count, Self.timeSpans.contains(tokens[end].word) {
                    continue
                }
                // "talk with him about what is going on between us": a phrase that asks ("what is
                // going on") after a preposition is a clause of the line, not its question.
                if cue.intent.isContent, cue.stems.count >= 3, token.word == "what", i > 0,
                    tokens[i - 1].clause == token.clause, Self.prepositions.contains(tokens[i - 1].word)
                {
                    continue
                }
                // "how do i bring up what's going on between us": a "what" phrase inside a
                // question that "how" opened in the same clause is that question's object.
                if cue.intent.isContent, cue.stems.count >= 3, token.word.hasPrefix("what"), i >= 3,
                    ["how", "hows"].contains(tokens[0].word), tokens[..<i].allSatisfy({ $0.clause == token.clause })
                {
                    continue
                }
                let atStart = opensLine(at: i, tokens)
                let label = "cue '\(cue.stems.map { $0 ?? "*" }.joined(separator: " "))' → \(cue.intent.rawValue)"
                scan.hits.append(
                    CueScan.Hit(
                        intent: cue.intent, score: cue.weight * (atStart ? tuning.cueAtStartFactor : 1),
                        order: cue.order, span: i..<end, label: label,
                        literal: cue.stems.contains(nil) ? Set(cue.stems.compactMap { $0 }) : nil))
                for k in i..<end { scan.covered[k] = true }
            }
        }
        // "how build cohesion", "how i reach her": "how do i" with its auxiliary left out.
        if let span = elidedHowSpan(tokens), !isReportedSpeech(tokens, before: span.lowerBound),
            let order = cues.first(where: { $0.intent == .howTo })?.order
        {
            let atStart = opensLine(at: span.lowerBound, tokens)
            scan.hits.append(
                CueScan.Hit(
                    intent: .howTo, score: tuning.elidedHowWeight * (atStart ? tuning.cueAtStartFactor : 1),
                    order: order, span: span, label: "'how' + a verb of acting, auxiliary left out → how-to"))
            for k in span { scan.covered[k] = true }
        }
        return scan
    }

    /// Whether a "how do i ask" cue ending at `cueEnd` goes on with what is asked of people
    /// ("questions", "stuff", "them") and at least two words more of how it should go, with no
    /// word of the tutor ("you", "here", "this app").
    static func asksPeopleThings(_ tokens: [Token], cueEnd: Int) -> Bool {
        guard cueEnd < tokens.count, tokens[cueEnd - 1].word == "ask" else { return false }
        let asked: Set<String> = ["questions", "stuff", "things", "them", "him", "her", "clients", "people"]
        let tool: Set<String> = ["you", "u", "here", "this", "app", "tutor", "program", "bot", "hint", "hints"]
        let rest = tokens[cueEnd...]
        return asked.contains(tokens[cueEnd].word) && rest.count >= 3 && !rest.contains { tool.contains($0.word) }
    }

    /// Whether "test" (or "exam") at `i` is the exam as an event or a thing sat, after a
    /// preposition of time or place within the three words before it in its clause ("before
    /// the test", "on every practice test", "for my test"), with no "me" asking to be tested.
    static func isTheExamAsAnEvent(_ tokens: [Token], _ i: Int) -> Bool {
        // (round 22) So is a quiz the learner sat ("I keep confusing the two on quizzes").
        guard ["test", "tests", "exam", "exams", "quiz", "quizzes"].contains(tokens[i].word) else { return false }
        let before = tokens[max(0, i - 3)..<i].filter { $0.clause == tokens[i].clause }
        return before.contains { examPrepositions.contains($0.word) } && !before.contains { $0.word == "me" }
    }

    /// Prepositions that set the exam in time or place ("before the test", "on the exam").
    static let examPrepositions: WordSet = ["before", "on", "for", "until", "till", "after", "during", "in"]

    /// Whether the line is a yes-or-no question whose subject is neither the learner, the
    /// tutor nor the session ("does a weak alliance…", "can family…", not "can you…", "is
    /// there…", "will the exam…").
    func asksWhether(_ tokens: [Token]) -> Bool {
        guard tokens.count >= 3, Self.auxiliaries.contains(tokens[0].word), !opensWithForeignPhrase(tokens)
        else { return false }
        var subject = tokens[1].word
        if ["a", "an", "the"].contains(subject) { subject = tokens[2].word }
        // (round 24) "is too difficult, maybe more easy question?": "is" with a word of degree
        // after it has no subject at all; the learner left out "it" (as a Spanish or Portuguese
        // speaker does), so the line says how the question was, asking nothing of a topic.
        if Self.subjectlessDegree.contains(tokens[1].word) { return false }
        return !Self.conversationSubjects.contains(subject)
    }

    /// Words of degree that never open a subject after "is" ("is too hard", "is so confusing").
    static let subjectlessDegree: WordSet = [
        "too", "so", "very", "really", "quite", "kinda", "pretty", "way", "super", "rather", "extremely",
    ]

    /// Whether the line asks why others act as they do ("why do clients work harder on goals
    /// they picked"): its words tell what those others do, so a request word among them
    /// ("harder", "more") asks the tutor for nothing. ("How do people pass this exam" asks
    /// the learner's own way, and keeps its cues.)
    func asksAboutOthers(_ tokens: [Token]) -> Bool {
        guard tokens.count >= 4, tokens[0].word == "why", Self.auxiliaries.contains(tokens[1].word)
        else { return false }
        var subject = tokens[2].word
        if ["a", "an", "the", "some", "most"].contains(subject) { subject = tokens[3].word }
        return Self.thirdParties.contains(subject) || Self.othersActing.contains(subject)
    }

    /// People other than the learner and the tutor whose doings a question can ask about.
    static let othersActing: WordSet = [
        "people", "someone", "somebody", "counselors", "counsellors", "therapists", "families", "addicts",
    ]

    /// Words that set one thing against another ("vs", "better than").
    static let againstWords: WordSet = ["vs", "versus", "v", "than"]

    /// Words after "or" that open a question of its own, or close the line's ("or not").
    static let orQuestionOpeners: WordSet = [
        "is", "are", "was", "were", "am", "does", "do", "did", "can", "should", "would", "will", "not", "no", "nah",
        "nope",
    ]

    static let auxiliaries: WordSet = [
        "does", "do", "did", "is", "are", "was", "were", "can", "could", "will", "would", "should",
    ]
    /// Subjects of a yes-or-no question about the conversation itself.
    static let conversationSubjects: WordSet = [
        "you", "u", "ya", "i", "me", "we", "us", "my", "your", "our", "there", "this", "that", "it", "these", "those",
        "exam", "test", "tests", "quiz", "tutor", "app", "session", "lesson", "question", "answer", "one", "next",
        "anything", "something", "everything", "hint",
    ]

    /// Whether a cue at `i` follows an auxiliary and "that", "this" or "it" in its clause
    /// ("does that help", "would it help"): a question of whether something helps.
    static func asksWhetherItHelps(_ tokens: [Token], cueStart i: Int) -> Bool {
        guard i >= 2, ["that", "this", "it", "dat"].contains(tokens[i - 1].word) else { return false }
        return auxiliaries.contains(tokens[i - 2].word) && tokens[i - 2].clause == tokens[i].clause
    }

    /// A "call it" cue ending on "it" with a name after it, in the same clause: not "a day", "a
    /// night", "quits", "now", "here", "for today".
    static func namesWhatItIsCalled(_ tokens: [Token], cueStart i: Int, end: Int) -> Bool {
        // "what do they call it now?": a question of the name, whatever follows.
        if tokens[i].word.hasPrefix("call"),
            tokens[..<i].contains(where: { $0.clause == tokens[i].clause && ["what", "wha", "wat"].contains($0.word) })
        {
            return true
        }
        guard tokens[i].word.hasPrefix("call"), end - 1 > i, tokens[end - 1].word == "it", end < tokens.count,
            tokens[end].clause == tokens[end - 1].clause
        else { return false }
        let next = tokens[end].word
        if next == "a" || next == "an" {
            return !(end + 1 < tokens.count && ["day", "night", "wrap"].contains(tokens[end + 1].word))
        }
        return !leaveAfterCallingIt.contains(next)
    }

    static let leaveAfterCallingIt: WordSet = [
        "quits", "quit", "now", "here", "there", "for", "today", "tonight", "early", "off", "then", "lol", "guys",
        "y'all", "folks", "thanks", "thx", "ok", "okay", "good", "done", "night", "day",
    ]

    /// Particles that make a verb of leaving another verb ("go over", "run through").
    static let phrasalParticles: WordSet = [
        "over", "through", "thru", "back", "into", "along", "against", "beyond", "deeper", "further",
    ]

    /// Spans of time that "between" can mean the gap of ("between sessions").
    static let timeSpans: WordSet = [
        "session", "sessions", "meetings", "appointments", "visits", "groups", "weeks", "days", "calls",
    ]

    /// Words for someone other than the learner or the tutor, who can be quoted.
    static let thirdParties: WordSet = [
        "he", "she", "they", "him", "her", "them", "client", "clients", "patient", "patients", "mom", "dad",
        "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "partner", "family",
        "judge", "officer", "guy", "man", "woman", "lady", "girl",
        // (round 29) "a fella in group asked me straight out if…": someone in the learner's story.
        "fella", "fellow", "somebody", "someone", "kid", "friend", "boss", "coworker",
    ]
    /// Verbs that introduce what someone said or did.
    static let reportingVerbs: WordSet = [
        "said", "says", "saying", "told", "tells", "telling", "asked", "asks", "asking", "answers", "answered",
        "replied", "replies", "texted", "texts", "wrote", "writes", "yelled", "shouted", "rolled",
    ]

    /// Whether a cue at `i` is inside what a third party said: a reporting verb comes at or
    /// before it, and a third party before the verb ("she told me she's done", "he asked me").
    func isReportedSpeech(_ tokens: [Token], before i: Int) -> Bool {
        guard let verb = tokens[...i].lastIndex(where: { Self.reportingVerbs.contains($0.word) }) else {
            return false
        }
        return tokens[..<verb].contains { Self.thirdParties.contains($0.word) }
    }

    /// Sums the cues by intent. A cue made of a concept's own name ("motivation",
    /// "outcome research") is not a cue; two concepts set side by side are compared.
    func scoreIntents(_ scan: inout CueScan, terms: TermScan, tokens: [Token]) -> IntentScores {
        var intents = IntentScores()
        let opened = headedOpeners(scan, terms: terms, tokens: tokens)
        let inner = actsAskedAbout(scan, tokens)
        let hedged = Self.hedgesOnOwnQuestion(tokens)
        let announced = Self.announcedOwnQuestion(tokens)
        for (h, hit) in scan.hits.enumerated() where !opened.contains(h) && !inner.contains(h) {
            // "if it isn't too basic a question": the learner judging their own question asks
            // nothing; "what do I do different" compares nothing; "grinding harder" is how
            // someone acts, not a request for a harder question. (round 23) Nor is "quick q
            // but…" a quiz asked (`Matcher+QuestionPreface.swift`), nor "on my flashcards",
            // where a named term was met, a request to study.
            if hit.span.allSatisfy({ hedged.contains(tokens[$0].clause) })
                || hit.intent == .quiz && hit.span.contains(where: announced.contains)
                    && hit.span.allSatisfy({ announced.contains($0) || !tokens[$0].isContent })
                || [.quiz, .studyAdvice].contains(hit.intent) && terms.ranked.count >= 1
                    && hit.span.allSatisfy({ Self.studyMaterialAsPlace(tokens, at: $0) })
                || hit.intent == .compare && hit.span.contains(where: { Self.doneDifferently(tokens, at: $0) })
                // (round 29) "whats a boundary crossing. sounds like paperwork talk to me": a remark
                // (`Matcher+RemarkAfterAsking.swift`).
                || hit.intent == .example && Self.remarksSoundsLike(tokens, at: hit.span.lowerBound)
                // (round 29) "how do I get a nervous client to trust me": the client's feeling
                // (`Matcher+FeelingOfAnother.swift`).
                || hit.intent == .feelings && Self.feelingDescribesAnother(tokens, span: hit.span)
                || Self.requests.contains(hit.intent) && hit.span.count == 1
                    && Self.comparesAnAct(tokens, at: hit.span.lowerBound)
            {
                continue
            }
            // A wildcard's words are the line's: only the cue's own words can be a concept's name.
            // That holds of a gap inside one clause with no negator: "isnt a problem, his wife
            // just…" and "a partner and not just…" are no "is X just Y".
            let oneClause =
                hit.span.allSatisfy { tokens[$0].clause == tokens[hit.span.lowerBound].clause && !tokens[$0].isNegator }
            let literal = oneClause ? hit.literal : nil
            let content = hit.span.filter { tokens[$0].isContent && literal?.contains(tokens[$0].stem) != false }
            // A long, strong cue asks even when a term uses its word ("what effect does the
            // alliance have on…"): only a weaker one can be a concept's own name.
            let strong = hit.score >= tuning.reservingCueWeight && hit.span.count >= 2
            // Nor is a cue said in the first person ("questions i could ask"): no concept's
            // name has "i" in it, so the learner asks with it even where a term took its verb.
            let personal = hit.span.count >= 3 && hit.span.contains { ["i", "we"].contains(tokens[$0].word) }
            if !strong && !personal && !content.isEmpty && content.allSatisfy({ terms.claimed[$0] != nil }) {
                for k in hit.span {
                    scan.covered[k] = scan.hits.contains { $0.span.contains(k) && $0.span != hit.span }
                }
                continue
            }
            intents.add(hit.intent, hit.score, order: hit.order, evidence: hit.label)
            intents.cued.append(hit.intent)
        }
        // "how do i tell discord from sustain talk", "what distinguishes a crossing from a
        // violation": a verb of telling apart, a thing named, "from", another thing named.
        if tellsApart(terms, tokens) {
            intents.add(
                .compare, tuning.namedAgainstCompare, order: 0,
                evidence: "a verb of telling apart, one thing named on each side of 'from' → compare")
        }
        if asksWhetherOneCan(tokens) {
            intents.add(
                .explain, tuning.whetherOneCanWeight, order: Intent.allCases.count,
                evidence: "'can you <verb>' about anyone → explain")
        }
        // "CRAFT vs the family's guilt trips, why does one work", "does MI work better than
        // getting in his face": a concept named on each side of the word that sets them against
        // each other is a comparison, whatever the rest of the question asks.
        // A request to be quizzed on the two ("quiz me on sympathy versus empathy") stays one;
        // "why is the alliance more important than insurance" asks the reason for a claim.
        if terms.ranked.count >= 2, tokens.first?.word != "why",
            !scan.hits.contains(where: { [.quiz, .hint].contains($0.intent) }),
            let hit = scan.hits.first(where: { hit in
                hit.intent == .compare && hit.span.contains { Self.againstWords.contains(tokens[$0].word) }
            }),
            let before = (0..<hit.span.lowerBound).compactMap({ terms.claimed[$0] }).last,
            (hit.span.upperBound..<tokens.count).contains(where: { terms.claimed[$0].map { $0 != before } ?? false })
        {
            intents.add(
                .compare, tuning.namedAgainstCompare, order: 0,
                evidence: "a concept on each side of '\(tokens[hit.span.lowerBound].word)…' → compare")
        }
        // "X or Y", "more than", "is X the Y?"
        if terms.ranked.count >= 2 {
            let words = Set(tokens.map(\.word))
            let first = tokens.first?.word ?? ""
            // An "or" that opens a question of its own ("… over zoom or is that a myth", "or
            // not") asks whether, and sets nothing side by side.
            // Nor does an "or" with a concept named on one side only ("is there one alliance or
            // two?").
            let alternatives = tokens.indices.contains { i in
                guard tokens[i].word == "or",
                    !(i + 1 < tokens.count && Self.orQuestionOpeners.contains(tokens[i + 1].word))
                else { return false }
                let before = Set((0..<i).compactMap { terms.claimed[$0] })
                return !before.isEmpty
                    && (i..<tokens.count).contains { p in terms.claimed[p].map { !before.contains($0) } ?? false }
            }
            if alternatives || words.contains("than") || words.contains("which")
                || ["is", "are", "isn't", "isnt", "was"].contains(first)
            {
                intents.add(
                    .compare, tuning.juxtapositionCompare, order: 0, evidence: "two concepts side by side → compare")
            }
            // "…, insurance coverage or the alliance": offered as alternatives in a question, they
            // are weighed ("which is worse…", "is it X or Y"); in a statement (an answer that
            // names both) they are not.
            let asks =
                words.contains("which") || words.contains("whether")
                || Self.auxiliaries.contains(first) || Self.questionWords.contains(first)
            if asks, let sides = alternativeSides(terms, tokens) {
                intents.add(
                    .compare, tuning.alternativesCompare, order: 0, evidence: "two concepts as alternatives → compare")
                // "What keeps clients longer, family pressure or the alliance": a question, then a
                // clause of the two alternatives alone, weighs them whatever the question's
                // opener asks.
                if let or = tokens.firstIndex(where: { Self.alternativeWords.contains($0.word) }),
                    tokens[or].clause > tokens[0].clause,
                    tokens.indices.allSatisfy({ p in
                        tokens[p].clause != tokens[or].clause || !tokens[p].isContent
                            || [sides.0, sides.1].contains(terms.claimed[p] ?? -1)
                    })
                {
                    intents.add(
                        .compare, tuning.alternativesCompare, order: 0,
                        evidence: "a clause of the two alternatives alone → compare")
                }
            }
        }
        return intents
    }

    /// What a compare cue's label holds when it asks what sets two things apart, not whether
    /// they are one ("differ", "distinct", "line between", "telling apart").
    static let wordsOfDifference = ["differ", "distin", "apart", "line between", "separ"]

    /// Verbs of telling two things apart ("tell X from Y", "distinguish X from Y").
    static let tellingApartVerbs: WordSet = [
        "tell", "telling", "distinguish", "distinguishes", "distinguishing", "differentiate", "differentiates",
        "differentiating", "separate", "separates", "separating", "discern",
    ]

    /// Whether a verb of telling apart is followed, in its clause, by a thing named, "from",
    /// and a thing named after it: another concept, or another of one concept's terms.
    func tellsApart(_ terms: TermScan, _ tokens: [Token]) -> Bool {
        guard let v = tokens.firstIndex(where: { Self.tellingApartVerbs.contains($0.word) }),
            let from = tokens[(v + 1)...].firstIndex(where: { $0.word == "from" }),
            tokens[v..<from].allSatisfy({ $0.clause == tokens[v].clause }),
            let before = (v + 1..<from).compactMap({ terms.claimed[$0] }).last
        else { return false }
        let after = (from + 1..<tokens.count).filter { tokens[$0].clause == tokens[from].clause }
            .compactMap { terms.claimed[$0] }
        return after.contains { $0 != before } || after.contains(before) && namesTwoOfItsTerms(before, terms)
    }

    /// Whether the line names the concept by two of its terms, neither inside the other
    /// ("boundary crossing" and "boundary violation", "reflection of feeling" and "paraphrase").
    func namesTwoOfItsTerms(_ concept: Int, _ terms: TermScan) -> Bool {
        let own = terms.named.filter { $0.concept == concept }.map { Set($0.stems) }
        return own.indices.contains { i in
            own.indices.contains { j in i < j && !own[i].isSubset(of: own[j]) && !own[j].isSubset(of: own[i]) }
        }
    }

    /// Whether a cue at `i` opens the line: within the first few words, with only small words
    /// (no negator) before it. Such a cue weighs more, and a question it opens holds the case told after it.
    func opensLine(at i: Int, _ tokens: [Token]) -> Bool {
        i <= tuning.cueStartWindow
            && tokens[..<i].allSatisfy { ($0.isStop || Self.fusedOpeners.contains($0.word)) && !$0.isNegator }
    }

    /// A question word fused with its "is" as typed fast ("whats the correlation…"): as
    /// small a word as "what's", so a cue after it still opens the line.
    static let fusedOpeners: WordSet = ["whats", "wats", "wuts", "whatre", "hows", "whys", "wheres", "whos"]

    /// Words of the conversation that a question opening the line asks about, not acts of
    /// the learner's: a feeling told in the question's case ("how do i stay genuine when im
    /// nervous", "what should i say if i feel stuck") or a greeting or goodbye the learner means to
    /// say to a client ("how do i say goodbye to a client at our final session"). Their
    /// hits are set aside (their indices) when a question of the work starts the line.
    func actsAskedAbout(_ scan: CueScan, _ tokens: [Token]) -> Set<Int> {
        let spoken: Set<Intent> = [.feelings, .goodbye, .greeting, .thanks]
        // (round 24) "got a client from haiti and i know nothin about it, how do i not mess this
        // up": a feeling's words inside a how-to question that opens a later clause of its own
        // are that question's object too.
        let clauseQuestions = questionsOpeningAClause(scan, tokens)
        let feltInAQuestion = Set(
            scan.hits.indices.filter { h in
                let hit = scan.hits[h]
                return hit.intent == .feelings
                    && clauseQuestions.contains {
                        $0.upperBound <= hit.span.lowerBound
                            && tokens[$0.lowerBound..<hit.span.upperBound].allSatisfy {
                                $0.clause == tokens[hit.span.lowerBound].clause
                            }
                    }
            })
        guard
            let question = scan.hits.filter({ $0.intent == .howTo && opensLine(at: $0.span.lowerBound, tokens) })
                .map(\.span.upperBound).min()
        else { return feltInAQuestion }
        return feltInAQuestion.union(
            scan.hits.indices.filter { h in
                let hit = scan.hits[h]
                // A cue with a gap may start inside the question ("how do i stay… when im
                // nervous" is "i * nervous"): its last word is where it is said.
                guard spoken.contains(hit.intent), hit.span.upperBound > question else { return false }
                let before = tokens[question..<(hit.span.upperBound - 1)]
                let said =
                    hit.intent != .feelings && hit.span.lowerBound >= question
                    && Self.sayingVerbs.contains(tokens[hit.span.lowerBound - 1].word)
                // "how do counselors keep from getting burnt out": a feeling said of someone
                // else, named before it in its clause, is theirs, asked about, not the learner's.
                let clause = tokens[hit.span.upperBound - 1].clause
                let theirs =
                    hit.intent == .feelings
                    && tokens[..<hit.span.lowerBound].contains {
                        $0.clause == clause
                            && (Self.othersActing.contains($0.word) || Self.thirdParties.contains($0.word))
                    }
                    && !tokens[hit.span].contains { Self.firstPerson.contains($0.word) }
                return said || theirs || before.contains { Self.subordinators.contains($0.word) }
            })
    }

    /// The spans of "how do I" cues that open a clause after the first ("…, how do i not mess
    /// this up"): only small words before them in their clause.
    func questionsOpeningAClause(_ scan: CueScan, _ tokens: [Token]) -> [Range<Int>] {
        scan.hits.filter { hit in
            let i = hit.span.lowerBound
            guard hit.intent == .howTo, hit.span.count >= 3, tokens[i].word == "how", i > 0 else { return false }
            let clause = tokens[i].clause
            return clause > tokens[0].clause
                && tokens[..<i].allSatisfy { $0.clause != clause || $0.isStop && !$0.isNegator }
        }.map(\.span)
    }

    /// Words that open a clause of circumstance: what follows is the case, not the question.
    static let subordinators: WordSet = ["when", "whenever", "if", "while", "because", "since", "cuz", "bc"]
    /// Verbs whose object is the words said ("say goodbye", "tell them hi").
    static let sayingVerbs: WordSet = ["say", "saying", "said", "tell", "telling", "wish", "bid", "wave"]

    /// "What's a good example of…", "what is the reason…": a "what is" opener asks for the
    /// noun that follows it, when that noun is another intent's cue a few words on with no
    /// concept between. The opener's define hits are then set aside (their indices).
    func headedOpeners(_ scan: CueScan, terms: TermScan, tokens: [Token]) -> Set<Int> {
        let openers = scan.hits.indices.filter { i in
            scan.hits[i].intent == .define && scan.hits[i].span.lowerBound <= tuning.cueStartWindow
                && (["cue 'what is'", "cue 'what ar'", "cue 'what wa'"].contains(scan.hits[i].label.prefix(13))
                    // "whats the point of…", typed as one word.
                    || scan.hits[i].label.hasPrefix("cue 'what' ")
                        && ["whats", "what's", "wats", "wuts"].contains(tokens[scan.hits[i].span.lowerBound].word))
        }
        guard let end = openers.map({ scan.hits[$0].span.upperBound }).max() else { return [] }
        let headed = scan.hits.contains { hit in
            hit.intent.isContent && hit.intent != .define && hit.intent != .compare && !hit.label.contains("*")
                && hit.span.contains { !tokens[$0].isStop }
                && hit.span.lowerBound >= end && hit.span.lowerBound <= end + tuning.headNounWindow
                && !(end..<hit.span.lowerBound).contains { terms.claimed[$0] != nil }
        }
        return headed ? Set(openers) : []
    }

    /// The intent the cues vote for and how sure the vote is; with no cue, `define`.
    /// A compare needs two things, unless the concept is itself a comparison.
    /// A line that points back ("how is it different from empathy?", "the two") compares
    /// what it names with what was just discussed.
    /// A line that names one concept by two of its own terms and asks what tells them apart
    /// ("what distinguishes a boundary crossing from a boundary violation") sets the two side
    /// by side as two concepts would (`splitsOne`). (Whether two of its names are the same
    /// thing, "is client centered the same as person centered", asks what the one concept is.)
    func chooseIntent(_ intents: IntentScores, ranked: [Int], pointsBack: Bool, splitsOne: Bool = false) -> (
        intent: Intent, confidence: Double
    ) {
        let sorted = intents.sorted
        guard let top = sorted.first else {
            return (.define, ranked.isEmpty ? tuning.noCueUnnamedConfidence : tuning.noCueNamedConfidence)
        }
        var intent = top.key
        let second = sorted.count > 1 ? sorted[1].value : 0
        let confidence = min(1, 0.5 + 0.5 * (top.value - second) / max(top.value, 1))
        if pointsBack && ranked.count < 2 && intent.isContent
            && (intents.scores[.compare] ?? 0) >= tuning.pointingBackCompareMin
        {
            return (.compare, confidence)
        }
        if intent == .compare && ranked.count < 2 && !pointsBack {
            let isComparison = ranked.first.map { !contrastSides[$0].isEmpty } ?? false
            // "reflective listening, is that just parroting?", "is open communication just like
            // being honest": one thing named and the learner's own gloss of it, set beside it
            // only by "just", asks what the thing is (the gloss is no second concept).
            if !isComparison, ranked.count == 1, intents.compareOnlyByJust {
                return (.define, confidence)
            }
            if splitsOne,
                intents.evidence.contains(where: { e in
                    e.hasSuffix("→ compare") && Self.wordsOfDifference.contains { e.contains($0) }
                })
            {
                return (intent, confidence)
            }
            if !isComparison, let next = sorted.dropFirst().first(where: { $0.key.isContent }),
                next.value >= tuning.compareAlternativeMin
            {
                intent = next.key
            } else if !isComparison && top.value < tuning.compareAlternativeMin {
                // One thing named and only a weak sign of contrast ("he sells his suboxone
                // instead of taking it"): a case told, not a comparison.
                intent = sorted.dropFirst().first(where: { $0.key.isContent })?.key ?? .define
            }
        }
        return (intent, confidence)
    }

    /// Two readings the vote alone gets wrong: a quiz asked harder or easier ("hit me with
    /// something tougher") is that request; and a content question that names nothing and
    /// points at nothing, beside a clear request of the conversation's own ("is there anything
    /// I should focus on before the exam"), is that request.
    func refineIntent(
        _ chosen: (intent: Intent, confidence: Double), _ intents: IntentScores, named: Bool, guessed: Bool = false,
        tokens: [Token]
    ) -> (intent: Intent, confidence: Double) {
        let score = { (i: Intent) in intents.scores[i] ?? 0 }
        // "why is self-care an ethical duty rather than a personal choice", "why do clients call
        // instead of going silent": a why-question whose only sign of contrast is the way not
        // taken asks for the reasons, not for a comparison.
        let why = tokens.prefix(2).contains { $0.word == "why" }
        let contrasts = intents.evidence.filter { $0.hasSuffix("→ compare") }
        if chosen.intent == .compare, why, !contrasts.isEmpty,
            contrasts.allSatisfy({ e in ["'rather than'", "'instead of'", "side by side"].contains { e.contains($0) } })
        {
            return (.explain, chosen.confidence)
        }
        // "cheers, I'm off", "thanks, see you tomorrow": thanks said on the way out take
        // leave; the goodbye is the act (its reply thanks the learner too).
        if chosen.intent == .thanks, score(.goodbye) >= tuning.thanksThenLeavingMin {
            return (.goodbye, chosen.confidence)
        }
        if chosen.intent == .quiz, let level = [Intent.harder, .easier].max(by: { score($0) < score($1) }),
            score(level) >= tuning.requestOverContentMin
        {
            return (level, chosen.confidence)
        }
        // "exam in 2 weeks. study what first?", "how would you suggest i prepare?": the
        // learner's own studying asked about, with no concept named, is a request for study
        // advice whatever question word asks it.
        if chosen.intent.isContent, !named || guessed, Self.asksAboutOwnStudying(tokens) {
            return (.studyAdvice, chosen.confidence)
        }
        // (round 23) "how should I best prepare in the final week, given my weak areas": how to
        // study, asked of the learner's own weak spots, is study advice; the weak areas are what
        // the advice starts from, not a request for the record (`Matcher+StudyHow.swift`).
        if chosen.intent == .progress, Self.asksHowToStudy(tokens) {
            return (.studyAdvice, chosen.confidence)
        }
        // A question about clients ("tips for getting clients to be honest with me") asks about
        // the work, not the studying, whatever words it shares with a request.
        // (round 22) "the two weeks I have left": "two" before a word of its own counts that
        // word's things, it points back at nothing.
        let pointer = { (i: Int) in
            Self.anaphora.contains(tokens[i].word)
                && !(tokens[i].word == "two" && i + 1 < tokens.count && tokens[i + 1].isContent
                    && tokens[i + 1].clause == tokens[i].clause)
        }
        guard chosen.intent.isContent, !named, !tokens.indices.contains(where: pointer),
            !tokens.contains(where: { ["client", "clients", "patient", "patients"].contains($0.word) }),
            let request = intents.sorted.first(where: { !$0.key.isContent }),
            request.value >= tuning.requestOverContentMin
        else { return chosen }
        return (request.key, chosen.confidence)
    }

    /// Whether the line asks about the learner's own studying: a verb of studying said of the
    /// learner ("i prepare", "should i review") or asked of directly ("study what first",
    /// "study first?"), and no client or third party whose preparation it could be.
    static func asksAboutOwnStudying(_ tokens: [Token]) -> Bool {
        let studying: Set<String> = [
            "study", "studying", "prepare", "preparing", "prep", "prepping", "revise", "revising", "cram", "cramming",
            "review", "reviewing", "revision",
        ]
        // "my study time", "my review": the learner's own studying, named as a thing.
        let before: Set<String> = ["i", "to", "should", "we", "i'll", "ill", "must", "gotta", "my"]
        let after: Set<String> = ["what", "which", "first", "next", "for", "now"]
        let asked = tokens.indices.contains { i in
            studying.contains(tokens[i].word)
                && (i > 0 && before.contains(tokens[i - 1].word)
                    || i + 1 < tokens.count && after.contains(tokens[i + 1].word))
        }
        return asked && !tokens.contains { thirdParties.contains($0.word) || storyPeople.contains($0.word) }
    }

    /// Adverbs of emphasis a learner slips into a phrase without changing what it asks. ("Really",
    /// "even" and "ever" are left out: they are words of their own in too many phrases.)
    static let emphasis: WordSet = [
        "actually", "literally", "honestly", "realistically",
    ]

    /// In a question put to the tutor about itself or the learner, "really" and "even" are
    /// emphasis too ("what do you even teach", "how am i really doing").
    static let tutorQuestionEmphasis: WordSet = emphasis.union(["really", "even", "exactly", "basically"])

    /// "makes sense, but how do i actually do it…", "thanks! how do i…", "that helped, can you
    /// say a little more": an acknowledgement
    /// that opens the line, then a question in a clause of its own. The question is what the
    /// line asks; the acknowledgement only had the start of the line's bonus.
    func questionAfterAcknowledging(
        _ chosen: (intent: Intent, confidence: Double), _ intents: IntentScores, cues: CueScan, tokens: [Token]
    ) -> (intent: Intent, confidence: Double) {
        guard [.thanks, .greeting].contains(chosen.intent),
            let ack = cues.hits.filter({ $0.intent == chosen.intent }).map(\.span)
                .min(by: { $0.lowerBound < $1.lowerBound }),
            let question = cues.hits.filter({
                ($0.intent.isContent || Self.requests.contains($0.intent)) && $0.score >= tuning.requestOverContentMin
                    && $0.span.lowerBound >= ack.upperBound
                    && tokens[$0.span.lowerBound].clause > tokens[ack.upperBound - 1].clause
            }).max(by: { $0.score < $1.score }),
            intents.cued.contains(question.intent)
        else { return chosen }
        return (question.intent, chosen.confidence)
    }

    /// The end index (exclusive) of a cue matched at `i`, or nil.
    /// A cue of a question put to the tutor about what it teaches or how the learner is doing,
    /// opening on a question word ("what do you teach", "how am i doing"). (Not a request for
    /// help or study advice: "can you even help" doubts rather than asks; on a blind test set
    /// letting those cues through cost a session's line.)
    static func asksTheTutorAQuestion(_ cue: Cue) -> Bool {
        (cue.intent == .topics || cue.intent == .progress)
            && tutorQuestionOpeners.contains(cue.stems.first.flatMap { $0 } ?? "")
    }

    static let tutorQuestionOpeners: WordSet = ["what", "how", "which", "where", "can", "do"]

    /// Whether a cue whose first word is at `i` can have its second word where `matchCue`
    /// would look for it: next, or one word on past an adverb of emphasis. Most cues that
    /// open on a common word ("what", "how", "can") fail there, and this asks it without the
    /// whole match. (Cues with no fixed second word, "with" (a texter's "w") or "what is" (a
    /// fused "whats") are left to `matchCue`.)
    /// `second` is the cue's `secondWord(of:)`, looked up in `cueSecondWords`.
    @inline(__always)
    func secondWordCanFollow(_ second: String?, _ tokens: [Token], at i: Int) -> Bool {
        guard let second else { return true }
        return i + 1 < tokens.count && tokens[i + 1].stem == second
            || i + 2 < tokens.count && tokens[i + 2].stem == second
    }

    /// The second word `secondWordCanFollow` asks of a cue with these stems, or nil when the
    /// cue may follow any word.
    static func secondWord(of stems: [String?]) -> String? {
        guard stems.count >= 2, let second = stems[1], second != "with", !(second == "is" && stems[0] == "what")
        else { return nil }
        return second
    }

    func matchCue(_ cue: Cue, _ tokens: [Token], at i: Int) -> Int? {
        let wildcard = tuning.wildcardWords
        func go(_ ci: Int, _ ti: Int) -> Int? {
            if ci == cue.stems.count { return ti }
            // "whats going on w him": a fused "whats" is the cue's "what is" (in a cue of three
            // words or more, with no gap: "whats a good reply sound like" is no "what is * like"),
            // and a texter's "w" between words its "with".
            if ci == 1, cue.stems.count >= 3, cue.stems[0] == "what", cue.stems[1] == "is", ti > 0,
                !cue.stems.contains(nil),
                Self.fusedWhat.contains(tokens[ti - 1].word)
            {
                return go(2, ti)
            }
            guard let s = cue.stems[ci] else {
                for skip in 1...wildcard where ti + skip <= tokens.count {
                    if let end = go(ci + 1, ti + skip) { return end }
                }
                return nil
            }
            guard ti < tokens.count else { return nil }
            // "what actually keeps…", "what would i literally say", "what do i honestly tell": an
            // adverb of emphasis inside a question's cue (after its first word) leaves it the
            // same cue. (A request's is part of it: "i'm really listening" is no "i'm listening".)
            // So does a question to the tutor about itself or the learner ("what do you actually
            // teach", "how am i really doing").
            // (The word comparisons first: this runs for every cue at every word.)
            let same = tokens[ti].stem == s
            if !same, ci > 0, cue.stems[ci - 1] != nil, ti + 1 < tokens.count, tokens[ti + 1].stem == s,
                cue.intent.isContent && Self.emphasis.contains(tokens[ti].word)
                    || Self.asksTheTutorAQuestion(cue) && Self.tutorQuestionEmphasis.contains(tokens[ti].word)
            {
                return go(ci, ti + 1)
            }
            guard same || s == "with" && tokens[ti].word == "w" && ti > 0
            else { return nil }
            // A two-letter greeting or thanks is a word of its own: "hi" is not "his".
            if cue.stems.count == 1 && s.count <= 2 && !cue.intent.isContent && tokens[ti].word != s { return nil }
            // Nor is a small word a one-word greeting or thanks that stems like it: "even" is
            // not "evening".
            if cue.stems.count == 1 && !cue.intent.isContent && tokens[ti].isStop { return nil }
            // Nor is "helping" asking for help or thanking: the word as a verb of the line
            // ("family helping recovery").
            if cue.stems.count == 1 && [.help, .thanks].contains(cue.intent) && tokens[ti].word.hasSuffix("ing") {
                return nil
            }
            return go(ci + 1, ti + 1)
        }
        return go(0, i)
    }
}
