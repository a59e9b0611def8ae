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

    /// Stems that only say "a question" or who is in it: they tell no question apart.
    static let generic = [
        "question", "quiz", "test", "practice", "practise", "ask", "answer", "scenario", "case", "item", "client",
        "counselor", "treatment", "session", "alliance", "therapeutic", "time", "next", "try", "give", "want",
        "like", "need", "ready", "start", "myself", "yourself",
    ]

    /// At least this much more evidence than the question the concept alone would give.
    static let margin = 2.5
    /// A word in at most this many questions tells them apart.
    static let distinctiveIn = 3

    public init() {}

    init(kb: KnowledgeBase, analyzer: Analyzer) {
        for concept in kb.concepts {
            for q in concept.questions {
                let n = ids.count
                ids.append(q.id)
                concepts.append(concept.id)
                for stem in Set(analyzer.analyze(q.text, correct: false).content.map(\.stem)) {
                    index[stem, default: []].append(n)
                }
            }
        }
        // Words that ask ("test my understanding", "see if i know") describe no scenario.
        var asking = Set(Self.generic.map(analyzer.stem))
        for cue in kb.intentCues {
            asking.formUnion(analyzer.analyze(cue.cue, correct: false).content.map(\.stem))
        }
        for stem in asking { index[stem] = nil }
        for concept in kb.concepts {
            let words = [concept.name, concept.id.replacingOccurrences(of: "-", with: " ")]
            var stems: Set<String> = []
            for name in words { stems.formUnion(analyzer.analyze(name, correct: false).content.map(\.stem)) }
            names[concept.id] = stems.sorted()
        }
    }

    /// The question the request's words describe, when they point to one clearly more than
    /// to `fallback` (the question the named concept alone would give): a word of its
    /// scenario found in few questions, and more evidence than the fallback has.
    func question(described analysis: Analysis, named concepts: [String], fallback: String?) -> String? {
        let said = Set(analysis.tokens.filter { $0.isContent && !$0.negated }.map(\.stem))
        let stems = said.subtracting(concepts.flatMap { names[$0] ?? [] })
        var score: [Int: Double] = [:]
        var distinctive: Set<Int> = []
        var words: [Int: Int] = [:]
        var unique: Set<Int> = []
        let total = Double(max(ids.count, 1))
        for stem in stems {
            guard let holders = index[stem] else { continue }
            let weight = log(total / Double(holders.count))
            for q in holders {
                score[q, default: 0] += weight
                words[q, default: 0] += 1
                if holders.count == 1 { unique.insert(q) }
                if holders.count <= Self.distinctiveIn { distinctive.insert(q) }
            }
        }
        // The concept the matcher put first counts most; a line that says the name of the
        // question's own concept ("confidentiality" for the limits-of-confidentiality
        // questions) points to it as well.
        func evidence(_ q: Int) -> Double {
            let concept = self.concepts[q]
            let bonus = concepts.first == concept ? 1 : concepts.contains(concept) ? 0.5 : 0
            let saysName = !stems.isDisjoint(with: names[concept] ?? []) ? 1.0 : 0
            return (score[q] ?? 0) + max(bonus, saysName)
        }
        guard
            let best = distinctive.max(by: { (evidence($0), -$0) < (evidence($1), -$1) }),
            ids[best] != fallback
        else { return nil }
        let concept = self.concepts[best]
        guard let fallback, let floor = ids.firstIndex(of: fallback).map(evidence) else { return ids[best] }
        guard evidence(best) >= floor + Self.margin else { return nil }
        // Over a concept the line names, one word shared with a few questions is too little
        // ("agreeing on goals" is that concept's, though "agree" is in other questions): two
        // words of the scene, a word no other question has ("grieving"), or the question's own
        // concept's name.
        let enough =
            (words[best] ?? 0) >= 2 || unique.contains(best) || !stems.isDisjoint(with: names[concept] ?? [])
        return enough ? ids[best] : nil
    }
}
