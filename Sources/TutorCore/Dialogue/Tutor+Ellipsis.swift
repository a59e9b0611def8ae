import Foundation

/// An answer leans on the question it answers and leaves out what the question already
/// says: "A, because it shows more feeling" to "Which one is empathic?" says "A is
/// empathic"; "say yes" to a client who asked "Everything I say stays in this room, right?"
/// confirms just that. The dialogue reads such a line with the words it leaves out put
/// back from the question, grades both readings, and keeps what either finds.
extension Tutor {
    /// `analysis` graded against `q` in its conversation: the tutor's last cloze (`cloze`)
    /// completed, and the question's left-out words restored.
    /// With `whole` false (`tutor grade`, which has no conversation), only the readings that
    /// lean on the question's own words, not on an option's label (which the grader reads).
    /// With `lending` false, the graded answers lend nothing (`exemplarsMayLend`).
    func gradeInContext(
        _ q: Question, _ analysis: Analysis, cloze: String?, whole: Bool = true, lending: Bool = true
    ) -> Grade? {
        guard let grade = gradeLeaning(q, analysis, cloze: cloze, whole: whole) else { return nil }
        // In a conversation, an answer in which the reading finds nothing is compared with the
        // graded answers (`Grader+Exemplars`).
        // Not a line put as a question by its first words ("wait, which one is the client's?"):
        // a side request shares the answers' words without saying their ideas.
        guard whole, lending, grade.covered.isEmpty, grade.misconceptions.isEmpty, grade.verdict == .incorrect,
            !LineForm.isQuestionShapedByWords(analysis),
            lessonQuestions[q.id] == nil, let label = grader.exemplarReading(exemplars.value[q.id], analysis)
        else { return grade }
        let verdict: Verdict =
            !label.misconceptions.isEmpty ? .misconception : label.covered.count >= q.needed ? .correct : .partial
        return Grade(
            question: grade.question, covered: label.covered, misconceptions: label.misconceptions, verdict: verdict,
            evidence: [:])
    }

    /// `analysis` graded against `q`, the question's left-out words restored.
    private func gradeLeaning(_ q: Question, _ analysis: Analysis, cloze: String?, whole: Bool) -> Grade? {
        guard let grade = grade(q.id, analysis, context: cloze) else { return nil }
        let restored =
            whole
            ? Self.restored(analysis, question: q.text)
            : Self.confirmation(analysis, question: q.text) ?? Self.timeCompleted(analysis, question: q.text)
        guard let restored,
            let more = self.grade(q.id, analyzer.analyze(restored))
        else { return grade }
        let covered = q.expectations.map(\.id).filter { grade.covered.contains($0) || more.covered.contains($0) }
        let misconceptions = q.misconceptions.map(\.id).filter {
            grade.misconceptions.contains($0) || more.misconceptions.contains($0)
        }
        guard covered != grade.covered || misconceptions != grade.misconceptions else { return grade }
        let verdict: Verdict =
            !misconceptions.isEmpty
            ? .misconception : covered.count >= q.needed ? .correct : covered.isEmpty ? grade.verdict : .partial
        return Grade(
            question: grade.question, covered: covered, misconceptions: misconceptions, verdict: verdict,
            evidence: more.evidence.merging(grade.evidence) { _, own in own })
    }

    /// The line with what it leaves out of the question put back, or nil when it leaves
    /// nothing out that the question can give.
    static func restored(_ analysis: Analysis, question: String) -> String? {
        optionNamed(analysis, question: question) ?? confirmation(analysis, question: question)
            ?? partNamed(analysis, question: question) ?? timeCompleted(analysis, question: question)
    }

    /// "Never. Personal stuff stays out of it." to "… When and how should a counselor
    /// disclose?": a first clause that is only "never" answers the question's "when", and says
    /// "never should a counselor disclose"; the rest of the line follows it.
    static func timeCompleted(_ analysis: Analysis, question: String) -> String? {
        let t = analysis.tokens
        guard let first = t.first else { return nil }
        let head = t.prefix { $0.clause == first.clause }.map(\.typed)
        guard [["never"], ["never", "ever"], ["not", "ever"]].contains(head) else { return nil }
        // "Never, unless it helps the client" qualifies the never.
        if head.count < t.count, t[head.count].sentence == first.sentence,
            ["unless", "except", "but", "only", "if", "until", "without"].contains(t[head.count].typed)
        {
            return nil
        }
        let asked = question.split(separator: "?").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard let asked, question.trimmingCharacters(in: .whitespaces).hasSuffix("?") else { return nil }
        var words = asked.split(separator: " ").map { $0.lowercased() }.drop { !$0.first!.isLetter }
        guard words.first == "when" else { return nil }
        // "When and how should …": the question words, then what is asked.
        words = words.drop { ["when", "and", "how", "or", "why"].contains($0) }
        guard !words.isEmpty else { return nil }
        let rest = t.dropFirst(head.count).map(\.typed)
        return (["never"] + words + ["."] + rest).joined(separator: " ")
    }

