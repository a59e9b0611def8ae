/// How a line is put, read from the shape of its words rather than from what it names:
/// whether it asks about a term ("what's a lapse exactly", "what does mutual respect mean
/// btw"), says the learner is lost ("i dont get the question"), or describes what someone
/// would do ("i'd end the session") rather than taking leave. The dialogue reads these
/// forms beside the matcher's intent: a line that asks is never graded as an answer, and an
/// answer that only shares a cue with a conversational intent is not taken for one.
enum LineForm {
    /// Words that open a line without changing what it does ("so what's…", "wait, what…").
    static let openers: WordSet = [
        "so", "ok", "okay", "and", "but", "wait", "hmm", "hm", "um", "umm", "uh", "oh", "ah", "sorry", "btw",
        "also", "well", "hey", "actually", "quick", "question", "oops", "alright", "right", "oh,", "ugh", "lol",
        "yeah", "yea", "hmmm", "uhh", "erm",
    ]
    /// Question words the analyzer leaves whole because they were typed without an apostrophe.
    static let fusedQuestionWords: [String: [String]] = [
        "whats": ["what", "is"], "hows": ["how", "is"], "whos": ["who", "is"], "wheres": ["where", "is"],
        "whys": ["why", "is"], "wats": ["what", "is"], "wat": ["what"], "wut": ["what"], "wha": ["what"],
    ]
    static let questionWords: WordSet = ["what", "why", "how", "who", "which", "when", "where"]
    static let copulas: WordSet = ["is", "are", "was", "were"]
    static let auxiliaries: WordSet = [
        "is", "are", "was", "were", "does", "do", "did", "would", "could", "should", "can", "will",
    ]
    /// Words that open a clause: a line holding one after "what is" says more than a term.
    static let clauseWords: WordSet = ["if", "when", "because", "since", "unless", "so", "but", "cause", "while"]
    /// Whether the words hold a clause opener; "so" before "much" or "important" only
    /// intensifies ("why does it matter so much").
    static func hasClause(_ w: some Collection<String>) -> Bool {
        let w = Array(w)
        let intensified: Set<String> = ["much", "many", "important", "often", "hard", "bad", "well", "far", "big"]
        return w.indices.contains { i in
            clauseWords.contains(w[i]) && !(w[i] == "so" && (i + 1 == w.count || intensified.contains(w[i + 1])))
        }
    }

    /// Someone other than the learner, now: the subject of an action described in an answer.
    static let others: WordSet = [
        "he", "she", "they", "him", "her", "them", "his", "their", "client", "clients", "patient", "patients",
        "counselor", "counselors", "therapist", "family", "mom", "dad",
    ]

    /// The line's words, fused question words split ("whats" → "what is") and the openers
    /// that do not change what it does dropped ("so whats…" → "what is…").
    static func words(_ analysis: Analysis) -> [String] {
        var words: [String] = []
        for token in analysis.tokens {
            words += fusedQuestionWords[token.typed] ?? [token.word]
        }
        // "Hold on, how is that different…", "hold up what is it exactly", "hang on": a pause
        // asked for, then the line.
        if pauses.contains(where: { words.starts(with: $0) }) { words.removeFirst(2) }
        var start = words.firstIndex { !openers.contains($0) } ?? words.count
        // "Alright, then why do the books keep pushing it": "then" before a question word
        // only ties the question to what was said; the question is what follows.
        if start + 1 < words.count, words[start] == "then", questionWords.contains(words[start + 1]) { start += 1 }
        // "Cuál es la diferencia": a Spanish question word and copula read as the English ones.
        readSpanishQuestionOpening(&words, at: start)
        // (round 23) "what r the exceptions exactly", "how r they different": the texter's "r"
        // after a question word is the copula "are".
        if start + 1 < words.count, words[start + 1] == "r", questionWords.contains(words[start]) {
            words[start + 1] = "are"
        }
        // (round 31) "y does it predict dropout", "y is it ongoing": the texter's "y" before an
        // auxiliary is "why" (`LineForm+TextedWhy.swift`).
        readTextedWhy(&words, at: start)
        return Array(words[start...])
    }

    /// Two words that ask the tutor to pause before the line proper.
    static let pauses: [[String]] = [["hold", "on"], ["hold", "up"], ["hang", "on"], ["wait", "up"]]

