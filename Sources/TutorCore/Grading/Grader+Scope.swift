/// What a negation says about the words around it, beyond their polarity: a denied reason
/// ("it's not about trust", "not because it motivates them") puts its words out of the answer
/// altogether, and a negated judgement ("listening doesn't build trust", "ownership doesn't
/// really matter") dismisses its subject, which is then no evidence that the learner holds it.
extension Grader {
    /// Words after a negator that turn it on a reason or a topic rather than a fact.
    static let focusMarkers: WordSet = ["about", "because", "cause", "that", "due", "since", "so", "by"]
    /// Words that may stand between the negator and its focus ("not really about", "not just because").
    static let focusSkips: WordSet = ["really", "just", "only", "all", "even", "necessarily", "simply", "so"]
    static let reflexives: WordSet = ["itself", "themselves", "himself", "herself", "yourself", "myself"]
    /// Verbs and adjectives of worth and effect: "X doesn't matter", "X isn't needed".
    static let judgementWords = [
        "matter", "need", "needed", "help", "affect", "build", "work", "important", "necessary", "relevant",
        "count", "drive", "improve", "boost", "cause", "essential", "required", "useful", "key",
    ]

    /// Verbs of what something shows ("doesn't mean", "doesn't prove").
    static let implicationWords: WordSet = ["mean", "means", "equal", "equals", "prove", "proves"]

    /// The content words of the subjects of denied implications: "perfect attendance doesn't
    /// mean he's invested" states the attendance, but not as the misconception that it shows
    /// progress ("accepting her doesn't mean approving" still accepts her).
    func deniedImplications(_ line: Line) -> Set<Int> {
        let subjects = negatedSubjects(line.tokens, throughAndOr: true) { tokens, j in
            Self.implicationWords.contains(tokens[j].typed)
        }
        return positions(of: Set(subjects.joined()), in: line)
    }

    /// The content words of an activity named as the subject of a denied equation: "accepting
    /// him isn't the same as approving", "valuing her doesn't mean agreeing with it" set the
    /// activity apart from another as the topic, and state only the difference (learners and
    /// the eval sets' writers alike credit such a line with what it is not, not with the
    /// activity itself). The subject opens on the gerund, after discourse words at most.
    func equatedActivities(_ line: Line) -> Set<Int> {
        let tokens = line.tokens
        var subjects = Set<Int>()
        let spans = negatedSubjects(tokens, throughAndOr: false) { tokens, j in
            let k = tokens[j].typed == "the" ? j + 1 : j
            return k < tokens.count && (Self.implicationWords.contains(tokens[k].typed) || tokens[k].typed == "same")
        }
        for span in spans {
            let words = span.reversed().filter { tokens[$0].isContent }
            guard let g = words.firstIndex(where: { tokens[$0].typed.count > 4 && tokens[$0].typed.hasSuffix("ing") }),
                words[..<g].allSatisfy({ Self.discourseWords.contains(tokens[$0].typed) })
            else { continue }
            subjects.formUnion(words[g...])
        }
        return positions(of: subjects, in: line)
    }

    /// For each verb negator ("doesn't", "isn't", not one right after another) whose predicate,
    /// past further negators and focus skips, `predicates` accepts (given the tokens and the
    /// predicate's index): the indices of its clause's words before it, nearest first, up to a
    /// subject break or a clause break ("and" and "or" walked through when `throughAndOr`).
    func negatedSubjects(
        _ tokens: [Token], throughAndOr: Bool, predicates: ([Token], Int) -> Bool
    ) -> [[Int]] {
        var spans: [[Int]] = []
        for i in tokens.indices
        where tokens[i].isNegator && (i == 0 || !tokens[i - 1].isNegator) && Self.verbNegators.contains(tokens[i].typed)
        {
            var j = i + 1
            while j < tokens.count, tokens[j].isNegator || Self.focusSkips.contains(tokens[j].typed) { j += 1 }
            guard j < tokens.count, predicates(tokens, j) else { continue }
            var k = i - 1
            var span: [Int] = []
            while k >= 0, tokens[k].clause == tokens[i].clause, !Self.subjectBreaks.contains(tokens[k].typed),
                !analyzer.clauseBreaks.contains(tokens[k].typed)
                    || throughAndOr && ["and", "or"].contains(tokens[k].typed)
            {
                span.append(k)
                k -= 1
            }
            spans.append(span)
        }
        return spans
    }

