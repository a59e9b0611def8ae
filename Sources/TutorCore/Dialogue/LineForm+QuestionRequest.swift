import Foundation

/// A request for one of the tutor's questions, read from its form: a noun that stands for a
/// question ("one", "question", "q") named by what it is about ("the ex-partner one", "the
/// one with the wedding beers", "a practice q about insurance"), alone or after a verb of
/// choosing or getting ("do", "let's do", "can i get", "gimme"). Learners name a question the
/// way they name a film, by its scene or topic, with no cue word of quizzing in the line.
extension LineForm {
    /// Nouns that stand for a question of the tutor's.
    static let questionNouns: WordSet = [
        "one", "question", "questions", "q", "qs", "qn", "ques", "quiz", "item", "prompt", "problem", "scenario",
        "scenarios", "vignette", "vignettes", "case", "cases", "exercise", "situation", "situations",
    ]
    /// Nouns for a question told by its scene, which name one only after "the" or "that".
    static let scenarioNouns: WordSet = [
        "scenario", "scenarios", "vignette", "vignettes", "case", "cases", "situation", "situations",
    ]
    /// Words that say a scenario is for practice ("a practice scenario", "a mock case").
    static let practiceWords: WordSet = [
        "practice", "practise", "quiz", "test", "exam", "mock", "sample", "review",
    ]
    /// What opens the noun phrase.
    static let questionDeterminers: WordSet = ["the", "that", "a", "an", "another", "your", "ur", "next"]
    /// Words before the noun phrase of a line that asks to be given or to do it ("can we do",
    /// "i'd like", "ok lets try", "what about").
    static let choosingWords: WordSet = [
        "do", "let's", "lets", "let", "us", "can", "could", "would", "we", "i", "get", "have", "give", "me", "gimme",
        "want", "wanna", "like", "i'd", "id", "try", "how", "what", "about", "go", "with", "pick", "ask", "hit",
        "throw", "pose", "present",
        "take", "i'll", "ill", "choose", "start", "lemme", "you", "u", "ready", "for", "im", "i'm", "just", "maybe",
        "now", "then", "please", "pls", "plz", "yeah", "sure", "cool", "great", "fine", "nice", "alright", "and",
        // "let's" comes out of the analyzer as "let is"; "whats a good question on trust".
        "is", "whats",
    ]
    /// The verbs among them: a line that is not a bare noun phrase needs one.
    static let choosingVerbs: WordSet = [
        "do", "get", "have", "give", "gimme", "want", "wanna", "like", "try", "pick", "ask", "hit", "throw", "take",
        "choose", "start", "go", "ready",
        // "Could you pose the scenario about…", "present the case where…": verbs of setting a question.
        "pose", "present",
    ]
    /// Words that tie a scene to the noun ("the one with…", "a question about…").
    static let sceneLinks: WordSet = [
        "with", "about", "where", "when", "on", "in", "that", "who", "from", "for", "regarding", "involving", "w",
        "re", "bout", "abt", "comparing", "covering", "testing", "contrasting", "like",
    ]
    /// Words that may end the line after the noun without changing it.
    static let afterRequest: WordSet = [
        "please", "pls", "plz", "now", "next", "again", "then", "thanks", "thx", "ty", "ok", "okay", "maybe", "first",
        "today", "quickly",
        // "Empathy vs sympathy question go", "the trust one, go!": the learner's starting signal.
        "go", "asap",
    ]
    /// Words inside the phrase that point to a listed option or a degree, not a scene ("the
    /// second one", "the other one", "the harder one").
    static let notAScene: WordSet = [
        "first", "second", "third", "last", "other", "same", "previous", "former", "latter", "right", "wrong",
        "correct", "harder", "easier", "hard", "easy", "tougher", "simpler", "which", "each", "every", "no", "any",
    ]