    /// Whether the line is put as a question or a request: a question mark, or a question
    /// word, an auxiliary or a request verb first ("which of the two…", "is it as important
    /// as…", "give me…").
    static func isQuestionShaped(_ analysis: Analysis) -> Bool {
        analysis.text.hasSuffix("?") || isQuestionShapedByWords(analysis)
    }

    /// The same, from the first word alone: a question word, an auxiliary or a request verb.
    static func isQuestionShapedByWords(_ analysis: Analysis) -> Bool {
        guard let first = words(analysis).first else { return false }
        let requests: Set<String> = [
            "give", "tell", "show", "compare", "explain", "describe", "define", "quiz", "test", "list", "summarize",
            "summarise", "recap", "outline",
        ]
        return questionWords.contains(first) || auxiliaries.contains(first) || requests.contains(first)
    }

    /// "Aren't they the same thing", "isnt insurance the most important thing": a negated
    /// auxiliary first asks for agreement with a claim, so it states the claim; "is it like
    /// being friendly?" offers a guess ("it" is the answer asked for).
    static func claimsByAsking(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        guard let first = w.first else { return false }
        // "Isn't that the same as cultural competence", "is it the same as the doctor patient
        // relationship?": set beside something named, it asks for the comparison.
        if setsBesideSomething(w) { return false }
        return fusedNegations.contains(first)
            || w.count >= 2 && auxiliaries.contains(first) && ["not", "it"].contains(w[1])
            || suggests(w) && !analysis.text.hasSuffix("?")
    }

    /// Negated auxiliaries typed without an apostrophe, which open a question all the same.
    static let fusedNegations: WordSet = [
        "isnt", "arent", "doesnt", "dont", "wouldnt", "shouldnt", "cant", "wont", "didnt", "wasnt",
    ]

    /// "The same as approving", "different from empathy": the words set what was said beside
    /// something they name ("aren't they the same" names nothing beside it).
    static func setsBesideSomething(_ w: [String]) -> Bool {
        w.indices.dropLast(2).contains { i in
            w[i] == "same" && w[i + 1] == "as" || w[i] == "different" && ["from", "than"].contains(w[i + 1])
        }
    }

    /// "What about being friendly with them", "how about a good relationship", "what if
    /// you just listen": a suggestion offers an answer to the open question, put as a
    /// question (with a question mark, "what about transference?" may ask about another).
    static func suggests(_ w: [String]) -> Bool {
        w.count >= 3 && (["what", "how"].contains(w[0]) && w[1] == "about" || w[0] == "what" && w[1] == "if")
    }

    /// Whether the line, by its form, asks rather than answers: a question word and a
    /// copula before a term ("what's a lapse exactly"), "what does X mean", "what would X
    /// look like", "remind me…", "is that part of X?", or a situation told and then asked
    /// about ("my client's mom made him come, what do I do").
    static func asks(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        guard w.count >= 2 else { return false }
        let question = analysis.text.hasSuffix("?")
        if asksByTheWords(w, question: question) { return true }
        if let plain = withoutAQualifier(w), asksByTheWords(plain, question: question) { return true }
        // (round 29) "im confused wat does change course even mean": lost, then the term asked.
        if let rest = afterSayingConfused(w), asksByTheWords(rest, question: question) { return true }
        // (round 33) "side question, what's a dual relationship": the question after its
        // announcement (`LineForm+AnnouncedQuestion`).
        if let rest = afterAnAnnouncedQuestion(w), asksByTheWords(rest, question: question) { return true }
        return asksWhichIsWhich(w) || asksWhatNoun(w) || asksWhatMeansATerm(w) || asksOfATermInPlace(analysis)
    }

    /// The forms of `asks`, on the line's words.
    private static func asksByTheWords(_ w: [String], question: Bool) -> Bool {
        w.count >= 2
            && (asksWhatATermIs(w) || asksWhatATermMeans(w) || asksToBeReminded(w)
                || asksAboutThat(w, question: question) || endsOnAQuestionClause(w))
    }

