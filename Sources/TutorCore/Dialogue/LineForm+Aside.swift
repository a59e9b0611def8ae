import Foundation

/// Round 14: forms of a line said beside an open question that ask the tutor for something
/// (a definition, a demonstration, help, the tutor's own scope) rather than answer it, and
/// forms of a request for a question that the quiz reading missed.
extension LineForm {
    /// "Please give me question about…", "can you give me questions on trust": a verb of
    /// giving or wanting, then a noun for a question with no article (second-language
    /// English drops it), then what it is to be about. "Can I ask question about…" is the
    /// learner asking, not asking to be asked.
    static func asksForAQuestionWithoutArticle(_ analysis: Analysis) -> Bool {
        let w = words(analysis).filter { $0.contains(where: { $0.isLetter }) }
        let nouns: Set<String> = ["question", "questions", "q", "qs", "quiz", "scenario", "case", "exercise"]
        guard let h = w.firstIndex(where: nouns.contains), h >= 1, h <= 6, h + 2 < w.count,
            sceneLinks.contains(w[h + 1])
        else { return false }
        let before = w[..<h]
        guard before.allSatisfy({ choosingWords.contains($0) || openers.contains($0) }) else { return false }
        let giving: Set<String> = ["give", "gimme", "get", "want", "wanna", "like", "throw", "try", "do"]
        if let a = before.firstIndex(of: "ask"), a + 1 < w.count, ["me", "us"].contains(w[a + 1]) { return true }
        return before.contains(where: giving.contains)
    }

    /// "What are you getting at?", "what r u saying", "what are you driving at here": the
    /// learner asks what the tutor's last words meant.
    static func asksWhatTheTutorIsSaying(_ w: [String]) -> Bool {
        // "What r u even asking me": a word that only presses the question may stand before the verb.
        var w = w.enumerated().filter { $0.offset != 3 || !["even", "really", "actually"].contains($0.element) }
            .map(\.element)
        // (round 29) "What exactly you are asking me?": a pressing word after "what", and the
        // subject before its verb, as a learner of English may put it.
        if w.count >= 5, w[0] == "what", ["exactly", "even", "really"].contains(w[1]) { w.remove(at: 1) }
        if w.count >= 4, w[0] == "what", ["you", "u", "ya"].contains(w[1]), ["are", "r", "is"].contains(w[2]) {
            w.swapAt(1, 2)
        }
        guard w.count >= 4, w.count <= 7, w[0] == "what", ["are", "r", "is"].contains(w[1]),
            ["you", "u", "ya"].contains(w[2])
        else { return false }
        let saying: Set<String> = ["getting", "driving", "saying", "asking", "hinting", "aiming", "after"]
        let aside: Set<String> = ["at", "here", "there", "exactly", "now", "with", "this", "that", "by", "me", "us"]
        return saying.contains(w[3]) && w[4...].allSatisfy(aside.contains)
    }

    /// "Can you give me some help?", "i need help with this one", "help please": help asked
    /// with the question, which is a hint while a question is open. Help with the tool
    /// itself ("how do I use this tool", "what commands are there") is not.
    static func asksForHelpWithTheQuestion(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        guard w.count <= 10, w.contains(where: { ["help", "hand", "clue", "pointer", "nudge"].contains($0) }) else {
            return false
        }
        let tool: Set<String> = [
            "tool", "tutor", "app", "program", "command", "commands", "use", "using", "work", "works", "bot", "site",
            "type", "save", "quit", "exit",
        ]
        if w.contains(where: tool.contains) || w.contains(where: others.contains) { return false }
        let asking: [[String]] = [
            ["can", "you"], ["could", "you"], ["can", "u"], ["could", "u"], ["would", "you"], ["give", "me"],
            ["i", "need"], ["need"], ["help"], ["some", "help"], ["a", "little", "help"], ["any", "help"],
        ]
        let start = Array(w.drop { ["please", "pls", "plz", "just"].contains($0) })
        return asking.contains { start.starts(with: $0) }
    }