    /// Whether the line asks for a question by naming it. With a question open, a noun phrase
    /// alone or one headed by "one" answers it ("the family one", "i'd go with the one who
    /// trusts the counselor"): only a question noun after a verb asks for another.
    static func asksForAQuestion(_ analysis: Analysis, questionOpen: Bool) -> Bool {
        let w = analysis.tokens.map(\.word).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        guard let d = w.firstIndex(where: questionDeterminers.contains), d <= 6 else { return false }
        let before = w[..<d]
        guard before.allSatisfy({ choosingWords.contains($0) || openers.contains($0) }) else { return false }
        let hasVerb = before.contains(where: choosingVerbs.contains)
        guard hasVerb || !questionOpen && before.allSatisfy({ openers.contains($0) || $0 == "and" }) else {
            return false
        }
        guard let h = w[(d + 1)...].prefix(7).firstIndex(where: questionNouns.contains) else { return false }
        let phrase = w[(d + 1)..<h]
        if phrase.contains(where: { notAScene.contains($0) || questionDeterminers.contains($0) && $0 != "the" }) {
            return false
        }
        // "one" is a question only after "the"/"that" ("give me another one" asks for more),
        // or after "next"/"another" with its scene ("next one about confidentiality").
        let sceneFollows = w.dropFirst(h + 1).first.map(sceneLinks.contains) ?? false
        if w[h] == "one"
            && (questionOpen
                || !["the", "that"].contains(w[d]) && !(["next", "another"].contains(w[d]) && sceneFollows))
        {
            return false
        }
        // "The scenario where…" names one of the tutor's; "a scenario where it applies" asks
        // for an example, "a case to work through" for a question.
        // "A practice scenario on boundaries" says it is for practice.
        if scenarioNouns.contains(w[h]) && !["the", "that"].contains(w[d]) {
            return toWorkThrough(w[(h + 1)...]) || phrase.contains(where: practiceWords.contains)
        }
        // "the one" alone names nothing; the scene is before the noun or after it.
        let after = w[(h + 1)...]
        let scene = after.first.map(sceneLinks.contains) ?? false
        // "Let's do the big one, what the alliance is": a question told after a comma, as an
        // appositive that says which, after a verb of choosing ("the harsh one, why does it
        // backfire" picks a side of a comparison and asks of it).
        let told =
            hasVerb && after.first.map { questionWords.contains($0) || $0 == "whether" } == true
            && [",", ":", " -", " —"].contains { analysis.text.lowercased().contains(w[h] + $0) }
        guard scene || told || after.allSatisfy(afterRequest.contains) else { return false }
        return !phrase.isEmpty || scene
    }
}

extension LineForm {
    /// "Can we do the grieving client with the two responses", "let's try the wedding beers
    /// guy": a verb of choosing, then "the" and a scene with no word for a question. Only a
    /// form: the caller asks the question finder whether the scene tells one question.
    static func choosesAScene(_ analysis: Analysis) -> Bool {
        let w = words(analysis).filter { $0.contains(where: { $0.isLetter }) }
        guard let d = w.firstIndex(of: "the"), d <= 4, w.count - d >= 3 else { return false }
        let before = w[..<d]
        return before.allSatisfy(choosingWords.contains) && choosesByAVerb(before)
            && !w.contains(where: questionNouns.contains)
    }
}

extension LineForm {
    /// "Gimme one on cultural humility", "give me something on harsh confrontation", "hit me
    /// with one about lapses": a pronoun for a question ("one", "something") handed over by
    /// a verb of giving, then what it is to be on. Without a scene link after it, the pronoun
    /// asks for more of what was just given ("give me one more", "give me something tougher").
    static func asksForOneOn(_ analysis: Analysis) -> Bool {
        let w = words(analysis).filter { $0.contains(where: { $0.isLetter }) }
        let giving: [[String]] = [
            ["gimme"], ["give", "me"], ["hit", "me", "with"], ["throw", "me"], ["send", "me"], ["toss", "me"],
        ]
        let polite: Set<String> = [
            "can", "could", "would", "will", "you", "u", "ya", "please", "pls", "plz", "just", "now",
        ]
        let start = w.prefix { polite.contains($0) }.count
        guard start <= 3, let verb = giving.first(where: { w[start...].starts(with: $0) }) else { return false }
        let rest = Array(w[(start + verb.count)...])
        guard rest.count >= 3, ["one", "something"].contains(rest[0]) else { return false }
        return ["on", "about", "abt", "bout", "re", "regarding", "covering", "testing"].contains(rest[1])
    }

    /// "A case to work through", "a scenario to practice on": what follows the noun gives the
    /// learner something to do with it.
    static func toWorkThrough(_ after: ArraySlice<String>) -> Bool {
        let doing: Set<String> = [
            "work", "solve", "practice", "practise", "answer", "try", "tackle", "handle", "do", "respond", "react",
        ]
        let next = Array(after.prefix(3))
        // "A situation and i'll tell you what to do": the learner will answer it.
        if next.first == "and" && next.count >= 2 && ["ill", "i'll", "i"].contains(next[1]) { return true }
        return next.first == "to" && next.count >= 2 && doing.contains(next[1])
    }