    /// "What is collaboration", "what's the difference between a crossing and a violation",
    /// "whats sustain talk": a question word, a copula and a short phrase with no clause
    /// in it (an answer says more: "what matters is that he trusts you").
    private static func asksWhatATermIs(_ w: [String]) -> Bool {
        // "What counts as active listening", "what qualifies as a dual relationship": "counts
        // as" asks where a term's edges are, as "is" asks what it is.
        let countsAs =
            w.count >= 4 && w[0] == "what" && ["counts", "count", "qualifies"].contains(w[1]) && w[2] == "as"
        guard ["what", "who", "which"].contains(w[0]), copulas.contains(w[1]) || countsAs else { return false }
        let rest = w.dropFirst(countsAs ? 3 : 2)
        // "What is missing is trust" states; a second copula or a clause says more than a term.
        return !rest.isEmpty && rest.count <= 9
            && !hasClause(rest) && !rest.contains { copulas.contains($0) || $0 == "not" }
    }

    /// "What does mutual respect mean btw", "what would setting goals together look like",
    /// "how is it different from empathy".
    private static func asksWhatATermMeans(_ w: [String]) -> Bool {
        // "What else does discord look like": "else" asks for more of the same kind.
        if w.count >= 3 && w[1] == "else" && questionWords.contains(w[0]) {
            return asksWhatATermMeans([w[0]] + w.dropFirst(2))
        }
        guard questionWords.contains(w[0]), auxiliaries.contains(w[1]), !hasClause(w)
        else { return false }
        if w[0] == "what", let i = w.lastIndex(of: "mean"), i >= w.count - 3 { return true }
        // "What do you mean by safety net": the tutor's word asked about, however long.
        if w[0] == "what", let i = w.firstIndex(of: "mean"), i <= 3, i + 1 < w.count, w[i + 1] == "by" { return true }
        if w[0] == "what", let i = w.firstIndex(of: "look"), i + 1 < w.count, w[i + 1] == "like" { return true }
        let relation: Set<String> = ["different", "differ", "difference", "similar", "related", "relate", "connect"]
        if w[0] == "how" && w.contains(where: relation.contains) { return true }
        // "Why does countertransference matter so much", "how does MI work": short, with no
        // clause and no one acting in it (an answer would say who does what).
        return ["why", "how"].contains(w[0]) && w.count <= 8 && !w.contains(where: others.contains)
            && !w.contains("not")
    }

    /// "Explain up front that it's confidential", "give them a choice": a request verb
    /// that tells the counselor what to do (to someone, or what to say), not the tutor.
    static func instructsTheCounselor(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        guard w.count >= 2, ["me", "us"].contains(w[1]) == false else { return false }
        let subjects: Set<String> = [
            "it", "it's", "its", "they", "he", "she", "there", "you", "their", "his", "her", "i", "im", "i'm", "we",
            "hes", "shes", "theyre",
        ]
        let reported = zip(w, w.dropFirst()).contains { a, b in a == "that" && subjects.contains(b) }
        return reported || w.contains(where: others.contains) || saysWhenInTreatment(w) || namesTheAnswer(w)
    }

    /// "Explain the limits right at the start": a time in the counseling ("at intake", "up
    /// front") says when the counselor does it; a request to the tutor has none.
    private static func saysWhenInTreatment(_ w: [String]) -> Bool {
        let times: [[String]] = [
            ["at", "the", "start"], ["at", "the", "beginning"], ["at", "intake"], ["right", "away"], ["up", "front"],
            ["upfront"], ["from", "the", "start"], ["early", "on"], ["in", "the", "first", "session"],
        ]
        return times.contains { t in w.indices.contains { w[$0...].starts(with: t) } }
    }

    /// "Describe it as compliance without commitment": the learner names the answer ("as"
    /// after "it"), unless "as if" asks for a plainer telling.
    private static func namesTheAnswer(_ w: [String]) -> Bool {
        w.count >= 4 && w[1] == "it" && w[2] == "as" && w[3] != "if"
    }

    /// "Remind me what the limits of confidentiality are", "can you remind me…", "what
    /// counts as a boundary crossing again": a short question ending on "again".
    private static func asksToBeReminded(_ w: [String]) -> Bool {
        if w.last == "again", w.count <= 10, questionWords.contains(w[0]) || fusedQuestionWords[w[0]] != nil,
            !hasClause(w.dropFirst())
        {
            return true
        }
        guard let i = w.firstIndex(of: "remind"), i <= 2, i + 1 < w.count else { return false }
        return w[i + 1] == "me" && (i == 0 || ["can", "could", "pls", "please"].contains(w[0]))
    }

