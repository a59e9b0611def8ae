/// Round 30: a short line said inside a conversation that names nothing in the knowledge
/// base, which the matcher, reading it alone, put out of scope (or took for something it
/// does not say). Read against the conversation, it leans on the turn before:
///
/// - after an answer, a request whose cue words ask for a case, how to act or why ("Kindly
///   give an example of each.", "so if a client asks am i sober what do i say", "how do I
///   build one when the office is noisy", "it happens to me with my boss's type. what now")
///   asks it of the topic just discussed. The line names nothing, points back (a pronoun,
///   "one", "each") or tells a case in the counselor's words (a client, someone), and says
///   nothing of another field: a line the matcher put out of scope for another field's word,
///   or one announcing a change of subject ("unrelated, but…"), stays out;
/// - while a question is open, a request for "something nastier", "a more rigorous one", "a
///   smaller question" asks for a harder or an easier question, by the comparative's side;
/// - after an answer, a line that only says the learner now understands ("very clear",
///   "now it is clear to me", "I understand it now"), whatever word of another language
///   opens it ("Grazzi, very clear"), is the learner's thanks.
///
/// Each reads a shape (where the line sits, what it points at, a comparative beside "one" or
/// "something", an understanding said), not any one language's words.
extension Tutor {
    /// The line read against the conversation, or nil when none of the shapes above fits.
    /// `read` is the matcher's reading, `match` the follow-up rules' (both out of scope, or
    /// the follow-up rules' guess at a line that only says it is understood).
    func readAgainstTheConversation(
        _ read: MatchResult, _ match: MatchResult, _ analysis: Analysis, _ state: TutorState
    )
        -> MatchResult?
    {
        if let difficulty = difficultyAskedByAComparative(match, analysis, state) { return difficulty }
        if let thanks = understandingSaidAfterAnAnswer(read, match, analysis, state) { return thanks }
        return requestOfTheTopicPutOutOfScope(match, analysis, state)
    }

    // MARK: a request of the topic that names nothing

    /// Words that point back at what was just discussed.
    static let pointingBack: WordSet = [
        "it", "that", "this", "those", "these", "them", "one", "ones", "each", "both", "his", "her", "their", "its",
    ]
    /// Words that tell a case in the counselor's words: someone the counselor works with.
    static let peopleOfTheWork: WordSet = [
        "client", "clients", "patient", "patients", "someone", "somebody", "person", "guy", "he", "she", "they",
        "him", "counselor", "counsellor", "therapist",
    ]
    /// The learner's own people and things: a case of their own life, not of the work.
    static let ownLifeMarks: WordSet = ["my", "mine"]

    /// "Kindly give an example of each." after a comparison; "so if a client asks am i in
    /// recovery what do i say" after self-disclosure: out of scope only because it names
    /// nothing, a request cued by its own words (a case, how to act, why) leans on the topic.
    func requestOfTheTopicPutOutOfScope(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState)
        -> MatchResult?
    {
        guard match.intent == .outOfScope, match.concepts.isEmpty, !match.basis.otherSense, state.open == nil,
            let previous = state.lastAnswer,
            [.define, .explain, .howTo, .compare, .example, .simpler, .more].contains(previous.intent),
            let topic = state.lastConcept, changesTheSubject(match, analysis) == nil,
            (match.basis.unknownWhenUnnamed ?? 0) <= matcher.tuning.followUpUnknownMax + 1,
            let asked = [Intent.example, .howTo, .explain].first(where: match.basis.cued.contains)
        else { return nil }
        let words = analysis.tokens.map(\.word)
        guard words.count <= 18, !Self.marksAnotherSubject(analysis) else { return nil }
        // A why needs a cue of two words or more: one word ("do", "work") cues too little to
        // take a line out of another field. How to act and a case are asked outright.
        guard asked != .explain || match.basis.strongCues.contains(asked) else { return nil }
        let points = words.contains(where: Self.pointingBack.contains)
        // "my cat keeps throwing up what do i do": the learner's own life, with no one of the work.
        let ofTheWork = words.contains(where: Self.peopleOfTheWork.contains)
        let ownLife = words.contains(where: Self.ownLifeMarks.contains) && !ofTheWork
        guard points || ofTheWork, !ownLife || points && words.contains(where: ["it", "one", "each"].contains)
        else { return nil }
        // "An example of each" of a comparison: both of its sides.
        let both = words.contains(where: ["each", "both"].contains) && previous.concepts.count == 2
        var read = match.settled(on: both ? previous.concepts : [topic], as: asked)
        read.confidence = 0.6
        read.isFollowUp = true
        read.evidence.append(
            "follow-up: a request out of scope only for naming nothing → \(asked.rawValue) of the topic")
        return read
    }