    /// What "which part is X, which is Y" asks the parts of a quoted line to be: X and Y
    /// ("change talk", "sustain talk"), in the question's order.
    static func askedOfParts(_ question: String) -> [[String]] {
        let lower = question.lowercased()
        guard let first = lower.range(of: "which part is ") ?? lower.range(of: "which half is ") else { return [] }
        var asked: [[String]] = []
        var rest = lower[first.upperBound...]
        while true {
            let end = rest.firstIndex { ",?.".contains($0) } ?? rest.endIndex
            let words = rest[..<end].split(separator: " ").map(String.init)
            if !words.isEmpty && words.count <= 3 { asked.append(words) }
            guard end < rest.endIndex else { break }
            let after = rest[rest.index(after: end)...].drop { $0 == " " }
            guard after.hasPrefix("which is ") else { break }
            rest = after.dropFirst("which is ".count)
        }
        return asked
    }

    /// "The kids part", "sleep part is sustain" to "… Which part is change talk, which is
    /// sustain talk?": a part of the quote named with no predicate takes the first one asked
    /// ("the kids part is change talk"); a predicate said by its first word alone is said
    /// whole ("sustain" → "sustain talk"). Short lines only: a longer one says its own.
    static func partNamed(_ analysis: Analysis, question: String) -> String? {
        let asked = askedOfParts(question)
        let w = LineForm.words(analysis)
        guard asked.count >= 2, (1...6).contains(w.count) else { return nil }
        let heads = Set(asked.compactMap(\.first))
        let saysAPredicate = w.contains(where: heads.contains)
        if let last = w.last, let predicate = asked.first(where: { $0.first == last && $0.count > 1 }) {
            return (w + predicate.dropFirst()).joined(separator: " ")
        }
        let parts: Set<String> = ["part", "one", "bit", "half", "thing", "piece"]
        guard !saysAPredicate, let last = w.last, parts.contains(last), w.count <= 4 else { return nil }
        return (w + ["is"] + asked[0]).joined(separator: " ")
    }

    /// "A because it shows more feeling" to "… Which one is empathic, and why?": an option's
    /// label first, without a verb of its own, takes the question's predicate ("A is
    /// empathic because it shows more feeling").
    static func optionNamed(_ analysis: Analysis, question: String) -> String? {
        if let picked = optionPicked(analysis, question: question) { return picked }
        let w = LineForm.words(analysis)
        if let last = w.last, w.count >= 3, let predicate = askedPredicate(question), isLabel(last, of: question) {
            // "A shows more feeling so A": the pick said last, its reason before it.
            let reason = w.dropLast().reversed().drop { ["so", "its", "it's", "is", "then", "thus"].contains($0) }
            return ([last, "is", predicate, "because"] + reason.reversed()).joined(separator: " ")
        }
        guard let label = w.first, label.count == 1, label.first?.isLetter == true,
            question.contains("\(label.uppercased()): "),
            let predicate = askedPredicate(question)
        else { return nil }
        let verbs: Set<String> = ["is", "are", "was", "would", "sounds", "seems", "shows", "reflects", "does"]
        if w.count > 1 && verbs.contains(w[1]) { return nil }
        return ([label, "is", predicate] + w.dropFirst()).joined(separator: " ")
    }

