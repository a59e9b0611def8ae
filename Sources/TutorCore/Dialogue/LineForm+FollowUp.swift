/// Forms of a follow-up line that ask for something other than what its cue words suggest
/// when read alone: "like what counts as one" asks for an example, "what do I do with him"
/// how to act, "is that ok to take" whether (and how) to act, "then what works" for what
/// replaces the topic, "one more pls" for more of the same.
extension LineForm {
    /// "Like what counts as crossing one", "such as?", "for example with a teen": a line
    /// that opens by asking for a case.
    static func asksForACase(_ w: [String]) -> Bool {
        let openings: [[String]] = [["like", "what"], ["such", "as"], ["for", "example"], ["for", "instance"]]
        if openings.contains(where: { w.starts(with: $0) }) { return true }
        // "How would that sound with a drinker", "what does it sound like": the words said.
        return ["how", "what"].contains(w.first ?? "")
            && zip(w, w.dropFirst()).contains { a, b in
                ["that", "it", "this"].contains(a) && ["sound", "sounds"].contains(b)
            }
    }

    /// "When should it happen", "when is it used": when something is done, asked of it
    /// rather than of the learner ("when should I do it" asks how to act), asks why then.
    static func asksWhenOfIt(_ w: [String]) -> Bool {
        w.count >= 3 && w[0] == "when" && auxiliaries.contains(w[1]) && !["i", "we", "you", "u"].contains(w[2])
    }

    /// "What do I do with him", "what should we do then", "what do I say when it happens":
    /// the learner asks how to act. Not "what would I say", which asks for an example of
    /// the words.
    static func asksWhatToDo(_ w: [String]) -> Bool {
        let auxiliaries: Set<String> = ["do", "should", "can", "could", "would", "will", "shall"]
        // "When would I give it", "when should we do it": when to act is how to act.
        if w.count >= 4, w[0] == "when", auxiliaries.contains(w[1]), ["i", "we"].contains(w[2]) { return true }
        // "What do I do", "what's the first thing I should do": the learner, an auxiliary, "do".
        guard w.first == "what" else { return false }
        let acts = { (aux: String, at: Int) -> Bool in
            var v = at
            while v < w.count && ["actually", "just", "even", "then"].contains(w[v]) { v += 1 }
            guard v < w.count else { return false }
            // The analyzer may join "do with" into one token.
            return w[v] == "do" || w[v].hasPrefix("do ") || w[v] == "say" && ["do", "should", "can"].contains(aux)
        }
        return w.indices.contains { i in
            guard ["i", "we"].contains(w[i]) else { return false }
            // "What should I do": the auxiliary before the learner; "the first thing I should do": after.
            if i >= 2 && auxiliaries.contains(w[i - 1]) && acts(w[i - 1], i + 1) { return true }
            return i + 1 < w.count && auxiliaries.contains(w[i + 1]) && acts(w[i + 1], i + 2)
        }
    }

    /// "Explain that like im 5", "like i'm a kid", "eli5": a plainer rephrase.
    static func asksLikeAChild(_ w: [String]) -> Bool {
        if w.contains("eli5") { return true }
        let young: Set<String> = ["5", "five", "kid", "child", "baby", "toddler", "10", "ten", "grandma", "dummy"]
        return w.indices.contains { i in
            guard w[i] == "like", i + 2 < w.count else { return false }
            let rest = Array(w[(i + 1)...].prefix(4))
            return ["i", "im", "i'm"].contains(rest[0]) && rest.dropFirst().contains(where: young.contains)
        }
    }

    /// "So sympathy is bad?", "so the first one is worse": a claim put up for checking,
    /// which asks why (or whether) it holds.
    static func checksAJudgment(_ w: [String]) -> Bool {
        let judgments: Set<String> = [
            "bad", "good", "wrong", "worse", "better", "harmful", "useless", "pointless", "enough", "ok", "okay",
            "fine",
            "important", "necessary", "always", "never",
        ]
        guard w.count <= 8, let first = w.first, !questionWords.contains(first), !auxiliaries.contains(first) else {
            return false
        }
        return zip(w, w.dropFirst()).contains { a, b in copulas.contains(a) && judgments.contains(b) }
    }

    /// "Is that ok to take", "is it alright", "is it appropriate to keep it": whether an act
    /// is allowed, which asks how to act.
    static func asksIfAllowed(_ w: [String]) -> Bool {
        let allowed: Set<String> = [
            "ok", "okay", "alright", "fine", "allowed", "appropriate", "ethical", "acceptable", "legal", "unethical",
        ]
        return w.count >= 3 && copulas.contains(w[0]) && ["it", "that", "this", "thats"].contains(w[1])
            && allowed.contains(w[2])
    }

    /// "Then what works", "so what does work", "what would work better": what replaces a
    /// practice just discussed.
    static func asksWhatWorks(_ w: [String]) -> Bool {
        let working: Set<String> = ["works", "work", "helps", "help"]
        return zip(w, w.dropFirst()).contains { a, b in a == "what" && working.contains(b) }
            || zip(w, zip(w.dropFirst(), w.dropFirst(2))).contains { a, rest in
                a == "what" && ["does", "would", "will", "can"].contains(rest.0) && working.contains(rest.1)
            }
    }

