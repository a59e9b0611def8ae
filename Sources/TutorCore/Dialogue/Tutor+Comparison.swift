/// Comparisons that lean on the last turn in other shapes than "how is it different from
/// X": the thing named before the pronoun ("where do shared goals fit into it", "does
/// respect come before it"), a pronoun as the subject of "is" ("is that a rupture", "why
/// isn't that the alliance"), a comparative with one side named ("is MI the better way"),
/// and the words that ask for what replaces the topic ("what's the alternative").
extension Tutor {
    /// Words that relate two things, beyond `relationIndex`'s: "overlap", "go together",
    /// "come before", "the opposite of".
    static let moreRelations: WordSet = [
        "overlap", "overlaps", "overlapping", "together", "opposite", "before", "similar", "same", "connect",
        "connects", "connected", "connection", "relate", "relates", "related", "relation", "relationship", "fit",
        "fits", "compare", "compared", "different", "differ", "differs", "difference", "versus", "vs", "part",
        "linked", "link", "tie", "ties", "unlike", "interact", "affect", "affects", "than", "alongside", "stack",
        "stacks",
    ]

    /// "Where do shared goals fit into it", "and the limits of confidentiality, do they go
    /// together", "what's Bordin got to do with it": one concept named, a pronoun for the
    /// topic, and a word that relates them, in any order. A concept named only by the
    /// relation word itself ("fit") is not a side.
    func setAgainstAPronoun(_ match: MatchResult, _ analysis: Analysis, _ last: String) -> MatchResult? {
        let words = Self.settingsMasked(analysis.tokens.map(\.word))
        let pronouns: Set<String> = ["it", "that", "this", "they", "them", "those", "these"]
        let comesInto = zip(words, words.dropFirst()).contains { a, b in
            ["come", "comes", "fit", "fits", "play"].contains(a) && ["into", "in"].contains(b)
        }
        // The analyzer may join "do with" into one token.
        let doWith =
            words.contains("do with") || zip(words, words.dropFirst()).contains { a, b in a == "do" && b == "with" }
        let goWith = zip(words, words.dropFirst()).contains { a, b in
            ["go", "goes", "fit", "fits", "come", "comes", "tie", "ties"].contains(a) && ["with", "in"].contains(b)
        }
        // "Where does empathy fit in": a relation that ends the line leaves its other side,
        // the topic, unsaid.
        let endsRelating =
            goWith && ["in", "with"].contains(words.last ?? "")
            || ["relate", "relates", "connect", "connects", "fit", "fits"].contains(words.last ?? "")
        // "Someone who's been burned by every counselor before": "before" that ends the line
        // says when, and relates nothing.
        // "Why does it predict retention more than outcome": a why-question's "than" weighs
        // what the topic does to two things; it does not set the topic against either.
        let why = LineForm.words(analysis).drop { LineForm.openers.contains($0) }.first == "why"
        // "Does setting goals together help with that", "how does that get you a plan that fits
        // the person": a relation word inside the term that names a concept ("set goals
        // together", "plan fit the person") is part of its name and relates nothing.
        let relationStemsOnly = Set(Self.moreRelations.map { analyzer.porterStem($0) })
        let inTerms = Set(
            (Self.namesByTerm(match) ? match.basis.named : [])
                .filter { !$0.stems.allSatisfy(relationStemsOnly.contains) }.flatMap(\.stems))
        let relating = words.indices.contains { i in
            Self.moreRelations.contains(words[i]) && !(words[i] == "before" && i == words.count - 1)
                && !(why && words[i] == "than") && !inTerms.contains(analyzer.porterStem(words[i]))
                // (round 33) "set them together": the act's manner (`Tutor+FollowUpTogetherOfTheAct.swift`).
                && !Self.togetherOfTheAct(words, i)
        }
        guard words.contains(where: pronouns.contains) || endsRelating, comesInto || doWith || goWith || relating
        else { return nil }
        let relationStems = Set(Self.moreRelations.map { analyzer.porterStem($0) })
        let named = sidesNamed(match, besides: relationStems)
        // "How does the alliance affect whether they participate" after the alliance: the
        // line names the topic itself beside the other side, so its pronoun stands for
        // someone else (the clients), and the line is read as the matcher read it.
        guard !named.contains(last) else { return nil }
        let sides = named.filter { $0 != last }
        guard sides.count == 1 else { return nil }
        return match.settled(on: [last, sides[0]], as: .compare)
    }