    /// "I'd have said A, since it shows the most feeling", "I would pick B because it names
    /// her fear", "I'd go with A": the learner's pick, an option's label after a verb of
    /// choosing said by "I", takes the question's predicate, and the reason after it stays
    /// the reason ("A is empathic because it shows the most feeling"). The label ends its
    /// clause or a reason follows it ("I said a lot" picks nothing).
    static func optionPicked(_ analysis: Analysis, question: String) -> String? {
        guard let predicate = askedPredicate(question) else { return nil }
        let t = analysis.tokens
        let choosing: Set<String> = ["said", "say", "pick", "picked", "choose", "chose", "vote", "voted", "go", "went"]
        let reasons: Set<String> = ["since", "because", "as", "cause", "cuz", "bc", "coz", "for"]
        for v in t.indices.dropLast() where choosing.contains(t[v].word) {
            // "I'd go with A": the label after "with".
            let l = ["go", "went"].contains(t[v].word) ? v + 2 : v + 1
            guard l < t.count, l == v + 1 || t[v + 1].word == "with", isLabel(t[l].word, of: question),
                case let before = t[..<v].filter({ $0.sentence == t[v].sentence }),
                before.contains(where: { $0.word == "i" }), before.count <= 4
            else { continue }
            let next = l + 1 < t.count ? t[l + 1] : nil
            guard next == nil || next!.clause != t[l].clause || reasons.contains(next!.word) else { continue }
            let reason = t[(l + 1)...].map(\.word).drop { reasons.contains($0) }
            return ([t[l].word, "is", predicate] + (reason.isEmpty ? [] : ["because"] + reason)).joined(separator: " ")
        }
        return nil
    }

    /// Whether a word is one of the question's option labels ("A" for "A: …").
    static func isLabel(_ word: String, of question: String) -> Bool {
        word.count == 1 && word.first?.isLetter == true && question.contains("\(word.uppercased()): ")
    }

    /// What "which one is X" asks of the options: X ("empathic"), up to a comma, "and" or
    /// the question mark.
    static func askedPredicate(_ question: String) -> String? {
        let lower = question.lowercased()
        for opener in ["which one is ", "which response is ", "which is ", "which option is "] {
            guard let range = lower.range(of: opener) else { continue }
            let rest = lower[range.upperBound...]
            let end = rest.firstIndex { ",?.".contains($0) } ?? rest.endIndex
            let predicate = rest[..<end].replacingOccurrences(of: " and", with: "")
                .trimmingCharacters(in: .whitespaces)
            return predicate.isEmpty ? nil : predicate
        }
        return nil
    }

    /// "Say yes so they feel safe" to a client's "Everything I say stays in this room,
    /// right?": an unqualified yes to a statement put for confirmation states it. A yes
    /// with a "but", an exception or a negation in it does not (it qualifies the claim).
    static func confirmation(_ analysis: Analysis, question: String) -> String? {
        let w = LineForm.words(analysis)
        let yes: [[String]] = [["yes"], ["yeah"], ["say", "yes"], ["tell", "them", "yes"], ["just", "say", "yes"]]
        guard let opening = yes.first(where: { w.starts(with: $0) }),
            let claim = confirmedClaim(question)
        else { return nil }
        let qualifiers: Set<String> = [
            "but", "except", "unless", "though", "although", "however", "limits", "limit", "exceptions", "exception",
        ]
        if analysis.tokens.contains(where: { $0.isNegator || qualifiers.contains($0.word) }) { return nil }
        return ([claim] + w.dropFirst(opening.count)).joined(separator: " ")
    }

    /// The statement a quoted client asks to have confirmed ("Everything I say stays in
    /// this room, right?" → "Everything I say stays in this room").
    static func confirmedClaim(_ question: String) -> String? {
        let tags = [", right?", ", isn't it?", ", correct?", ", yes?", ", don't you?", ", won't you?"]
        for tag in tags {
            guard let end = question.range(of: tag) else { continue }
            let before = question[..<end.lowerBound]
            guard let open = before.lastIndex(where: { $0 == "\"" || $0 == "“" }) else { continue }
            let claim = before[before.index(after: open)...].trimmingCharacters(in: .whitespaces)
            return claim.isEmpty ? nil : claim
        }
        return nil
    }
}