    /// "Before I continue: how …", "side note: how do I …", "quick check: …": a short
    /// preamble closed by a colon, then the line proper. The text after the colon, or nil.
    static func textAfterPreamble(_ analysis: Analysis) -> String? {
        let text = analysis.text
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let head = text[..<colon].split(whereSeparator: { $0 == " " })
        let rest = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard (1...4).contains(head.count), rest.split(separator: " ").count >= 3 else { return nil }
        return rest
    }

    /// "Client rate session, rate progress, why? quiz me", "court orders. test me pls": what
    /// to be asked about told first, then a bare request to be quizzed in a clause of its
    /// own that ends the line.
    static func endsOnAQuizRequest(_ analysis: Analysis) -> Bool {
        guard let last = analysis.tokens.last else { return false }
        let tail = analysis.tokens.filter { $0.clause == last.clause && $0.sentence == last.sentence }.map(\.word)
        guard tail.count < analysis.tokens.count - 1 else { return false }
        let core = tail.filter { !["pls", "please", "plz", "now", "then", "ok", "so", "and"].contains($0) }
        return core.count == 2 && ["quiz", "test", "ask"].contains(core[0]) && ["me", "us"].contains(core[1])
    }

    /// "Before I go on, what does the term denote?", "Kindly remind me, what does 42 CFR Part 2
    /// cover?": a short lead-in closed by a comma, then a question (a question word, an
    /// auxiliary or a modal first) that ends the line on its question mark. The lead-in and
    /// the question, or nil. Whether the lead-in says nothing of the answer is the caller's to
    /// judge ("he'd get defensive, why would he stay?" argues an answer).
    static func questionAfterLeadIn(_ analysis: Analysis) -> (leadIn: String, question: String)? {
        let text = analysis.text
        // Or a short first sentence ("copy. can you show me what it sounds like"), then a
        // request put to the tutor, which needs no question mark.
        guard let comma = text.firstIndex(where: { $0 == "," || $0 == "." }) else { return nil }
        let head = text[..<comma].split(whereSeparator: { $0 == " " })
        let rest = text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        let restWords = rest.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        let request =
            restWords.count >= 3 && ["can", "could", "would", "will"].contains(restWords[0])
            && ["you", "u"].contains(restWords[1])
        guard text.hasSuffix("?") || request && text[comma] == "." && !rest.contains("."),
            text[comma] == "," || head.count <= 3,
            (1...5).contains(head.count), restWords.count >= 3, !rest.dropLast().contains("?"),
            let first = restWords.first.map({ fusedQuestionWords[$0]?.first ?? $0 }),
            questionWords.contains(first) || auxiliaries.contains(first) || ["may", "might"].contains(first)
        else { return nil }
        // The request is put to the tutor, as a question is.
        return (String(text[..<comma]), text.hasSuffix("?") ? rest : rest + "?")
    }

    /// "Why not a plan? Plans work.", "Why is it not a violation? In my country…": a "why"
    /// question that doubts what the tutor said (a negation in it), closed by its question
    /// mark, then the learner's own reason for the doubt. It asks why; it answers nothing,
    /// unless what follows opens as an answer ("because…").
    static func doubtsWhatWasSaid(_ analysis: Analysis) -> Bool {
        // (round 29) "Hold on, why wouldn't I just promise that?": a pause or a filler first.
        let lead = leadingPauseCount(analysis.tokens.map(\.word))
        guard lead < analysis.tokens.count else { return false }
        let first = analysis.tokens[lead]
        guard first.word == "why" || first.word == "how" else { return false }
        let text = analysis.text
        guard let end = text.firstIndex(where: { ".!?".contains($0) }), text[end] == "?" else { return false }
        let sentence = analysis.tokens[lead...].filter { $0.sentence == first.sentence }.map(\.word)
        let negated: Set<String> = [
            "not", "isnt", "arent", "cant", "cannot", "shouldnt", "wouldnt", "doesnt", "dont", "never", "no",
        ]
        guard sentence.count >= 2, sentence.count <= 8, sentence.contains(where: negated.contains) else { return false }
        if first.word == "how" && sentence.dropFirst().first != "come" { return false }
        // "Why not just listen to him?", "why don't you ask her": a suggestion put as a
        // question offers an answer. A doubt names a thing ("why not a plan?") or asks why
        // something is not so ("why is it not a violation?").
        if sentence.count >= 2 && sentence[1] == "not" {
            let named: Set<String> = ["a", "an", "the", "that", "this", "it", "one", "any", "some"]
            if let next = sentence.dropFirst(2).first(where: { $0 != "just" }), !named.contains(next) { return false }
        }
        if sentence.count >= 3 && ["dont", "do"].contains(sentence[1]) && ["you", "u", "we", "i"].contains(sentence[2])
        {
            return false
        }
        let after = analysis.tokens.filter { $0.sentence != first.sentence }.map(\.word)
        let answering: Set<String> = ["because", "cause", "cuz", "bc", "since", "so", "by", "to"]
        return after.first.map { !answering.contains($0) } ?? true
    }

