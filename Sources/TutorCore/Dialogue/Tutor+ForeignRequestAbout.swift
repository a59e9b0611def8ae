/// (round 30) A request put in the learner's first language, then the topic in English after
/// "about" or "on": "Kysy minulta about trust", "Zeptej se mě on confidentiality", "geef me een
/// vraag about setting goals together", "Întreabă-mă about what cultural humility is". The
/// matcher reads the English topic alone (a definition of it) or, for the words it cannot
/// read, puts the line out of scope. The verb is the learner's, not the tutor's to read; what
/// the line does show is its shape: words of no English at the head, nothing the tutor can
/// read in them (no request, courtesy or feeling it knows in any language), then a topic of
/// the course. With no question open the tutor takes it as a request to practise the topic
/// and asks its question; a learner who wanted the explanation asks for it beside the question
/// ("what is X?"), and the question stays open.
extension Tutor {
    /// Links between a request and its topic.
    static let topicLinks: WordSet = ["about", "on", "regarding", "re", "abt", "bout"]

    /// Small English words that may sit in the foreign request ("geef me een vraag").
    static let foreignRequestFillers: WordSet = [
        "me", "us", "a", "an", "one", "some", "please", "pls", "plz", "question", "q", "quiz", "test",
    ]

    /// The line read as a request for a question on the topic after the link, or nil when it
    /// is no such line (an English head, a head the tutor reads, no topic of the course named
    /// by a term after it, or a question mark that makes it a question).
    func foreignRequestToPractise(_ match: MatchResult, _ analysis: Analysis) -> MatchResult? {
        guard [.define, .explain, .outOfScope].contains(match.intent), !analysis.text.contains("?") else { return nil }
        let t = analysis.tokens
        guard let link = t.firstIndex(where: { Self.topicLinks.contains($0.typed) }), link >= 1, link <= 4,
            link + 1 < t.count, t[..<link].allSatisfy({ $0.clause == t[link].clause })
        else { return nil }
        let head = t[..<link]
        // Words of no English: not in the everyday list, not the knowledge base's, not a typo
        // the speller mended. Short words ("se", "ma") may be either; one longer English-looking
        // word beside them may be the language's ("manęs" is spelt as "manes").
        let own = head.filter { !Self.foreignRequestFillers.contains($0.typed) }
        let foreign = own.filter {
            $0.typed.count >= 3 && !$0.known && !$0.corrected && !analyzer.corrector.isEveryday($0.typed)
        }
        let english = own.filter { $0.typed.count >= 4 && !foreign.contains($0) }
        // A lone word of three letters may be an English typo the speller left ("tel me about").
        guard foreign.count >= 2 || foreign.contains(where: { $0.typed.count >= 4 }), english.count <= 1 else {
            return nil
        }
        // The head alone: what the tutor reads in it (a request, thanks, a feeling, in a
        // language the glossary holds) is the line's own, and the matcher has weighed it.
        let headRead = matcher.match(analyzer.analyze(head.map(\.typed).joined(separator: " ")))
        // (A head of words of no table, alone, reads as a greeting by its shape only.)
        guard
            [.outOfScope, .greeting].contains(headRead.intent)
                || headRead.intent.isContent && headRead.basis.cued.isEmpty
        else {
            return nil
        }
        let topic = matcher.match(analyzer.analyze(t[(link + 1)...].map(\.typed).joined(separator: " ")))
        guard topic.intent != .outOfScope, let concept = topic.concepts.first, !topic.basis.guessed else {
            return nil
        }
        var read = MatchResult(intent: .quiz, concepts: [concept], confidence: 0.6)
        read.evidence =
            match.evidence + ["form: a request in another language about a topic, nothing open → quiz on \(concept)"]
        read.basis = topic.basis
        return read
    }
}
