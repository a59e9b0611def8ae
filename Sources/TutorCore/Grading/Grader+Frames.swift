/// Semantic frames said in everyday words, read alike in an answer and in the ideas it is
/// graded against. An outside pressure that ends ("once the judge is off his back", "the day
/// the order is over", "when probation stops") is the order ending, whatever verb ends it;
/// and "gone" says a leaving when a person is gone ("he's gone") and a loss when a thing is
/// ("the trust is gone").
extension Grader {
    /// What holds a client in treatment from outside (as typed): the court and its people.
    static let pressureNouns = WordSet(
        Set([
            "order", "orders", "mandate", "mandates", "court", "courts", "judge", "judges", "probation", "parole",
            "po", "sentence", "requirement", "requirements", "pressure",
        ]).union(courtPapers))
    /// The court's papers, as a client on probation calls the order ("when his paper runs out").
    static let courtPapers: WordSet = ["paper", "papers", "paperwork"]
    /// Third parties named as the court, which the lexicon reads otherwise ("judge" as judging).
    static let courtPeople: WordSet = ["judge", "judges", "po"]
    /// Small words between a pressure and its ending ("the order is finally over").
    static let endFillers: WordSet = [
        "is", "s", "are", "was", "will", "be", "been", "has", "gets", "get", "all", "stuff", "thing",
        "requirement", "order", "hours", "time",
    ]
    /// Words that end something after a form of "be" ("is over", "is done", "is up").
    static let endStates: WordSet = ["over", "done", "finished", "up", "through", "lifted", "gone", "expired"]
    /// Verbs that end something by themselves ("the order ends", "probation expires").
    static let endVerbs: WordSet = [
        "end", "ends", "ended", "ending", "expire", "expires", "lapse", "lapses", "lapsed", "finish", "finishes",
        "stop", "stops", "stopped", "wrap", "wraps",
    ]
    /// What a pressure can be out of when it is gone ("out of the picture", "out of his hair").
    static let outOfPlaces: WordSet = ["picture", "way", "hair", "life", "case"]
    /// Be-forms before a state ("he is gone", "he'll be gone").
    static let beForms: WordSet = ["is", "s", "are", "was", "were", "be", "been", "will"]
    /// Who can be gone from treatment.
    static let people: WordSet = [
        "he", "she", "they", "him", "her", "them", "client", "clients", "patient", "patients", "person", "guy",
    ]

    /// Rereads the frames of `tokens` in place (no token added or removed).
    static func readFrames(_ tokens: inout [Token], _ analyzer: Analyzer) {
        readTypical(&tokens, analyzer)
        for i in tokens.indices where pressureNouns.contains(tokens[i].typed) {
            guard let e = pressureEnd(tokens, after: i) else { continue }
            tokens[e].isStop = false
            tokens[e].stem = analyzer.stem("end")
            if courtPeople.contains(tokens[i].typed) {
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("court")
            } else if courtPapers.contains(tokens[i].typed) {
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("order")
            }
        }
        for i in tokens.indices where tokens[i].typed == "gone" && i > 0 {
            // Who is gone: the subject before the be-forms ("the trust is just gone").
            var j = i - 1
            var be = false
            while j >= 0, tokens[j].clause == tokens[i].clause, beForms.contains(tokens[j].typed) || isAdverb(tokens[j])
            {
                be = be || beForms.contains(tokens[j].typed)
                j -= 1
            }
            guard be, j >= 0, tokens[j].clause == tokens[i].clause else { continue }
            tokens[i].isStop = false
            tokens[i].stem = analyzer.stem(people.contains(tokens[j].typed) ? "quit" : "lose")
        }
    }

    /// Words of finding out by reading (as typed), after which "what they are like" is what is
    /// typical of them.
    static let studyWords: WordSet = [
        "learn", "learning", "study", "studying", "read", "reading", "research", "researching",
    ]
    /// Words that send the learning to the client: "ask him what his family is like".
    static let askWords: WordSet = ["ask", "asking", "teach", "teaches", "tell", "tells", "let"]
    static let fromPeople: WordSet = [
        "them", "him", "her", "client", "clients", "patient", "patients", "you", "u", "person",
    ]
    static let likeBeForms: WordSet = [
        "is", "are", "re", "s", "was", "were", "theyre", "hes", "shes", "its", "thats", "whats",
    ]