    /// Words that ask how two things differ or match; "diff" is how learners shorten it.
    static let differenceWords: WordSet = [
        "diff", "different", "difference", "differ", "differs", "same", "similar", "unlike", "vs", "versus",
        "compared", "compare",
    ]

    /// "Diff with countertransference?", "different from active listening?", "and
    /// immediacy, same?": a word of difference with one concept named on its far side (or
    /// before it, when the word ends the line) and no pronoun for the topic sets that
    /// concept against the topic; "how is it different from cultural competence", with a
    /// pronoun for the topic and nothing of ours on the far side, compares the topic with
    /// a term outside the knowledge base. A setting after the word ("the same in every
    /// culture") relates nothing.
    func differsFromTheTopic(_ match: MatchResult, _ analysis: Analysis, _ last: String) -> MatchResult? {
        let words = Self.settingsMasked(analysis.tokens.map(\.word))
        guard match.intent != .outOfScope || !match.basis.otherSense,
            let r = words.firstIndex(where: Self.differenceWords.contains)
        else { return nil }
        let named = Self.namesByTerm(match) && match.intent != .outOfScope ? match.concepts.filter { $0 != last } : []
        // "Compliance vs commitment?": a contrast holds both sides itself.
        if named.contains(where: { kb.concept($0)?.isContrast == true }) { return nil }
        let beyond = namedConceptAfter(analysis, r + 1)
        // "The difference between the doctor-patient bond and the alliance" names both sides.
        if named.count == 1, match.concepts.count == 1, beyond == named[0] {
            // (round 28) "How does humility differ from cultural competence": both sides of one.
            if let one = sidesOfOneConcept(match, analysis, words, at: r, named: named[0], last: last) { return one }
            return match.settled(on: [last, named[0]], as: .compare)
        }
        // "And immediacy, same?": the word last, the concept before it.
        let trailing: Set<String> = ["?", "then", "tho", "though", "too", "really", "or", "not"]
        let endsTheLine = words[(r + 1)...].allSatisfy(trailing.contains)
        if named.count == 1, endsTheLine, match.concepts.count == 1 {
            return match.settled(on: [last, named[0]], as: .compare)
        }
        // "How is it different from cultural competence": the topic against an outside term,
        // which the word's preposition opens ("does it work the same way" names no other side).
        let pronouns: Set<String> = ["it", "its", "it's", "that", "this", "thats"]
        // "And cultural competence, is that different?": a term the topic's entry also
        // covers, then a pronoun for it and the word last: the topic against that term.
        if named.isEmpty, endsTheLine, match.concepts == [last], Self.namesByTerm(match),
            let p = words[..<r].lastIndex(where: pronouns.contains),
            let n = match.basis.named.first?.stems.first,
            let at = analysis.tokens.firstIndex(where: { $0.stem == n }), at < p
        {
            return match.settled(on: [last], as: .compare)
        }
        let opens: Set<String> = ["from", "to", "as", "than", "with"]
        let next = words[(r + 1)...].drop { ["thing", "things"].contains($0) }.first ?? ""
        guard named.isEmpty, opens.contains(next) || ["vs", "versus", "unlike"].contains(words[r]),
            match.concepts.allSatisfy({ $0 == last }), !endsTheLine, beyond == nil || beyond == last,
            words[..<r].contains(where: pronouns.contains)
        else { return nil }
        var compared = MatchResult(
            intent: .compare, concepts: [last] + otherSide(match, analysis, last, far: words[(r + 1)...]),
            confidence: 0.6)
        compared.evidence = match.evidence + ["form: the topic set against an outside term → compare"]
        compared.basis = match.basis
        return compared
    }

