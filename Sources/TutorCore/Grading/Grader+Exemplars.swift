import Foundation

/// Graded answers as exemplars: what the grader's reading misses, answers like it may show.
///
/// The grader reads an answer by its ideas' phrasings and statements, with negation and who
/// does what; a learner's short answer in a conversation often says an idea in words no
/// phrasing has ("just be real w them", "the plan is theirs too"), and the reading then finds
/// nothing. Learners' answers with the ideas each expresses (`graded-answers.tsv`) are
/// compared with such an answer by the word classes both use (a class negated in one is
/// another feature than the class said plainly), each class weighed by how rare it is among
/// that question's answers (inverse document frequency, cosine similarity: the k-nearest
/// neighbours of a vector-space model). When the two nearest agree on an idea they express
/// (round 34: the ideas both express, `Grader+ExemplarsAgreedIdeas`) and
/// the nearest is close (`GradingTuning.exemplarSimilarity`) and most of its own evidence is
/// in the answer (`exemplarCoverage`), and the answer holds, for each idea, a word that the
/// graded answers tie to it (`exemplarSupportShare`), the answer expresses it too.
///
/// Only in a conversation, where an answer is given to the open question and a line in
/// which the reading finds nothing usually holds an idea said otherwise: on the development
/// sets' session answers, each set left out of the exemplars in turn, 43 of the 46 lines it
/// credited were credited right. Graded alone (`tutor grade`), many answers that hold nothing
/// were written to hold nothing, and the same rule broke more answers than it mended (33 to
/// 10); there the reading's grade stands.
extension Grader {
    /// One question's graded answers, indexed.
    struct Exemplars: Sendable, Codable {
        /// Each feature (a word class, with "-" before it when negated) by its index.
        var features: [String: Int32] = [:]
        /// Each feature's weight: log((answers + 1) / (answers with it + 1)).
        var weights: [Double] = []
        /// For each feature, the answers that have it, ascending.
        var postings: [[Int32]] = []
        /// Each answer's length as a vector of its features' weights.
        var norms: [Double] = []
        /// Each answer's label, an index into `labels`.
        var labelOf: [Int32] = []
        var labels: [Label] = []
        /// The weight of a feature no answer has.
        var unseenWeight: Double = 0
        /// For each feature, the ideas it speaks for: those that at least half the answers with
        /// it express, when enough answers have it (`GradingTuning.exemplarSupport*`). An idea
        /// is its index in the question's expectations, then its misconceptions.
        var supports: [[Int32]] = []

        /// What a graded answer expresses.
        struct Label: Sendable, Codable, Hashable {
            var covered: [String]
            var misconceptions: [String]
            /// The same ideas by index: the question's expectations, then its misconceptions.
            var ideas: [Int32]
            var isEmpty: Bool { covered.isEmpty && misconceptions.isEmpty }
        }
    }

    /// Indexes the graded answers by question; the ids are the knowledge base's own (the
    /// loader checked them), listed in the question's order.
    static func exemplars(_ answers: [GradedAnswer], questions: [Question], features: (String) -> Set<String>)
        -> [String: Exemplars]
    {
        let byID = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var grouped: [String: [GradedAnswer]] = [:]
        for a in answers where byID[a.question] != nil { grouped[a.question, default: []].append(a) }
        var out: [String: Exemplars] = [:]
        for (id, list) in grouped {
            let q = byID[id]!
            var e = Exemplars()
            var labelIndex: [Exemplars.Label: Int32] = [:]
            var rows: [[Int32]] = []
            for a in list {
                let ideas =
                    q.expectations.indices.filter { a.covered.contains(q.expectations[$0].id) }
                    + q.misconceptions.indices.filter { a.misconceptions.contains(q.misconceptions[$0].id) }.map {
                        q.expectations.count + $0
                    }
                let label = Exemplars.Label(
                    covered: q.expectations.map(\.id).filter(a.covered.contains),
                    misconceptions: q.misconceptions.map(\.id).filter(a.misconceptions.contains),
                    ideas: ideas.map(Int32.init))
                if labelIndex[label] == nil {
                    labelIndex[label] = Int32(e.labels.count)
                    e.labels.append(label)
                }
                e.labelOf.append(labelIndex[label]!)
                var row: [Int32] = []
                for f in features(a.text).sorted() {
                    if e.features[f] == nil {
                        e.features[f] = Int32(e.postings.count)
                        e.postings.append([])
                    }
                    row.append(e.features[f]!)
                }
                for f in row { e.postings[Int(f)].append(Int32(rows.count)) }
                rows.append(row)
            }
            let tuning = GradingTuning.standard
            let ideas = q.expectations.count + q.misconceptions.count
            e.supports = e.postings.map { answers in
                guard answers.count >= tuning.exemplarSupportMin else { return [] }
                var counts = [Int](repeating: 0, count: ideas)
                for a in answers {
                    for idea in e.labels[Int(e.labelOf[Int(a)])].ideas { counts[Int(idea)] += 1 }
                }
                return counts.indices.filter {
                    Double(counts[$0]) >= tuning.exemplarSupportShare * Double(answers.count)
                }
                .map(Int32.init)
            }
            let n = Double(rows.count)
            e.weights = e.postings.map { log((n + 1) / (Double($0.count) + 1)) }
            e.unseenWeight = log(n + 1)
            e.norms = rows.map { row in row.reduce(0) { $0 + e.weights[Int($1)] * e.weights[Int($1)] }.squareRoot() }
            out[id] = e
        }
        return out
    }

