/// (round 30) "Is the culture stuff a big part of the exam?", "is this topic heavily examined?",
/// "Is this lapse business something the exam likes to ask about much?", "how much of the test
/// is on this": a yes-or-no question (or "how much", "how often") about how much weight the exam
/// gives a topic. It asks what to study, not what the topic is or why it matters: the matcher
/// heard the topic named and a content question's cue ("part of", "ask about", "is … a").
/// "Is bordin a thing on the exam" (whether a term exists) and "why does the exam care so much
/// about X" (why it matters) say no weight in a yes-or-no frame, and stay as they were.
extension LineForm {
    /// Words for the exam or for being examined, beyond `examWords`.
    static let examinedWords: WordSet = [
        "examined", "tested", "testing", "board", "certification", "cadc", "adc", "lcdc", "naadac",
    ]
    /// Words of weight or likelihood.
    static let weightWords: WordSet = [
        "much", "lot", "lots", "big", "bigger", "biggest", "heavily", "heavy", "often", "frequently", "likely",
        "prominently", "prominent", "major", "huge", "weight", "weighted", "emphasis", "emphasized", "emphasised",
        "common", "commonly", "popular", "feature", "features",
    ]
    /// Auxiliaries and modals that open a yes-or-no question.
    static let yesOrNoOpeners: WordSet = [
        "is", "are", "was", "were", "does", "do", "did", "will", "would", "could", "can", "might", "should", "isnt",
        "doesnt", "wont",
    ]
    /// Openers that may come before the question ("incidentally", "btw", "quick one").
    static let asideOpeners: WordSet = [
        "incidentally", "btw", "also", "oh", "and", "but", "so", "ok", "okay", "wait", "hmm", "by", "the", "way",
        "quick", "question", "one", "more", "thing", "just", "curious", "sorry", "hey", "actually",
    ]

    /// "Would this come up on the boards", "does it ever show up on the test": likely to be asked.
    static func comesUp(_ w: [String]) -> Bool {
        zip(w, w.dropFirst()).contains { a, b in
            ["come", "comes", "show", "shows", "pop", "pops"].contains(a) && b == "up"
        }
    }

    /// Whether the line asks how much the exam weighs a topic.
    static func asksTheExamsWeight(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.word).filter { $0.contains(where: \.isLetter) }
        guard w.count >= 4, w.contains(where: { examWords.contains($0) || examinedWords.contains($0) }),
            w.contains(where: weightWords.contains) || comesUp(w)
        else {
            return false
        }
        // The learner's own exam ("i failed the exam a lot", "im so worried about the test") is no
        // question about its weight.
        if w.contains(where: { ["i", "im", "i'm", "me", "my", "ive", "i've"].contains($0) }) { return false }
        let start = w.firstIndex { !asideOpeners.contains($0) } ?? w.count
        guard start + 1 < w.count else { return false }
        if yesOrNoOpeners.contains(w[start]) { return true }
        return w[start] == "how" && ["much", "often", "likely", "important", "common", "big"].contains(w[start + 1])
    }
}

extension Tutor {
    /// The line read as a request for study advice when it asks how much the exam weighs a
    /// topic; the concepts it names by term are kept. Nil for any other line.
    static func studyAdviceOnTheExamsWeight(_ match: MatchResult, _ analysis: Analysis) -> MatchResult? {
        guard ![.studyAdvice, .feelings, .goodbye, .thanks, .greeting].contains(match.intent),
            LineForm.asksTheExamsWeight(analysis) || LineForm.asksWhatMattersMostForTheExam(analysis)
        else { return nil }
        let named = match.concepts.filter { c in match.basis.named.contains { $0.concept == c } }
        var advice = MatchResult(intent: .studyAdvice, concepts: named, confidence: 0.8)
        advice.evidence = match.evidence + ["form: how much the exam weighs a topic → study-advice"]
        advice.basis = match.basis
        return advice
    }
}
