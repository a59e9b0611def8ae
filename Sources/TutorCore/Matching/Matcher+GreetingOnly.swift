/// (round 24) A hello that asks nothing. Learners open with a greeting and a word about
/// themselves ("hey there, Glenda here, just got off a long shift stocking lettuce", "Good
/// evening. I suppose, strictly speaking, one ought to start by saying hello."). The line
/// asks no question and requests nothing; its other words tell the learner's day or muse on
/// manners. A word of another field in a clause of its own ("stocking lettuce") is the
/// learner's life, not a subject asked about; and a word that only belongs to one of a
/// concept's synonym groups ("speaking" for open communication) names no topic beside a
/// hello. A concept named by a word of its own name ("hi, empathy?"), a question mark, or any
/// cue of a question ("hi, what is trust") still makes the line a question.
extension Matcher {
    /// Whether the greeting's own cues are said in clauses apart from every word of another
    /// field the line holds, and no cue of the line asks anything.
    func greetsApartFromOtherFields(_ cues: CueScan, tokens: [Token], content: [Int], claimed: [Int: Int]) -> Bool {
        guard !cues.hits.contains(where: { $0.intent.isContent || $0.intent == .help }) else { return false }
        let greeting = Set(cues.hits.filter { $0.intent == .greeting }.map { tokens[$0.span.lowerBound].clause })
        guard !greeting.isEmpty else { return false }
        let covered = Set(cues.hits.flatMap(\.span))
        let other = content.filter { claimed[$0] == nil && !covered.contains($0) && isOffTopic(tokens[$0]) }
        return other.allSatisfy { !greeting.contains(tokens[$0].clause) }
    }

    /// Whether a greeting that names a concept only through a word of its synonym groups, in
    /// a line with no question mark and no cue of a question, is a greeting still.
    func greetsOnly(_ ranked: [Int], intents: IntentScores, terms: TermScan, tokens: [Token], text: String) -> Bool {
        guard !text.contains("?"), !intents.cued.contains(where: { $0.isContent || $0 == .help }) else {
            return false
        }
        return !ranked.isEmpty && !ranked.contains { sharesItsName($0, terms: terms, tokens: tokens) }
    }
}
