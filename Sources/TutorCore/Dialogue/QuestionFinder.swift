import Foundation

/// Finds the question a quiz request describes by its scenario ("do the one about the client
/// who drinks at a wedding", "the probation officer question"): a learner often names a
/// question by what happens in it, not by its concept, and the words that tell questions
/// apart are the scenario's own. Built once with the image, from every question's text.
public struct QuestionFinder: Sendable, Codable {
    /// Every question's id and concept, in the knowledge base's order.
    var ids: [String] = []
    var concepts: [String] = []
    /// Each content stem of the questions' texts to the questions holding it.
    var index: [String: [Int]] = [:]
    /// Each concept's name as stems: the name of a concept the request names is counted by
    /// the concept, not as the scenario's ("test me on countertransference" asks for no
    /// question that says "countertransference"). Its other terms may be a scenario's words
    /// ("a client's wedding" is a boundaries term and the lapse question's scene).
    var names: [String: [String]] = [:]
    /// How many concepts' names hold each stem: one in a name or two names the concepts
    /// ("confidentiality": the safety concept and the limits of confidentiality).
    var nameCount: [String: Int] = [:]
    /// Each concept's terms of two telling words or more, as stems: said whole, they name
    /// the concept ("the abstinence violation effect"), not a scene of another's question.
    /// A term of one telling word and words that only say who is in a question keeps those
    /// ("counselor-client relationship": "the bond between counselor and client" names the
    /// alliance, not the doctor–patient bond).
    var longTerms: [String: [[String]]] = [:]
    /// The canonical questions (the specification's, the exam's core question of a concept).
    var core: Set<Int> = []
    /// For a concept with no core question of its own, the core question that tests it by
    /// name (its name in that question's text and expectations), when one clearly does:
    /// empathy is tested by the question on which reply is empathic.
    var coreFor: [String: Int] = [:]
    /// Each question's text as words (`quoteKey`), in order: a learner may name a question
    /// by quoting it ("the are u in recovery question", "the everything stays in this room one").
    var texts: [[String]] = []

    /// Stems that only say "a question" or who is in it: they tell no question apart.
    static let generic = [
        "question", "quiz", "test", "practice", "practise", "ask", "answer", "scenario", "case", "item", "client",
        "counselor", "treatment", "session", "alliance", "therapeutic", "time", "next", "try", "give", "want",
        "like", "need", "ready", "start", "myself", "yourself",
        // Vague nouns that stand for the topic itself ("the safety net idea", "that stuff").
        "something", "idea", "thing", "stuff", "concept", "topic", "part", "bit", "kind", "sort", "subject", "area",
        "notion", "theme", "material", "section", "chapter", "point", "model", "theory", "framework", "basics",
        "overview",
        // Words that leave the choice to the tutor ("quiz me on trust, whatever question"): no scene.
        "whatever", "whichever", "anything", "any", "random",
    ]

    /// The intents whose cue words only ask (for a question, a hint, the next step) or talk
    /// about the session ("for now", "i'm off"): every intent but the content questions.
    static let askingIntents: Set<Intent> = Set(Intent.allCases).subtracting([
        .define, .explain, .howTo, .compare, .example,
    ])

    /// At least this much more evidence than the question the concept alone would give.
    static let margin = 2.5
    /// A word in at most this many questions tells them apart.
    static let distinctiveIn = 3
    /// So many words of the line in one question tell it apart, however common each is;
    /// two do when they weigh this much together ("family" and "connection").
    static let sceneWords = 3
    static let sceneWeight = 4.5
    /// What a canonical question counts for beside another as good: the exam's core question.
    static let corePrior = 0.5

    public init() {}

    init(kb: KnowledgeBase, analyzer: Analyzer) {
        let coreIDs = Set(SpecContract.questions.map(\.id))
        var coreWords: [Int: [String]] = [:]
        for concept in kb.concepts {
            for q in concept.questions {
                let n = ids.count
                ids.append(q.id)
                concepts.append(concept.id)
                texts.append(analyzer.analyze(q.text, correct: false).tokens.map(Self.quoteKey))
                for stem in Set(analyzer.analyze(q.text, correct: false).content.map(\.stem)) {
                    index[stem, default: []].append(n)
                }
                guard coreIDs.contains(q.id) else { continue }
                core.insert(n)
                coreWords[n] = ([q.text] + q.expectations.map(\.text)).flatMap {
                    analyzer.analyze($0, correct: false).content.map(\.stem)
                }
            }
        }
        // Words that ask ("test my understanding", "see if i know") describe no scenario; a
        // content question's cue words may ("what is likely to happen", "a real connection").
        var asking = Set(Self.generic.map(analyzer.stem))
        for cue in kb.intentCues where Self.askingIntents.contains(cue.intent) {
            asking.formUnion(analyzer.analyze(cue.cue, correct: false).content.map(\.stem))
        }
        for stem in asking { index[stem] = nil }
        for concept in kb.concepts {
            let words = [concept.name, concept.id.replacingOccurrences(of: "-", with: " ")]
            var stems: Set<String> = []
            for name in words { stems.formUnion(analyzer.analyze(name, correct: false).content.map(\.stem)) }
            names[concept.id] = stems.sorted()
            for stem in stems.subtracting(asking) { nameCount[stem, default: 0] += 1 }
            longTerms[concept.id] = concept.terms.compactMap { term in
                let all = Set(analyzer.analyze(term, correct: false).content.map(\.stem))
                let telling = all.subtracting(asking)
                return telling.count >= 2 ? telling.sorted() : telling.count == 1 && all.count >= 2 ? all.sorted() : nil
            }
        }
        linkCores(kb, coreWords, asking: asking)
    }

