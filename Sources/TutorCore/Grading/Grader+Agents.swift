/// Who does what, and which side of a comparison: an idea said of the client is not found
/// where someone else is said to do it, and a phrasing is not gathered across a contrast
/// ("…, but …") or from both sides of "the other one".
extension Grader {
    /// Who must do `pattern` for it to be the idea: the idea's agent, where the pattern says
    /// the statement's own action. "Clients don't know what's good for them" is a phrasing of
    /// the counselor-knows-best idea about the client. (Asked only of a pattern whose words
    /// are all in the line.)
    func actor(of pattern: Pattern, _ agent: String?, _ statement: [String]?) -> String? {
        guard let agent, let statement else { return agent }
        return Set(statement).subtracting(agents).isDisjoint(with: pattern.stems) ? nil : agent
    }

    /// Whether someone other than the idea's agent is said to do it, just before `lo`
    /// ("the counselor gets defensive" for "the client becomes defensive").
    func otherAgent(before lo: Int, _ line: Line, agent: String?, carry: Bool = false) -> Bool {
        guard let agent else { return false }
        var i = line.positions[lo] - 1
        var steps = 0
        var subject = false
        // A "you" after a named agent is someone else doing it: in "feeling the counselor gets
        // u is what makes u open up" the one who opens up is "u", not the counselor.
        var addressed = false
        while i >= 0, steps < GradingTuning.standard.agentLookBack, line.tokens[i].clause == line.content[lo].clause {
            let t = line.tokens[i]
            i -= 1
            if analyzer.clauseBreaks.contains(t.word) {
                // "The counselor would feel guilty and quit": joined verbs share their subject.
                return carry && !subject && steps == 0 && Self.joiners.contains(t.word)
                    && joinedSubject(before: i + 1, line, agent)
            }
            // "The counselor gets defensive and starts arguing": an "and" inside the clause joins
            // a verb to the subject before it too.
            if carry, !subject, steps == 0, Self.joiners.contains(t.word) {
                return joinedSubject(before: i + 1, line, agent)
            }
            if Analyzer.subjects.contains(t.word) || Self.chatSubjects.contains(t.typed) { subject = true }
            if Self.secondPersons.contains(t.typed) { addressed = true }
            if !t.isContent || Self.linkingWords.contains(t.stem) { continue }
            steps += 1
            if agents.contains(t.stem) { return t.stem != agent && !addressed }
            // Someone else altogether: "the judge isn't committed" is not the client. Only as a
            // subject: before a small word, not a noun it names the kind of ("the court order"),
            // and a "'s" only before a negation ("the judge's not …", not "the judge's order").
            let next = line.tokens[i + 2]
            guard Self.thirdParties.contains(t.typed), !next.isContent else { return false }
            guard next.typed == "s" || next.typed == "is" else { return true }
            return i + 3 < line.tokens.count && line.tokens[i + 3].isNegator
        }
        if carry, !subject, steps == 0, i >= 0, line.tokens[i].sentence == line.content[lo].sentence,
            Self.joiners.contains(line.tokens[i].word)
        {
            return joinedSubject(before: i, line, agent)
        }
        return false
    }

    /// The learner's words for the person addressed.
    static let secondPersons: WordSet = ["you", "u", "ya", "yu"]

    /// Subjects in chat spelling ("u tweak it"), besides `Analyzer.subjects`.
    static let chatSubjects: WordSet = ["u", "ya", "im", "ill", "theyll", "hell", "shell", "youll"]

    /// Words that join two verbs of one subject.
    static let joiners: WordSet = ["and", "then", "n"]

    /// Whether the clause before the joiner at `j` opens with someone other than `agent` as its
    /// subject (the counselor, or a third party), whom the verb after the joiner shares.
    func joinedSubject(before j: Int, _ line: Line, _ agent: String) -> Bool {
        guard j > 0 else { return false }
        let clause = line.tokens[j - 1].clause
        let sentence = line.tokens[j].sentence
        var s = j - 1
        while s > 0, line.tokens[s - 1].clause == clause, line.tokens[s - 1].sentence == sentence,
            !analyzer.clauseBreaks.contains(line.tokens[s - 1].word)
        {
            s -= 1
        }
        for k in s..<j {
            let t = line.tokens[k]
            if Self.determiners.contains(t.typed) || analyzer.clauseBreaks.contains(t.word) { continue }
            if agents.contains(t.stem) { return t.stem != agent }
            return t.isContent && Self.thirdParties.contains(t.typed)
        }
        return false
    }

