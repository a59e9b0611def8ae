/// How ready a learner is for the exam, per group of the knowledge base and in all:
/// coverage, mean mastery, and a predicted score on the item bank with a 90% interval.
///
/// The prediction: an item is answered right with P = P(L)·(1 − slip) + (1 − P(L))·0.25,
/// P(L) being the mastery of the item's first concept (a four-option item is guessed a
/// quarter of the time). The mean over the part's items, m, is a Beta prior worth
/// `priorStrength` answers, Beta(m·k, (1 − m)·k); the learner's exam answers on those items
/// (first answers in a set, right and wrong) update it. The report gives the posterior's
/// mean and its 5% and 95% quantiles. Pure: the state and the bank in, figures out.
public struct Readiness: Sendable, Equatable {
    /// How many answers the mastery-based prediction is worth against observed exam answers.
    public static let priorStrength = 8.0

    /// A predicted score (0–1) with a 90% interval.
    public struct Estimate: Sendable, Equatable {
        public var mean: Double
        public var low: Double
        public var high: Double
    }

    /// One group, or the whole knowledge base.
    public struct Part: Sendable, Equatable {
        /// The group's id ("all" for the whole).
        public var id: String
        public var name: String
        /// Concepts in the part, and how many the learner has practised (a first attempt).
        public var concepts: Int
        public var practised: Int
        /// Mean P(known) over the part's concepts (the prior for those without evidence).
        public var meanMastery: Double
        /// Misconceptions the learner has shown on the part's concepts and not resolved yet.
        public var openMisconceptions: Int = 0
        /// Exam items whose first concept is in the part; first answers to them, and right ones.
        public var items: Int
        public var answered: Int
        public var right: Int
        public var predicted: Estimate
    }

    /// Groups in the knowledge base's order (those with concepts).
    public var groups: [Part]
    public var all: Part

    init(groups: [Part], all: Part) {
        self.groups = groups
        self.all = all
    }

    /// Readiness left out of a report that does not show it (the session's `:progress`):
    /// computing it for every item of the bank is most of a progress turn's cost.
    static let notComputed = Readiness(
        groups: [],
        all: Part(
            id: "all", name: "All", concepts: 0, practised: 0, meanMastery: 0, items: 0, answered: 0, right: 0,
            predicted: Estimate(mean: 0, low: 0, high: 0)))

    /// The readiness of the learner in `state`; `conceptOf` gives a question's concept, for
    /// misconceptions an older log did not tag with one (the knowledge base's by default).
    public init(state: TutorState, kb: KnowledgeBase, conceptOf: ((String) -> String?)? = nil) {
        let tracer = KnowledgeTracer(kb: kb)
        let lookup = conceptOf ?? { kb.question($0)?.concept }
        let history = state.misconceptions
        let openConcepts = history.open(lookup).compactMap { history.concept(of: $0, lookup) }
        func part(_ id: String, _ name: String, _ concepts: [Concept]) -> Part {
            let ids = Set(concepts.map(\.id))
            let mastery = concepts.map { state.mastery[$0.id] ?? tracer.prior($0.id) }
            let items = kb.examItems.filter { ids.contains($0.concepts.first ?? "") }
            func pCorrect(_ concept: String) -> Double {
                let p = state.mastery[concept] ?? tracer.prior(concept)
                return p * (1 - tracer.parameters(for: concept).slip) + (1 - p) * Tutor.examGuessRate
            }
            // A group without items of its own is predicted from its concepts.
            let predictions = items.isEmpty ? concepts.map { pCorrect($0.id) } : items.map { pCorrect($0.concepts[0]) }
            let m = predictions.isEmpty ? Tutor.examGuessRate : predictions.reduce(0, +) / Double(predictions.count)
            let answered = items.reduce(0) { $0 + (state.examHistory.answered[$1.id] ?? 0) }
            let right = items.reduce(0) {
                $0 + min(state.examHistory.right[$1.id] ?? 0, state.examHistory.answered[$1.id] ?? 0)
            }
            let k = Self.priorStrength
            let beta = BetaDistribution(a: m * k + Double(right), b: (1 - m) * k + Double(answered - right))
            return Part(
                id: id, name: name, concepts: concepts.count,
                practised: concepts.filter { (state.attempts[$0.id] ?? 0) > 0 }.count,
                meanMastery: mastery.isEmpty ? 0 : mastery.reduce(0, +) / Double(mastery.count),
                openMisconceptions: openConcepts.filter(ids.contains).count, items: items.count, answered: answered,
                right: right,
                predicted: Estimate(mean: beta.mean, low: beta.quantile(0.05), high: beta.quantile(0.95)))
        }
        groups = kb.groups.compactMap { g in
            let concepts = kb.concepts.filter { $0.group == g.id }
            return concepts.isEmpty ? nil : part(g.id, g.name, concepts)
        }
        all = part("all", "All", kb.concepts)
    }
}