    /// `coreFor`: a concept's own name words counted in each core question's text and
    /// expectations; the one that says them at least twice, and twice as often as any other.
    private mutating func linkCores(_ kb: KnowledgeBase, _ coreWords: [Int: [String]], asking: Set<String>) {
        for concept in kb.concepts
        where !concepts.indices.contains(where: { self.concepts[$0] == concept.id && core.contains($0) }) {
            let said = Set(names[concept.id] ?? []).subtracting(asking)
            guard !said.isEmpty else { continue }
            // Every word of the name in the question ("empathic confrontation" is not tested
            // by the question on which reply is empathic).
            let counts = coreWords.mapValues { words in
                said.isSubset(of: words) ? words.filter(said.contains).count : 0
            }
            let ranked = counts.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }
            guard let best = ranked.first, best.value >= 2 else { continue }
            if ranked.count > 1 && ranked[1].value * 2 > best.value { continue }
            coreFor[concept.id] = best.key
        }
    }

    /// The core question of a concept: its own, else the one that tests it by name.
    func coreQuestion(of concept: String) -> String? {
        if let own = concepts.indices.first(where: { concepts[$0] == concept && core.contains($0) }) { return ids[own] }
        return coreFor[concept].map { ids[$0] }
    }

    /// Whether a concept has a core question of its own.
    func hasOwnCore(_ concept: String) -> Bool {
        concepts.indices.contains { concepts[$0] == concept && core.contains($0) }
    }

    /// Whether the line says a word of the question's scene (a word of its text that tells
    /// questions apart: "card" of the hand-made card, not "client").
    func sharesScene(_ analysis: Analysis, question id: String) -> Bool {
        guard let q = ids.firstIndex(of: id) else { return false }
        return analysis.tokens.contains { $0.isContent && !$0.negated && index[$0.stem]?.contains(q) == true }
    }

    /// The concepts a line names by a word of their names that few names hold, most such
    /// words first ("quiz me on confidentiality" names the safety concept and the limits of
    /// confidentiality, though the matcher ranks one of them).
    func conceptsNamed(_ analysis: Analysis) -> [String] {
        let said = Set(analysis.tokens.filter { $0.isContent && !$0.negated }.map(\.stem))
        var found: [(String, Int)] = []
        for (concept, stems) in names {
            let telling = stems.filter { said.contains($0) && (nameCount[$0] ?? 99) <= 2 }
            if !telling.isEmpty { found.append((concept, telling.count)) }
        }
        return found.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.map(\.0)
    }

    /// A word as a quote compares it: a content word by its stem, a small word as typed, the
    /// chat spellings of "you" and "are" as the words.
    static func quoteKey(_ token: Token) -> String {
        if token.isContent { return token.stem }
        return ["u": "you", "ya": "you", "ur": "your", "r": "are"][token.word] ?? token.word
    }

    /// The longest run of words the line and a question's text share: at least this many.
    static let quoteLength = 4

    /// The question the line quotes: a run of at least `quoteLength` of its text's words in a
    /// row, holding a word of a scene that tells questions apart (not "the client is in the",
    /// nor a concept's name: "the stages of change" names a topic), and longer than any run
    /// another question shares with the line.
    func quotedQuestion(_ analysis: Analysis) -> Int? {
        let line = analysis.tokens.map(Self.quoteKey)
        let named = Set(names.values.joined())
        guard line.count >= Self.quoteLength else { return nil }
        return questionSharingLongestRun(with: line, atLeast: Self.quoteLength) { range in
            line[range].contains(where: { index[$0] != nil && !named.contains($0) })
        }
    }

    /// The question whose text shares the longest run (at least `minimum` words in a row)
    /// with `line`, counting only runs that `telling` accepts; nil when none does or when two
    /// questions tie.
    func questionSharingLongestRun(
        with line: [String], atLeast minimum: Int, telling: (Range<Int>) -> Bool
    ) -> Int? {
        var best: (q: Int, length: Int)?
        var tied = false
        for (q, text) in texts.enumerated() {
            var longest = 0
            for i in line.indices {
                for j in text.indices where text[j] == line[i] {
                    var n = 0
                    while i + n < line.count, j + n < text.count, line[i + n] == text[j + n] { n += 1 }
                    guard n > longest, n >= minimum else { continue }
                    if telling(i..<(i + n)) { longest = n }
                }
            }
            guard longest > 0 else { continue }
            if longest > best?.length ?? 0 {
                (best, tied) = ((q, longest), false)
            } else if longest == best?.length {
                tied = true
            }
        }
        return tied ? nil : best?.q
    }

    /// The question the request's words describe, when they point to one clearly more than
    /// to `fallback` (the question the named concept alone would give): a word of its
    /// scenario found in few questions, and more evidence than the fallback has.
    func question(
        described analysis: Analysis, named concepts: [String], fallback: String?, told: [String] = [],
        termed: [String] = []
    ) -> String? {
        // Words the learner set in quote marks are the question's own ("the "what i say
        // stays here" thing"): a shorter run of them tells it.
        if let quoted = questionQuotedInMarks(analysis) { return ids[quoted] }
        let described = question(scene: analysis, named: concepts, fallback: fallback, told: told, termed: termed)
        // A question quoted, when neither its scene nor a concept tells it ("the are u in
        // recovery question": "recovery" is in many questions' scenes).
        if described == nil && fallback == nil, let quoted = quotedQuestion(analysis) ?? openingNamed(analysis) {
            return ids[quoted]
        }
        return described
    }

    /// The shortest run of a quote set in quote marks that tells a question.
    static let markedQuoteLength = 3

    /// The question whose text shares a run of at least `markedQuoteLength` words with the
    /// words the line sets in quote marks (a run holding a word of a scene, not a concept's
    /// name), longer than any other question shares with them.
    func questionQuotedInMarks(_ analysis: Analysis) -> Int? {
        let text = analysis.text.replacingOccurrences(of: "\u{201C}", with: "\"")
            .replacingOccurrences(of: "\u{201D}", with: "\"")
        let parts = text.split(separator: "\"", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        let quoted = parts[1].lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" }.map(String.init)
        guard quoted.count >= Self.markedQuoteLength else { return nil }
        let typed = analysis.tokens.map(\.typed)
        guard let start = typed.indices.first(where: { typed[$0...].starts(with: quoted) }) else { return nil }
        let tokens = Array(analysis.tokens[start..<(start + quoted.count)])
        let line = tokens.map(Self.quoteKey)
        // A word the learner quoted counts as the scene's, though it may be common, a cue's
        // or a concept's name ("stays", as "retention" stems): the marks say it is the question's.
        return questionSharingLongestRun(with: line, atLeast: Self.markedQuoteLength) { range in
            tokens[range].contains(where: \.isContent)
        }
    }

    /// Words that name a question when they follow its opening words ("the two clients
    /// question", "the two clients one").
    static let questionNouns: WordSet = ["question", "one", "scenario", "q", "case", "item"]

    /// The question the line names by its opening words, two or more, said right before
    /// "question" or "one" ("ask me the two clients question"): a learner recalls a question
    /// by how it began. Openings that say nothing of a scene ("what is", "a client") tell no
    /// question apart; when several questions open alike, the one canonical question among them.
    func openingNamed(_ analysis: Analysis) -> Int? {
        let line = analysis.tokens.map(Self.quoteKey)
        let plain: Set<String> = Set(["the", "a", "an", "what", "how", "why", "is", "does", "do", "are", "can"])
            .union(Self.generic)
        var found: Set<Int> = []
        for i in line.indices {
            for (q, text) in texts.enumerated() {
                var n = 0
                while i + n < line.count, n < text.count, line[i + n] == text[n] { n += 1 }
                guard n >= 2, i + n < line.count, Self.questionNouns.contains(line[i + n]),
                    line[i..<(i + n)].contains(where: { !plain.contains($0) })
                else { continue }
                found.insert(q)
            }
        }
        if found.count == 1 { return found.first }
        let cores = found.filter(core.contains)
        return cores.count == 1 ? cores.first : nil
    }

    /// The question the scene's words tell apart (`question(described:…)` without quotes).
    private func question(
        scene analysis: Analysis, named concepts: [String], fallback: String?, told: [String], termed: [String]
    ) -> String? {
        // A scene is told with its negations too ("he never talks").
        // A number is no scene ("42 CFR part 2" against "the 2 o'clock intake").
        let said = Set(analysis.tokens.filter { $0.isContent && $0.stem.contains(where: \.isLetter) }.map(\.stem))
        let stems = said.subtracting(concepts.flatMap { names[$0] ?? [] })
        // A term of two telling words said whole names its concept ("the abstinence violation
        // effect"): its words count only for a question that holds the whole term ("the
        // probation officer one": the discord question's scene).
        let naming = concepts.flatMap { c in
            (longTerms[c] ?? []).filter { said.isSuperset(of: $0) }.map { (concept: c, terms: $0) }
        }
        // A term's words are in a question when its text holds them all, the words that only
        // say who is in it too ("counselor", which the index leaves out).
        func holdsTerm(_ q: Int, _ term: [String]) -> Bool {
            term.allSatisfy { texts[q].contains($0) }
        }
        // A word of a term said whole names that term's concept, not another's by its name
        // ("the bond between counselor and client" names no doctor–patient bond).
        let namesBy = stems.subtracting(naming.flatMap(\.terms))
        var score: [Int: Double] = [:]
        var distinctive: Set<Int> = []
        var words: [Int: Int] = [:]
        var unique: Set<Int> = []
        let total = Double(max(ids.count, 1))
        for stem in stems {
            guard let holders = index[stem] else { continue }
            let weight = log(total / Double(holders.count))
            let terms = naming.filter { $0.terms.contains(stem) }
            // A one-word term that named the first concept is its name here, no scene of its
            // own questions ("quiz me on the ORS": the topic, not the question that says "ORS").
            let ownTerm = termed.contains(stem)
            for q in holders
            where terms.allSatisfy({ $0.concept != self.concepts[q] && holdsTerm(q, $0.terms) })
                && !(ownTerm && self.concepts[q] == concepts.first)
            {
                score[q, default: 0] += weight
                words[q, default: 0] += 1
                if holders.count == 1 { unique.insert(q) }
                if holders.count <= Self.distinctiveIn { distinctive.insert(q) }
            }
        }
        // Three words of one scene tell it apart together, though each is common ("the two
        // clients, family vs connection").
        for (q, n) in words where n >= Self.sceneWords || n >= 2 && (score[q] ?? 0) >= Self.sceneWeight {
            distinctive.insert(q)
        }
        // The words that named the first concept tell a scene too ("the client the judge sent",
        // "mandated clients": a court-ordered client, the court-order question's scene). Against
        // a question of another concept whose text does not say them, they count for the named
        // concept's question as a scene's words count, each by how few questions say it, so a
        // word or two of another scene ("sits there silent", the silent husband) does not take
        // the request away from the concept it names; a question that says them ("the
        // probation officer one") has them as its own scene. So do the words of the concept's
        // case the matcher read told ("folks the judge sends to treatment": "judge" is said
        // by no question, "folks" and "sends" by the family-messages one).
        let namingStems: Set<String> =
            concepts.first.map { first in
                said.intersection(
                    Set((names[first] ?? []).filter { nameCount[$0] != nil })
                        .union(naming.filter { $0.concept == first }.flatMap(\.terms)).union(termed))
            } ?? []
        // The words of the case told count against another concept's question even where its
        // text says them: the matcher read them as this case ("the judge" who sends a client,
        // not "critical" messages that judge him).
        let toldStems = said.intersection(told).subtracting(namingStems)
        func namingWeight(against q: Int) -> Double {
            namingStems.filter { !texts[q].contains($0) }.union(toldStems)
                .reduce(0) { $0 + log(total / Double(max(index[$1]?.count ?? 1, 1))) }
        }
        // The concept the matcher put first counts most; a line that says the name of the
        // question's own concept ("confidentiality" for the limits-of-confidentiality
        // questions) points to it as well.
        func evidence(_ q: Int) -> Double {
            let concept = self.concepts[q]
            let bonus = concepts.first == concept ? 1 : concepts.contains(concept) ? 0.5 : 0
            let saysName = !namesBy.isDisjoint(with: names[concept] ?? []) ? 1.0 : 0
            return (score[q] ?? 0) + max(bonus, saysName) + (core.contains(q) ? Self.corePrior : 0)
        }
        guard
            let best = distinctive.max(by: { (evidence($0), -$0) < (evidence($1), -$1) }),
            ids[best] != fallback
        else { return nil }
        let concept = self.concepts[best]
        // One word shared with a few questions is too little ("agreeing on goals" is that
        // concept's, though "agree" is in other questions): two words of the scene, a word no
        // other question has ("grieving"), or the question's own concept's name.
        let enough =
            (words[best] ?? 0) >= 2 || unique.contains(best) || !namesBy.isDisjoint(with: names[concept] ?? [])
            || concepts.dropFirst().contains(concept)
        guard enough else { return nil }
        guard let fallback, let f = ids.firstIndex(of: fallback) else { return ids[best] }
        let floor = evidence(f) + (self.concepts[f] != concept ? namingWeight(against: best) : 0)
        return evidence(best) >= floor + Self.margin ? ids[best] : nil
    }
}