    /// Words that mark a line's first clause as a turn to another subject ("unrelated, but…",
    /// "btw …", "random q …", "speaking of which, …", "side note: …").
    static let anotherSubjectMarks: WordSet = [
        "unrelated", "random", "btw", "offtopic", "tangent", "different", "separate", "speaking", "talking", "side",
    ]

    /// Whether the line's first clause marks a turn to another subject, even with a pronoun
    /// after it ("unrelated, but how do i patch it when a tyre goes flat").
    static func marksAnotherSubject(_ analysis: Analysis) -> Bool {
        guard let first = analysis.tokens.first else { return false }
        return analysis.tokens.prefix { $0.clause == first.clause && $0.sentence == first.sentence }.prefix(4)
            .contains { anotherSubjectMarks.contains($0.word) }
    }

    // MARK: a harder or easier question asked by a comparative

    /// Comparatives on the easier side; any other beside "something" or "one" asks harder.
    static let easierSide: WordSet = [
        "easier", "simpler", "smaller", "shorter", "lighter", "gentler", "softer", "plainer", "basic", "less", "easy",
        "simple", "gentle", "softball",
    ]
    /// Words ending in "-er" that are no comparative.
    static let notComparatives: WordSet = [
        "other", "another", "never", "ever", "over", "under", "after", "rather", "whether", "answer", "either",
        "neither", "counselor", "counsellor", "matter", "later", "number", "remember", "paper", "better", "order",
        "together", "water", "sober", "member", "however", "whatever", "wonder", "offer", "power", "father",
        "mother", "brother", "sister", "teacher", "partner", "danger", "anger", "letter", "cover", "computer",
        "upper", "quicker", "faster", "sooner", "longer",
    ]
    /// What a question asked for is called.
    static let askedItems: WordSet = ["something", "one", "question", "questions", "q", "item", "anything"]