    /// "Empathy vs sympathy question please", "insurance scenario": a bare noun phrase headed
    /// by a question noun, with nothing open, names the question it wants: one noun,
    /// singular ("open questions" is a technique), and not a follow-up ("and …?").
    static func namesABareQuestion(_ analysis: Analysis) -> Bool {
        let nouns: Set<String> = [
            "question", "q", "qn", "scenario", "vignette", "case", "situation", "problem", "quiz",
        ]
        guard !continues(analysis) else { return false }
        let w = words(analysis).filter { $0.contains(where: { $0.isLetter }) }
        guard let h = w.lastIndex(where: nouns.contains), h >= 1, w.count <= 8,
            w[(h + 1)...].allSatisfy(afterRequest.contains)
        else { return false }
        let phrase = w[..<h]
        let verbs = auxiliaries.union(questionWords).union(copulas).union(choosingVerbs).union(["i", "you", "me"])
        return !phrase.contains(where: { verbs.contains($0) || notAScene.contains($0) })
    }

    /// "I want to be tested on the alliance", "see if i know the difference between…", "make
    /// me explain informed consent": asking to be tested, put with no noun for a question and
    /// none of the quiz cues' own words first. With nothing open (with a question open, "let
    /// me see if i got it: …" goes on to answer).
    static func asksToBeTested(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.word)
        let tested: Set<String> = ["tested", "quizzed", "examined", "drilled", "questioned"]
        let knowing: Set<String> = ["know", "understand", "get", "got", "remember", "understood", "know"]
        let explaining: Set<String> = ["explain", "describe", "define", "answer"]
        // "Now ask about the difference between…", "ask something about discord": the tutor
        // told to ask.
        let start = words(analysis).drop { ["now", "then", "next", "pls", "please", "ok", "okay"].contains($0) }
        if start.first == "ask",
            start.dropFirst().first.map({ ["about", "something", "anything", "another", "questions"].contains($0) })
                == true
        {
            return true
        }
        // "Ask me about the bad day, when…", "ask me on relapse": the learner to be asked.
        if start.starts(with: ["ask", "me"]) || start.starts(with: ["ask", "us"]),
            start.dropFirst(2).first.map({
                ["about", "on", "something", "a", "an", "another", "regarding"].contains($0)
            })
                == true
        {
            return true
        }
        // "Pregúntame about the safety net", "preguntame algo sobre…": a learner who mixes in
        // Spanish asks the same with its one word for "ask me" (read as typed: the speller
        // knows no Spanish).
        let typed = analysis.tokens.map { $0.typed.folding(options: .diacriticInsensitive, locale: nil) }
        if typed.count >= 3, askMeWords.contains(typed[0]),
            ["about", "on", "something", "a", "an", "another", "regarding", "algo", "sobre", "una", "de", "del"]
                .contains(typed[1])
        {
            return true
        }
        return w.indices.dropLast().contains { i in
            let next = w[i + 1]
            if ["be", "get", "getting", "being"].contains(w[i]) && tested.contains(next) { return true }
            if ["make", "have"].contains(w[i]) && next == "me" {
                return w.dropFirst(i + 2).first.map(explaining.contains) == true
            }
            guard ["see", "check", "test"].contains(w[i]), ["if", "whether"].contains(next) else { return false }
            let rest = w.dropFirst(i + 2).prefix(3)
            return rest.first.map { ["i", "im", "i'm"].contains($0) } == true && rest.contains(where: knowing.contains)
        }
    }

    /// One word for "ask me" or "test me" in Spanish, which learners who mix languages use
    /// (accents folded away).
    /// (round 29) Swahili's "niulize" (ask me) and "nijaribu" (test me) too.
    static let askMeWords: WordSet = ["preguntame", "preguntanos", "examiname", "evaluame", "niulize", "nijaribu"]

    /// "Bring it to supervision", "maybe gently ask what others have noticed", "reflect how
    /// he's feeling": what to do, put as an instruction to the counselor, which answers a
    /// question on how to respond. A verb first (not a question word, an auxiliary or a
    /// request to the tutor), three words or more, and someone or something acted on.
    static func tellsWhatToDo(_ analysis: Analysis) -> Bool {
        let manner: Set<String> = ["maybe", "just", "probably", "gently", "then", "first", "definitely", "prob"]
        let w = words(analysis).drop { manner.contains($0) }
        guard let first = w.first, w.count >= 3, !isQuestionShaped(analysis) else { return false }
        if questionWords.contains(first) || auxiliaries.contains(first) || copulas.contains(first) { return false }
        let determiners: Set<String> = ["the", "a", "an", "this", "that", "my", "your", "i", "you", "we", "me"]
        if determiners.contains(first) || others.contains(first) { return false }
        let objects: Set<String> = ["it", "them", "him", "her", "his", "their", "what", "how", "why"]
        // "Check agency policy first": a step put in its order is what to do.
        let ordered: Set<String> = ["first", "beforehand", "afterwards", "afterward"]
        return w.dropFirst().contains { objects.contains($0) || others.contains($0) } || ordered.contains(w.last ?? "")
    }
}
