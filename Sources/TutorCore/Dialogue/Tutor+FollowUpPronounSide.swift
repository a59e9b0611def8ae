/// Follow-ups where a pronoun is one side and the line names (or describes) the other:
/// "so it's basically the doctor-patient thing, right?" after the alliance weighs the
/// alliance against the distractor the exam sets beside it; "and the counselor version of
/// it?" after transference asks for the topic's counterpart whose own party that is.
extension Tutor {
    /// "Is it just the ethics code in other words", "I might be confusing it with the bond
    /// between a doctor and a patient", "so its basically the doctor patient thing right"
    /// right after the alliance: a line with a word pointing back at the alliance that names
    /// one of the exam's distractors (what the alliance is not) sets the two side by side,
    /// whatever its other cues ask (a rewording, a definition of the distractor). "Why …"
    /// asks why, and is left to the other rules.
    func distractorBesideTheAlliance(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState)
        -> MatchResult?
    {
        guard state.open == nil, state.lastAnswer != nil, state.lastConcept == Self.alliance,
            Self.namesByTerm(match), match.intent != .outOfScope
        else { return nil }
        let named = Set(match.basis.named.map(\.concept))
        let distractors = match.concepts.filter {
            named.contains($0) && kb.concept($0)?.group == Self.distractorGroup
        }
        let words = LineForm.words(analysis)
        let pointing: Set<String> = ["it", "its", "it's", "that", "thats", "that's", "this"]
        guard distractors.count == 1, let distractor = distractors.first, words.first != "why",
            words.contains(where: pointing.contains)
        else { return nil }
        var read = match.settled(on: [Self.alliance, distractor], as: .compare)
        read.isFollowUp = true
        read.evidence.append("follow-up: a distractor named with a pronoun for the alliance → the two weighed")
        return read
    }

    /// The words that name a party of the counseling relationship.
    static let partyWords: [String: String] = [
        "counselor": "counselor", "counsellor": "counselor", "therapist": "counselor", "counselors": "counselor",
        "counselor's": "counselor", "therapist's": "counselor", "helper": "counselor", "client": "client",
        "client's": "client", "clients": "client", "patient": "client", "patient's": "client",
    ]

    /// Words that set two things side by side ("vs the counselor one", "how do they differ").
    static let settingSideBySide: WordSet = [
        "vs", "versus", "compared", "compare", "differ", "differs", "different", "difference", "contrast",
    ]

    /// "And the counselor version of it?", "what about the client side" after one of a pair
    /// (transference and countertransference): "the" + a party + "version/side/one/kind"
    /// picks the one of the topic and its counterpart whose definition names that party
    /// first (the counselor's own reaction is countertransference). Nil when that one is
    /// the topic itself, or the line names another concept by a term. (Round 29) Set beside
    /// the topic ("vs the counselor one", "how do the two differ") it is compared with it.
    func partysVersionOfThePair(
        _ match: MatchResult, _ analysis: Analysis, _ last: String, _ state: TutorState
    ) -> MatchResult? {
        guard state.open == nil else { return nil }
        let words = analysis.tokens.map(\.word)
        let heads: Set<String> = ["version", "side", "one", "kind", "type", "equivalent", "flavor", "form"]
        // "The counselor's version": the tokenizer reads the possessive's "'s" as "is".
        let head = { (j: Int) in
            j < words.count
                && (heads.contains(words[j]) || words[j] == "is" && j + 1 < words.count && heads.contains(words[j + 1]))
        }
        guard
            let i = words.indices.dropLast(2).first(where: {
                words[$0] == "the" && Self.partyWords[words[$0 + 1]] != nil && head($0 + 2)
            }),
            let party = Self.partyWords[words[i + 1]], let other = counterpart(of: last),
            !Self.namesByTerm(match) || match.concepts.allSatisfy({ [last, other].contains($0) })
                || matcher.namesOnlyWeakly(analysis)
        else { return nil }
        let firstMention = { (id: String) -> Int in
            let definition = (self.kb.concept(id)?.definition ?? "").lowercased()
                .split { !$0.isLetter && $0 != "'" }.map(String.init)
            return definition.firstIndex { Self.partyWords[$0] == party } ?? Int.max
        }
        guard firstMention(other) < firstMention(last) else { return nil }
        // (round 29) "And its counterpart on the counselor's side, how do the two differ?": the
        // pair set side by side, the topic and its counterpart.
        if match.intent == .compare,
            Self.refersToBoth(words) || words.contains(where: Self.settingSideBySide.contains)
        {
            var both = match.settled(on: [last, other], as: .compare)
            both.evidence.append("follow-up: the \(party)'s version set beside the topic → compare")
            return both
        }
        let kept: Set<Intent> = [.define, .explain, .howTo, .example]
        var read = match.settled(on: [other], as: kept.contains(match.intent) ? match.intent : .define)
        read.isFollowUp = false
        read.evidence.append("follow-up: the \(party)'s version of the pair → \(other)")
        return read
    }
}

