import Foundation

/// Grades free-text answers against a question's expectations and misconceptions
/// (AutoTutor's model), reading negation: an idea named in order to reject it is not
/// credited, and a misconception that is rejected is not held against the learner.
///
/// An idea is found by its phrasings (close windows of the same words with the same
/// polarity) or by its own statement (weighted evidence: enough of the statement's
/// informative words in one sentence), with the grader's word classes ("shape", "change",
/// "affect") standing in for one another, and with who does what checked.
public final class Grader: Sendable, Codable {
    let analyzer: Analyzer
    /// The compiled questions by id; a cached grader reads them on first use.
    var compiled: [String: CompiledQuestion] { lazyCompiled.value }
    let lazyCompiled: CompactLazy<[String: CompiledQuestion]>
    let dontKnow: [[String]]
    /// Canonical stem to word-class id: words that play the same part in an idea.
    let classes: [String: String]
    /// Stems of words that themselves mean a loss ("lose", "break"): a negation that reaches
    /// one of them first is spent on it ("not that they lose trust" keeps the trust).
    let privatives: Set<String>
    /// The stems that name who acts: the client and the counselor.
    let agents: Set<String>
    /// Class keys of the words of worth and effect, whose negation dismisses their subject.
    let judgements: Set<String>
    /// Stems of the words of an ending ("disappear"), on which a negation before them is spent.
    let endings: Set<String>
    /// The stem "own" stands for when it says that someone owns something.
    let ownership: String
    /// Class keys of the counselor, the client and of doing something together (see
    /// `Grader+SoleDoer`).
    let counselorKey: String
    let clientKey: String
    let togetherKey: String
    /// Class keys of the words of a relation that decides an outcome (see `relationWords`).
    let relations: Set<String>
    /// Stems of the lexicon's words from other fields ("soccer", "cheaper") and of its words of
    /// counselling ("client", "therapy"): an answer about another field credits nothing.
    let foreign: Set<String>
    let domain: Set<String>

    struct Pattern: Sendable, Codable {
        var stems: [String]
        var negated: [Bool]
        /// Each word's weight, for an idea's statement; empty for a phrasing.
        var weights: [Double] = []
        /// The particle of a misconception's phrasal verb that is its only content word
        /// ("start over"): without it the verb alone ("he'd start drinking again") is no
        /// sign of the belief.
        var particle: String?
    }

    struct CompiledIdea: Sendable, Codable {
        var id: String
        var patterns: [Pattern]
        /// The idea's own statement, matched by weighted evidence.
        var statement: Pattern?
        /// Who does it in the idea ("client" or "counselor", as a class), when it says.
        var agent: String?
        /// For each word of the statement, whether no sibling idea's statement has it.
        var distinctive: [Bool]
    }

    /// A head noun and the words that modify it in a question's kinds ("talk": ["change", "sustain"]).
    struct SharedHead: Sendable, Codable, Equatable {
        var head: String
        var modifiers: [String]
    }

    struct CompiledQuestion: Sendable, Codable {
        /// Shared with the knowledge base's in the knowledge-base cache (written once).
        @CompactShared var question: Question
        var expectations: [CompiledIdea]
        var misconceptions: [CompiledIdea]
        /// The kinds the question names that share a head noun ("change talk", "sustain
        /// talk"), for answers written as labels (`Grader+Labels`); found once, at compile.
        let sharedHeads: [SharedHead]
        /// The stems of every pattern of the question's expectations, and of all its ideas:
        /// found once, at compile (a turn asks for them several times).
        let expectationStems: Set<String>
        let vocabulary: Set<String>
        /// The thing the question's own "them" stands for ("… than the counselor setting them
        /// alone": the goals), which an answer's "them" after a verb stands for too
        /// (`Grader+ObjectPronoun`); nil when the question has none.
        var objectReferent: ObjectReferent?
        /// The question's own content words, as typed less a plural "s" (`Grader+Echo`).
        var questionWords: Set<String> = []

        init(
            question: Question, expectations: [CompiledIdea], misconceptions: [CompiledIdea], sharedHeads: [SharedHead],
            objectReferent: ObjectReferent? = nil
        ) {
            self.question = question
            self.objectReferent = objectReferent
            self.expectations = expectations
            self.misconceptions = misconceptions
            self.sharedHeads = sharedHeads
            let stems = { (idea: CompiledIdea) in idea.patterns.flatMap(\.stems) + (idea.statement?.stems ?? []) }
            expectationStems = Set(expectations.flatMap(stems))
            vocabulary = expectationStems.union(misconceptions.flatMap(stems))
        }
    }