    /// "One more pls", "another one", "any other tips", "a few more": more of what was just
    /// given, in a short line that asks for no question.
    static func asksForMore(_ words: [String]) -> Bool {
        // "Another, if you would", "one more, thank you": a courtesy after the request
        // changes nothing of it.
        let courtesies: [[String]] = [
            ["if", "you", "would"], ["if", "you", "could"], ["if", "you", "can"], ["if", "you", "dont", "mind"],
            ["if", "you", "don't", "mind"], ["if", "possible"], ["thank", "you"], ["thanks"], ["thx"], ["kindly"],
        ]
        var w = words
        if let c = courtesies.first(where: { w.count > $0.count && Array(w.suffix($0.count)) == $0 }) {
            w.removeLast(c.count)
        }
        let tail: Set<String> = [
            "pls", "please", "plz", "tips", "ideas", "examples", "ways", "things", "one", "ones", "then", "too",
        ]
        guard w.count <= 5, !w.contains(where: ["question", "questions", "quiz", "test"].contains) else { return false }
        let quantities: Set<String> = ["one", "some", "any", "few", "two", "couple"]
        return w.indices.contains { i in
            let rest = w[(i + 1)...]
            switch w[i] {
            case "more": return i > 0 && quantities.contains(w[i - 1]) && rest.allSatisfy(tail.contains)
            case "another": return rest.allSatisfy(tail.contains)
            case "other": return i > 0 && ["any", "some"].contains(w[i - 1]) && rest.allSatisfy(tail.contains)
            // "Any others?", "a few others".
            case "others":
                return i > 0 && quantities.union(["the", "what"]).contains(w[i - 1]) && rest.allSatisfy(tail.contains)
            default: return false
            }
        }
    }

    /// "Thanks. What else can you do, exactly?" asks what the tutor can do (help); "what else
    /// can we go over", "what else can u teach me" what it covers (topics). Nil for "what
    /// else can I do" (more ways to act) or a line that goes on to name what it is about.
    static func asksWhatElseIsOffered(_ w: [String]) -> Intent? {
        guard let i = w.indices.dropLast(4).first(where: { w[$0] == "what" && w[$0 + 1] == "else" }),
            ["can", "could"].contains(w[i + 2])
        else { return nil }
        let subject = w[i + 3]
        let verb = w[i + 4]
        let rest = w[(i + 5)...]
        let trailing: Set<String> = [
            "exactly", "here", "then", "for", "me", "us", "with", "on", "today", "now", "over",
        ]
        if ["you", "u"].contains(subject) {
            if verb == "do" && rest.allSatisfy(trailing.contains) { return .help }
            if ["teach", "cover", "show"].contains(verb) && rest.allSatisfy(trailing.contains) { return .topics }
            return nil
        }
        let covering: Set<String> = ["learn", "study", "go", "cover", "review", "discuss", "talk", "look"]
        guard ["i", "we"].contains(subject), covering.contains(verb) else { return nil }
        return rest.allSatisfy(trailing.union(["about", "at", "through"]).contains) ? .topics : nil
    }

    /// "So what are they for then", "what is the code even for": what something is for,
    /// which asks why it is there.
    static func asksWhatItIsFor(_ w: [String]) -> Bool {
        let trailing: Set<String> = ["then", "tho", "though", "anyway", "exactly", "even", "really", "again"]
        var w = w.drop { $0 == "then" }.map { $0 }
        while let last = w.last, trailing.contains(last) { w.removeLast() }
        // "What does DARN stand for" asks what it means.
        guard w.count >= 3, !["stand", "stands", "short"].contains(w[w.count - 2]) else { return false }
        return w.first == "what" && w.last == "for"
    }

    /// "Give me one", "show me one pls": after an answer, a case of what it was about
    /// (after a question or with a quiz word it is another question).
    /// "Can you give me one", "ok could u show me one": a polite lead asks the same.
    static func asksForOne(_ w: [String]) -> Bool {
        let polite: Set<String> = ["pls", "please", "plz", "then", "too"]
        let lead: Set<String> = [
            "can", "could", "would", "will", "you", "u", "ya", "ok", "okay", "so", "now", "just", "please", "pls",
        ]
        var w = Array(w.drop { lead.contains($0) })
        while let last = w.last, polite.contains(last) { w.removeLast() }
        return [["give", "me", "one"], ["show", "me", "one"], ["gimme", "one"], ["got", "one"]].contains(w)
    }
}

extension LineForm {
    /// "Give me one …", "gimme one …", "show me one …": a line that opens by asking for one.
    static func asksForOneFirst(_ w: [String]) -> Bool {
        let polite: Set<String> = [
            "can", "could", "would", "will", "you", "u", "ya", "please", "pls", "plz", "just", "now",
        ]
        let w = Array(w.drop { polite.contains($0) })
        return w.starts(with: ["gimme", "one"]) || w.starts(with: ["give", "me", "one"])
            || w.starts(with: ["show", "me", "one"])
    }
}

