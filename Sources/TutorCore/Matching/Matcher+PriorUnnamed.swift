/// (round 30) The phrasing prior's concept put first over one the line names, when the line gives
/// the prior's concept no evidence at all: "Please what is a lapse, in the recovery language?"
/// went to the alliance, because lines like it were about that. The prior weighs the words a topic's lines
/// share (the story's people, "why is that a problem", "what is a … in the … language"); a term
/// the line says is what it asks about.
///
/// `keepsItsOwnNamed` kept a concept whose evidence says a word of its own id, its first five
/// letters; a stem the stemmer cut shorter ("laps" of "lapse") escaped it. Such a term keeps its
/// concept here, on the same condition: the prior's concept has no term, no situation and no word
/// of its name in the line, and the line asks what the term is (a story told, "my client thinks
/// I'm reporting everything to her probation officer", is the prior's to weigh). (A term of two words that shares no word with its id, "check box"
/// for compliance against commitment, was tried too: it lost more lines than it won, the
/// prior being right about stories more often than such a term.)
extension Matcher {
    func keepsItsTermOverAnUnnamed(
        _ first: String?, over concept: String, _ result: MatchResult, asked: Intent, _ tokens: [Token]
    ) -> Bool {
        guard let first, asked == .define, result.intent == .define, !tuning.frameConcepts.contains(first),
            !result.basis.guessed
        else { return false }
        let evidenced = { (c: String) in
            result.basis.named.contains { $0.concept == c } || result.basis.told.contains { $0.concept == c }
        }
        guard !evidenced(concept), !saysItsName(concept, tokens) else { return false }
        let terms = result.basis.named.filter { $0.concept == first }
        // A one-word term that is a word of its id, cut short by the stemmer ("laps").
        let own = first.split(separator: "-").map(String.init).filter { $0.count >= 4 }
        return terms.contains { t in
            t.stems.contains { s in s.count >= 4 && own.contains { $0.hasPrefix(s) } }
        }
    }
}
