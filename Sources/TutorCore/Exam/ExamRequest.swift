/// What a line asks of an exam set besides an answer, in the learner's words: "can we stop
/// now", "why is D right?", "how am I doing", "no idea", "pass". A line that names an option
/// ("B", "the short form") is an answer whatever else it says; these are read only on lines of
/// a few words, all of them the request's own.
enum ExamRequest: Equatable {
    case stop, why, score, dontKnow

    init?(_ analysis: Analysis) {
        let w = analysis.tokens.map(\.typed).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        guard !w.isEmpty, w.count <= 9 else { return nil }
        func only(_ heads: WordSet, _ companions: WordSet) -> Bool {
            w.contains(where: { heads.contains($0) }) && w.allSatisfy { heads.contains($0) || companions.contains($0) }
        }
        if only(Self.stopHeads, Self.stopCompanions) || w == ["no", "more"] {
            self = .stop
        } else if ["why", "explain", "whys", "why's"].contains(w[0]) || w.starts(with: ["how", "come"]) {
            guard w.allSatisfy({ Self.whyWords.contains($0) }) else { return nil }
            self = .why
        } else if only(Self.scoreHeads, Self.scoreCompanions) {
            self = .score
        } else if only(Self.passHeads, Self.passCompanions) || Self.dontKnows.contains(w) {
            self = .dontKnow
        } else {
            return nil
        }
    }

    static let stopHeads: WordSet = ["stop", "quit", "end", "exit", "done", "enough", "finish", "finished"]
    static let stopCompanions: WordSet = [
        "the", "exam", "test", "practice", "please", "pls", "plz", "i'm", "im", "i", "am", "want", "to", "wanna",
        "can", "we", "lets", "let's", "let", "us", "now", "ok", "okay", "this", "it", "that's", "thats", "for",
        "today", "here", "set", "with", "that", "id", "i'd", "like", "need", "a", "break", "just", "of", "all",
    ]
    static let whyWords: WordSet = [
        "why", "whys", "why's", "explain", "how", "come", "not", "is", "isn't", "isnt", "was", "wasn't", "wasnt",
        "that", "it", "the", "answer", "i", "wrong", "right", "correct", "me", "this", "one", "a", "b", "c", "d",
        "so", "options", "option", "all", "each", "please", "pls", "them", "again", "mine", "my", "choice", "did",
        "get", "got", "what", "about", "others", "other", "ones",
    ]
    static let scoreHeads: WordSet = ["score", "scores", "doing", "progress", "tally"]
    static let scoreCompanions: WordSet = [
        "how", "am", "i", "whats", "what's", "what", "is", "my", "the", "so", "far", "now", "am", "doing", "right",
        "many", "did", "get", "got", "me", "show", "tell", "current", "please", "pls",
    ]
    static let passHeads: WordSet = ["pass", "skip", "next", "idk", "dunno", "clue"]
    static let passCompanions: WordSet = [
        "i", "no", "don't", "dont", "know", "not", "sure", "this", "one", "it", "please", "pls", "the", "question",
        "item", "have", "a", "just", "give", "me", "answer", "show", "ill", "i'll", "let's", "lets", "on", "go",
        "to", "can", "we",
    ]
    static let dontKnows: Set<[String]> = [
        ["no", "idea"], ["not", "sure"], ["i", "don't", "know"], ["i", "dont", "know"], ["no", "clue"],
        ["i", "have", "no", "idea"], ["i'm", "not", "sure"], ["im", "not", "sure"], ["don't", "know"],
        ["dont", "know"],
    ]
}