/// A follow-up can leave out the request itself: "and sympathy?" after "what is empathy",
/// "and for a teenager?" after "how do I build trust", "what about location" after "why is
/// insurance secondary". It asks the last request again, of what it names (or of the same
/// topic, for whom or where it names); "what if they were court ordered" asks how to act on
/// the topic in that case.
extension Tutor {
    /// Words that open an elliptical follow-up ("and …", "what about …", "how about …").
    private static let ellipsisOpeners: [[String]] =
        // "Same question for how close the clinic is", "and the same thing but about family":
        // the last request again, of what follows (a topic, though it may be put as a question).
        [[], ["and"], ["the"], ["and", "the"]].flatMap { lead in
            [["question"], ["thing"], ["q"]].flatMap { noun in
                [["for"], ["about"], ["but", "for"], ["but", "about"]].map { lead + ["same"] + noun + $0 }
            }
        } + [
            ["and", "what", "about"], ["and", "how", "about"], ["but", "what", "about"], ["what", "about"],
            ["how", "about"], ["and", "for"], ["and", "with"], ["and", "in"], ["and", "to"], ["and", "at"],
            ["and", "on"], ["and"],
            // "Same for groups?", "is it the same with meds": the last request of another setting.
            ["is", "it", "the", "same", "for"], ["is", "it", "the", "same", "with"], ["is", "it", "the", "same", "in"],
            ["the", "same", "for"], ["the", "same", "with"], ["the", "same", "in"],
            ["same", "for"], ["same", "with"], ["same", "in"], ["same", "over"],
        ]
    /// Whole lines that ask for one thing and name nothing.
    private static let bareRequests: [[String]: Intent] = [
        ["why"]: .explain, ["how"]: .howTo, ["how", "so"]: .explain, ["why", "so"]: .explain,
        ["like", "what"]: .example,
        ["such", "as"]: .example, ["for", "example"]: .example, ["for", "instance"]: .example, ["example"]: .example,
        ["examples"]: .example, ["an", "example"]: .example, ["like", "how"]: .example, ["why", "not"]: .explain,
        ["how", "come"]: .explain, ["in", "what", "way"]: .explain, ["why", "bother"]: .explain,
        ["what", "is", "the", "point"]: .explain, ["what's", "the", "point"]: .explain,
        // "Proof?", "numbers?": the evidence for it.
        ["proof"]: .explain, ["evidence"]: .explain, ["numbers"]: .explain, ["stats"]: .explain,
        ["statistics"]: .explain, ["research"]: .explain, ["studies"]: .explain, ["data"]: .explain,
        ["source"]: .explain, ["sources"]: .explain,
        // "Ex?", "eg": how learners shorten "example".
        ["ex"]: .example, ["eg"]: .example, ["e.g."]: .example,
    ]
    /// Nouns that, first in a line, ask for a case of the topic ("example sentence",
    /// "examples of what to say").
    private static let caseNouns: WordSet = ["example", "examples", "ex", "eg", "sample", "samples"]
    /// Words beside a case noun that ask for something else than a case of the topic: a
    /// question, or both sides of a pair.
    private static let notOfTheTopic: WordSet = [
        "question", "questions", "q", "quiz", "test", "both", "two", "each", "it", "that", "this", "them", "those",
        "another", "more", "other", "else", "again",
    ]
    /// Fillers before the opener ("ok and for a teen?").
    private static let fillers: WordSet = ["ok", "okay", "so", "alright", "right", "then", "oh", "hmm", "well"]
    /// Words for a person an elliptical setting may name ("and with a teen?").
    private static let people: WordSet = [
        "someone", "somebody", "client", "clients", "person", "people", "he", "she", "they", "who", "kid", "kids",
        "teen", "teens", "teenager", "teenagers", "adult", "adults", "guy", "woman", "man", "mom", "dad", "child",
        "children", "parent", "parents", "partner", "veteran", "veterans",
    ]
    /// Prepositions that open a setting or a person rather than a topic ("for a teenager").
    /// Words that name the field itself as a setting: drug and alcohol treatment.
    static let fieldSettingWords: WordSet = [
        "drug", "drugs", "alcohol", "addiction", "addictions", "substance", "substances", "sud", "rehab", "rehabs",
        "recovery", "treatment", "treatments", "program", "programs", "programme", "programmes", "specifically",
        "especially", "particular", "particularly", "abuse", "use", "misuse", "setting", "settings", "work", "field",
        "counseling", "counselling", "clinic", "clinics", "centre", "center", "centers", "centres", "detox",
        "residential", "outpatient", "inpatient",
    ]

    private static let settingWords: WordSet = ["with", "for", "in", "to", "at", "on", "during", "among", "over"]