    /// The learner speaking of their own study ("im gonna fail this exam", "i always get
    /// these ones wrong"): the learner in the first person, and the exam or the work.
    static func speaksOfOwnStudy(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        let me: Set<String> = ["i", "im", "i'm", "me", "my", "myself", "ive", "i've", "i'll", "ill"]
        let study: Set<String> = [
            "exam", "exams", "test", "tests", "boards", "board", "licensing", "certification", "study", "studying",
            "studied", "questions", "quiz", "quizzes", "material", "stuff", "ones", "these", "this",
        ]
        return w.contains(where: me.contains) && w.contains(where: study.contains)
    }

    /// "Is that part of informed consent?", "does this count as a boundary crossing?": a
    /// yes-or-no question about what was just said. "Is it like being friendly?" is a guess
    /// at the answer, and "isn't it…" asserts.
    private static func asksAboutThat(_ w: [String], question: Bool) -> Bool {
        question && auxiliaries.contains(w[0]) && ["that", "this", "those", "these"].contains(w[1])
    }

    /// "My client's mom made him come, what do I do": a situation told first, then the
    /// question, so the line opens with no question word yet asks one. A question word,
    /// then a modal or "do", then the counselor ("what should I do", "how do we…"), after
    /// the first words.
    static func endsOnAQuestionClause(_ w: [String]) -> Bool {
        guard w.count >= 4 else { return false }
        for i in 1..<(w.count - 2) where ["what", "how"].contains(w[i]) {
            if ["do", "should", "can", "could", "would", "shall"].contains(w[i + 1]) && ["i", "we"].contains(w[i + 2]) {
                return true
            }
        }
        return false
    }

    /// "I dont get the question", "i didnt understand that", "sorry what?", "thats
    /// confusing": the learner says they are lost in what the tutor just said.
    static func saysLost(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        if [["what"], ["huh"], ["come", "again"], ["wdym"], ["pardon"]].contains(w) { return true }
        if asksWhatTheTutorIsSaying(w) { return true }
        // "Im confused wat r u even asking me": confusion said first, then what the tutor
        // is asking or saying asked.
        if let rest = afterSayingConfused(w), asksWhatTheTutorIsSaying(rest) { return true }
        // (round 29) "Puriyala, what exactly you are asking me?": a word or two of the learner's
        // own language ("I don't follow") in a clause of their own, then the question.
        if let first = analysis.tokens.first?.clause {
            let lead = analysis.tokens.prefix { $0.clause == first }.count
            if lead <= 2, lead < analysis.tokens.count,
                asksWhatTheTutorIsSaying(analysis.tokens[lead...].map(\.word).filter { $0.contains(where: \.isLetter) })
            {
                return true
            }
        }
        // "What do you mean (by that)", "what does that mean": about the tutor's words, not a term.
        // "What do you mean by trust" asks what a term is.
        let aside: Set<String> = ["by", "that", "this", "it", "here", "there", "exactly", "again"]
        if w.count >= 4 && w[0] == "what" && ["do", "does", "did"].contains(w[1])
            && ["you", "u", "that", "this"].contains(w[2]) && w[3] == "mean" && w[4...].allSatisfy(aside.contains)
        {
            return true
        }
        let all = analysis.tokens.map(\.word)
        guard all.count <= 10, !all.contains(where: others.contains) else { return false }
        if all.count <= 6 && all.contains(where: { $0.hasPrefix("confus") }) { return true }
        // "I don't get it", "i didnt understand the question", "i can't follow": a first
        // person, a negation, and a verb of understanding ("I don't know" is a don't-know).
        // "I am afraid I do not follow", "sorry but i cant follow": the "I" who does not
        // follow may come after a few words of politeness.
        let negators: Set<String> = ["not", "dont", "didnt", "cant", "cannot", "never", "doesnt"]
        let understand: Set<String> = ["get", "understand", "follow", "understood", "got", "gets"]
        // (round 24) "Dont get it", "still dont get it", "?? cant follow": the "I" dropped, as
        // a text message drops it; the negation opens the line.
        // (round 29) "Don't get it. Explain the question.": the first sentence says it, and
        // "don't" comes out of the analyzer as "do not".
        let first = analysis.tokens.first?.sentence
        var lead = Array(
            analysis.tokens.prefix { $0.sentence == first }.map(\.word)
                .drop { ["still", "just", "really", "sorry", "huh", "hmm", "um", "uh", "ugh"].contains($0) })
        if lead.count >= 3, ["do", "does", "did"].contains(lead[0]), lead[1] == "not" { lead.removeFirst() }
        if lead.count >= 2, lead.count <= 5, negators.contains(lead[0]), understand.contains(lead[1]) { return true }
        for i in all.prefix(5).indices where all[i] == "i" {
            let after = all[(i + 1)...].prefix(4)
            guard let n = after.firstIndex(where: negators.contains), n + 1 < all.count else { continue }
            // "I never get these fully right": getting answers right, the learner's own results.
            if all[(n + 1)...].contains(where: { ["right", "correct", "wrong"].contains($0) }) { return false }
            if understand.contains(all[n + 1]) || n + 2 < all.count && understand.contains(all[n + 2]) { return true }
        }
        return false
    }

