/// Side requests put in forms the matcher reads by a stray cue. First, a question about how
/// a topic figures in the learner's exam ("is this a big topic on the exam?", "how much of
/// the research do i need for the exam", "how should i remember the difference for the
/// exam"): study advice, whatever a topic, a "how" or a concept in it cues.
extension LineForm {
    /// Words that name the exam.
    static let examWords: WordSet = [
        "exam", "exams", "test", "tests", "boards", "final", "finals", "licensing", "examination", "examinations",
    ]
    /// (round 29) Words that say which exam, between the determiner and the exam ("on the
    /// certification exam", "on the ADC examination", "for the state boards").
    static let examQualifiers: WordSet = [
        "certification", "certifying", "credentialing", "licensure", "state", "national", "real", "actual", "written",
        "adc", "cadc", "lcdc", "mht", "ncac", "naadac", "ic", "rc", "big", "official", "counselor", "counseling",
    ]
    /// Words that weigh a topic for the exam or speak of studying it.
    static let weighingWords: WordSet = [
        "big", "biggest", "important", "need", "needed", "lot", "much", "often", "remember", "memorize",
        "memorise", "study", "focus", "matter", "matters", "tested", "weighted", "worth", "emphasized",
        // "What's most likely on the exam", "how should i prep for the ethics part of the exam".
        "likely", "common", "prep", "prepare", "review", "cram",
    ]

    /// The exam named as where the topic counts: "on the exam", "for the test", "on exams".
    static func placesOnTheExam(_ w: [String]) -> Bool {
        w.indices.contains { i in
            guard ["on", "for", "in"].contains(w[i]) else { return false }
            var next = Array(w[(i + 1)...].prefix(4))
            // "On the certification exam": the words that say which exam are passed over.
            if next.count >= 3, examQualifiers.contains(next[1]) {
                next.remove(at: 1)
                if next.count >= 3, examQualifiers.contains(next[1]) { next.remove(at: 1) }
            }
            next = Array(next.prefix(2))
            return next.contains(where: examWords.contains)
                && (examWords.contains(next.first ?? "") || ["the", "my", "our", "an", "a"].contains(next.first ?? ""))
        }
    }

    /// Whether the line asks how much a topic counts on the exam or how to study it for the
    /// exam: a question (by its mark or its first word) that places the topic on the exam and
    /// weighs it ("big", "important", "need", "a lot") or speaks of studying it ("remember",
    /// "memorize", "study", "focus"). "What does X mean on the exam" asks what X means.
    static func asksHowItCountsOnTheExam(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        guard w.count >= 4, placesOnTheExam(w) else { return false }
        let asked = analysis.text.hasSuffix("?") || questionWords.contains(w[0]) || auxiliaries.contains(w[0])
        guard asked else { return false }
        return w.contains(where: weighingWords.contains)
    }
}

extension LineForm {
    /// "What's an example of one of those rating forms", "what are some examples of
    /// boundary crossings": a question whose head is "an example of…", whatever comparison
    /// or term the rest of it cues ("one of those").
    static func asksWhatAnExampleIs(_ w: [String]) -> Bool {
        guard w.count >= 4, w[0] == "what", copulas.contains(w[1]) else { return false }
        guard let i = w[2...].prefix(3).firstIndex(where: { ["example", "examples"].contains($0) }) else {
            return false
        }
        return i + 1 == w.count || w[i + 1] == "of"
    }
}