extension LineForm {
    /// Words that may come before "give me" in a request ("can you give me…", "pls gimme…").
    static let politeBeforeGive: WordSet = [
        "can", "could", "would", "will", "you", "u", "ya", "please", "pls", "plz", "just", "now",
    ]

    /// What is asked for after "give me", "show me", "give us" or "gimme" (once the `polite`
    /// words before it are dropped); nil when the line does not open so.
    static func askedAfterGiveMe(_ w: [String], polite: WordSet) -> [String]? {
        let w = Array(w.drop { polite.contains($0) })
        if w.first == "gimme" { return Array(w.dropFirst()) }
        if w.count >= 2, ["give", "show"].contains(w[0]), ["me", "us"].contains(w[1]) { return Array(w.dropFirst(2)) }
        return nil
    }

    /// "Give me one that's not about drinking", "gimme one where the client is angry", "give
    /// me an example of one", "give me a line that's sympathy": a case asked for, told by
    /// what it holds or says ("give me one on trust", a question's topic, is not).
    static func asksForACaseOfIt(_ w: [String]) -> Bool {
        guard let w = askedAfterGiveMe(w, polite: politeBeforeGive) else { return false }
        let qualifiers: Set<String> = [
            "that", "thats", "that's", "where", "when", "with", "who", "without", "like", "in", "which",
        ]
        // "One from a real case", "one from real life": a case taken from life, not a question
        // "from the exam".
        let real: Set<String> = ["real", "actual", "everyday", "daily", "true"]
        if w.count >= 3, ["one", "another"].contains(w[0]), w[1] == "from" {
            return w.dropFirst(2).prefix(2).contains(where: real.contains)
        }
        if w.count >= 2, ["one", "another"].contains(w[0]) { return qualifiers.contains(w[1]) }
        if w.starts(with: ["an", "example", "of"]), w.count == 4 {
            return ["one", "it", "that", "those"].contains(w[3])
        }
        // "A real life picture of that", "a quick illustration of it": a likeness of the
        // topic, told by a noun for one.
        let likeness: Set<String> = ["picture", "illustration", "snapshot", "instance"]
        if ["a", "an"].contains(w.first ?? ""), let n = w.firstIndex(where: likeness.contains), n <= 4,
            n + 3 == w.count, w[n + 1] == "of"
        {
            return ["it", "that", "this", "one", "those"].contains(w[w.count - 1])
        }
        // "The actual words a counselor would use", "the exact words to say".
        if w.count >= 3, w[0] == "the", ["actual", "exact"].contains(w[1]),
            ["words", "wording", "lines"].contains(w[2])
        {
            return true
        }
        let said: Set<String> = ["line", "sentence", "response", "phrase", "reply", "quote"]
        return w.count >= 3 && w[0] == "a" && said.contains(w[1]) && (qualifiers.contains(w[2]) || w[2] == "for")
    }

    /// "Is it just a one-time signature", "does it mean I approve of everything", "but
    /// doesn't it work for some people", "so technique doesn't matter?": a doubt about the
    /// topic put as a yes-or-no question (a "be" or "do" and the topic's pronoun first), or
    /// a conclusion drawn from it that it does not matter, asks why it holds. Not "is it ok
    /// to…" (whether to act), "is it like…" (a guess at an answer) or a word of difference
    /// (a comparison).
    static func doubtsTheTopic(_ w: [String]) -> Bool {
        let asking: Set<String> = [
            "is", "isnt", "isn't", "does", "doesnt", "doesn't", "do", "dont", "don't", "was", "wasnt", "wasn't", "are",
            "arent", "aren't",
        ]
        let apart: Set<String> = [
            "ok", "okay", "alright", "fine", "allowed", "appropriate", "ethical", "acceptable", "legal", "unethical",
            "like", "a", "an", "the", "what", "why", "how", "when", "different", "same", "similar", "diff",
        ]
        if w.count >= 3, asking.contains(w[0]), ["it", "that", "this"].contains(w[1]), !apart.contains(w[2]),
            !w.contains(where: ["different", "same", "similar", "diff", "difference", "vs", "than"].contains)
        {
            return true
        }
        // "So it means I approve of whatever they did", "that means they're never wrong":
        // what the topic is taken to imply, put up for checking.
        if w.count >= 4, ["it", "that", "this", "thats", "that's"].contains(w[0]),
            ["means", "mean", "meant", "implies", "implied"].contains(w[1]),
            !["what", "that", "to", "for", "in"].contains(w[2])
        {
            return true
        }
        // "So technique doesn't matter?": the topic's claim turned into a conclusion.
        let denying: Set<String> = ["doesnt", "doesn't", "dont", "don't", "not", "never", "didnt", "didn't"]
        return zip(w, w.dropFirst()).contains { a, b in denying.contains(a) && ["matter", "matters"].contains(b) }
    }
}