    /// The line read as the last request asked again of what it names; nil when it is not
    /// elliptical (it has a verb or question word of its own) or leans on nothing.
    func continuesElliptically(_ match: MatchResult, _ analysis: Analysis, _ last: String, _ state: TutorState)
        -> MatchResult?
    {
        // "And cultural competence, whats the difference" has a question of its own.
        var words = analysis.tokens.flatMap { LineForm.fusedQuestionWords[$0.typed] ?? [$0.word] }
        while let w = words.first, Self.fillers.contains(w) { words.removeFirst() }
        // "Like what tho", "why then": a trailing filler changes nothing.
        while words.count > 1, let w = words.last, ["tho", "though", "then", "pls", "please", "exactly"].contains(w) {
            words.removeLast()
        }
        // "And one more", "and another one please": more of what was just given, not the
        // last request asked again of "one more" (`asksForMore` reads it).
        if match.intent == .more, LineForm.asksForMore(Array(words.drop { $0 == "and" })) { return nil }
        // "Why?", "how?", "like what?", "such as?": the request alone, of the topic.
        if let bare = Self.bareRequests[words] {
            return MatchResult(intent: bare, concepts: [last], confidence: 0.7)
        }
        // "Example sentence", "example line i can say": a case asked for first, and
        // nothing of ours named, is a case of the topic.
        // "Real life example", "gimme 2 examples": a case asked for in a few words that name
        // nothing and ask nothing else is a case of the topic too.
        let caseOnly =
            [.example, .outOfScope].contains(match.intent) && words.count <= 4
            && words.contains(where: Self.caseNouns.contains)
            && !words.contains(where: LineForm.questionWords.union(Self.notOfTheTopic).contains)
            && match.basis.cued.allSatisfy { !$0.isContent || $0 == .example }
        // "Example of the second one" after a comparison picks a side by its ordinal.
        if let first = words.first, Self.caseNouns.contains(first) && words.count <= 6 || caseOnly,
            !Self.namesByTerm(match), !Self.refersToAnOrdinal(words)
        {
            var m = MatchResult(intent: .example, concepts: [last], confidence: 0.6)
            m.evidence = match.evidence + ["form: a case asked for first → an example of the topic"]
            return m
        }
        // "Why bother, cant i just tell how theyre doing": the bare request first, what
        // follows only argues it, when the matcher finds nothing named in the line.
        if !Self.namesByTerm(match), let comma = analysis.text.firstIndex(of: ",") {
            var first = analyzer.analyze(String(analysis.text[..<comma])).tokens.flatMap {
                LineForm.fusedQuestionWords[$0.typed] ?? [$0.word]
            }
            while let w = first.first, Self.fillers.contains(w) { first.removeFirst() }
            if let bare = Self.bareRequests[first] {
                var m = MatchResult(intent: bare, concepts: [last], confidence: 0.6)
                m.evidence = match.evidence + ["form: a bare request first → of the topic"]
                return m
            }
        }
        guard let opener = Self.ellipsisOpeners.first(where: { words.starts(with: $0) }) else { return nil }
        // "And for" keeps its preposition: the setting it opens is the point.
        let repeated = opener.contains("question") || opener.contains("thing") || opener.contains("q")
        let keep =
            opener.count == 2 && opener[0] == "and" && opener[1] != "about" || opener.contains("same") && !repeated
            ? 1 : 0
        let rest = Array(words.dropFirst(opener.count - keep))
        guard !rest.isEmpty, rest.count <= 9 else { return nil }
        // "What about running into a client at the store": a case, as "what if" puts one.
        let gerund = rest[0].count > 4 && rest[0].hasSuffix("ing") && !Self.settingWords.contains(rest[0])
        if ["if", "when"].contains(rest[0]) || gerund && rest.count >= 3 {
            return whatIf(match, analysis, last, previous: state.lastAnswer?.intent)
        }
        let verbs = LineForm.auxiliaries.union(LineForm.questionWords).union(["should", "mean", "means"])
        // "With someone who was forced to come": a relative clause may have its own verb.
        let head = rest.prefix { !["who", "whose", "whom"].contains($0) }
        guard repeated || head.count >= 2 || head.count == rest.count,
            repeated || !head.contains(where: verbs.contains),
            !head.contains(where: ["it", "that", "this"].contains)
        else { return nil }
        let part = analyzer.analyze(rest.joined(separator: " "))
        let own = matcher.match(part)
        // "And pizza?": a word of another field is no topic of ours. So is "what about the
        // alliance between the US and Canada", which the matcher reads whole as the word in
        // another sense (the remainder alone, its "US" lowercased, may not show it).
        if own.intent == .outOfScope && own.basis.otherSense { return nil }
        if match.intent == .outOfScope && match.basis.otherSense { return nil }
        // "What about the goals?" may mean more than one thing: the matcher's own reading asks which.
        if Self.namesByTerm(own) && own.ambiguous.count >= 2 || Self.namesByTerm(match) && match.ambiguous.count >= 2 {
            return nil
        }
        let setting = Self.settingWords.contains(rest[0])
        let found = ellipsisTarget(own, part, last, setting: setting)
        // "What about the goals?" names more than one thing: the matcher's reading asks which.
        if found == nil && !setting && nameOwners(part).count >= 2 { return nil }
        let target = found ?? last
        let previous = state.lastAnswer.map(\.intent).flatMap { $0.isContent ? $0 : nil }
        // "And med adherence, same idea?", "and competence? same thing?" after a definition:
        // the two weighed against each other. After an explanation ("what about location,
        // same idea?" after why insurance comes second) the same reasons are asked of it.
        let weighs =
            !setting && previous != .explain
            && rest.contains(where: ["same", "different", "differ", "difference", "similar", "alike"].contains)
        var resolved = match
        resolved.isFollowUp = false
        resolved.ambiguous = []
        if target == last {
            // "What about with a kid" after "what is empathy" asks how it is done there.
            // After a comparison only one side is the topic now: how it is done there.
            let kept: Set<Intent> = setting ? [.howTo, .example, .explain] : [.define, .howTo, .example, .explain]
            // "And for abuse?" after the duty to warn asks whether it holds there; "and with
            // a kid?" after empathy, how it is done with them.
            let holds = setting && previous == .define && !rest.contains(where: Self.people.contains)
            resolved.intent = previous.flatMap { kept.contains($0) ? $0 : nil } ?? (holds ? .explain : .howTo)
            // "What about a subpoena" after the limits of confidentiality, "what about gifts"
            // after boundaries: a case the topic covers, named by a word that is not in the
            // topic's name, asks how the topic bears on it, not its definition again.
            let nameStems = matcher.nameStems(of: last)
            let byName = part.tokens.contains { $0.isContent && nameStems.contains($0.stem) }
            let caseOf = Self.namesByTerm(own) ? own.concepts.first == last : found == nil
            if previous == .define, opener.contains("about"), !setting, !byName, caseOf,
                part.tokens.contains(where: \.isContent)
            {
                resolved.intent = .explain
            }
            resolved.concepts = [last]
            if weighs { resolved.intent = .compare }
            // "And test me", "and fixing one?": the words after "and" cue a request of their
            // own (a quiz, how to do it, a case), which is asked of the topic instead of the
            // last request again.
            if let asked = Self.ownRequest(of: own), asked != previous {
                resolved.intent = asked
            }
        } else if previous == .compare, let first = state.lastAnswer?.concepts.first, first != target {
            resolved.intent = .compare
            resolved.concepts = [first, target]
        } else if weighs
            || rest.contains(where: ["compared", "compare", "vs", "versus", "like", "unlike", "against"].contains)
        {
            // "How about compared with empathy": the topic set against what it names.
            resolved.intent = .compare
            resolved.concepts = [last, target]
        } else if setting, appliesInContext(last, target) {
            // "What about in telehealth" after boundaries: the topic in that context. The
            // context leads, as the specific concept a line names leads the alliance it acts
            // on ("and over video?" after building trust is the alliance over video).
            resolved.intent = previous == .explain ? .explain : .howTo
            resolved.concepts = [target, last]
        } else {
            // "What about with someone who was forced to come": how to work with that person.
            // "And for groups?" names a setting of its own: the same request of it.
            let person =
                ["with", "for"].contains(rest[0]) && previous == .define && rest.contains(where: Self.people.contains)
            resolved.intent = person ? .howTo : previous ?? (own.intent.isContent ? own.intent : .define)
            resolved.concepts = [target]
        }
        // The matcher already read it so: its own match (with its options) stands.
        if resolved.intent == match.intent && resolved.concepts.first == match.concepts.first { return nil }
        resolved.evidence.append("form: elliptical → the last request again")
        return resolved
    }