    /// The words after "I'm (so) confused" opening the line; nil when it does not open so.
    static func afterSayingConfused(_ w: [String]) -> [String]? {
        var i = 0
        if i < w.count, ["im", "i'm"].contains(w[i]) {
            i += 1
        } else if i + 1 < w.count, w[i] == "i", w[i + 1] == "am" {
            i += 2
        }
        while i < w.count, ["so", "really", "kinda", "very", "totally", "bit", "a", "little"].contains(w[i]) { i += 1 }
        guard i < w.count, w[i].hasPrefix("confus") else { return nil }
        return Array(w[(i + 1)...])
    }

    /// "What was the question again", "repeat the question please", "sorry, what did you
    /// ask?": the learner wants the open question said again, not a topic explained (the
    /// question's own concept, explained, would give the answer away).
    static func asksForTheQuestion(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        guard !w.isEmpty, w.count <= 9 else { return false }
        let tail: Set<String> = [
            "again", "please", "pls", "was", "is", "exactly", "you", "u", "asked", "were", "asking", "one", "for", "me",
        ]
        if let i = w.lastIndex(of: "question"), i > 0, w[(i + 1)...].allSatisfy(tail.contains) {
            let asking: Set<String> = ["what", "which", "repeat", "remind", "reread", "restate", "say", "show", "read"]
            let lost: Set<String> = ["get", "understand", "understood", "mean", "means", "follow"]
            return ["the", "that", "your", "this", "what", "which"].contains(w[i - 1])
                && w[..<i].contains(where: asking.contains) && !w.contains(where: lost.contains)
        }
        // "What did you ask", "what are you asking me", "what did you just ask again".
        guard w.count <= 7, w[0] == "what", let a = w.firstIndex(where: { ["ask", "asked", "asking"].contains($0) })
        else { return false }
        return w[1..<a].contains { ["you", "u"].contains($0) } && w[1..<a].count <= 3
            && w[(a + 1)...].allSatisfy(tail.contains)
    }

    /// Whether the line thanks ("thx", "thank you", "much appreciated", "that helped") rather than
    /// only taking note ("got it", "makes sense", "cool").
    static func thanks(_ analysis: Analysis) -> Bool {
        analysis.tokens.contains { t in
            let w = t.word
            return thankingWords.contains(w) || w.hasPrefix("thank") || w.hasPrefix("thx") || w.hasPrefix("appreciat")
                || w.hasPrefix("help")
        }
    }

    private static let thankingWords: WordSet = [
        "ty", "tysm", "tyvm", "thnx", "thanx", "thnks", "cheers", "obliged", "gracias", "merci", "danke", "grazie",
        "obrigado", "obrigada", "kudos",
    ]

    /// "Is that right?", "was i close", "did i get it?", "am i on the right track", "correct?":
    /// the learner asks how their own answer stands. Only small words of asking and judging,
    /// one of them a judgment ("right", "correct", "close", "wrong", "track", "get it"), and a
    /// question (a question mark or a word that asks); a line with a word of the answer in it
    /// is an answer.
    static func asksIfRight(_ analysis: Analysis) -> Bool {
        // "Right?" alone: `words` drops "right" as an opener ("right, so…").
        let opened = words(analysis)
        let w = opened.isEmpty ? analysis.tokens.map(\.word) : opened
        guard !w.isEmpty, w.count <= 8, w.allSatisfy(rightCheckWords.contains) else { return false }
        let judges =
            w.contains { ["right", "correct", "close", "wrong", "track", "warm", "warmer"].contains($0) }
            || w.contains("get") && w.contains("it") || w.contains("got") && w.contains("it")
        let asks = analysis.text.contains("?") || ["is", "was", "am", "did", "do", "does", "have"].contains(w[0])
        // "right" alone, with no question mark, agrees ("right, so the bond…" is an answer's start).
        return judges && asks && !(w == ["right"] && !analysis.text.contains("?"))
    }

