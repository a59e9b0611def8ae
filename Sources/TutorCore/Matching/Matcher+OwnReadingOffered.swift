/// Round 29: a concept named, then the learner's own reading of it put up for checking, in
/// one of three shapes the cues read as something else:
///
/// - "informed consent = just the paper they sign at intake?? or is it more than that", "Is
///   informed consent that sort of thing, or is there more to it?": the learner's guess, then
///   whether the concept is more than it. "or is it" is a comparison's cue and "is there" an
///   explanation's, but only one thing is named: the line asks what the concept is.
/// - "Countertransference — is that the one where the counselor's own old stuff gets stirred
///   up?": the concept picked out by a scene, as one picks a question ("the one where…", a quiz
///   cue); said after "is that", it is the learner identifying the concept, not asking for a
///   question.
/// - "…so what does tailored treatment mean, officially?": "what does <the term> mean" at the
///   end of a story asks the term's meaning. The phrasing prior, which weighs the story's
///   words, took it for a why.
///
/// Each reads as a definition of the concept named, and, like a gloss (`glossesATerm`), the
/// prior may not turn it into another request.
extension Matcher {
    /// Whether the line is one of those shapes about the concept it names in words of its own:
    /// the one named by a term of two words or more (a story's single word, "slip" for a lapse,
    /// is the story's), or else its first concept. A second concept so named is a comparison's
    /// other side.
    func offersOwnReading(_ intent: Intent, ranked: [Int], guessed: Bool, terms: TermScan, tokens: [Token]) -> Bool {
        guard !guessed, [.define, .explain, .compare, .example, .quiz].contains(intent) else { return false }
        let fullyNamed = Set(terms.named.filter { $0.stems.count >= 2 }.map(\.concept))
        guard fullyNamed.count <= 1, let top = fullyNamed.first ?? ranked.first, ranked.contains(top),
            let own = terms.tokens[top], !own.isEmpty
        else { return false }
        // "what's the difference between empathy and sympathy, or is there more to it" sets two
        // things side by side; so does a comparison naming a second concept as fully as this one.
        // ("more than that" is the reading's own "than".)
        if tokens.contains(where: {
            Self.differenceWords.contains($0.word) || Self.likenessWords.contains($0.word) && $0.word != "than"
        }) {
            return false
        }
        if intent == .compare, fullyNamed.isEmpty, terms.named.contains(where: { $0.concept != top }) { return false }
        if intent == .quiz { return Self.identifiesByScene(tokens) }
        return Self.asksIfMoreToIt(tokens) || Self.identifiesByScene(tokens)
            || Self.asksWhatTermMeans(tokens, term: own)
    }

    /// "or is it more than that", "or is there more to it", "or isn't it more": "or", a copula,
    /// "it", "there" or "that", then "more".
    static func asksIfMoreToIt(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { i in
            tokens[i].word == "or" && i + 3 < tokens.count && tagVerbs.contains(tokens[i + 1].word)
                && ["it", "there", "that"].contains(tokens[i + 2].word) && tokens[i + 3].word == "more"
        }
    }

    /// "is that the one where…", "isn't it the one with…": a concept picked out by a scene.
    static func identifiesByScene(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { i in
            tagVerbs.contains(tokens[i].word) && i + 4 < tokens.count
                && ["that", "it", "this"].contains(tokens[i + 1].word) && tokens[i + 2].word == "the"
                && tokens[i + 3].word == "one" && sceneWords.contains(tokens[i + 4].word)
        }
    }
    static let sceneWords: WordSet = ["where", "when", "with", "about", "who", "that"]

    /// "what does tailored treatment mean" ("what do they mean by…" is not it): "what", "does"
    /// or "do", the term's own words (and small words), "mean", and nothing after it in its
    /// clause but words that only close a question ("exactly", "officially").
    static func asksWhatTermMeans(_ tokens: [Token], term: [Int]) -> Bool {
        for m in tokens.indices where tokens[m].word == "mean" && m >= 3 {
            var j = m - 1
            while j > 0, term.contains(j) || ["the", "a", "an", "this", "that"].contains(tokens[j].word) { j -= 1 }
            guard j < m - 1, term.contains(m - 1), ["does", "do"].contains(tokens[j].word), j >= 1,
                tokens[j - 1].word == "what"
            else { continue }
            let clause = tokens[m].clause
            let rest = tokens[(m + 1)...].prefix { $0.clause == clause }
            if rest.allSatisfy({ whatIsItClosers.contains($0.word) || $0.word == "officially" }) { return true }
        }
        return false
    }
}