    /// The line's word positions whose token indices are in `indices`.
    private func positions(of indices: Set<Int>, in line: Line) -> Set<Int> {
        indices.isEmpty ? [] : Set(line.positions.indices.filter { indices.contains(line.positions[$0]) })
    }
    static let discourseWords: WordSet = ["ok", "okay", "alright", "well", "so", "yeah", "right", "oh", "ah"]

    /// The content words of a denied restriction: "boundaries aren't just about not dating
    /// clients" rejects the belief that boundaries are only about dating, so the words after
    /// "n't just about" (to the clause's end) hold no misconception, whatever their own
    /// negation.
    func deniedRestrictions(_ line: Line) -> Set<Int> {
        let tokens = line.tokens
        var out = Set<Int>()
        for i in tokens.indices.dropLast(2)
        where tokens[i].isNegator && Self.verbNegators.contains(tokens[i].typed)
            && Self.restrictions.contains(tokens[i + 1].typed) && tokens[i + 2].typed == "about"
        {
            var j = i + 3
            while j < tokens.count, tokens[j].clause == tokens[i].clause,
                !analyzer.clauseBreaks.contains(tokens[j].typed)
            {
                out.insert(j)
                j += 1
            }
        }
        return out.isEmpty ? [] : Set(line.positions.indices.filter { out.contains(line.positions[$0]) })
    }

    /// Negators of a verb or a predicate ("do not", "is not", "never").
    static let verbNegators: WordSet = [
        "not", "never", "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont",
        "wouldnt", "shouldnt", "couldnt",
    ]

    /// Negators that deny outright (not "more than", "instead of"), which two of cancel.
    static let plainNegators = verbNegators.union(["no", "lack", "lacks", "lacking", "without", "nobody", "nothing"])

    /// Words that start the subject of a negated judgement: a pronoun ("its", typed for "it's"),
    /// or a subordinator, before which the subject cannot reach ("change the approach if its
    /// not working" dismisses no approach).
    static let subjectBreaks: WordSet = [
        "i", "you", "he", "she", "we", "they", "it", "its", "this", "that", "if", "when", "unless", "whenever",
    ]

    /// Subjects that stand for what the question asks about: "it's not about approving" says
    /// that the thing asked (positive regard) is not approval.
    static let pronounSubjects: WordSet = [
        "it", "its", "it's", "this", "that", "thats", "that's", "s", "is", "was",
    ]

    /// Whether the clause of negator `i` opens with a pronoun subject alone ("it's not about").
    func pronounSubject(_ tokens: [Token], before i: Int) -> Bool {
        var k = i - 1
        var seen = false
        while k >= 0, tokens[k].clause == tokens[i].clause, !analyzer.clauseBreaks.contains(tokens[k].typed) {
            guard Self.pronounSubjects.contains(tokens[k].typed) else { return false }
            seen = true
            k -= 1
        }
        return seen
    }

    /// Whether the first content word after `about` at `j` is an activity ("not about approving"):
    /// what a practice is not. A thing ("it's not about trust") is a topic dismissed.
    func deniesActivity(_ tokens: [Token], after j: Int) -> Bool {
        let next = tokens[(j + 1)...].first { $0.isContent && $0.clause == tokens[j].clause }
        return next?.typed.hasSuffix("ing") == true
    }

    static func judgementKeys(_ analyzer: Analyzer, classes: [String: String]) -> Set<String> {
        Set(judgementWords.map { classes[analyzer.stem($0)] ?? analyzer.stem($0) })
    }

