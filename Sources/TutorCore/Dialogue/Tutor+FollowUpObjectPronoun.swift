/// Round 29: "how do you set them w a client who doesnt care" after shared goals, "how
/// would I build those with a teen who hates being here" after small acts: "how" + a modal +
/// the one who acts + a verb of making or using a thing + "them" (or "those", "these"): the
/// pronoun is the verb's object, the topic just discussed (goals are set, acts are built);
/// the client the line goes on to describe is where it is done, so the concept that client
/// suggests comes second. Only verbs whose object is a thing: "how do I reach them" or "help
/// them" are about the clients; and only with a setting after the pronoun: "how do you
/// measure them" after Bordin's parts asks what measures them.
extension Tutor {
    /// Verbs of making, using or doing a thing (never a person).
    static let thingVerbs: WordSet = [
        "set", "build", "use", "do", "apply", "show", "practice", "practise", "make", "create", "measure",
        "repair", "fix", "start", "establish", "introduce", "bring", "raise", "write", "ask", "phrase", "word",
        "frame", "score", "run", "explain", "spot", "recognize", "recognise", "notice", "handle", "negotiate",
        "agree", "pick", "choose", "word", "give", "offer", "share", "keep", "balance", "hold", "put",
    ]
    static let objectPronouns: WordSet = ["them", "those", "these"]
    /// Words that open where or with whom it is done ("with a client who…", "when he…"):
    /// "how do you measure them" alone asks of its own object.
    static let settingOpeners: WordSet = ["with", "w", "for", "when", "if", "in", "to", "on", "after", "before"]

    /// The topic first, as what the line asks how to do; nil when the line is not so.
    func topicAsTheObjectOfAHowTo(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let last = state.lastConcept,
            [.howTo, .explain].contains(match.intent), match.basis.cued.contains(.howTo), match.concepts.first != last
        else { return nil }
        var w = LineForm.words(analysis)
        while let f = w.first, ["and", "so", "but", "ok", "okay", "then", "well"].contains(f) { w.removeFirst() }
        guard
            w.count >= 7 && w[0] == "how" && ["do", "can", "should", "would", "could", "will"].contains(w[1])
                && ["i", "you", "we", "u", "one"].contains(w[2]) && Self.thingVerbs.contains(w[3])
                && Self.objectPronouns.contains(w[4]) && Self.settingOpeners.contains(w[5])
                // (round 31) "so practically, how would I go about setting them with…".
                || Self.howToDoThemLoosely(w)
        else { return nil }
        // A concept the line names by its own term after the pronoun is its own object
        // ("how do I set them apart from boundaries").
        if Self.namesByTerm(match), match.intent != .outOfScope, !match.basis.named.isEmpty,
            match.concepts.contains(where: { c in match.basis.named.contains { $0.concept == c } })
        {
            return nil
        }
        var read = match.settled(on: [last] + match.concepts.filter { $0 != last }.prefix(1), as: .howTo)
        read.evidence.append("follow-up: them, the object of how to do it → the topic")
        return read
    }
}