    /// The concept an elliptical remainder names: by its terms; else by its name, the one
    /// related to the topic when several share the word ("and in families?" after group
    /// cohesion, when it names a setting); the topic itself when a word of its name is there ("and to a full relapse?"
    /// after a lapse). Nil when it names none (a person or a setting).
    private func ellipsisTarget(_ own: MatchResult, _ part: Analysis, _ last: String, setting: Bool) -> String? {
        let stems = part.tokens.filter(\.isContent).map(\.stem)
        let lastName = matcher.nameStems(of: last)
        // A longer term that holds the topic's word names a concept of its own ("and counter
        // transference?" after transference), as a longer term beats a shorter one it contains.
        if own.intent != .outOfScope, let named = own.concepts.first, named != last,
            let term = own.basis.named.first(where: { $0.concept == named })?.stems, term.count >= 2,
            term.contains(where: lastName.contains)
        {
            return named
        }
        if stems.contains(where: lastName.contains) { return last }
        if own.intent != .outOfScope, Self.namesByTerm(own), let named = own.concepts.first { return named }
        // "And in drug treatment specifically?", "and in addiction programs?": the field's own
        // setting is where every topic is taught; the topic is asked about there, not a
        // concept that only shares "treatment" or "program" with it.
        let words = part.tokens.filter(\.isContent).map(\.word)
        if setting, !words.isEmpty, words.allSatisfy(Self.fieldSettingWords.contains) { return last }
        let candidates = nameOwners(part)
        if candidates.count == 1 { return candidates[0] }
        // "And in families?": a setting of the same request; the topic's neighbour is meant.
        // "What about the goals?" stays the matcher's to clarify.
        let related = Set(kb.concept(last)?.related.map(\.concept) ?? [])
        return setting ? candidates.sorted().first(where: related.contains) : nil
    }

