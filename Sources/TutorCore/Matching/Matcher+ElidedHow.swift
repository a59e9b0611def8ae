/// "how build cohesion", "how show empathy", "how i reach her", "how much share about my
/// recovery": a "how" question whose auxiliary (and often its subject) is left out, as
/// learners writing in a second language or in a hurry do. "How" followed by a verb of
/// acting asks the way to act, as "how do i …" does; "how important is…", "how long does…",
/// where an auxiliary follows the word after "how", ask something else.
extension Matcher {
    /// Verbs of what a counselor does, in their plain form: after "how" with no auxiliary
    /// they can only be the act asked about. Not verbs of studying ("prepare", "remember",
    /// "study"), which ask for study advice, nor "do" and "feel" ("how i do on the quiz").
    static let actingVerbs: WordSet = [
        "build", "rebuild", "show", "be", "point", "share", "make", "get", "set", "reach", "earn", "gain", "win",
        "keep", "stop", "start", "begin", "end", "finish", "close", "help", "talk", "tell", "ask", "say", "give",
        "bring", "use", "handle", "deal", "respond", "react", "reply", "answer", "approach", "engage", "involve",
        "include", "encourage", "motivate", "repair", "fix", "restore", "mend", "avoid", "prevent", "explain",
        "introduce", "manage", "balance", "express", "disclose", "reflect", "confront", "challenge", "validate",
        "reassure", "calm", "listen", "connect", "communicate", "establish", "develop", "foster", "strengthen",
        "improve", "increase", "reduce", "create", "practice", "practise", "apply", "run", "lead", "assess",
        "measure", "track", "check", "convince", "persuade", "accept", "teach", "earn", "bring", "open", "work",
        "support", "respect", "treat", "stay", "move", "offer", "invite", "welcome", "pick", "choose", "name",
    ]
    /// Words after "how" that ask how much or how often of the act that follows ("how much
    /// share", "how often check in").
    static let degreeWords: WordSet = ["much", "often", "far"]
    /// Modals a learner writing in a second language puts after the subject ("how i can…").
    static let trailingModals: WordSet = ["can", "could", "must", "should", "shall"]
    /// Subjects a learner keeps while leaving the auxiliary out ("how i reach her").
    static let elidedSubjects: WordSet = ["i", "we", "you", "u"]
    /// Words that, right after the verb, show the word was no verb but an adjective or noun
    /// asked about ("how open is she", "how much support do they need").
    static let followingAuxiliaries: WordSet = [
        "is", "are", "was", "were", "am", "be", "does", "do", "did", "can", "could", "should", "would", "will",
        "has", "have", "had", "must", "might", "may", "s", "'s",
    ]

    /// The span from "how" to just before the verb when the line asks "how" + a verb of
    /// acting with the auxiliary left out, else nil. The span holds no content word, so a
    /// term that uses the verb ("build cohesion") keeps it and the cue still counts.
    func elidedHowSpan(_ tokens: [Token]) -> Range<Int>? {
        for (i, token) in tokens.enumerated() where token.word == "how" {
            var j = i + 1
            if j < tokens.count, Self.degreeWords.contains(tokens[j].word) { j += 1 }
            // "how does one show empathy…": "one" is anyone at work, so the act that follows is
            // asked as "how do i…" asks it, not how something works.
            if j + 1 < tokens.count, tokens[j].word == "does", tokens[j + 1].word == "one" { j += 2 }
            if j < tokens.count, Self.elidedSubjects.contains(tokens[j].word) || tokens[j].word == "do" {
                j += 1
                // "how i can show him", "how i must explain": the modal kept after the
                // subject, in a second language's word order, still asks the way to act.
                if j < tokens.count, tokens[j - 1].word != "do", Self.trailingModals.contains(tokens[j].word) { j += 1 }
            }
            // "how i do that": "do" with a pronoun for the act just discussed (not "how i do on
            // the quiz", the learner's own score).
            let doesIt =
                tokens.indices.contains(j + 1) && tokens[j].word == "do"
                && ["that", "it", "this", "so"].contains(tokens[j + 1].word)
            guard j < tokens.count, Self.actingVerbs.contains(tokens[j].word) || doesIt,
                tokens[j].clause == token.clause
            else { continue }
            if j + 1 < tokens.count, Self.followingAuxiliaries.contains(tokens[j + 1].word) { continue }
            return i..<j
        }
        return nil
    }
}

/// "can you build an alliance over zoom", "can u even have a real bond online": "you" as
/// anyone, asking whether the thing can be done at all, which is a why-or-whether question,
/// not the way to do it nor a request to the tutor ("can you explain…", "can you quiz me").
extension Matcher {
    /// What a learner asks the tutor to do with "can you …".
    static let tutorRequestVerbs: WordSet = [
        "explain", "give", "tell", "show", "quiz", "test", "help", "define", "list", "describe", "go", "walk",
        "break", "make", "say", "repeat", "rephrase", "summarize", "summarise", "teach", "ask", "put", "simplify",
        "clarify", "elaborate", "expand", "check", "grade", "remind", "recommend", "suggest", "compare", "provide",
        "share", "try", "do", "keep", "stop", "skip", "start", "continue", "pick", "send", "write", "read", "please",
        "pls", "plz", "slow", "dumb", "spell", "translate", "talk", "review", "practice", "drill", "run", "let",
        "find", "recap", "outline", "point", "hit", "throw", "use",
    ]

    /// Whether the line opens "can/could you [even|really|actually] <verb>" with a verb of the
    /// work, not of a request to the tutor.
    func asksWhetherOneCan(_ tokens: [Token]) -> Bool {
        guard tokens.count >= 4, ["can", "could"].contains(tokens[0].word), ["you", "u", "ya"].contains(tokens[1].word)
        else { return false }
        var j = 2
        while j < tokens.count, ["even", "really", "actually", "ever", "truly"].contains(tokens[j].word) { j += 1 }
        guard j < tokens.count else { return false }
        return Self.actingVerbs.contains(tokens[j].word) && !Self.tutorRequestVerbs.contains(tokens[j].word)
    }
}