    /// Rereads "read up on what people from that country are like" and "study it so you know what
    /// they're like": a description of a group found out beforehand, read as "typical", the
    /// group's typical traits. Not when the client is asked or teaches it.
    static func readTypical(_ tokens: inout [Token], _ analyzer: Analyzer) {
        for i in tokens.indices where tokens[i].typed == "like" && i >= 2 {
            var j = i - 1
            while j > 0,
                isAdverb(tokens[j]) || ["usually", "typically", "generally", "normally"].contains(tokens[j].typed)
            {
                j -= 1
            }
            guard likeBeForms.contains(tokens[j].typed), tokens[j].clause == tokens[i].clause else { continue }
            let sentence = tokens.filter { $0.sentence == tokens[i].sentence }
            guard let what = tokens[..<j].lastIndex(where: { ["what", "how"].contains($0.typed) }), j - what <= 6,
                tokens[..<what].contains(where: { $0.sentence == tokens[i].sentence && studyWords.contains($0.typed) }),
                !sentence.contains(where: { askWords.contains($0.typed) }),
                // Nor learnt from the client: "learn from her what her culture is like".
                !sentence.indices.contains(where: { k in
                    sentence[k].typed == "from"
                        && sentence[(k + 1)..<min(sentence.count, k + 3)].contains { fromPeople.contains($0.typed) }
                })
            else { continue }
            tokens[i].isStop = false
            tokens[i].stem = analyzer.stem("typical")
        }
    }

    /// The ending of the pressure at `i` within its clause: "the order is over", "the judge
    /// is off his back", "the judge stops caring", "probation runs out".
    static func pressureEnd(_ tokens: [Token], after i: Int) -> Int? {
        var j = i + 1
        while j < tokens.count, j - i <= 4, tokens[j].clause == tokens[i].clause {
            let w = tokens[j].typed
            if endVerbs.contains(w) { return j }
            if endStates.contains(w), j > i + 1, endFillers.contains(tokens[j - 1].typed) || tokens[j - 1].typed == "s"
            {
                return j
            }
            // With no "is" between, as second-language English says it: "when di order done".
            if j == i + 1, ["done", "over", "finished", "expired", "lifted"].contains(w) { return j }
            if w == "off", j + 1 < tokens.count, ["his", "her", "their", "my"].contains(tokens[j + 1].typed) {
                return j
            }
            // "Once the judge is out of the picture", "the PO out di picture": gone from the case.
            if w == "out",
                let k = tokens[(j + 1)..<min(tokens.count, j + 4)].firstIndex(where: {
                    outOfPlaces.contains($0.typed)
                }),
                tokens[(j + 1)..<k].allSatisfy({
                    ["of", "the", "di", "da", "his", "her", "their", "my"].contains($0.typed)
                })
            {
                return j
            }
            if ["runs", "run", "ran", "backs", "backed"].contains(w), j + 1 < tokens.count,
                ["out", "off"].contains(tokens[j + 1].typed)
            {
                return j
            }
            guard endFillers.contains(w) || isAdverb(tokens[j]) else { return nil }
            j += 1
        }
        return nil
    }

    /// A word that only qualifies ("finally", "just", "probably").
    static func isAdverb(_ t: Token) -> Bool { qualifiers.contains(t.typed) }
    static let qualifiers: WordSet = [
        "just", "probably", "basically", "really", "finally", "officially", "eventually", "completely", "totally",
        "literally", "already",
    ]
}

/// Frames of why and who: attending "because he has to" is complying, a counselor who
/// "drives them out" makes them leave, and what the client thinks ("he thinks he's failed")
/// is his belief, told by the learner, not the learner's claim.
extension Grader {
    /// Words that give a reason.
    static let reasonOpeners: WordSet = ["because", "bc", "cuz", "cause", "coz", "cos", "since", "bcuz", "becuz"]
    /// Forms of having to.
    static let obligationWords: WordSet = ["has", "have", "had", "got"]
    /// What one has to do to be there ("has to be there", "has to come").
    static let presenceWords: WordSet = ["be", "come", "attend", "go", "show", "sit"]
    /// Verbs that move someone away, before "away" or "out".
    static let driveWords: WordSet = [
        "drive", "drives", "drove", "driving", "driven", "push", "pushes", "pushed", "pushing", "chase", "chases",
        "chased", "scare", "scares", "scared",
    ]