    /// For each content word of `line`: whether it lies in a denied reason (`focus`), and
    /// whether it is the subject of a negated judgement (`dismissed`).
    func scopes(_ line: Line) -> (focus: [Bool], dismissed: [Bool], topics: [Bool]) {
        let tokens = line.tokens
        var topics = Set<Int>()
        var focus = Set<Int>()
        var dismissed = Set<Int>()
        // A word that two negations reach ("I don't think he lacks commitment") is an absence
        // denied, which is no evidence either way.
        var groups = 0
        for k in tokens.indices {
            if k == 0 || tokens[k].clause != tokens[k - 1].clause || analyzer.clauseBreaks.contains(tokens[k].word) {
                groups = 0
            }
            if tokens[k].isNegator {
                if Self.plainNegators.contains(tokens[k].word) && (k == 0 || !tokens[k - 1].isNegator) { groups += 1 }
            } else if tokens[k].isContent && !tokens[k].negated && groups >= 2 {
                focus.insert(k)
            }
        }
        for i in tokens.indices where tokens[i].isNegator && (i == 0 || !tokens[i - 1].isNegator) {
            let clause = tokens[i].clause
            var j = i + 1
            while j < tokens.count, tokens[j].isNegator || Self.focusSkips.contains(tokens[j].typed) { j += 1 }
            guard j < tokens.count, tokens[j].clause == clause else { continue }
            // "not that", "not by": a verb's negation; "without that connection" is an absence.
            // "not by itself" is "not alone", no denied means.
            if Self.verbNegators.contains(tokens[i].typed), Self.focusMarkers.contains(tokens[j].typed),
                !(tokens[j].typed == "by" && j + 1 < tokens.count && Self.reflexives.contains(tokens[j + 1].typed))
            {
                // "Insurance isn't really about the relationship": a subject denied a topic,
                // which an idea may say as its denial ("not the relationship").
                // So is the second topic of "it's about paying, not about the relationship".
                let opensClause = i == 0 || tokens[i - 1].clause != clause
                let named =
                    tokens[j].typed == "about"
                    && (tokens[..<i].contains { $0.clause == clause && $0.isContent && !$0.negated }
                        || opensClause
                            && tokens[..<i].contains { $0.typed == "about" && $0.sentence == tokens[i].sentence }
                        || pronounSubject(tokens, before: i) && deniesActivity(tokens, after: j))
                var k = j + 1
                while k < tokens.count, tokens[k].clause == clause, !analyzer.clauseBreaks.contains(tokens[k].typed) {
                    focus.insert(k)
                    if named { topics.insert(k) }
                    k += 1
                }
                continue
            }
            // The judgement is the first content word a verb's negation reaches ("doesn't
            // matter"); "no help" and "nobody can help" deny the help itself.
            guard Self.verbNegators.contains(tokens[i].typed),
                let next = tokens[j...].firstIndex(where: { $0.isContent }), tokens[next].clause == clause,
                judgements.contains(classes[tokens[next].stem] ?? tokens[next].stem)
            else { continue }
            // Back to the clause's start; "and" may join the subjects ("trust and connection
            // don't affect who stays"), but a pronoun starts a subject of its own. Not when
            // "and" stands right before the negated verb: in "it pays for treatment and doesn't
            // change the relationship" it joins two predicates of one subject.
            var k = i - 1
            while k >= 0, Self.auxiliaryWords.contains(tokens[k].typed) { k -= 1 }
            if k >= 0, tokens[k].typed == "and" { continue }
            k = i - 1
            while k >= 0, tokens[k].clause == clause, !Self.subjectBreaks.contains(tokens[k].typed),
                !analyzer.clauseBreaks.contains(tokens[k].typed) || ["and", "or"].contains(tokens[k].typed)
            {
                if !tokens[k].negated { dismissed.insert(k) }
                k -= 1
            }
        }
        return (
            line.positions.map { focus.contains($0) }, line.positions.map { dismissed.contains($0) },
            line.positions.map { topics.contains($0) && focus.contains($0) }
        )
    }