extension Tutor {
    /// "But I thought family messages were bad, what's the difference", "but the book said
    /// family pressure backfires. which is it", "wait i thought family pressure was bad?"
    /// right after an answer: a view the learner held or read, raised against the topic
    /// ("hold on, i heard …" too), sets the concept it names (else the one its words guess)
    /// against the topic. Nil when that concept is the topic itself (a doubt of the topic is
    /// why it holds).
    func viewRaisedAgainstTheTopic(
        _ match: MatchResult, _ analysis: Analysis, _ last: String, _ state: TutorState
    ) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, match.intent.isContent, match.intent != .quiz else {
            return nil
        }
        // (The line's own words: its opening "but" or "wait" is what objects.)
        var words = analysis.tokens.map(\.word)
        while let w = words.first, ["ok", "okay", "hmm", "hm", "um", "so"].contains(w) { words.removeFirst() }
        let pairs = Array(zip(words, words.dropFirst()))
        let whichIsIt = pairs.indices.contains { i in
            pairs[i] == ("which", "is") && i + 1 < pairs.count && pairs[i + 1].1 == "it"
        }
        let reported: Set<String> = ["thought", "said", "says", "read", "heard", "told"]
        let objecting =
            ["but", "wait", "hold", "hang"].contains(words.first ?? "")
            && words.prefix(6).contains(where: reported.contains)
        guard whichIsIt || objecting else { return nil }
        let named = match.basis.named.map(\.concept).filter { $0 != last }
        guard let other = named.first ?? match.basis.guesses.first, other != last,
            !match.concepts.contains(last) || !named.isEmpty
        else { return nil }
        var read = match.settled(on: [last, other], as: .compare)
        read.evidence.append("follow-up: a view raised against the topic → the two weighed")
        return read
    }
}

extension Tutor {
    /// "Which one is more important for success, that or the alliance?", "which keeps them
    /// longer, that or a real bond with the counselor": a pronoun set against what follows
    /// its "or" weighs the topic against the concept named there, whatever else the line's
    /// words name (success, staying in treatment: what the two are weighed by).
    func pronounOrANamed(_ match: MatchResult, _ analysis: Analysis, _ last: String, _ state: TutorState)
        -> MatchResult?
    {
        guard state.open == nil, state.lastAnswer != nil, match.intent.isContent, match.intent != .quiz else {
            return nil
        }
        let words = analysis.tokens.map(\.word)
        let pronouns: Set<String> = ["that", "it", "this", "those", "these", "them"]
        guard let i = words.indices.dropLast().first(where: { pronouns.contains(words[$0]) && words[$0 + 1] == "or" }),
            let other = namedConcept(analysis, from: i + 2), other != last
        else { return nil }
        var read = match.settled(on: [last, other], as: .compare)
        read.evidence.append("follow-up: the topic by a pronoun, or \(other) → the two weighed")
        return read
    }
}