    /// Throws unless the index's lists agree, as in one `exemplars` built: a damaged cache
    /// must be refused, not trap.
    static func checkExemplars(_ all: [String: Exemplars]) throws {
        for e in all.values {
            let n = e.labelOf.count
            guard e.weights.count == e.postings.count, e.supports.count == e.postings.count, e.norms.count == n,
                e.features.values.allSatisfy({ $0 >= 0 && Int($0) < e.postings.count }),
                e.postings.allSatisfy({ $0.allSatisfy { $0 >= 0 && Int($0) < n } }),
                e.labelOf.allSatisfy({ $0 >= 0 && Int($0) < e.labels.count }),
                e.supports.allSatisfy({ $0.allSatisfy { $0 >= 0 } })
            else { throw CompactCodingError.invalid("an exemplar index's lengths differ") }
        }
    }

    /// The features of an answer: its content words' classes, a negated one marked.
    func exemplarFeatures(_ analysis: Analysis) -> Set<String> {
        let line = Line(analysis, self)
        var out: Set<String> = []
        for i in line.content.indices { out.insert(line.content[i].negated ? "-" + line.keys[i] : line.keys[i]) }
        return out
    }

    /// What the graded answers nearest to `analysis` agree it expresses, or nil when they do
    /// not agree, are not close enough, or express nothing.
    func exemplarReading(_ exemplars: Exemplars?, _ analysis: Analysis) -> Exemplars.Label? {
        guard let e = exemplars else { return nil }
        let tuning = GradingTuning.standard
        let features = exemplarFeatures(analysis)
        guard !features.isEmpty else { return nil }
        var scores: [Int32: Double] = [:]
        var norm = 0.0
        // (Round 32) In a fixed order: a set's order changes from run to run, and sums taken in
        // another order can differ in their last bits and reorder two answers almost as near.
        for f in features.sorted() {
            guard let i = e.features[f] else {
                norm += e.unseenWeight * e.unseenWeight
                continue
            }
            let w = e.weights[Int(i)]
            norm += w * w
            for a in e.postings[Int(i)] { scores[a, default: 0] += w * w }
        }
        guard norm > 0 else { return nil }
        // The nearest first; of two as near, the one listed first. (Round 32) A graded answer
        // all of whose words weigh nothing (words every graded answer to the question uses) is
        // near to nothing: its similarity would be 0/0, and a NaN in the sort let the order the
        // scores came in decide which answers counted as nearest, from run to run.
        let ranked = scores.filter { e.norms[Int($0.key)] > 0 }
            .map { (answer: $0.key, similarity: $0.value / (norm.squareRoot() * e.norms[Int($0.key)])) }
            .sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.answer < $1.answer }
        guard ranked.count >= tuning.exemplarAgreement, ranked[0].similarity >= tuning.exemplarSimilarity else {
            return nil
        }
        // What made the nearest answer hold its ideas must be mostly here too: "be honest" is
        // not "honestly a little guilt goes a long way", however rare "honest" is.
        let nearest = Int(ranked[0].answer)
        guard e.norms[nearest] > 0,
            scores[ranked[0].answer]! / (e.norms[nearest] * e.norms[nearest]) >= tuning.exemplarCoverage
        else { return nil }
        // (Round 34) The nearest answers lend the ideas they all express (`agreedIdeas`).
        guard let found = agreedIdeas(e, ranked.prefix(tuning.exemplarMisconceptionAgreement).map(\.answer)) else {
            return nil
        }
        // Each idea needs a word of the answer that the graded answers tie to it: "be honest"
        // shares a rare word with two beliefs in shame, which says nothing of shame.
        let indices = features.compactMap { e.features[$0] }
        func supported(_ idea: Int32) -> Bool { indices.contains { e.supports[Int($0)].contains(idea) } }
        return found.ideas.allSatisfy(supported) ? found : nil
    }
}
