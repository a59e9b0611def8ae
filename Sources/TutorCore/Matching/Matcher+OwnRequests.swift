/// Requests about the conversation itself that the cue vote reads as another request, or
/// as a question about the content: a feeling told, the exam's weight of the topics, how to
/// use the tutor, an easier question asked beside a word of confusion.
extension Matcher {
    /// Words after "how" that ask a quantity ("how many items…", "how long").
    static let quantityWords: WordSet = [
        "many", "much", "long", "big", "far", "tall", "old", "often", "large", "small", "soon",
    ]

    /// Words for the exam the learner sits.
    static let examWords: WordSet = [
        "exam", "exams", "test", "tests", "boards", "certification", "licensing", "licensure",
    ]

    /// Words that weigh topics against each other ("the most weight", "most frequently").
    static let weighingWords: WordSet = [
        "most", "frequently", "often", "weight", "important", "matter", "matters", "hardest", "heavily", "likely",
    ]

    /// What a learner may call the tutor itself ("this thing", "this program").
    static let toolWords: WordSet = ["thing", "program", "app", "tutor", "tool", "bot", "software", "chatbot"]

    /// Verbs of working a tool.
    static let operatingWords: WordSet = ["work", "works", "working", "use", "using", "operate", "type"]

    /// Words that open a question.
    static let askingWords: WordSet = ["how", "what", "why", "which", "where", "who", "whats", "hows", "whys"]

    /// Verbs of a request put to the tutor ("give me", "quiz me", "test me").
    static let requestVerbs: WordSet = [
        "give", "gimme", "quiz", "ask", "tell", "show", "explain", "let's", "lets", "hit",
    ]

    /// Words of the learner as the subject of a feeling.
    static let firstPerson: WordSet = ["i", "im", "i'm", "me", "my", "ive", "i've"]

    /// Words of a feeling said of oneself.
    static let feelingVerbs: WordSet = ["feel", "feeling", "feels", "felt"]

    /// Words an upset learner wants to do ("i want to cry").
    static let outbursts: WordSet = ["cry", "scream", "quit", "die"]

