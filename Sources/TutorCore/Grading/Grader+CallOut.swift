/// "Call someone out (on something)": confronting them, not getting in touch.
///
/// The grader's word classes read "call" as contacting ("they'd call the counselor"), so a
/// learner who says positive regard means "never calling her out on anything" was read as
/// never phoning her, and the belief that it means never challenging (confronting) the client
/// went unheard. A form of "call" with "out" after it (at once, or after the person called
/// out) is read as "confront", with the negation before it in its clause ("never call them out",
/// "don't call the client out"); "out" is then a small word. So is "call him on it", where
/// "on" is. "Call them back", "call out
/// for help" (nobody called out) and "call her" stay contacting.
extension Grader {
    static let callForms: WordSet = ["call", "calls", "calling", "called"]
    /// Who may be called out ("call her out", "call the client out").
    static let calledOut: WordSet = [
        "her", "him", "them", "you", "me", "people", "client", "clients", "patient", "patients", "someone",
        "somebody", "anyone", "anybody", "everyone",
    ]
    /// What may be called out at once ("call out her behavior", "call out the drinking").
    static let calledOutThings: WordSet = [
        "her", "his", "their", "the", "bad", "behavior", "behaviour", "behaviors", "behaviours", "lies", "lie",
        "excuses", "denial", "drinking", "use", "stuff", "things", "that", "it",
    ]

    /// What a person is called on ("call him on it", "call her on that").
    static let calledOn: WordSet = ["this", "everything", "anything", "something", "them", "him"]

    static func readCallOut(_ tokens: inout [Token], _ analyzer: Analyzer) {
        func typed(_ j: Int, _ i: Int) -> String? {
            tokens.indices.contains(j) && tokens[j].clause == tokens[i].clause ? tokens[j].typed : nil
        }
        for i in tokens.indices where callForms.contains(tokens[i].typed) {
            var out: Int?
            if typed(i + 1, i) == "out", let next = typed(i + 2, i),
                calledOutThings.contains(next) || calledOut.contains(next)
            {
                out = i + 1
            } else if let who = typed(i + 1, i), calledOut.contains(who) || calledOutThings.contains(who),
                typed(i + 2, i) == "out"
            {
                out = i + 2
            } else if let who = typed(i + 1, i), calledOut.contains(who), typed(i + 2, i) == "on",
                let what = typed(i + 3, i), calledOutThings.contains(what) || calledOn.contains(what)
            {
                // "Call him on it", "call her on her lies": the same challenge, with no "out".
                out = i + 2
            } else if typed(i + 1, i) == "the", let who = typed(i + 2, i), calledOut.contains(who),
                typed(i + 3, i) == "out"
            {
                out = i + 3
            }
            guard let out else { continue }
            tokens[i].isStop = false
            tokens[i].stem = analyzer.stem("confront")
            tokens[i].negated = tokens[i].negated || negatedHere(tokens, i)
            tokens[out].isStop = true
        }
    }
}