extension LineForm {
    /// "How long do i have to answer this", "is there a time limit on these", "is this
    /// timed?": the learner asks how much time the tutor gives, a question about the tutor
    /// (help), whatever topic a word of it cues ("how long" asks how a process goes). A
    /// question by its mark or its first word, about a limit on time or the time the learner
    /// has.
    static func asksAboutTime(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        guard w.count >= 3, analysis.text.hasSuffix("?") || questionWords.contains(w[0]) || auxiliaries.contains(w[0])
        else { return false }
        let limited = zip(w, w.dropFirst()).contains { a, b in
            a == "time" && ["limit", "limits", "limited"].contains(b)
        }
        if limited || auxiliaries.contains(w[0]) && w.contains("timed") { return true }
        // "How long do I have", "how much time do i get": the learner's own time.
        let asked = w.starts(with: ["how", "long"]) || w.starts(with: ["how", "much", "time"])
        guard asked, let i = w.firstIndex(where: { ["have", "get", "got"].contains($0) }), i >= 3 else { return false }
        return ["i", "we", "u", "you"].contains(w[i - 1])
    }
}

extension LineForm {
    /// "How am I doing so far", "how am i doin today", "How am I faring overall?": the learner
    /// asks how they are doing (progress), whatever the matcher made of a verb it does not
    /// know or a dropped letter. The words as typed: "how", "am I" (or "I'm"), a verb of
    /// faring, then at most a few words of when or where ("so far", "overall", "on these");
    /// "how am I going to remember all this" asks something else.
    static func asksHowTheyFare(_ analysis: Analysis) -> Bool {
        let w = Array(analysis.tokens.map(\.typed).drop(while: openers.contains))
        guard w.count >= 3, w[0] == "how" else { return false }
        if asksHowManyTheyGot(w) { return true }
        // "How i doing so far", "how mi doing": the copula dropped, as some English drops it.
        let subject =
            w.dropFirst().starts(with: ["am", "i"]) ? 3 : ["im", "i'm", "i", "mi", "me"].contains(w[1]) ? 2 : 0
        guard subject > 0, subject < w.count else { return false }
        let faring: Set<String> = [
            "doing", "doin", "faring", "going", "goin", "getting", "gettin", "progressing", "coming", "comin",
        ]
        guard faring.contains(w[subject]) else { return false }
        let rest = w[(subject + 1)...]
        let when: Set<String> = [
            "so", "far", "today", "overall", "now", "lately", "on", "along", "here", "then", "in", "general", "this",
            "session", "at", "all", "with", "it", "these", "those", "questions", "really", "honestly", "tho", "though",
            "up", "till", "until",
        ]
        return rest.count <= 4 && rest.allSatisfy(when.contains)
    }

    /// "How many have i got now", "how many did I get right so far", "how many i got
    /// correct": the learner counts their own right answers (progress). "How many", an
    /// auxiliary at most, the learner, a verb of getting, then only words of when or of
    /// being right ("how many stages do I need" asks about a topic).
    static func asksHowManyTheyGot(_ w: [String]) -> Bool {
        guard w.starts(with: ["how", "many"]) else { return false }
        var i = 2
        if i < w.count, ["have", "did", "do", "ive", "i've"].contains(w[i]) { i += 1 }
        let selves: Set<String> = ["i", "ive", "i've", "we", "mi", "me"]
        guard i < w.count, selves.contains(w[i]) || w[i - 1] == "ive" || w[i - 1] == "i've" else { return false }
        if selves.contains(w[i]) { i += 1 }
        let getting: Set<String> = ["got", "get", "gotten", "gotta", "scored", "answered", "done", "did"]
        guard i < w.count, getting.contains(w[i]) else { return false }
        let rest: Set<String> = [
            "right", "correct", "wrong", "so", "far", "now", "today", "yet", "overall", "out", "of", "in", "total",
            "all", "this", "session",
        ]
        return w[(i + 1)...].count <= 4 && w[(i + 1)...].allSatisfy(rest.contains)
    }
}