    /// The request the line makes of the conversation where the vote read another, or the
    /// vote's own reading.
    func ownRequest(
        _ chosen: (intent: Intent, confidence: Double), _ intents: IntentScores, named: Bool, guessed: Bool,
        tokens: [Token], text: String
    ) -> (intent: Intent, confidence: Double) {
        let score = { (i: Intent) in intents.scores[i] ?? 0 }
        let words = tokens.map(\.word)
        let unnamed = !named || guessed
        // (round 22) "any tricks for listening without judging when the client tells you…": tips
        // asked for a concept named, in a case with a client in it, are tips for the work, not
        // for studying.
        if chosen.intent == .studyAdvice, !unnamed, Self.tellsOfAClient(tokens) {
            return (.howTo, chosen.confidence)
        }
        // "what topics have I already mastered": the learner's own mastery, asked by topic.
        // (round 25) "which topics i still dont have down": what remains for the learner, too.
        if chosen.intent == .topics,
            score(.progress) > 0 && Self.asksOwnMasteryByTopic(tokens) || Self.asksWhatRemainsForMe(tokens)
        {
            return (.progress, chosen.confidence)
        }
        // "that's over my head, something easier": a word of confusion beside a request for an
        // easier item asks for the easier question, not for the same thing said plainer.
        // (Only when the easier cue names the item: "explain that like im a beginner" wants it
        // plainer.)
        if chosen.intent == .simpler, score(.easier) >= tuning.requestOverContentMin,
            Self.asksForAnEasierItem(intents)
        {
            return (.easier, chosen.confidence)
        }
        // "which topics carry the most weight on the exam": the topics weighed for the exam ask
        // what to study, not for the list of topics.
        if chosen.intent == .topics, words.contains(where: Self.examWords.contains),
            words.contains(where: Self.weighingWords.contains)
        {
            return (.studyAdvice, chosen.confidence)
        }
        // "whats gonna be on the test the most": what the exam weighs most, asked with nothing
        // named and no one else's case, is what to study.
        if chosen.intent.isContent, unnamed, words.contains(where: Self.askingWords.contains),
            tokens.indices.contains(where: { Self.isTheExamAsAnEvent(tokens, $0) }),
            words.contains(where: { ["most", "mostly", "heavily", "frequently", "often"].contains($0) }),
            !words.contains(where: { Self.thirdParties.contains($0) || Self.storyPeople.contains($0) })
        {
            return (.studyAdvice, chosen.confidence)
        }
        // "with two weeks remaining, where would you concentrate my review?": the time left
        // before the exam told, then a question with nothing named, asks how to use that time.
        // (A feeling told beside it is the line's point; a request keeps its own intent.)
        // (round 29) So does "where do I start? I've got three weeks": a hint's words with no
        // word of a hint ("where do i start"), beside the time left, ask where to start studying.
        if chosen.intent.isContent || chosen.intent == .outOfScope
            || chosen.intent == .hint && !words.contains(where: Self.hintWords.contains),
            unnamed, Self.countdown(tokens) != nil,
            text.contains("?") || words.contains(where: Self.askingWords.contains), score(.feelings) == 0,
            !words.contains(where: { Self.thirdParties.contains($0) || Self.storyPeople.contains($0) })
        {
            return (.studyAdvice, chosen.confidence)
        }
        // "what should i hit hardest before the exam": what the learner should do before or for
        // the exam, with no concept named, asks for study advice.
        if chosen.intent.isContent || chosen.intent == .outOfScope, unnamed, Self.asksWhatToDoForTheExam(tokens) {
            return (.studyAdvice, chosen.confidence)
        }
        // "how do i work this thing", "how it works, this program?": how to work the tutor itself.
        if chosen.intent.isContent, unnamed, Self.asksHowTheToolWorks(tokens) {
            return (.help, chosen.confidence)
        }
        // "honestly im overwhelmed, there is so much to memorize", "i keep bombing these and i want
        // to cry": a feeling of the learner's own, told with no question and no request, is the
        // line's point, whatever its other words name (studying, practice questions); a request
        // beside it ("something easier pls im struggling") is still the request.
        if chosen.intent.isContent || [.studyAdvice, .quiz, .outOfScope].contains(chosen.intent), unnamed,
            tellsOwnFeeling(tokens, text: text, feelingCued: score(.feelings) > 0)
        {
            // Read from the line's form, as sure as a cue: a question open does not take it
            // for an answer (a weak vote's confidence would).
            return (.feelings, max(chosen.confidence, 0.75))
        }
        // "how is the counselor a rock for somebody…", "how relationship with counselor make
        // client follow the plan better?": a line opened by "how" that no cue reads (no "do i",
        // no "can", no quantity) asks how a thing works, not what it is.
        if chosen.intent == .define, intents.scores.isEmpty, named, tokens.count >= 3,
            ["how", "hows"].contains(tokens[0].word), !Self.quantityWords.contains(tokens[1].word)
        {
            return (.explain, chosen.confidence)
        }
        return chosen
    }

    /// Words that name a hint itself ("a hint", "a clue").
    static let hintWords: WordSet = ["hint", "hints", "clue", "clues", "nudge", "tip", "tips"]

