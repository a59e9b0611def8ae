/// (round 31) A pronoun the line itself names after its question: "what even is it tho. the
/// alliance", "how does it work, the safety net?", "why is it so important — trust, I mean". The
/// last part of the line is only a concept's name, set after a question that says "it", "that"
/// or "this": what the pronoun stands for is said in the line, so it leans on nothing before
/// it, and the concept named is the topic (before, the topic just discussed was filled in for
/// the pronoun and put first).
///
/// Only when the named part is a clause or sentence of its own (after a comma, a period or a
/// dash), after the question's clause, and holds nothing but that concept's term and small
/// words ("the", "thing", "I mean").
extension Tutor {
    /// Small words a name said after the question may carry ("the … thing", "I mean").
    static let namedAfterFillers: WordSet = [
        "the", "a", "an", "thing", "stuff", "one", "i", "mean", "tho", "though", "like", "you", "know", "whole",
        "idea", "concept", "bit", "please", "pls",
    ]

    /// The match as it is, settled on the concept named after the question; nil otherwise.
    func namedAfterTheQuestion(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard state.open == nil, match.intent.isContent, match.intent != .compare, match.concepts.count >= 1,
            Self.namesByTerm(match), let named = match.concepts.first,
            let term = match.basis.named.first(where: { $0.concept == named })
        else { return nil }
        let tokens = analysis.tokens
        guard let lastToken = tokens.last else { return nil }
        let tail = tokens.indices.filter {
            tokens[$0].clause == lastToken.clause && tokens[$0].sentence == lastToken.sentence
        }
        guard let start = tail.first, start >= 2 else { return nil }
        let own = Set(term.stems)
        let tailWords = tail.map { tokens[$0] }
        guard tailWords.contains(where: { own.contains($0.stem) }),
            tailWords.allSatisfy({ own.contains($0.stem) || Self.namedAfterFillers.contains($0.word) })
        else { return nil }
        // The question before it says a pronoun the name stands for, and names nothing itself.
        let question = tokens[..<start]
        guard question.contains(where: { ["it", "that", "this"].contains($0.word) }),
            !question.contains(where: { $0.isContent && own.contains($0.stem) })
        else { return nil }
        var read = match.settled(on: [named] + match.concepts.filter { $0 != named }.prefix(1))
        read.isFollowUp = false
        read.evidence.append("follow-up: the pronoun named after the question → \(named)")
        return read
    }
}
