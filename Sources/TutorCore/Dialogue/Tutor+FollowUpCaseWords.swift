/// Round 24: follow-ups whose words tell the kind of answer wanted, not a topic.
///
/// - "Example of that with a real client", "gimme an example w/ a real client", "a real life
///   example of it": the words of a real case ("real", "client", "life") only say where the
///   example should come from. A concept they happen to spell by a term ("being real with
///   clients" is a term of congruence) is no topic of the line: the example is of the topic
///   just discussed.
/// - "Is there a shorter version of it", "is there a short form": asked of a topic just
///   discussed (an instrument such as the Working Alliance Inventory), whether a shorter
///   version exists asks what the topic is and holds, not for the answer put more simply.
extension Tutor {
    /// The words that only say an example should be a real case.
    static let realCaseWords: [String] = ["real", "client", "clients", "life", "actual", "person", "patient", "world"]

    /// The line read again when one of the two forms above holds; nil otherwise.
    func readByTheKindOfAnswer(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept else { return nil }
        let words = LineForm.words(analysis)
        if match.intent == .example, Self.namesByTerm(match), !match.concepts.contains(topic),
            !match.basis.named.isEmpty,
            case let real = Set(Self.realCaseWords.map(analyzer.stem)),
            match.basis.named.allSatisfy({ $0.stems.allSatisfy(real.contains) }),
            Self.pointsBackByAWord(words) || words.contains("example") && !words.contains("of")
        {
            var read = match.settled(on: [topic])
            read.isFollowUp = true
            read.evidence.append("follow-up: words of a real case name no topic → an example of the topic")
            return read
        }
        if [.simpler, .explain, .define].contains(match.intent),
            Self.namesByTerm(match) ? match.concepts == [topic] : true,
            Self.asksWhetherAVersionExists(words)
        {
            var read = match.settled(on: [topic], as: .define)
            read.evidence.append("follow-up: whether a shorter version of the topic exists → what it is")
            return read
        }
        return nil
    }

    /// "Is there a shorter version of it", "are there short forms", "does it have a short
    /// version": a yes-or-no question whether a version or form exists.
    static func asksWhetherAVersionExists(_ words: [String]) -> Bool {
        let lead: Set<String> = ["and", "so", "but", "ok", "okay", "also", "wait"]
        let w = Array(words.drop { lead.contains($0) })
        let opens =
            w.starts(with: ["is", "there"]) || w.starts(with: ["are", "there"]) || w.starts(with: ["isnt", "there"])
            || w.starts(with: ["does", "it", "have"]) || w.starts(with: ["do", "they", "have"])
        let versions: Set<String> = ["version", "versions", "form", "forms"]
        return opens && w.contains(where: versions.contains)
    }
}