    /// Words for a count of days or weeks ("two weeks", "a couple days").
    static let countWords: WordSet = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "couple", "few", "several", "a",
    ]
    static let timeUnits: WordSet = ["day", "days", "week", "weeks", "month", "months", "hours", "wks", "wk"]
    /// Words after a span of time that make it the time left ("two weeks left", "days to go").
    static let timeLeftWords: WordSet = ["left", "remaining", "remain", "away", "out", "to", "until", "till"]

    /// The span of the time left before the exam, told as a count of days or weeks ("two
    /// weeks remaining", "9 days left", "exam in 3 weeks"), or nil: the words are time, not a
    /// concept's ("remaining" is no staying in treatment).
    static func countdown(_ tokens: [Token]) -> Range<Int>? {
        let words = tokens.map(\.word)
        let examNamed = words.contains(where: examWords.contains)
        for i in words.indices.dropFirst() where timeUnits.contains(words[i]) {
            let n = words[i - 1]
            guard n.allSatisfy(\.isNumber) || countWords.contains(n) else { continue }
            var start = i - 1
            if n == "couple" || n == "few", start > 0, words[start - 1] == "a" { start -= 1 }
            if i + 1 < words.count, timeLeftWords.contains(words[i + 1]) { return start..<(i + 2) }
            if examNamed, start > 0, ["in", "within"].contains(words[start - 1]) { return (start - 1)..<(i + 1) }
            // (round 29) "I've got three weeks", "I have ten days": the learner's own time (not
            // "they have two weeks", "he's got three weeks sober").
            if start > 0, ["got", "have"].contains(words[start - 1]),
                start < 2 || !thirdParties.contains(words[start - 2]) && !storyPeople.contains(words[start - 2])
            {
                return (start - 1)..<(i + 1)
            }
        }
        return nil
    }

    /// Whether a cue of an easier question names the item asked for ("easier one", "something
    /// gentler", "an easier question"), by the stems in its label.
    static func asksForAnEasierItem(_ intents: IntentScores) -> Bool {
        let items: Set<Substring> = ["someth", "on", "ones", "question", "anoth"]
        return intents.evidence.contains { label in
            guard label.hasSuffix("→ easier"), let open = label.firstIndex(of: "'"),
                let close = label[label.index(after: open)...].firstIndex(of: "'")
            else { return false }
            return label[label.index(after: open)..<close].split(separator: " ").contains { items.contains($0) }
        }
    }

    /// Whether the line asks how to work the tutor itself: "how", a verb of working, "this
    /// thing" (or program, app, tutor…), and no one else the question could be about.
    static func asksHowTheToolWorks(_ tokens: [Token]) -> Bool {
        let words = tokens.map(\.word)
        return words.contains("how") && words.contains(where: operatingWords.contains)
            && tokens.indices.contains { i in
                i > 0 && tokens[i - 1].word == "this" && toolWords.contains(tokens[i].word)
            }
            && !words.contains { thirdParties.contains($0) || storyPeople.contains($0) }
    }

    /// Whether the line asks what the learner should do before or for the exam ("what should i
    /// hit hardest before the exam"): "should i" or "do i", and the exam after "before" or "for".
    static func asksWhatToDoForTheExam(_ tokens: [Token]) -> Bool {
        let words = tokens.map(\.word)
        let asks = words.indices.contains { i in
            i + 1 < words.count && ["should", "do", "must", "shall"].contains(words[i]) && words[i + 1] == "i"
        }
        let forTheExam = words.indices.contains { i in
            guard ["before", "for"].contains(words[i]) else { return false }
            let next = words[(i + 1)...].prefix(2)
            return next.contains(where: examWords.contains)
        }
        // Every other word of substance is one of the knowledge base's: "what should i eat for
        // breakfast before an exam" asks about breakfast.
        let unknown = tokens.contains { $0.isContent && !$0.known && !examWords.contains($0.word) }
        return asks && forTheExam && !unknown
            && !words.contains { thirdParties.contains($0) || storyPeople.contains($0) || $0 == "client" }
    }

    /// Whether the line tells a feeling of the learner's and asks nothing: no question mark, no
    /// question word, no request verb; the learner as its subject; and a feeling cue, "i feel
    /// …" / "makes me feel …" (not "feel like", "feel that": an opinion), or "i want to cry".
    func tellsOwnFeeling(_ tokens: [Token], text: String, feelingCued: Bool) -> Bool {
        let words = tokens.map(\.word)
        guard !text.contains("?"), !words.contains(where: Self.askingWords.contains),
            !words.contains(where: Self.requestVerbs.contains), words.contains(where: Self.firstPerson.contains),
            !words.contains(where: { Self.thirdParties.contains($0) || Self.storyPeople.contains($0) })
        else { return false }
        if let first = words.first, Self.auxiliaries.contains(first) { return false }
        if feelingCued { return true }
        let saysFeeling = words.indices.contains { i in
            guard Self.feelingVerbs.contains(words[i]), i > 0, i + 1 < words.count,
                !["like", "that", "as"].contains(words[i + 1])
            else { return false }
            return words[max(0, i - 2)..<i].contains(where: Self.firstPerson.contains)
        }
        let outburst = words.indices.contains { i in
            Self.outbursts.contains(words[i]) && i >= 2 && ["to", "wanna", "gonna"].contains(words[i - 1])
                && words[max(0, i - 3)..<i].contains(where: { ["want", "wanna", "gonna"].contains($0) })
        }
        return saysFeeling || outburst
    }

    /// Whether the line speaks of a client in a case ("when the client tells you", "my
    /// patient"): a determiner, then the client.
    static func tellsOfAClient(_ tokens: [Token]) -> Bool {
        let determiners: Set<String> = ["the", "a", "my", "your", "this", "that", "our"]
        let clients: Set<String> = ["client", "clients", "patient", "patients"]
        return tokens.indices.dropFirst().contains { i in
            clients.contains(tokens[i].typed) && determiners.contains(tokens[i - 1].word)
        }
    }
}