extension LineForm {
    /// "No", "nah", "nope", "not now", "no thanks, I'm good": a refusal and nothing else.
    /// Said to an offered question it declines it; to a question asked, it gives no answer.
    static func declines(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.typed).filter { $0.contains(where: \.isLetter) }
        // "Not now", "not yet", "not really": a refusal too.
        let notNow =
            w.first == "not"
            && w.dropFirst().contains { ["now", "yet", "today", "tonight", "rn", "really"].contains($0) }
        guard !w.isEmpty, w.count <= 6, notNow || w.contains(where: refusals.contains) else { return false }
        return w.allSatisfy { refusals.contains($0) || refusalCompanions.contains($0) }
    }

    /// "A different one?", "another one pls", "this one's hard, a new question?": another of
    /// something, said with no example or case named. Just after a question was put, it is
    /// another question the learner asks for.
    static func asksForAnotherOne(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.typed).filter { $0.contains(where: \.isLetter) }
        guard w.count <= 10, !w.contains(where: ["example", "examples", "case", "scenario", "story"].contains)
        else { return false }
        return zip(w, w.dropFirst()).contains { a, b in
            ["another", "different", "new", "next"].contains(a) && ["one", "question", "q", "qs"].contains(b)
        }
    }

    static let refusals: WordSet = ["no", "nah", "nope", "naw", "nay", "nop", "noo", "nooo", "nahh"]
    static let refusalCompanions: WordSet = [
        "not", "now", "right", "thanks", "thank", "you", "thx", "ty", "i'm", "im", "i", "am", "good", "ok", "okay",
        "later", "sorry", "really", "today", "just", "yet", "tonight", "rn", "that's", "thats", "all", "maybe",
    ]

    /// "Give me a practice exam", "can i do a mock test", "10 exam questions", "exam mode":
    /// a set of exam-style items asked for, with how many (the number said, else 10, as
    /// `:exam` gives). One "exam-style question" is a question, and "I failed the practice
    /// test" asks for nothing (the matcher must have read a quiz request first).
    /// `alone`: the line says nothing else ("exam please", "can i do a mock exam"), for a line
    /// the matcher put out of scope, where "a practice test for my driving licence" is.
    static func asksForAnExamSet(_ analysis: Analysis, alone: Bool = false) -> Int? {
        let w = analysis.tokens.map(\.typed).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        let examWords: Set<String> = ["exam", "exams", "test", "tests", "mcq", "mcqs", "boards", "nce", "cadc"]
        guard w.contains(where: examWords.contains) else { return nil }
        let pairs = Array(zip(w, w.dropFirst()))
        let setPairs: Set<[String]> = [
            ["practice", "exam"], ["practice", "test"], ["mock", "exam"], ["mock", "test"], ["exam", "mode"],
            ["exam", "set"], ["sample", "exam"], ["full", "exam"], ["practice", "exams"], ["practice", "tests"],
            ["mock", "exams"], ["exam", "practice"], ["test", "mode"], ["exam", "sim"], ["exam", "simulation"],
        ]
        let plural: Set<String> = ["questions", "items", "qs", "ques", "mcqs"]
        let named = pairs.contains { setPairs.contains([$0.0, $0.1]) }
        let many = w.contains(where: plural.contains)
        let count = w.lazy.compactMap { Int($0) ?? numberWords[$0] }.first
        if alone {
            let polite: Set<String> = [
                "please", "pls", "plz", "can", "could", "i", "do", "a", "an", "me", "give", "start", "lets", "let's",
                "let", "take", "time", "now", "some", "practice", "mock", "mode", "sample", "full", "want", "to", "try",
            ]
            let said = w.allSatisfy { examWords.contains($0) || polite.contains($0) || plural.contains($0) }
            guard said, w.count <= 6 else { return nil }
            return min(max(count ?? 10, 1), 50)
        }
        guard named || many else { return nil }
        return min(max(count ?? 10, 1), 50)
    }

    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "fifteen": 15, "twenty": 20, "few": 5, "couple": 2,
    ]

    /// "Yes", "sure", "ok let's do it", "yes please", "go ahead": agreement and nothing else.
    static func assents(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.typed).filter { $0.contains(where: \.isLetter) }
        guard !w.isEmpty, w.count <= 6 else { return false }
        let heads =
            w.contains(where: assentWords.contains) || w.starts(with: ["go", "ahead"])
            || w.starts(with: ["why", "not"]) || w.starts(with: ["lets", "do"]) || w.starts(with: ["let's", "do"])
        // "Not sure", "i'm not sure" doubt; only "why not" agrees with a "not".
        let rest = w.starts(with: ["why", "not"]) ? Array(w.dropFirst(2)) : w
        guard !rest.contains(where: { ["not", "no", "dont", "don't", "never"].contains($0) }) else { return false }
        return heads && rest.allSatisfy { assentWords.contains($0) || assentCompanions.contains($0) }
    }

    static let assentWords: WordSet = [
        "yes", "yeah", "yea", "yep", "yup", "ya", "yah", "sure", "ok", "okay", "k", "kk", "alright", "ready",
        "definitely",
        "absolutely", "certainly", "aye", "si",
    ]
    static let assentCompanions: WordSet = [
        "please", "pls", "plz", "go", "ahead", "lets", "let's", "let", "us", "do", "it", "that", "sounds", "good",
        "why",
        "fine", "i'm", "im", "i", "am", "hit", "me", "bring", "on", "then", "sure", "thing", "course", "of",
        "great", "cool", "a", "one", "question", "give", "try",
    ]

    /// "Ok", "cool", "i see", "fair enough", "gotcha", "interesting": a note taken, nothing
    /// asked and nothing said about the content (and no question mark).
    static func acknowledges(_ analysis: Analysis) -> Bool {
        // "Ok?", "i see?": a question, or a puzzled echo ("huh?" asks for it plainer).
        guard !analysis.text.contains("?") else { return false }
        let w = analysis.tokens.map(\.typed).filter { $0.contains(where: \.isLetter) }
        guard !w.isEmpty, w.count <= 5 else { return false }
        let phrases: [[String]] = [
            ["i", "see"], ["fair", "enough"], ["got", "it"], ["makes", "sense"], ["i", "get", "it"],
        ]
        let heads =
            w.contains(where: acknowledgements.contains)
            || phrases.contains { w.contains($0) }
        return heads && w.allSatisfy { acknowledgements.contains($0) || acknowledgementCompanions.contains($0) }
    }

    static let acknowledgements: WordSet = [
        "ok", "okay", "k", "kk", "okey", "cool", "alright", "allright", "aight", "understood", "gotcha", "noted",
        "interesting", "neat", "wow", "ahh", "ahhh", "ooh", "oooh",
    ]
    static let acknowledgementCompanions: WordSet = [
        "i", "see", "fair", "enough", "got", "it", "makes", "sense", "get", "oh", "ah", "then", "so", "that", "thats",
        "that's", "very", "really", "yeah", "yes", "yep", "hmm", "well", "now", "all", "right", "sure",
    ]

    /// "Hmm", "umm let me think", "one sec", "hold on, still thinking", a bare "ok": nothing but
    /// hesitation and a wish for time. The learner is thinking, not answering, so nothing is graded (a
    /// wrong first answer would count against their mastery). A line with any other word
    /// ("hmm maybe trust", "hmm or maybe not") is an answer.
    static func thinksAloud(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.typed)
        guard !w.isEmpty, w.count <= 7 else { return false }
        let phrase = thinkingPhrases.contains { w.contains($0) }
        // A bare "ok", "wait", "sure" (taking up the question) answers nothing either.
        if w.allSatisfy(readyWords.contains) { return true }
        guard phrase || w.contains(where: isHesitation) else { return false }
        return w.allSatisfy { thinkingWords.contains($0) || isHesitation($0) }
    }

    /// "hmm", "hm", "umm", "uh", "uhh", "er", "erm", "mmm": a sound of hesitation, however long.
    static func isHesitation(_ word: String) -> Bool {
        let letters = Array(word)
        guard !letters.isEmpty, letters.allSatisfy({ "hmuer".contains($0) }) else { return false }
        // Runs of one letter each: h+ m+, u+ m+, u+ h+, e+ r+ m*, m+.
        var runs: [Character] = []
        for c in letters where runs.last != c { runs.append(c) }
        return [["h", "m"], ["u", "m"], ["u", "h"], ["e", "r"], ["e", "r", "m"], ["m"]].contains(runs)
    }

    static let readyWords: WordSet = ["ok", "okay", "k", "kk", "alright", "wait", "sure"]

    static let thinkingPhrases: [[String]] = [
        ["let", "me", "think"], ["lemme", "think"], ["one", "sec"], ["one", "second"], ["one", "moment"],
        ["one", "min"], ["one", "minute"], ["a", "sec"], ["a", "second"], ["a", "moment"], ["a", "minute"],
        ["hold", "on"], ["hang", "on"], ["thinking"],
    ]

    static let thinkingWords: WordSet = [
        "let", "me", "lemme", "think", "thinking", "one", "a", "sec", "second", "moment", "min", "minute", "hold",
        "hang", "on", "give", "just", "ok", "okay", "well", "so", "wait", "about", "it", "this", "that", "i", "am",
        "still", "ah", "oh",
    ]
}