    /// Whether a setting named elliptically ("and in telehealth?") is where the topic is
    /// asked about, not a new topic: the setting is one of the alliance's contexts (its
    /// group in the knowledge base) and the topic is neither one of them nor the alliance
    /// itself ("and in groups?" after the family alliance asks about group cohesion).
    private func appliesInContext(_ last: String, _ target: String) -> Bool {
        let contexts = "contexts"
        guard kb.concept(target)?.group == contexts, let topic = kb.concept(last) else { return false }
        return topic.group != contexts && last != "therapeutic-alliance"
    }

    /// The concepts whose names hold every word of the line that is in some name.
    private func nameOwners(_ part: Analysis) -> [String] {
        let owners = part.tokens.filter(\.isContent).compactMap { matcher.nameIndex[$0.stem] }
        guard let first = owners.first else { return [] }
        return owners.dropFirst().reduce(first) { $0.intersection($1) }.map { matcher.conceptIDs[$0] }.sorted()
    }

    /// "What if they were court ordered", "what about when they did something awful", "and
    /// if a judge sent him": how to act on the topic in that case; a concept the case names
    /// by its terms is the topic instead. Nil when the line names something out of scope.
    /// "And what about when the family forces them" after why court orders create no
    /// commitment: a case that names the topic's sibling (a concept of its group it relates
    /// to) asks the last explanation again of it.
    func whatIf(_ match: MatchResult, _ analysis: Analysis, _ last: String, previous: Intent? = nil)
        -> MatchResult?
    {
        guard match.intent != .outOfScope || !match.basis.otherSense else {
            return nil
        }
        var resolved = match
        let named = Self.namesByTerm(match) && match.intent != .outOfScope ? match.concepts.first : nil
        let sibling = named.map { n in
            n != last && kb.concept(last)?.related.contains { $0.concept == n } == true
                && kb.concept(n)?.group == kb.concept(last)?.group
        }
        // "What if a client gives me a small gift, is that one?": whether the case is one
        // of the topic, a question of why, not of what to do.
        let w = analysis.tokens.map(\.word)
        let asksOfTheCase = w.indices.dropFirst(2).dropLast().contains { i in
            LineForm.auxiliaries.union(LineForm.fusedNegations).contains(w[i])
                && ["that", "it", "this", "he", "she", "they"].contains(w[i + 1])
                && !["i", "we", "you", "what", "how"].contains(w[i - 1])
        }
        // "What if the client already signed, that is finished then?", "so if the clinic is
        // close by they stay?": an outcome stated of the case and asked (a subject of its own
        // after the case, the line ending on a question mark) is whether it holds, too.
        let tails: Set<String> = [
            "if", "when", "what", "about", "and", "but", "so", "or", "i", "we", "you", "ask", "asks", "tell", "tells",
            "say", "says", "keep", "make", "do", "does", "that", "whether",
        ]
        let statesAnOutcome =
            analysis.text.hasSuffix("?")
            && w.indices.dropFirst(3).dropLast().contains { i in
                ["that", "it", "they", "he", "she"].contains(w[i]) && !tails.contains(w[i - 1])
                    && !LineForm.auxiliaries.contains(w[i - 1])
            }
        resolved.intent =
            previous == .explain && sibling == true || asksOfTheCase || statesAnOutcome ? .explain : .howTo
        resolved.concepts = [named ?? last]
        resolved.isFollowUp = false
        resolved.ambiguous = []
        resolved.evidence.append("form: what if → how to act on it")
        return resolved
    }