    private static let rightCheckWords: WordSet = [
        "is", "was", "am", "are", "did", "do", "does", "have", "that", "it", "this", "i", "my", "answer", "get", "got",
        "right", "correct", "close", "wrong", "warm", "warmer", "on", "the", "track", "so", "ok", "okay", "hmm",
        "um", "umm", "then", "or", "not", "at", "least", "kind", "of", "sort", "all", "anywhere", "near", "even",
        "somewhat", "partly", "half", "any", "good", "there", "yet", "now", "well",
    ]

    /// "Maybe they feel safe?", "i think it's about trust", "probably the bond?": a hedge
    /// first offers a guess at the open question, question mark or not.
    static func guesses(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        let hedges: Set<String> = ["maybe", "perhaps", "probably", "possibly", "prob", "mayb", "presumably"]
        // (round 23) "Perhaps because counselors don't always notice when someone is getting
        // worse?": a hedge first offers what follows as a guess, whatever clause inside it opens
        // with a question word ("when someone…"); "maybe what…" or "maybe you could…" asks.
        if w.count >= 3, hedges.contains(w[0]) {
            return !["you", "u", "we"].contains(w[1]) && !questionWords.contains(w[1])
        }
        guard w.count >= 3, !w.contains(where: questionWords.contains) else { return false }
        // "Not sure, maybe it goes bad?", "no clue, probably they quit": the hedge opens a later
        // clause of a line that does not open as a question or a request ("can you say it
        // again, maybe slower?" asks).
        let t = analysis.tokens
        let notTheGuess: Set<String> = ["you", "u", "we", "tell", "give", "show", "explain", "define", "repeat"]
        if !isQuestionShapedByWords(analysis),
            t.indices.dropFirst().contains(where: { i in
                // "I'm not sure, but perhaps A": a conjunction may open the hedge's clause.
                let opensClause =
                    t[i].clause != t[i - 1].clause
                    || i >= 2 && ["but", "so", "and", "or"].contains(t[i - 1].word)
                        && t[i - 1].clause != t[i - 2].clause
                return hedges.contains(t[i].word) && opensClause && i + 1 < t.count
                    && !notTheGuess.contains(t[i + 1].word)
            })
        {
            return true
        }
        let firstPerson: Set<String> = ["think", "guess", "believe", "suppose", "reckon", "assume"]
        return w[0] == "i" && firstPerson.contains(w[1]) && !["not", "so"].contains(w[2])
    }

    /// The learner in the first person ("i'm worried", "my exam").
    static func speaksOfThemselves(_ analysis: Analysis) -> Bool {
        let me: Set<String> = ["i", "im", "i'm", "me", "my", "myself", "ive", "i've", "i'll", "ill", "id", "i'd"]
        return analysis.tokens.contains { me.contains($0.word) }
    }