    /// How many words open the line as a pause asked for or a filler ("hold on", "wait",
    /// "ok so") before the line proper.
    static func leadingPauseCount(_ w: [String]) -> Int {
        var i = 0
        if pauses.contains(where: { w.starts(with: $0) }) { i = 2 }
        while i < w.count, openers.contains(w[i]) { i += 1 }
        return i
    }

    /// The line's first sentence, through its mark, when more follows it.
    static func firstSentence(_ analysis: Analysis) -> String? {
        let text = analysis.text
        guard let end = text.firstIndex(where: { ".!?".contains($0) }) else { return nil }
        let rest = text[text.index(after: end)...]
        return rest.contains(where: \.isLetter) ? String(text[...end]) : nil
    }

    /// Whether the line's first sentence ends on a question mark.
    static func firstSentenceAsks(_ analysis: Analysis) -> Bool {
        analysis.text.first(where: { ".!?".contains($0) }) == "?"
    }

    /// "Family insistence. define.", "abstinence violation effect = ?", "lapse meaning?": a
    /// term, then a request word alone (or an equals sign with nothing after it): what the
    /// term means, asked tersely.
    static func asksTersely(_ analysis: Analysis) -> Bool {
        var text = analysis.text.trimmingCharacters(in: .whitespaces)
        while let last = text.last, "?.! ".contains(last) { text.removeLast() }
        if text.hasSuffix("=") { return text.dropLast().contains(where: \.isLetter) }
        // "Compliance, meaning what?", "trust. definition pls": a word that only presses the
        // request may follow it.
        let pressing: Set<String> = ["what", "please", "pls", "plz", "exactly", "again", "here"]
        var tokens = analysis.tokens[...]
        if tokens.count >= 3, let end = tokens.last, pressing.contains(end.word) { tokens = tokens.dropLast() }
        guard let last = tokens.last, tokens.count >= 2 else { return false }
        let requests: Set<String> = ["define", "definition", "meaning", "explain", "example", "examples", "eg"]
        // (round 26) "stages of change again, list": a verb that asks the parts set out, too.
        guard requests.contains(last.word) || Tutor.listingVerbs.contains(last.word) else { return false }
        // The request word stands alone: its own sentence or clause ("trust. define."), or
        // "meaning?" after a term.
        let before = tokens[tokens.endIndex - 2]
        return before.clause != last.clause || last.word == "meaning" && analysis.text.hasSuffix("?")
    }

    /// "Could you model a double-sided reflection for me", "can you demonstrate it", "show me
    /// what you mean", "show me what that looks like": the tutor asked to show the thing in
    /// use, an example.
    static func asksToDemonstrate(_ analysis: Analysis) -> Bool {
        var w = words(analysis)
        if w.first == "then" { w.removeFirst() }
        let shows: Set<String> = ["model", "demonstrate", "demo", "show"]
        if let verb = verbAskedOfTheTutor(w), shows.contains(verb),
            verb != "show" || w.count > 3 && ["me", "us"].contains(w[3])
        {
            return w[2] != "show" || showsWhatIsMeant(Array(w.dropFirst(4)))
        }
        if w.count >= 3, w[0] == "show", ["me", "us"].contains(w[1]) { return showsWhatIsMeant(Array(w.dropFirst(2))) }
        if asksForAnExampleOfWhatWasSaid(w) { return true }
        // "Can you do one for 'my boss is on me'", "could you write one for a teen": one of
        // what was just discussed, made for a case.
        if let verb = verbAskedOfTheTutor(w), ["do", "write", "make", "try"].contains(verb), w.count > 4,
            ["one", "another"].contains(w[3]), ["for", "with", "about", "on"].contains(w[4])
        {
            return true
        }
        return false
    }

