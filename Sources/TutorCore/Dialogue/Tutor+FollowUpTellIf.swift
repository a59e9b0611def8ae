/// Round 28: "how do I tell if …" right after a topic asks how to recognise it in a client.
///
/// "How do I tell if a client is engaged or just going through the motions", "how do i tell if
/// theyre really in it or just nodding along" after client engagement, "how can i tell if a
/// client has it": how a counselor tells whether the topic holds is a question of practice
/// (how-to) about the topic. Two states set against each other with "or" inside the "if"
/// clause are what the counselor tells apart in a client, not a request to compare two
/// concepts; and a pronoun there ("has it") stands for the topic, even when the rest of the
/// line reads as some other concept's situation. "How do I tell clients that" (telling, not
/// telling whether) and "how do I tell which stage they're in" (already a question of
/// practice) are left as they are.
extension Tutor {
    /// The read as a question of recognising the topic; nil when the line is no such question
    /// or already reads as one.
    func recognizingTheTopic(
        _ read: MatchResult, _ match: MatchResult, _ analysis: Analysis, _ state: TutorState
    ) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept,
            [.compare, .howTo, .explain, .define].contains(read.intent), !match.basis.otherSense
        else { return nil }
        let words = LineForm.words(analysis)
        guard Self.asksHowToTellIf(words) else { return nil }
        let named = match.basis.named.map(\.concept)
        let concepts: [String]
        if named.contains(topic) {
            concepts = [topic] + read.concepts.filter { $0 != topic }
        } else if named.isEmpty, words.contains(where: ["it", "that", "this", "one", "them"].contains) {
            concepts = [topic]
        } else {
            return nil
        }
        guard read.intent != .howTo || read.concepts.first != topic else { return nil }
        var resolved = read.settled(on: concepts, as: .howTo)
        resolved.isFollowUp = true
        resolved.evidence.append("follow-up: how to tell whether the topic holds → how-to \(topic)")
        return resolved
    }

    /// Whether the words ask how a counselor tells whether something holds: "how" with an
    /// auxiliary and a person ("how do i", "how can you", "how would a counselor"), a verb of
    /// telling or recognising, then "if" or "whether" ("tell if", "figure out whether").
    static func asksHowToTellIf(_ words: [String]) -> Bool {
        let auxiliaries: Set<String> = ["do", "can", "could", "would", "should", "will", "does", "might"]
        let persons: Set<String> = ["i", "you", "u", "we", "one", "counselors", "counselor", "therapists", "therapist"]
        let telling: Set<String> = [
            "tell", "know", "spot", "see", "recognize", "recognise", "notice", "check", "figure", "judge", "gauge",
            "determine", "sense",
        ]
        guard let h = words.firstIndex(of: "how"), h + 3 < words.count, auxiliaries.contains(words[h + 1]) else {
            return false
        }
        // "How do i", "how would a counselor": the person, after an article at most.
        var p = h + 2
        if ["a", "the"].contains(words[p]) { p += 1 }
        guard p + 1 < words.count, persons.contains(words[p]), telling.contains(words[p + 1]) else { return false }
        return words[(p + 2)...].prefix(2).contains(where: ["if", "whether"].contains)
    }
}