    public init(kb: KnowledgeBase, analyzer: Analyzer) {
        self.analyzer = analyzer
        let weights = Self.weights(kb.questions, analyzer: analyzer)
        var compiled: [String: CompiledQuestion] = [:]
        for question in kb.questions {
            compiled[question.id] = Self.compile(question, analyzer: analyzer, weights: weights)
        }
        lazyCompiled = CompactLazy(compiled)
        // Each cue as typed with and without its apostrophes: learners type "dont remember".
        let cues =
            Self.dontKnowCues
            + Self.dontKnowCues.filter { $0.contains("'") }.map {
                $0.replacingOccurrences(of: "'", with: "")
            }
        dontKnow = cues.map { analyzer.analyze($0, correct: false).tokens.map(\.word) }
        classes = Self.classTable(analyzer)
        privatives = Self.privativeStems(analyzer)
        agents = [analyzer.stem("client"), analyzer.stem("counselor")]
        judgements = Self.judgementKeys(analyzer, classes: classes)
        endings = Set(Self.endingWords.map { analyzer.stem($0) })
        ownership = analyzer.stem("ownership")
        counselorKey = classes[analyzer.stem("counselor")] ?? analyzer.stem("counselor")
        clientKey = classes[analyzer.stem("client")] ?? analyzer.stem("client")
        togetherKey = classes[analyzer.stem("together")] ?? analyzer.stem("together")
        relations = Self.relationKeys(analyzer, classes: classes)
        // Only the other fields' words that no question or idea uses: "bond", "card" and "job"
        // are ours too.
        let used = Set(weights.keys).union(
            kb.questions.flatMap { analyzer.analyze($0.text, correct: false).content.map(\.stem) })
        foreign = Set(kb.lexicon.offTopic.flatMap { analyzer.analyze($0, correct: false).content.map(\.stem) })
            .subtracting(used).subtracting(Self.ownWork.map { analyzer.stem($0) })
        domain = Set(kb.lexicon.domain.flatMap { analyzer.analyze($0, correct: false).content.map(\.stem) })
    }

    /// Grades `answer` to the question `questionID`; nil if there is no such question.
    public func grade(questionID: String, answer: String) -> Grade? {
        guard let q = compiled[questionID] else { return nil }
        return grade(q, analyzer.analyze(answer))
    }

    /// Grades an analysed answer; `context` is the tutor's last prompt when it was a cloze
    /// ("Insurance does not shape the therapeutic …"), which a short reply completes.
    public func grade(questionID: String, analysis: Analysis, context: String? = nil) -> Grade? {
        guard let q = compiled[questionID] else { return nil }
        return grade(q, analysis, context: context)
    }