    /// The concepts the line names by a term that is not only relation words ("fit" names
    /// feedback-informed treatment, and is no side), in the order found.
    private func sidesNamed(_ match: MatchResult, besides relation: Set<String>) -> [String] {
        guard Self.namesByTerm(match), match.intent != .outOfScope else { return [] }
        let byOwnTerm = Set(
            match.basis.named.filter { !$0.stems.allSatisfy(relation.contains) }.map(\.concept))
        var seen: Set<String> = []
        return match.basis.named.map(\.concept).filter { byOwnTerm.contains($0) && seen.insert($0).inserted }
    }

    /// Where "its", "thats" or "that is" (as the tokenizer splits "that's") ends, when the
    /// words at `i` open with one: the index of its last word.
    static func pronounAndCopula(_ words: [String], at i: Int) -> Int? {
        if ["its", "it's", "thats", "that's"].contains(words[i]) { return i }
        guard i + 2 < words.count, ["it", "that", "this"].contains(words[i]), words[i + 1] == "is" else { return nil }
        return i + 1
    }

    /// "Is that a rupture", "is that kind of like a rupture then", "why isn't that the
    /// alliance", "how is that not confrontation": the topic as the subject of "is", a concept named after it; not "is it ok
    /// to…" or "is that why…".
    func copularWithAPronoun(_ analysis: Analysis, _ last: String) -> MatchResult? {
        let words = analysis.tokens.map(\.word)
        // "So basically its the code of ethics?": a hedge before the guess changes nothing.
        let hedges: Set<String> = ["basically", "like", "just", "really", "then"]
        var i = words.firstIndex { !LineForm.openers.contains($0) && !hedges.contains($0) } ?? words.count
        // "Why isn't that the alliance", "how is that not confrontation".
        if i < words.count && ["why", "how"].contains(words[i]) { i += 1 }
        var p: Int
        if i + 2 < words.count && ["hows", "how's"].contains(words[i]) && ["that", "it", "this"].contains(words[i + 1])
        {
            // "Hows that not just feeling sorry for them": "how is" run together.
            p = i + 1
        } else if i + 1 < words.count && (i > 0 && words[0] == "so" || analysis.text.hasSuffix("?")),
            let copula = Self.pronounAndCopula(words, at: i)
        {
            // "So its like the doctor-patient bond?": the topic said to be something, as a
            // guess put for confirmation; "and that's not the alliance itself?" said not to be.
            p = copula
            if p + 2 < words.count && words[p + 1] == "not" { p += 1 }
        } else {
            let negated: Set<String> = ["isnt", "isn't", "arent", "aren't", "wasnt", "wasn't"]
            guard i + 1 < words.count, LineForm.copulas.contains(words[i]) || negated.contains(words[i]) else {
                return nil
            }
            p = i + 1
            if words[p] == "not" { p += 1 }
            guard p + 1 < words.count, ["that", "it", "this"].contains(words[p]) else { return nil }
        }
        let dummy: Set<String> = [
            "ok", "okay", "possible", "normal", "true", "fine", "important", "necessary", "worth", "better", "best",
            "good", "bad", "wrong", "right", "enough", "also", "used", "still",
        ]
        let next = words[p + 1]
        // "Is that what Bordin described": the question word opens what the topic is said to be.
        // "Is it mostly in the first few sessions": where or when the topic holds, not what it is.
        let settings: Set<String> = [
            "in", "at", "during", "over", "on", "with", "within", "after", "before", "across", "among",
        ]
        guard !words[(p + 1)...].prefix(2).contains(where: settings.contains) else { return nil }
        // "Is it when the family agrees on the goals": a guess at what the topic is.
        // "Is it more important in the first few sessions": an evaluation of the topic after a
        // degree word, whatever it names after it; with "than" ("is it more important than
        // empathy") it weighs the topic against what it names.
        let degree: Set<String> = ["more", "less", "most", "least", "as", "so", "very", "really", "that", "too"]
        let evaluated =
            degree.contains(next) && p + 2 < words.count && dummy.contains(words[p + 2]) && !words.contains("than")
        guard !dummy.contains(next), !evaluated,
            !LineForm.clauseWords.contains(next) || next == "when" && words[p] == "it",
            !LineForm.questionWords.contains(next) || next == "what" || next == "when" && words[p] == "it",
            !["to", "for"].contains(next),
            let other = namedConceptAfter(analysis, p + 1)
        else { return nil }
        // "Is that a violation or a crossing" after boundaries: which of the topic's own kinds.
        if other == last && words[(p + 1)...].contains("or") {
            var m = MatchResult(intent: .compare, concepts: [last], confidence: 0.7)
            m.evidence = ["form: the topic as the subject of 'is', two of its kinds → compare"]
            return m
        }
        guard other != last,
            // The named thing is what the topic is said to be, not a word qualifying
            // something else ("why is it an ethical issue").
            // A name of three words ends the phrase too ("the doctor patient bond", whose last
            // two words name the alliance).
            [1, 2].contains(where: { back in
                namedConceptAfter(analysis, max(p + 1, Self.lastContent(analysis) - back)) == other
            }) || termEndsTheLine(other, analysis, from: p + 1)
                // "Isnt it about the rules for how sessions go": what the topic is about
                // heads what follows.
                || next == "about" && termOpens(other, analysis, at: p + 2),
            !Self.genericHeads.contains(analysis.tokens[Self.lastContent(analysis)].word),
            // "Why is that an ethical thing": "thing" is no content word, but heads the phrase.
            !Self.genericHeads.contains(Self.lastWord(analysis))
        else { return nil }
        var m = MatchResult(intent: .compare, concepts: [last, other], confidence: 0.7)
        m.evidence = ["form: the topic as the subject of 'is' → compare"]
        return m
    }