    /// Auxiliaries a verb's negation leans on ("does not", "won't").
    static let auxiliaryWords: WordSet = [
        "do", "does", "did", "will", "would", "can", "could", "should", "is", "are",
    ]

    /// Words of an ending ("disappear", "go away"): a negation that reaches one after other
    /// words is spent on it, and the words before it stand. "An alliance doesn't make cravings
    /// disappear" says the cravings stay, not that there are none.
    static let endingWords = ["disappear", "vanish", "remove", "eliminate", "erase"]

    /// Whether content word `j` is an ending: one of `endingWords`, or "away" after "go".
    func isEnding(_ line: Line, _ j: Int) -> Bool {
        let t = line.positions[j]
        return endings.contains(line.content[j].stem)
            || line.content[j].typed == "away" && t > 0
                && ["go", "goes", "went", "going", "gone"].contains(line.tokens[t - 1].typed)
    }

    /// Whether content word `j` is a loss said in the passive after what is lost ("not about
    /// trust getting wrecked", "it's not the trust being damaged"): the negation is spent on it.
    func isPassiveLoss(_ line: Line, _ j: Int) -> Bool {
        let t = line.positions[j]
        return j > 0 && t > 0 && privatives.contains(line.content[j].stem)
            && Self.passiveAuxiliaries.contains(line.tokens[t - 1].typed)
    }
    static let passiveAuxiliaries: WordSet = ["getting", "being", "gets", "got", "get", "been"]

    func spendOnLaterPrivative(_ line: inout Line) {
        for j in line.content.indices where line.content[j].negated && (isEnding(line, j) || isPassiveLoss(line, j)) {
            var i = j - 1
            while i >= 0, line.content[i].negated, line.content[i].clause == line.content[j].clause,
                !privatives.contains(line.content[i].stem)
            {
                line.content[i].negated = false
                line.heads[i] = nil
                i -= 1
            }
        }
    }

    /// Words that concede what their stretch says before a "but" ("the counselor may be the
    /// expert, but …"), and the words of the contrast that follows.
    static let concessiveWords: WordSet = [
        "may", "might", "sure", "granted", "admittedly", "course", "true", "yes",
    ]
    static let contrastWords: WordSet = ["but", "however", "yet"]
    /// Who holds a common belief a learner grants before "but" ("we think we can tell, but we
    /// miss people"): not "I", whose belief is the learner's own.
    static let commonBelievers: WordSet = [
        "we", "people", "folks", "everyone", "everybody", "most", "many", "counselors", "therapists", "others", "would",
        "youd",
    ]
    /// What others are told to do with an idea before "but" corrects it ("a lot of people say
    /// refuse all gifts, but …", "people mix it up with approving, but …", "old school would
    /// call it resistance, but …"): said of others, these report a belief as much as "think".
    static let commonBeliefVerbs = beliefVerbs.union([
        "assume", "assumed", "say", "said", "mix", "confuse", "confused", "call", "pick", "picks", "expect",
        "figure", "claim", "claims", "believed",
    ])
    /// Nouns that, after "old", name a superseded view ("the old idea was …", "old school").
    static let oldViews: WordSet = [
        "idea", "ideas", "view", "views", "school", "belief", "thinking", "approach", "model", "way", "days",
    ]

    /// Whether token `i` reports a belief held in common ("we think", "people assume", "you'd
    /// think", "the old idea was"), which a following "but" grants rather than claims.
    static func commonBelief(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        if tokens[i - 1].typed == "old", oldViews.contains(tokens[i].typed) { return true }
        // "I'd say X, but" is the learner's own view, not one they grant to others.
        if tokens[i - 1].typed == "would", i > 1, tokens[i - 2].typed == "i" { return false }
        return commonBeliefVerbs.contains(tokens[i].typed) && commonBelievers.contains(tokens[i - 1].typed)
    }
    /// Breaks across which a belief's reason reaches ("A sounds warmer so people pick it, but
    /// …"): the reason given for a belief that "but" corrects is granted with it.
    static let reasonBreaks: WordSet = ["so", "because", "bc", "since", "cuz"]
    /// The words after "even" that grant what follows ("even though", "even tho", "even if").
    static let evenConcessions: WordSet = ["though", "tho", "if", "altho", "although"]

