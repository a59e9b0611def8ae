/// "Clinicians fail to detect deterioration", "counselors don't notice decline", "he never
/// spots the slide": a negation that reaches a verb of noticing first is spent on it. The
/// noticing is denied, not the thing: the deterioration is there, and missed. Read so, the verb
/// is "miss" and its object keeps its own polarity, alike in an answer and in the ideas it is
/// graded against ("miss deterioration" is the same idea as "fail to detect deterioration").
///
/// Only when the verb is the first word the negation reaches and an object follows it in its
/// clause: a bare "not seen" (the client unheard) and "doesn't see the point" told of a person
/// without an object word are read as before, and "see" itself is left alone (an "I see" or
/// "see, he's not ready" notices nothing).
extension Grader {
    /// Verbs of noticing, as typed.
    static let noticingVerbs: WordSet = [
        "notice", "notices", "noticed", "noticing", "detect", "detects", "detected", "detecting", "spot", "spots",
        "spotted", "spotting", "catch", "catches", "caught", "catching", "recognize", "recognizes", "recognized",
        "recognise", "recognises", "recognised", "realize", "realizes", "realized", "realise", "realises", "realised",
    ]

    /// Rereads each denied verb of noticing with an object after it as "miss", its object not denied.
    static func readUnnoticed(_ tokens: inout [Token], _ analyzer: Analyzer) {
        for i in tokens.indices where tokens[i].negated && noticingVerbs.contains(tokens[i].typed) {
            // The first word its negation reaches.
            var n = i - 1
            while n >= 0, tokens[n].clause == tokens[i].clause, !tokens[n].isNegator, !tokens[n].isContent { n -= 1 }
            guard n >= 0, tokens[n].clause == tokens[i].clause, tokens[n].isNegator else { continue }
            // Its object: a content word after it in its clause.
            var objects: [Int] = []
            var k = i + 1
            while k < tokens.count, tokens[k].clause == tokens[i].clause, !tokens[k].isNegator,
                !analyzer.clauseBreaks.contains(tokens[k].typed)
            {
                if tokens[k].isContent { objects.append(k) }
                k += 1
            }
            guard !objects.isEmpty else { continue }
            tokens[i].stem = analyzer.stem("miss")
            tokens[i].negated = false
            for k in objects { tokens[k].negated = false }
        }
    }
}