    /// "Is MI the better way", "would MI work better": a comparative with one concept
    /// named, after a turn about another: the two compared.
    func comparativeOfOneNamed(_ match: MatchResult, _ analysis: Analysis, _ last: String) -> MatchResult? {
        let words = LineForm.words(analysis)
        let comparatives: Set<String> = ["better", "worse", "preferable", "safer", "stronger", "weaker"]
        if let pointed = namedThenPointedAt(match, analysis, comparatives, last) { return pointed }
        guard let first = words.first, LineForm.auxiliaries.contains(first),
            words.contains(where: comparatives.contains), !words.contains("than"), Self.namesByTerm(match),
            // "Can it make the relationship stronger" is about the topic itself.
            !words.contains(where: ["it", "that", "this", "they", "them"].contains),
            match.intent != .outOfScope
        else { return nil }
        let sides = match.concepts.filter { $0 != last }
        guard sides.count == 1, match.concepts.count == 1 else { return nil }
        return match.settled(on: [last, sides[0]], as: .compare)
    }

    /// "And sympathy, is that worse", "ok and MI, is it better": one concept named first,
    /// then a pronoun that stands for it in a comparative question with no "than": the
    /// named concept set against the topic.
    private func namedThenPointedAt(
        _ match: MatchResult, _ analysis: Analysis, _ comparatives: Set<String>, _ last: String
    ) -> MatchResult? {
        let words = analysis.tokens.map(\.word)
        guard Self.namesByTerm(match), match.intent != .outOfScope, match.concepts.count == 1,
            let named = match.concepts.first, named != last, !words.contains("than"),
            words.contains(where: comparatives.contains),
            let p = words.firstIndex(where: { ["that", "it", "this", "thats"].contains($0) }), p >= 1,
            LineForm.auxiliaries.contains(words[p - 1]) || words[p] == "thats",
            let n = match.basis.named.first?.stems.first,
            let at = analysis.tokens.firstIndex(where: { $0.stem == n }), at < p
        else { return nil }
        return match.settled(on: [last, named], as: .compare)
    }