    /// Rereads the reasons and motions of `tokens` in place (no token added or removed).
    static func readReasons(_ tokens: inout [Token], _ analyzer: Analyzer) {
        for i in tokens.indices {
            let w = tokens[i].typed
            if obligationWords.contains(w), i >= 2, i + 1 < tokens.count, tokens[i + 1].typed == "to",
                tokens[max(0, i - 3)..<i].contains(where: { reasonOpeners.contains($0.typed) })
            {
                // "He shows up because he has to": he complies. Only with nothing else to do
                // ("because he has to change" is a need).
                let end = i + 2 >= tokens.count || tokens[i + 2].clause != tokens[i].clause
                guard end || presenceWords.contains(tokens[i + 2].typed) else { continue }
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("comply")
            } else if driveWords.contains(w),
                tokens[(i + 1)..<min(tokens.count, i + 4)].contains(where: {
                    $0.clause == tokens[i].clause && ($0.typed == "away" || $0.typed == "out")
                })
            {
                // "It drives them right out of treatment", "scares them away": they leave.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("quit")
            }
        }
    }

    /// Verbs that report what someone believes.
    static let beliefVerbs: WordSet = [
        "thinks", "think", "thought", "believes", "believe", "believed", "assumes", "figures",
    ]
    /// Verbs of feeling, which report a belief only before "like" or "that" ("he feels like
    /// he failed"; "he feels more invested" is a state).
    static let feelingVerbs: WordSet = ["feels", "feel", "felt"]
    /// Gerunds of believing, which name a belief as a thing ("believing he has failed").
    static let beliefGerunds: WordSet = ["believing", "thinking", "assuming"]
    /// What opens the belief after such a gerund: its own subject or "that".
    static let beliefSubjects: WordSet = ["that", "he", "she", "they", "one", "you", "someone", "it"]
    /// Who may hold a belief the learner reports: the client, not the learner.
    /// And counselors in general ("counselors think they're doing great"), not the learner.
    static let believers: WordSet = [
        "he", "she", "they", "client", "clients", "patient", "person", "guy", "counselors", "therapists",
        "clinicians", "providers",
    ]

    /// The content words of a belief the learner reports of the client ("the danger is he thinks
    /// one slip means he's failed"): the rest of the clause after "he thinks".
    func reportedBeliefs(_ line: Line) -> Set<Int> {
        var out: Set<Int> = []
        let tokens = line.tokens
        for i in tokens.indices.dropFirst() {
            let w = tokens[i].typed
            // "Believing one has already failed invites more drinking": a belief named by its
            // gerund, as the subject of the learner's claim, is no belief of the learner's.
            let gerund =
                Self.beliefGerunds.contains(w) && i + 1 < tokens.count
                && Self.beliefSubjects.contains(tokens[i + 1].typed)
                && (tokens[i - 1].clause != tokens[i].clause || Self.statementCopulas.contains(tokens[i - 1].typed))
            guard
                gerund
                    || (Self.beliefVerbs.contains(w)
                        || Self.feelingVerbs.contains(w) && i + 1 < tokens.count
                            && ["like", "that"].contains(tokens[i + 1].typed))
                        && Self.believers.contains(tokens[i - 1].typed) && tokens[i - 1].clause == tokens[i].clause
            else { continue }
            // The rest of its stretch, up to a clause break ("…, and that can make him drink").
            var j = i + 1
            while j < tokens.count, tokens[j].clause == tokens[i].clause,
                !analyzer.clauseBreaks.contains(tokens[j].word)
            {
                j += 1
            }
            for (c, t) in line.positions.enumerated() where t > i && t < j { out.insert(c) }
        }
        return out
    }
}