    /// Whether the line asks about a case: "what if …", "what about when …", "and if …",
    /// "but what if …".
    static func asksWhatIf(_ analysis: Analysis) -> Bool {
        let words = analysis.tokens.map(\.word).drop { fillers.contains($0) || $0 == "and" || $0 == "but" }
        let w = Array(words)
        return w.starts(with: ["what", "if"]) || w.starts(with: ["what", "about", "when"])
            || w.starts(with: ["what", "about", "if"]) || w.starts(with: ["if"]) && w.count > 2 && !asksAfterIf(w)
    }

    /// "If confidentiality has limits is it really safe": after the "if" clause, a
    /// question of its own ("is it", "does that"), which the line asks, not a case.
    static func asksAfterIf(_ w: [String]) -> Bool {
        let subjects: Set<String> = ["it", "that", "this", "they", "i", "we", "you", "he", "she", "there"]
        // "But if his family keeps pushing wont he stay anyway": a negated auxiliary too.
        return w.indices.dropFirst(2).dropLast().contains { i in
            LineForm.auxiliaries.union(LineForm.fusedNegations).contains(w[i]) && subjects.contains(w[i + 1])
                && !subjects.contains(w[i - 1])
        }
    }
}

extension Tutor {
    /// Whether a "what if" line is a case of the topic rather than the learner's own worry
    /// about the exam ("what if I fail the test") or something of another field.
    static func caseOfTheTopic(_ match: MatchResult, _ analysis: Analysis) -> Bool {
        let words = Set(analysis.tokens.map(\.word))
        let study: Set<String> = [
            "exam", "exams", "test", "tests", "quiz", "grade", "grades", "score", "study", "pass",
        ]
        guard words.isDisjoint(with: study) else { return false }
        switch match.intent {
        case .define, .explain, .howTo, .example, .outOfScope, .help: return true
        // "What if I mess it up": the worry is about doing it.
        case .feelings: return !words.isDisjoint(with: ["it", "that", "this", "them"])
        default: return false
        }
    }

    /// A question or request, also one after a comma ("and commitment, how does that
    /// differ from it").
    static func asksAQuestion(_ analysis: Analysis) -> Bool {
        if LineForm.isQuestionShaped(analysis) { return true }
        // "Isnt it when the family agrees", "but im the expert, shouldnt i set them".
        let openers = LineForm.questionWords.union(LineForm.auxiliaries).union(LineForm.fusedNegations)
        if LineForm.fusedNegations.contains(LineForm.words(analysis).first ?? "") { return true }
        return aLaterClauseOpens(with: openers, analysis)
    }

    /// Whether a clause after the line's first comma opens with one of `openers` ("but im
    /// the expert, shouldnt i set them").
    static func aLaterClauseOpens(with openers: WordSet, _ analysis: Analysis) -> Bool {
        analysis.text.lowercased().split(separator: ",").dropFirst().contains { part in
            part.split(separator: " ").first.map { openers.contains(String($0)) } ?? false
        }
    }
}

extension Tutor {
    /// The request the words after an ellipsis opener cue by words of their own ("test me",
    /// "fixing one", "a real example"), when it is one a follow-up asks of the topic.
    static func ownRequest(of part: MatchResult) -> Intent? {
        [Intent.quiz, .howTo, .example].first { part.intent == $0 && part.basis.cued.contains($0) }
    }
}