    /// "How do they relate", "what do they have in common", "is one worse than the other":
    /// after a comparison, "they" (or "one … the other") with a word that relates or
    /// compares stands for its two sides.
    static func theyAreTheTwo(_ words: [String], _ match: MatchResult) -> Bool {
        let both =
            words.contains { ["they", "them", "their", "theyre"].contains($0) }
            || words.contains("one") && words.contains("other")
        let relating =
            match.intent == .compare || words.contains(where: moreRelations.contains)
            || words.contains { ["common", "than", "better", "worse", "more", "less"].contains($0) }
        return both && relating
    }

    /// Nouns that head a phrase without naming its topic ("an ethical issue").
    static let genericHeads: WordSet = [
        "issue", "issues", "thing", "things", "problem", "problems", "question", "matter", "concern", "factor", "idea",
        "kind", "type", "sort", "way", "part", "step", "skill", "technique", "approach", "topic",
    ]

    /// "What should I say back", "how big is the effect": a question asked in the domain's
    /// everyday words that names nothing is about the topic just discussed, asked as its
    /// strongest content cue asks (how to act first).
    func unnamedInDomain(_ match: MatchResult, _ analysis: Analysis, _ last: String, _ state: TutorState)
        -> MatchResult?
    {
        guard match.intent == .outOfScope, let unknown = match.basis.unknownWhenUnnamed else { return nil }
        // "What were his three parts again", "which one carries the most weight": right after
        // an answer, a word or two the knowledge base lacks beside a word that points back
        // (a possessive, "which one", a pronoun) still asks about the topic just discussed.
        guard
            unknown == 0
                || unknown <= matcher.tuning.followUpUnknownMax + 1 && state.lastAnswer != nil
                    && Self.pointsBackByAWord(analysis.tokens.map(\.word))
        else { return nil }
        let cued = Set(match.basis.cued)
        guard var intent = [Intent.howTo, .example, .explain, .compare, .define].first(where: cued.contains) else {
            return nil
        }
        // "Which one matters most" of one topic sets nothing beside it: how the topic holds.
        if intent == .compare && kb.concept(last)?.isContrast != true { intent = .explain }
        // "What's the alternative", "what do I do with the second kind": what to do; the
        // alternative is what replaces the topic.
        let alternative = Self.asksForAnAlternative(analysis.tokens.map(\.word), LineForm.words(analysis))
        if alternative || LineForm.asksWhatToDo(LineForm.words(analysis)) { intent = .howTo }
        let concepts = alternative ? alternativeFirst(to: last, analysis, state) : [last]
        var resolved = MatchResult(intent: intent, concepts: concepts, confidence: 0.5)
        resolved.evidence = match.evidence + ["follow-up: nothing named in the domain's words → the topic"]
        resolved.basis = match.basis
        return resolved
    }

    /// Whether a word of the line points back at what was just discussed: a possessive
    /// ("his three parts", "their stages"), a pronoun for a thing, or "one" picked out
    /// ("which one", "the one", "each one").
    static func pointsBackByAWord(_ words: [String]) -> Bool {
        let pointing: Set<String> = ["his", "her", "their", "its", "it", "that", "this", "those", "these", "them"]
        if words.contains(where: pointing.contains) { return true }
        return zip(words, words.dropFirst()).contains { a, b in
            ["which", "the", "each", "what"].contains(a) && ["one", "ones"].contains(b)
        }
    }

    /// The index of the line's last content word, trailing "then" or "though" aside.
    static func lastContent(_ analysis: Analysis) -> Int {
        let trailing: Set<String> = ["then", "though", "really", "too", "again", "anyway", "exactly"]
        return analysis.tokens.indices.last {
            analysis.tokens[$0].isContent && !trailing.contains(analysis.tokens[$0].word)
        }
            ?? 0
    }

    /// The line's last word, trailing "then", "though" or "tho" aside.
    static func lastWord(_ analysis: Analysis) -> String {
        let trailing: Set<String> = ["then", "though", "tho", "really", "too", "again", "anyway", "exactly", "?"]
        return analysis.tokens.last { !trailing.contains($0.word) }?.word ?? ""
    }