    /// "Can you give me an example of what you mean?", "could u show an example of that",
    /// "yuh can give mi an example of dat?": the tutor asked to give or show an example of
    /// what it just said (a pointer, or "what you mean"), whatever "what … mean" cues of a
    /// definition. The modal and "you" either way round ("you can give…?" asks too).
    static func asksForAnExampleOfWhatWasSaid(_ w: [String]) -> Bool {
        let you: Set<String> = ["you", "u", "ya", "yuh", "yu"]
        let modals: Set<String> = ["can", "could", "would", "will"]
        guard w.count >= 5,
            modals.contains(w[0]) && you.contains(w[1]) || you.contains(w[0]) && modals.contains(w[1]),
            ["give", "show"].contains(w[2]),
            let e = w.firstIndex(where: { ["example", "examples"].contains($0) }), e <= 5, e + 2 < w.count,
            w[e + 1] == "of"
        else { return false }
        let object = Array(w[(e + 2)...])
        let pointers: Set<String> = ["that", "this", "it", "dat", "dis", "those", "these"]
        if object.count == 1 { return pointers.contains(object[0]) }
        return object.count <= 4 && object[0] == "what" && object.contains(where: you.contains)
            && object.contains(where: ["mean", "meant", "said", "saying"].contains)
    }

    /// "Can you explain…", "could u give…", "would you model…": the verb the tutor is asked
    /// to do, after a modal and "you" as the line's first words; nil for any other opening.
    static func verbAskedOfTheTutor(_ w: [String]) -> String? {
        guard w.count >= 3, ["can", "could", "would", "will"].contains(w[0]), ["you", "u", "ya"].contains(w[1])
        else { return nil }
        return w[2]
    }

    /// After "show me": what the tutor means or what it looks like, or an example of it.
    private static func showsWhatIsMeant(_ w: [String]) -> Bool {
        if w.starts(with: ["what"]) {
            // (round 29) "Show me what empathy sounds like": how it sounds, shown.
            return w.prefix(5).contains { ["mean", "means", "meant", "look", "looks", "sound", "sounds"].contains($0) }
        }
        return w.first.map { ["an", "one", "example", "examples", "it"].contains($0) } == true
            && !w.contains("answer")
    }

    /// "How do I get this tool to show me a model answer", "which other areas does this tutor
    /// cover": a question (by its mark or its first word) about the tutor itself, named as
    /// such ("quiz me on discord, not the app" names the app only to set it aside).
    static func namesTheTutor(_ w: [String], asked: Bool) -> Bool {
        guard asked || w.first.map({ questionWords.contains($0) || auxiliaries.contains($0) }) == true else {
            return false
        }
        let tutor: Set<String> = ["tool", "tutor", "app", "program", "bot", "chatbot", "software", "site"]
        return w.indices.dropLast().contains { i in
            ["this", "the", "your", "ur"].contains(w[i]) && tutor.contains(w[i + 1]) && (i == 0 || w[i - 1] != "not")
        }
    }

    /// Words that ask which topics there are.
    static let topicWords: WordSet = ["areas", "topics", "subjects", "cover", "covers", "teach", "teaches"]

    /// "What's the most important thing to study for this section", "how should i prep for
    /// the ethics part": the learner asks how to study, a question of study advice.
    static func asksWhatToStudy(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        guard w.count >= 4, analysis.text.hasSuffix("?") || questionWords.contains(w[0]) || auxiliaries.contains(w[0])
        else { return false }
        if w.contains(where: { ["client", "clients", "patient", "patients"].contains($0) }) { return false }
        let studying: Set<String> = [
            "study", "prep", "prepare", "revise", "memorize", "memorise", "cram", "review", "studying", "prepping",
        ]
        return zip(w, w.dropFirst()).contains { a, b in ["to", "i", "should", "we"].contains(a) && studying.contains(b)
        }
    }
}