    /// "The court order makes sure he finishes", "thanks, he'd trust me more": a statement
    /// about the client or someone else, with the learner not in it. While a question is
    /// open it is an attempt at it, whatever request a cue word in it suggests.
    static func statesAboutOthers(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.word)
        let learner: Set<String> = ["i", "me", "my", "im", "i'm", "myself"]
        return !isQuestionShaped(analysis) && w.contains(where: others.contains) && !w.contains(where: learner.contains)
    }

    /// "I'd end the session", "he'll just quit": an action someone would take, which
    /// answers a question; taking leave is the learner's own, now ("ok lets end here",
    /// "i'd like to stop").
    static func describesAnAction(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.word)
        if w.contains(where: others.contains) { return true }
        return w.indices.contains { i in
            ["would", "should"].contains(w[i])
                && !(i + 1 < w.count && ["like", "love", "rather", "better", "prefer"].contains(w[i + 1]))
        }
    }

    /// "And they leave treatment", "so the card is just a crossing", "also…": a line that
    /// goes on from what was said before.
    static func continues(_ analysis: Analysis) -> Bool {
        let continuations: Set<String> = ["and", "so", "also", "plus", "then", "or", "oh"]
        return analysis.tokens.first.map { continuations.contains($0.word) } ?? false
    }

    /// "They feel ownership over it", "it is countertransference from my past": a clause of
    /// four words or more whose subject comes first (a pronoun or the client), as an answer
    /// is put; a term asked about is not.
    static func hasASubject(_ analysis: Analysis) -> Bool {
        // "Then you adjust…", "plus they…": the subject after the word that goes on.
        let w = Array(words(analysis).drop { ["then", "plus", "or"].contains($0) })
        let subjects: Set<String> = [
            "they", "he", "she", "it", "its", "it's", "that", "thats", "i", "id", "im", "you", "we", "client",
            "clients",
        ]
        guard w.count >= 4 else { return false }
        // "The client would…", "counselors can't…": someone of the counseling acting.
        let determiners: Set<String> = ["the", "a", "his", "her", "their", "your", "my"]
        // "The respect goes both ways", "the bond is what keeps them": a noun after its
        // determiner, then a verb of its own.
        let verbs: Set<String> = [
            "goes", "matters", "means", "makes", "helps", "comes", "works", "builds", "grows", "keeps", "gets",
        ]
        // "Shame works too sometimes", "trust matters most": a bare noun and a verb of its own.
        let nounThenVerb =
            determiners.contains(w[0]) && (copulas.contains(w[2]) || verbs.contains(w[2]))
            || verbs.contains(w[1])
                && !["what", "how", "why", "who", "which", "where", "when", "that", "this"].contains(w[0])
        return subjects.contains(w[0]) || others.contains(w[0]) && !["them", "him", "her"].contains(w[0])
            || determiners.contains(w[0]) && others.contains(w[1]) || nounThenVerb
    }

    /// "What's the difference between…", "so what is the diff": the words ask for a difference.
    static func asksWhatTheDifferenceIs(_ w: [String]) -> Bool {
        // One word may qualify it: "the exact difference", "the real diff".
        let difference: Set<String> = ["difference", "diff"]
        return w.indices.contains { i in
            w[i] == "what" && i + 3 < w.count && w[i + 1] == "is" && w[i + 2] == "the"
                && (difference.contains(w[i + 3]) || i + 4 < w.count && difference.contains(w[i + 4]))
        }
    }

    /// "Is empathy the same as sympathy?", "lapse vs relapse, whats the difference", "is a
    /// slip worse than a relapse?": a question that sets two things side by side asks for
    /// the comparison, whatever words of the answer it names. A negated one ("aren't they
    /// the same thing") states a claim instead (`claimsByAsking`).
    static func asksToCompare(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        let markers: Set<String> = [
            "same", "different", "differ", "differs", "difference", "vs", "versus", "compare", "compared", "than",
            // (round 26) "how is it diff from doc n patient": the texter's "different".
            "diff",
        ]
        guard w.contains(where: markers.contains) else { return false }
        if asksWhatTheDifferenceIs(w) || isQuestionShaped(analysis) && analysis.text.hasSuffix("?") { return true }
        // "X vs Y": two names set against each other, with no sentence around them.
        if ["vs", "versus"].contains(where: w.contains) {
            return analysis.text.hasSuffix("?") || w.count <= 6 || asksWhichAfterVersus(w)
        }
        guard let first = w.first, w.count <= 12 else { return false }
        // Without a question mark: an auxiliary first, not negated ("does a lapse mean the
        // same as a relapse"; "does not mean the same as approving" answers), or a question
        // word with one copula and no clause ("how is discord different from resistance").
        if auxiliaries.contains(first) { return w.count > 1 && w[1] != "not" }
        // "Isnt that the same as cultural competence": a negated auxiliary first asks too when
        // it sets the topic beside something named.
        if fusedNegations.contains(first) { return setsBesideSomething(w) }
        return questionWords.contains(first) && !hasClause(w) && w.filter(copulas.contains).count <= 1
    }

    /// (round 23) "shame vs that MI stuff, which is better", "upr vs congruence - which one
    /// matters more": two things set against each other, then a question of which (a question
    /// word and a copula, an auxiliary or "one"), asked with or without its mark.
    static func asksWhichAfterVersus(_ w: [String]) -> Bool {
        guard let v = w.firstIndex(where: { ["vs", "versus"].contains($0) }) else { return false }
        return w.indices.dropLast().contains { i in
            i > v && ["which", "what", "whats", "who"].contains(w[i])
                && (auxiliaries.contains(w[i + 1]) || ["one", "ones", "of"].contains(w[i + 1]))
        }
    }
}