extension LineForm {
    /// "What did I get wrong on the last one?", "which part did I miss", "what was I missing":
    /// the learner asks which ideas their answer lacked. A short question in these words only.
    static func asksWhatWasMissed(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        guard w.count >= 3, w.count <= 12, ["what", "which", "wat", "whats", "what's"].contains(w[0]),
            w.contains("i") || w.contains("me"), w.contains(where: missedWords.contains)
        else { return false }
        return w.allSatisfy { missedWords.contains($0) || missedCompanions.contains($0) }
    }

    static let missedWords: WordSet = ["miss", "missed", "missing", "wrong", "forget", "forgot", "left"]

    /// "Why was my answer wrong?", "how come that's not complete", "why isn't that enough":
    /// the learner asks why their answer was marked down. A short question in these words
    /// only: "why is harsh confrontation wrong" names a topic, and asks about the content.
    static func asksWhyMarkedDown(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.typed).filter { $0.contains(where: \.isLetter) }
        guard w.count >= 2, w.count <= 10 else { return false }
        let opens = ["why", "whys", "why's", "y"].contains(w[0]) || w.starts(with: ["how", "come"])
        guard opens, w.contains(where: verdictWords.contains) else { return false }
        // "Why wrong?" alone, or with the answer pointed at ("that", "it", "my answer", "i").
        guard w.count == 2 || w.contains(where: answerPointers.contains) else { return false }
        return w.allSatisfy {
            verdictWords.contains($0) || verdictCompanions.contains($0) || answerPointers.contains($0)
        }
    }

    static let verdictWords: WordSet = [
        "wrong", "incorrect", "right", "correct", "complete", "incomplete", "enough", "partial", "partly", "marked",
        "counted", "count", "counts", "accepted", "full", "good",
    ]
    static let answerPointers: WordSet = [
        "that", "that's", "thats", "it", "it's", "its", "this", "my", "answer", "i", "mine", "what", "said",
    ]
    static let verdictCompanions: WordSet = [
        "why", "whys", "why's", "y", "how", "come", "is", "was", "isn't", "isnt", "wasn't", "wasnt", "not", "did",
        "didn't", "didnt", "does", "doesn't", "doesnt", "do", "get", "got", "as", "only", "still", "the", "a", "so",
        "then", "though", "tho", "one", "considered", "you", "u", "say", "mark", "call", "say", "an", "answers",
        "exactly", "again", "yet", "already", "just", "even", "quite", "really",
    ]

    static let missedCompanions: WordSet = [
        "what", "which", "wat", "whats", "what's", "did", "do", "i", "me", "was", "am", "get", "got", "out", "on", "in",
        "the", "last", "one", "question", "that", "this", "part", "parts", "idea", "ideas", "bit", "bits", "it",
        "there", "exactly", "so", "then", "from", "answer", "my", "of", "were", "points", "point", "things", "thing",
    ]
}
