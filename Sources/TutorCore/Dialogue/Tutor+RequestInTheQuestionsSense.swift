/// (round 31) A side request asked while a question is open is, unless it names another topic
/// outright, about the question in front of the learner: "Why wouldn't the wife leaning on him
/// be enough?" on the question of the family pushing a man into rehab, "ok what counts as harsh
/// tho" on the question of getting tough with a drinker, "example of a real relapse?" on the
/// question of the slip at a wedding, "what's the rule on self-disclosure then" on the question
/// of the client who asks whether the counselor is in recovery. Read alone, the matcher put
/// first a concept it only guessed from the concepts' whole text ("leaning" as an open posture),
/// or one a single word of another concept's terms named ("rule": the session's structure;
/// "relapse": the safety net), while the open question's concept came second or not at all.
///
/// Here the open question's concept (the one practised) comes first when:
/// - no term named the concepts (a guess) and the line asks why, how or for an example (not
///   what a word means): the open question's concept stands alone;
/// - it is among the concepts, and the first was named by no term of the line (a guess or a
///   case told) or only by single words that are not its whole name ("rule" of "session rules
///   and medication management"), while the question's concept was named by a term
///   ("self-disclosure");
/// - the first was named only by single words that are the question's concept's own name
///   ("relapse" of "lapse versus relapse").
///
/// A concept the line names by its own name ("what is empathy?" on the trust question) or by a
/// term of two words keeps its place, and so does a comparison (it names its two sides).
extension Tutor {
    /// The side request's match with the open question's concept first, or nil when it stays.
    func inTheQuestionsSense(_ match: MatchResult, _ q: Question, _ state: TutorState) -> MatchResult? {
        guard match.intent.isContent, match.intent != .compare, let first = match.concepts.first else { return nil }
        let own = practised(q, state)
        guard first != own else { return nil }
        var read = match
        let basis = match.basis
        // (What a word means, asked, may be the guess's own word: "what is a limit?")
        if basis.guessed && basis.named.isEmpty && match.intent != .define {
            read.concepts = [own]
            read.evidence = match.evidence + ["a side request naming nothing, the question open → \(own)"]
            return read
        }
        let firstTerms = basis.named.filter { $0.concept == first }.map(\.stems)
        let ownTerms = basis.named.filter { $0.concept == own }.map(\.stems)
        let singleWords = !firstTerms.isEmpty && firstTerms.allSatisfy { $0.count == 1 }
        let firstName = nameStems(first)
        let ownName = nameStems(own)
        // Its whole name ("empathy"), not one word of a longer one ("rule" of "session rules and
        // medication management").
        let byItsName = firstTerms.contains { Set($0) == firstName }
        let weakFirst = firstTerms.isEmpty || singleWords && !byItsName
        if match.concepts.contains(own), weakFirst, firstTerms.isEmpty || !ownTerms.isEmpty {
            read.concepts = [own] + match.concepts.filter { $0 != own }
            read.evidence = match.evidence + ["the open question's concept, named beside a weaker reading → \(own)"]
            return read
        }
        if singleWords, firstTerms.allSatisfy({ ownName.contains($0[0]) }) {
            read.concepts = [own] + match.concepts.filter { $0 != own }
            read.evidence = match.evidence + ["a word of the open question's concept's name → \(own)"]
            return read
        }
        return nil
    }

    /// The stems of a concept's name ("Lapse versus relapse" → lapse, relaps).
    func nameStems(_ id: String) -> Set<String> {
        guard let concept = kb.concept(id) else { return [] }
        return Set(analyzer.analyze(concept.name).tokens.filter(\.isContent).map(\.stem))
    }
}