    func grade(_ q: CompiledQuestion, _ analysis: Analysis, context: String? = nil) -> Grade {
        // An answer written partly in Spanish is read in English (`Grader+Spanish`); one in
        // another language the matcher reads is read by the same glossary (`Glossary`).
        let asTyped = analysis
        let typed = spanishGloss(analysis) ?? glossed(analysis) ?? analysis
        let (said, reflected) = spoken(retracted(typed))
        // (An object said first, "the relationship part it doesnt touch", is read inside its
        // clause's negation: `Grader+FrontedObject`.)
        let analysis = readingFrontedObjects(
            joiningThatClaims(
                readingProhibitions(
                    resolvingTopicIt(q, resolvingObjectPronouns(q, relabeled(q, smallWordsSpelledOut(said)))))))
        if asksMeaning(analysis) || asksWhatIs(analysis) {
            return Grade(question: q.question.id, covered: [], misconceptions: [], verdict: .dontKnow, evidence: [:])
        }
        if aboutAnotherField(q, analysis) {
            return Grade(question: q.question.id, covered: [], misconceptions: [], verdict: .incorrect, evidence: [:])
        }
        let line = Line(analysis, self)
        // The words of an "I don't know …" are not an answer: "I don't know the difference"
        // does not claim there is none.
        let cue =
            analysis.tokens.contains { Self.maskTriggers.contains($0.typed) } ? dontKnowCue(analysis, toEnd: false) : []
        // Nor are the words of a request put to the tutor ("… could you help?"):
        // `Grader+RequestsOfTheTutor`. Nor is an opening "I see" (`Grader+Acknowledgement`).
        let asked = tutorRequests(analysis.tokens).union(acknowledgement(analysis.tokens))
        let masked = Set(
            line.positions.indices.filter { cue.contains(line.positions[$0]) || asked.contains(line.positions[$0]) })
        // An activity set apart as a denied equation's topic states no idea ("accepting him isn't
        // the same as approving" accepts no one, it tells the two apart).
        let mentioned = equatedActivities(line)
        var found: [String: Found] = [:]
        for idea in q.expectations {
            if let f = find(idea, in: line, excluding: masked.union(mentioned)) { found[idea.id] = f }
        }
        var misconceptions: [String] = []
        // Neither a conceded stretch nor what a denied implication starts from holds a misconception.
        // Nor does a belief told of the client ("he thinks he's failed").
        // Nor does an action named to condemn it ("refusing a gift is rude").
        let concession = conceded(line).union(deniedImplications(line)).union(reportedBeliefs(line))
            .union(condemnedActions(line)).union(condemnedInfinitives(line)).union(deniedRestrictions(line))
            // Nor does a view the learner goes on to reject ("my supervisor says X, i don't buy it").
            .union(rejectedViews(line))
            // Nor do the client's own words said back to them.
            .union(
                analysis.text == said.text
                    ? line.positions.indices.filter { reflected.contains(line.positions[$0]) } : [])
        var evidence: [String: String] = [:]
        var claimed: Set<Int> = []
        var held: [Set<Int>] = []
        for idea in q.misconceptions {
            var outside = masked.union(concession)
            var match = find(idea, in: line, excluding: outside, misconception: true)
            // A staying said of another subject than the belief's is not the belief
            // (`Grader+OtherStayer`): look again without it.
            while let f = match, let others = staysOfAnother(f, idea, q, line) {
                outside.formUnion(others)
                match = find(idea, in: line, excluding: outside, misconception: true)
            }
            if let f = match {
                misconceptions.append(idea.id)
                evidence[idea.id] = f.words
                claimed.formUnion(f.claims)
                held.append(f.positions)
            }
        }
        // The same words cannot be both right and wrong: "the family and the patient agree on
        // the goals" is the misconception, not the agreement on goals. And a word that is
        // part of another idea's compound belongs to it: "mutual trust" is trust, not
        // collaboration. Such an idea is looked for again in the other words.
        for idea in q.expectations {
            guard let e = found[idea.id] else { continue }
            var taken = claimed.union(masked).union(mentioned)
            // So is a lone word inside another idea's match of three words or more: "thinking he
            // blew it can turn the slip into a relapse" is the slip turning, not the slip.
            for (id, other) in found where id != idea.id && (other.isCompound || other.size >= 3) && e.size == 1 {
                taken.formUnion(other.positions)
            }
            // And a shorter match inside another idea's of three words or more, with a word of its
            // own among the other's: in "B puts her own feelings into words" the feelings are the
            // client's, put into words, not the helper's "own feelings". (Made only of the other's
            // words, it is said by them too: "accept the person not the behavior" accepts.)
            // (A tight match only, at most one word of its own inside: not a statement's evidence
            // gathered across the line.)
            for (id, other) in found
            where id != idea.id && other.size >= 3 && other.extent <= other.size && e.size > 1 && e.size < other.size {
                guard let lo = other.positions.min(), let hi = other.positions.max(),
                    e.positions.allSatisfy({ (lo...hi).contains($0) }), !e.positions.isDisjoint(with: other.positions),
                    !e.positions.isSubset(of: other.positions)
                else { continue }
                taken.formUnion(other.positions)
            }
            if !e.positions.isDisjoint(with: taken) { found[idea.id] = find(idea, in: line, excluding: taken) }
        }
        dropCauses(&found, q, line, excluding: masked.union(claimed))
        // A refused alternative's word belongs to the act it is refused for (`Grader+RefusedAlternative`).
        dropRefusedAlternatives(&found, q, line, excluding: masked.union(claimed))
        dropFoils(&found, q, line, excluding: masked.union(claimed))
        dropEchoes(&found, q, line, excluding: masked.union(claimed))
        let named = dropNamedPairs(&found, q, line, excluding: masked.union(claimed))
        reassignOwnership(&found, q, line, excluding: masked.union(claimed))
        creditOwners(&found, q, line, excluding: masked.union(claimed))
        dropExceptionOpeners(&found, q, line, excluding: masked.union(claimed))
        dropConclusions(&found, line, from: held)
        dropElaborations(&found, line, from: held)
        dropVerdictsOnBelief(&found, q, line, from: held, excluding: masked.union(claimed))
        dropOpenedBeliefs(&found, q, line, from: held, excluding: masked.union(claimed))
        dropBorrowedWords(&found, q, line, excluding: masked.union(claimed))
        dropSwappedLabels(&found, q, line)
        if let completed = completion(of: analysis, context: context) {
            // The completed sentence is the prompt's own idea: "they own the plan" after "… they
            // feel a sense of …" is ownership, whatever else the prompt's words touch.
            let trimmed = context?.trimmingCharacters(in: .whitespaces)
            let owner = q.question.expectations.first { $0.prompt?.trimmingCharacters(in: .whitespaces) == trimmed }
            for idea in q.expectations where found[idea.id] == nil && (owner == nil || owner?.id == idea.id) {
                if let f = find(idea, in: completed.line, from: completed.start) { found[idea.id] = f }
            }
        }
        let covered = q.expectations.map(\.id).filter { found[$0] != nil }
        for id in covered { evidence[id] = found[id]!.words }
        var verdict = self.verdict(q, analysis, covered: covered, misconceptions: misconceptions, named: named)
        // A not knowing the glossary reads word by word ("hindi ko po alam": its "po" inside the
        // phrase) is heard as typed too (`Grader+DontKnowAsTyped`).
        if verdict == .incorrect, typed.text != asTyped.text, saysDontKnowAsTyped(q, asTyped) { verdict = .dontKnow }
        // A not knowing with a typo, a verb of having, or words of another language around its
        // English core ("i dont knwo", "I don't have a clue"): read by its shape
        // (`Grader+NotKnowingShape`), as typed and as read.
        if verdict == .incorrect,
            saysDontKnowByShape(q, asTyped) || saysDontKnowByShape(q, analysis)
                || !(asked.isEmpty && named.isEmpty)
                    && saysDontKnowByShape(q, withoutTutorRequests(analysis, also: named))
        {
            verdict = .dontKnow
        }
        return Grade(
            question: q.question.id, covered: covered, misconceptions: misconceptions, verdict: verdict,
            evidence: evidence)
    }