    /// The content words of conceded stretches: "sure the counselor is trained, but the client
    /// knows their life" does not hold that the counselor should set the goals. Not "although":
    /// "…, although family pressure alone would keep him there" adds a claim of its own.
    func conceded(_ line: Line) -> Set<Int> {
        var index: [Int: Int] = [:]
        for (c, t) in line.positions.enumerated() { index[t] = c }
        let tokens = line.tokens
        var out: Set<Int> = []
        for i in tokens.indices {
            var stretch: [Int] = []
            if Self.contrastWords.contains(tokens[i].typed) {
                var j = i - 1
                while j >= 0, tokens[j].sentence == tokens[i].sentence, !analyzer.clauseBreaks.contains(tokens[j].typed)
                {
                    stretch.append(j)
                    j -= 1
                }
                guard
                    stretch.contains(where: {
                        Self.concessiveWords.contains(tokens[$0].typed) || Self.commonBelief(tokens, $0)
                    })
                else { continue }
                // A belief's reason before it, once: "A sounds warmer so people pick it, but".
                if j > 0, Self.reasonBreaks.contains(tokens[j].typed), tokens[j].sentence == tokens[i].sentence,
                    stretch.contains(where: { Self.commonBelief(tokens, $0) })
                {
                    j -= 1
                    while j >= 0, tokens[j].sentence == tokens[i].sentence,
                        !analyzer.clauseBreaks.contains(tokens[j].typed)
                    {
                        stretch.append(j)
                        j -= 1
                    }
                }
            } else if tokens[i].typed == "even", i + 2 < tokens.count,
                Self.evenConcessions.contains(tokens[i + 1].typed)
            {
                // "Not A, even tho it sounds more caring": what "even though" grants is granted,
                // not claimed (to its clause's end).
                var j = i + 2
                while j < tokens.count, tokens[j].sentence == tokens[i].sentence,
                    tokens[j].clause == tokens[i + 2].clause, !analyzer.clauseBreaks.contains(tokens[j].typed)
                {
                    stretch.append(j)
                    j += 1
                }
            }
            out.formUnion(stretch.compactMap { index[$0] })
        }
        return out
    }

    /// "Without" negates its object, not the rest of the clause: in "without engagement
    /// treatment won't have much effect" the effect is denied once, by "won't", not cancelled
    /// by it. The object's words are negated, and the words after it take the polarity of the
    /// negators that follow.
    func scopeWithout(_ line: inout Line) {
        var index: [Int: Int] = [:]
        for (c, t) in line.positions.enumerated() { index[t] = c }
        func set(_ k: Int, _ negated: Bool) {
            line.tokens[k].negated = negated
            if let c = index[k] {
                line.content[c].negated = negated
                line.heads[c] = negated ? line.heads[c] : nil
            }
        }
        let n = line.tokens.count
        for w in line.tokens.indices where line.tokens[w].word == "without" {
            let clause = line.tokens[w].clause
            func inside(_ k: Int) -> Bool {
                k < n && line.tokens[k].clause == clause && !analyzer.clauseBreaks.contains(line.tokens[k].word)
            }
            var k = w + 1
            while inside(k), line.tokens[k].isStop { k += 1 }
            while inside(k), line.tokens[k].isContent {
                set(k, true)
                k += 1
            }
            // Only where a later negation was cancelled by it: "without worrying about being
            // judged" keeps its reach.
            guard (k..<n).contains(where: { inside($0) && line.tokens[$0].isNegator }) else { continue }
            var negating = false
            while inside(k) {
                let t = line.tokens[k]
                if t.isNegator {
                    if !line.tokens[k - 1].isNegator { negating.toggle() }
                } else if t.isContent {
                    set(k, negating)
                }
                k += 1
            }
        }
    }
}
