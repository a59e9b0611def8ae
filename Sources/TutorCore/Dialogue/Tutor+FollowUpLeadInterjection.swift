/// Round 29: "Ẹ jọ̀ọ́, why do they backfire?", "Ehn, why do they push people away?" right
/// after an answer: a word or two of another language (a plea, a sigh, a filler) said as a
/// clause of its own before the question. The matcher, reading the line alone, counts those
/// words as words of another subject and may put the whole line out of scope; in a
/// conversation the question after them is the line, and it leans on the topic just
/// discussed as any follow-up does. Only a line the matcher put out of scope is read again,
/// and only when every word of its first clause is unknown (a clause that names something,
/// "boundaries, why do they matter", is no interjection).
extension Tutor {
    /// The question after an unknown opening clause, matched and read again on its own, with
    /// its analysis; nil when the line is not so or the question is no request of content.
    func questionAfterALeadInterjection(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState)
        -> (MatchResult, Analysis)?
    {
        guard match.intent == .outOfScope, state.open == nil, state.lastAnswer != nil, state.lastConcept != nil,
            let first = analysis.tokens.first
        else { return nil }
        let lead = analysis.tokens.prefix { $0.clause == first.clause && $0.sentence == first.sentence }
        guard lead.count <= 2, analysis.tokens.count - lead.count >= 3,
            lead.allSatisfy({ !$0.known && $0.word.contains(where: \.isLetter) })
        else { return nil }
        let rest = analyzer.analyze(analysis.tokens[lead.count...].map(\.typed).joined(separator: " "))
        var read = reread(matcher.match(rest), rest)
        guard read.intent.isContent, read.intent != .quiz else { return nil }
        read.evidence.append("follow-up: an unknown word or two opening the line, set aside → the question after them")
        return (read, rest)
    }
}