    /// Words for people, which put an answer in a case of its own.
    static let persons: WordSet = [
        "i", "im", "me", "my", "you", "u", "he", "him", "his", "she", "her", "they", "them", "their", "we", "us",
    ]

    /// Other fields' words a counselor uses of their own work ("explain my job").
    static let ownWork = ["job", "jobs", "workplace", "boss", "manager"]

    /// Whether the answer is about another field: it names a word of one ("in soccer the team
    /// sets its goals together", "it's cheaper for the agency") that the question's ideas do
    /// not use, not as a comparison ("like a soccer team") nor denied ("not a boss and employee
    /// thing"), and no word of counselling.
    func aboutAnotherField(_ q: CompiledQuestion, _ analysis: Analysis) -> Bool {
        let tokens = analysis.tokens
        let named = tokens.indices.filter { i in
            tokens[i].isContent && foreign.contains(tokens[i].stem)
                && !tokens[..<i].contains { $0.isNegator && $0.sentence == tokens[i].sentence }
                && !tokens[max(0, i - 3)..<i].contains { ["like", "as", "than"].contains($0.typed) }
        }
        // A line that speaks of people ("not let it leak into how i treat them") is about the case.
        guard !named.isEmpty,
            !tokens.contains(where: {
                domain.contains($0.stem) || agents.contains($0.stem) || Self.persons.contains($0.typed)
            })
        else { return false }
        // The words of the question and its ideas are its own, whatever field lists them.
        let own = q.vocabulary.union(analyzer.analyze(q.question.text, correct: false).content.map(\.stem))
        return named.contains { !own.contains(tokens[$0].stem) && !own.contains(classes[tokens[$0].stem] ?? "") }
    }

    /// The spec's verdict rule: a misconception first, then how many expectations are covered;
    /// with none, a don't-know or a wrong answer.
    private func verdict(
        _ q: CompiledQuestion, _ analysis: Analysis, covered: [String], misconceptions: [String], named: Set<Int>
    ) -> Verdict {
        if !misconceptions.isEmpty { return .misconception }
        if covered.count >= q.question.needed { return .correct }
        if !covered.isEmpty { return .partial }
        return saysDontKnow(withoutTutorRequests(analysis, also: named), vocabulary: q.vocabulary)
            ? .dontKnow : .incorrect
    }

    /// The cloze `context` completed by a short reply, and where the reply starts in it.
    private func completion(of analysis: Analysis, context: String?) -> (line: Line, start: Int)? {
        guard var prompt = context?.trimmingCharacters(in: .whitespaces), !analysis.tokens.isEmpty,
            analysis.tokens.count <= GradingTuning.standard.maxClozeReplyWords
        else { return nil }
        if prompt.hasSuffix("…") {
            prompt.removeLast()
        } else if prompt.hasSuffix("...") {
            prompt.removeLast(3)
        } else {
            return nil
        }
        let head = analyzer.analyze(prompt, correct: false)
        let whole = analyzer.analyze(prompt + " " + analysis.text)
        return (Line(whole, self), head.tokens.filter(\.isContent).count)
    }
}