    /// "that one was a gimme, throw me something nastier", "Something more rigorous,
    /// please.", "smaller question please" while a question is open: another question asked
    /// for by how hard it should be.
    func difficultyAskedByAComparative(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState)
        -> MatchResult?
    {
        guard let open = state.open, !open.isOffer, [.outOfScope, .quiz, .more].contains(match.intent),
            match.concepts.isEmpty || match.basis.guessed
        else { return nil }
        let w = analysis.tokens.map(\.word)
        guard w.count <= 12 else { return nil }
        let comparative = { (x: String) in
            x.count >= 5 && x.hasSuffix("er") && !Self.notComparatives.contains(x)
        }
        var side: String?
        // The item is what the line asks for: it opens the line or is handed over ("throw me
        // something", "hit me with one", "a smaller question"), not said inside an answer
        // ("maybe something warmer, like …").
        let handed = { (i: Int) in
            i == 0 || ["me", "a", "an", "us", "with"].contains(w[i - 1])
                || comparative(w[i - 1]) && (i == 1 || ["a", "an", "me"].contains(w[i - 2]))
                || Self.easierSide.contains(w[i - 1]) && (i == 1 || ["a", "an", "me"].contains(w[i - 2]))
                || i >= 2 && ["more", "less"].contains(w[i - 2]) && (i == 2 || ["a", "an"].contains(w[i - 3]))
        }
        for i in w.indices where Self.askedItems.contains(w[i]) && handed(i) {
            // "something nastier", "one more rigorous", "something less tricky".
            if i + 1 < w.count {
                if comparative(w[i + 1]) {
                    side = w[i + 1]
                } else if ["more", "less"].contains(w[i + 1]), i + 2 < w.count,
                    !Self.askedItems.contains(w[i + 2]), !["of", "please", "pls", "time"].contains(w[i + 2])
                {
                    side = w[i + 1] == "less" ? "less" : w[i + 2]
                }
            }
            // "a smaller question", "a more rigorous one".
            if side == nil, i >= 1, w[i] != "something", comparative(w[i - 1]) || Self.easierSide.contains(w[i - 1]) {
                side = w[i - 1]
            }
            if side == nil, i >= 2, w[i] != "something", ["more", "less"].contains(w[i - 2]), w[i - 1].count >= 4 {
                side = w[i - 2] == "less" ? "less" : w[i - 1]
            }
            if side != nil { break }
        }
        guard let side else { return nil }
        let intent: Intent = Self.easierSide.contains(side) ? .easier : .harder
        var read = MatchResult(intent: intent, concepts: [], confidence: 0.8)
        read.evidence =
            match.evidence + ["form: a question asked for by a comparative ('\(side)') → \(intent.rawValue)"]
        read.basis = match.basis
        return read
    }

    // MARK: understanding said after an answer

    /// Words that say the learner sees it now.
    static let clearWords: WordSet = ["clear", "clearer", "clears"]

    /// Whether the words say only that the learner understands now: "very clear", "it is
    /// clear to me now", "clears it up", or what `saysItIsUnderstood` reads.
    static func saysItIsClearOrUnderstood(_ w: [String]) -> Bool {
        guard !w.isEmpty, w.count <= 8, !w.contains(where: understandingDenied.contains) else { return false }
        if saysItIsUnderstood(w) { return true }
        return w.contains(where: clearWords.contains) && !w.contains(where: ["how", "why", "what", "if"].contains)
    }

    /// "Ndatenda, now it is clear to me.", "grazzi, very clear", "now I understand it" right
    /// after an answer, with no question open: the learner's acknowledgment, read as thanks.
    /// An opening word the tutor does not know, set off by a comma or a sentence mark, is the
    /// thanks in the learner's language; the rest must say only that it is understood.
    func understandingSaidAfterAnAnswer(
        _ read: MatchResult, _ match: MatchResult, _ analysis: Analysis, _ state: TutorState
    ) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, !analysis.text.hasSuffix("?"),
            read.intent == .outOfScope || read.intent.isContent && (read.concepts.isEmpty || read.basis.guessed)
        else { return nil }
        var tokens = analysis.tokens
        // The opening word(s) before a comma or a sentence mark, when the tutor does not know them.
        if let first = tokens.first, !first.known || first.corrected {
            let lead = tokens.prefix { $0.clause == first.clause && $0.sentence == first.sentence }
            guard lead.count <= 2, lead.count < tokens.count, lead.allSatisfy({ !$0.known || $0.corrected }) else {
                return nil
            }
            tokens.removeFirst(lead.count)
        }
        var words = tokens.map(\.word)
        while let f = words.first, ["now", "ok", "okay", "oh", "ah", "well", "so", "yes", "right"].contains(f) {
            words.removeFirst()
        }
        guard Self.saysItIsClearOrUnderstood(words) else { return nil }
        var thanks = MatchResult(intent: .thanks, concepts: [], confidence: 0.7)
        thanks.evidence = match.evidence + ["follow-up: only says it is understood now → thanks"]
        thanks.basis = read.basis
        return thanks
    }
}