    /// Whether a term of `concept` found in the words after `start` ends on the line's last
    /// content word: "isnt it when the patient and the family agree on goals" ends on a term
    /// longer than the two or three words read back from the end.
    private func termEndsTheLine(_ concept: String, _ analysis: Analysis, from start: Int) -> Bool {
        guard start < analysis.tokens.count else { return false }
        let m = matcher.match(analysis.tokens[start...].map(\.typed).joined(separator: " "))
        let end = analysis.tokens[Self.lastContent(analysis)].stem
        return m.basis.named.contains { $0.concept == concept && $0.stems.last == end }
    }

    /// Whether a term of `concept` opens the words at `start`, an article aside.
    private func termOpens(_ concept: String, _ analysis: Analysis, at start: Int) -> Bool {
        var i = start
        while i < analysis.tokens.count && ["the", "a", "an", "some"].contains(analysis.tokens[i].word) { i += 1 }
        guard i < analysis.tokens.count else { return false }
        let m = matcher.match(analysis.tokens[i...].map(\.typed).joined(separator: " "))
        return m.basis.named.contains { $0.concept == concept && $0.stems.contains(analysis.tokens[i].stem) }
    }

    /// What the words after `start` name by their terms, if anything.
    private func namedConceptAfter(_ analysis: Analysis, _ start: Int) -> String? {
        guard start < analysis.tokens.count else { return nil }
        let m = matcher.match(analysis.tokens[start...].map(\.typed).joined(separator: " "))
        return m.intent == .outOfScope || !Self.namesByTerm(m) ? nil : m.concepts.first
    }

    /// "What should I do instead", "what's the alternative", "what works better then": a
    /// request for what replaces the topic ("instead of X" names its own).
    static func asksForAnAlternative(_ words: [String], _ lineWords: [String]) -> Bool {
        if let i = words.firstIndex(of: "instead"),
            i + 1 == words.count || words[i + 1] != "of"
                || i + 2 < words.count && ["that", "it"].contains(words[i + 2])
        {
            return true
        }
        if words.contains(where: ["alternative", "alternatives"].contains) { return true }
        // (round 29) "What should a counselor use in place of that?"
        if asksWhatGoesInItsPlace(words) { return true }
        return lineWords.first == "what" && words.contains("better") && !words.contains("than")
    }

    /// The side an ordinal points at: "the first" or "the former" the first of the two,
    /// "the second" or "the latter" the other, both when both are there.
    static func ordinalPick(_ words: [String], _ pair: [String]) -> [String] {
        guard pair.count == 2 else { return pair }
        let pairs = Array(zip(words, words.dropFirst()))
        let first = pairs.contains { $0 == "the" && ["first", "former"].contains($1) }
        let second = pairs.contains { $0 == "the" && ["second", "latter"].contains($1) }
        return first && second ? pair : first ? [pair[0]] : second ? [pair[1]] : pair
    }

    /// "How's that different from just telling them straight", "versus just telling it to him
    /// straight?": the other side named by no term of ours but guessed from the concepts' whole
    /// text, as a concept the knowledge base relates to the topic: that concept ("telling it
    /// straight" guesses harsh confrontation beside motivational interviewing). Empty when the
    /// best guess is the topic or nothing the topic relates to, and for "which one is …", which
    /// asks which of the topic's own fits ("which one is the client getting ready to act").
    /// The far side of "how is it different from …" with nothing of ours named there: the
    /// guess, else the alliance told by its parties beside a distractor.
    func otherSide(_ match: MatchResult, _ analysis: Analysis, _ last: String, far: ArraySlice<String>) -> [String] {
        let guessed = guessedOtherSide(match, analysis, last)
        return guessed.isEmpty ? allianceDescribed(far, beside: last) : guessed
    }

    func guessedOtherSide(_ match: MatchResult, _ analysis: Analysis, _ last: String) -> [String] {
        guard LineForm.words(analysis).first != "which", let guess = match.basis.guesses.first, guess != last,
            relates(guess, last)
        else { return [] }
        return [guess]
    }
}