    /// Whether a contrast ("but", "whereas") stands between content words `lo` and `hi`: the
    /// two sides of "coverage decides who gets in, but the relationship decides who gets
    /// better" make no claim together.
    func contrasted(_ line: Line, _ lo: Int, _ hi: Int) -> Bool {
        let tokens = line.tokens
        let range = line.positions[lo]..<line.positions[hi]
        return range.contains { k in
            Self.contrasts.contains(tokens[k].typed) && !deniesOfSameSubject(line, contrast: k, to: hi)
                // "The pressured one will stop, the other one will stay": another subject.
                || tokens[k].typed == "other" && k > 0 && tokens[k - 1].typed == "the" && k + 1 < tokens.count
                    && Self.otherSubjects.contains(tokens[k + 1].typed)
        }
    }

    /// Whether a clause that opens with a subject of its own ("the client who trusts the
    /// counselor …", "the one who clicks …") starts after content word `lo` and at or before
    /// `hi`: in "pressure without a bond doesn't last, the client who trusts the counselor keeps
    /// coming" the one who keeps coming is that client, not the pressure's.
    func newSubject(_ line: Line, _ lo: Int, _ hi: Int) -> Bool {
        let tokens = line.tokens
        let a = line.positions[lo]
        let b = line.positions[hi]
        guard b - a > 2 else { return false }
        return ((a + 1)...(b - 1)).contains { k in
            tokens[k].clause != tokens[k - 1].clause && Self.determiners.contains(tokens[k].typed)
                && k + 1 < b && Self.personNouns.contains(tokens[k + 1].typed)
                || k > a + 1 && tokens[k].clause != tokens[k - 1].clause && tokens[k].typed == "the"
                    && k + 2 < b && tokens[k + 2].typed == "one" && tokens[k + 1].isContent
                // "Counselors miss it, and the client can tell you early": after a joining word,
                // a person with a verb of their own ("the counselor and the client agree" joins
                // two subjects of one verb).
                || k > a + 1 && Self.joiningWords.contains(tokens[k - 1].typed) && tokens[k].typed == "the"
                    && k + 2 < b && Self.personNouns.contains(tokens[k + 1].typed)
                    && Self.ownVerbs.contains(tokens[k + 2].typed)
        }
    }

    /// Words that join a clause to the one before.
    static let joiningWords: WordSet = ["and", "but", "so", "then", "while", "whereas"]
    /// Auxiliaries that give a subject a verb of its own.
    static let ownVerbs: WordSet = [
        "can", "could", "will", "would", "should", "may", "might", "is", "was", "does", "did", "has", "gets",
    ]

    /// Nouns for a person that may open a clause as its subject.
    static let personNouns: WordSet = [
        "client", "clients", "one", "person", "guy", "girl", "kid", "woman", "man", "patient", "lady", "dude",
    ]

    /// People other than the client and the counselor, who may be said to do what an idea
    /// says of one of them (as typed: the lexicon folds some into topics, "judge" into judging).
    static let thirdParties: WordSet = [
        "judge", "judges", "court", "courts", "officer", "po", "family", "families", "wife", "husband", "spouse",
        "partner", "parents", "parent", "mom", "dad", "mother", "father", "kids", "children", "boss", "employer",
        "supervisor", "doctor", "doc", "friends", "friend", "girlfriend", "boyfriend", "team", "coach", "teacher",
    ]

    /// Nouns after "the other" that name the other side of a comparison.
    static let otherSubjects: WordSet = ["one", "client", "person", "guy", "woman", "man", "patient"]

    static let contrasts: WordSet = ["but", "however", "whereas", "although", "though", "tho"]

    /// Whether "the other one" stands between content words `lo` and `hi` (a statement's
    /// evidence is not gathered from both sides of a comparison).
    func otherSide(_ line: Line, _ lo: Int, _ hi: Int) -> Bool {
        let tokens = line.tokens
        return (line.positions[lo]..<line.positions[hi]).contains { k in
            tokens[k].typed == "other" && k > 0 && tokens[k - 1].typed == "the" && k + 1 < tokens.count
                && Self.otherSubjects.contains(tokens[k + 1].typed)
        }
    }
}
