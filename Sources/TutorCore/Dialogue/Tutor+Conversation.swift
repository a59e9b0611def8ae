import Foundation

/// decide for the conversation's own intents (Intents v2): more, simpler, harder, easier,
/// goodbye, feelings, study advice. None of them is an answer: an open question stays
/// open (the caller re-offers it), and each leans on what was just discussed. Their
/// sentences are in `TurnRenderer+Conversation.swift`.
extension Tutor {
    /// The evidence of a feeling that is good news: the cues of feeling good and the form of
    /// a state told that sounds better.
    static let upbeatEvidence = [
        "'feeling great'", "'feeling confident'", "'feel confident'", "'feeling better'", "'getting the hang'",
        "'proud of myself'", "'this is fun'", "excited'", "(upbeat)",
    ]

    /// The moves for a conversational intent; `result.quit` is set on goodbye.
    func decideConversation(
        _ match: MatchResult, _ state: inout TutorState, _ result: inout TurnResult, now: String
    ) -> [Move] {
        let concept = match.concepts.first ?? state.lastConcept
        switch match.intent {
        case .more:
            resolved(concept, match, &result)
            return more(concept, &state)
        case .simpler:
            // With a question open, "simpler" is about that question's concept.
            let open = state.open.flatMap { $0.isOffer ? nil : question($0.id) }
            resolved(open?.concept ?? concept, match, &result)
            return simpler(concept, &state, now: now)
        case .harder: return question(harder: true, concept, &state, now: now)
        case .easier: return question(harder: false, concept, &state, now: now)
        case .goodbye:
            result.quit = true
            return [.farewell(summary(state, now: now))]
        case .feelings:
            // The cues that fired say whether it is about mistakes ("I keep getting these wrong").
            let wrong = match.evidence.contains { $0.contains("wrong") || $0.contains("fail") || $0.contains("mess") }
            // "Feeling better about this", "i feel a bit less panicky": glad, not consoling.
            let upbeat = !wrong && match.evidence.contains { e in Self.upbeatEvidence.contains(where: e.contains) }
            // With a question open, the one step is that question, not another one.
            if let open = state.open, !open.isOffer, let q = question(open.id) {
                return [.feelings(aboutMistakes: wrong, next: q.concept, questionOpen: true, upbeat: upbeat)]
            }
            return [
                .feelings(aboutMistakes: wrong, next: nextConcept(state, now: now), questionOpen: false, upbeat: upbeat)
            ]
        case .studyAdvice:
            return [.studyAdvice(Array(scheduler.ranked(state, now: ISOTime.parse(now)).prefix(3)))]
        default: return [.redirect]
        }
    }

    /// "Another one" and "say it simpler" name no concept; the result says which one the
    /// tutor took them to be about (what was just discussed), as a follow-up's does. With
    /// nothing open the reading has already done so (`carriesTheTopic`); this covers a
    /// question open, where only the move knows the topic it went on with. (Moving this
    /// into the reading would let the open-question policy see the concept and report it
    /// on replies it gives without a move of its own: a change of output.)
    private func resolved(_ concept: String?, _ match: MatchResult, _ result: inout TurnResult) {
        guard match.concepts.isEmpty, let concept, kb.concept(concept) != nil else { return }
        result.match = match.settled(on: [concept])
    }

    /// The concept in plain words; asked again right after them (or after the short form of
    /// a repeated question), in one case instead. With a question open, the question in other
    /// words, and asked again, a hint.
    private func simpler(_ concept: String?, _ state: inout TutorState, now: String) -> [Move] {
        let last = state.lastAnswer
        if let open = state.open, !open.isOffer {
            let key = AnswerRequest(intent: .simpler, concepts: ["question:" + open.id])
            state.lastAnswer = key
            if last == key { return hint(&state, now: now) }
            // Where the concept's definition states as many of the question's ideas as a full
            // answer needs ("what is the alliance?"), putting it in plain words would answer the
            // question for the learner: it is asked again in other words, with how much it wants,
            // and none of its answer. (A definition that states fewer helps like a hint.)
            if let q = question(open.id), let c = kb.concept(q.concept),
                let given = grader.grade(questionID: open.id, answer: c.definition), given.covered.count >= q.needed
            {
                return [.questionReworded(question: open.id)]
            }
            return [.simpler(concept: concept, whileOpen: open.id)]
        }
        guard let concept else { return [.simpler(concept: nil, whileOpen: nil)] }
        // What was told in plain words is the topic a follow-up leans on ("what would that look like").
        state.meet(concept)
        state.lastConcept = concept
        let plainGiven =
            last.map { $0.concepts == [concept] && ($0.intent == .simpler ? !$0.short : $0.short) } ?? false
        state.lastAnswer = AnswerRequest(intent: .simpler, concepts: [concept], short: plainGiven)
        return [plainGiven ? .simplerByCase(concept: concept) : .simpler(concept: concept, whileOpen: nil)]
    }

    /// Another example of the concept, one not shown yet (all shown: start again, never
    /// with the last one); with no other example, how it is done.
    private func more(_ id: String?, _ state: inout TutorState) -> [Move] {
        guard let id, let c = kb.concept(id) else { return [.moreOnWhat] }
        state.meet(id)
        state.lastConcept = id
        guard !c.examples.isEmpty else { return [.inPractice(concept: id, onlyExample: false)] }
        var shown = state.shownExamples[id] ?? []
        var fresh = c.examples.indices.filter { !shown.contains($0) }
        let again = fresh.isEmpty
        if again {
            shown = shown.last.map { [$0] } ?? []
            fresh = c.examples.indices.filter { !shown.contains($0) }
        }
        guard !fresh.isEmpty else { return [.inPractice(concept: id, onlyExample: true)] }
        let pick = fresh[state.rng.index(fresh.count)]
        state.shownExamples[id] = shown + [pick]
        return [.anotherExample(concept: id, index: pick, again: again)]
    }

    /// A question on the concept a level above (or below) the last one asked on it, one not
    /// finished in this session when there is one. With a question open, easier gives a hint and harder
    /// waits for this one to be done.
    private func question(harder: Bool, _ id: String?, _ state: inout TutorState, now: String) -> [Move] {
        if let open = state.open, !open.isOffer {
            if harder { return [.finishFirst] }
            return [.makeItEasier] + hint(&state, now: now)
        }
        let target = id ?? nextConcept(state, now: now)
        guard let c = kb.concept(target), !c.questions.isEmpty else {
            return ask(concept: target, &state, offer: false, now: now)
        }
        var q = pickLevel(harder: harder, in: c, state)
        // None a level up (or down) here: a related concept's, when it has one.
        if let last = state.lastAsked.flatMap(question), last.concept == c.id,
            harder ? q.level <= last.level : q.level >= last.level
        {
            let related = c.related.compactMap { kb.concept($0.concept) }.flatMap(\.questions)
            let further = related.filter {
                (harder ? $0.level > last.level : $0.level < last.level) && !state.finished.contains($0.id)
            }
            if let better = further.first(where: { (state.asked[$0.id] ?? 0) == 0 }) ?? further.first { q = better }
        }
        open(q, &state, offer: false)
        state.meet(q.concept)
        state.lastConcept = q.concept
        return [.askLevel(question: q.id, concept: q.concept, harder: harder)]
    }

    /// The question a level above (harder) or below the last one asked on `c` (recall when
    /// none was): the nearest level that way, more (or fewer) ideas to cover on a tie; with
    /// none that way, the same level; never the last one asked while another exists.
    func pickLevel(harder: Bool, in c: Concept, _ state: TutorState) -> Question {
        let size = { (q: Question) in q.needed * 10 + q.expectations.count }
        let last = state.lastAsked.flatMap { id in c.questions.first { $0.id == id } }
        let reference = last?.level ?? (harder ? .recall : .analyze)
        let others = c.questions.filter { $0.id != last?.id }
        let pool = others.isEmpty ? c.questions : others
        let fresh = pool.filter { !state.finished.contains($0.id) && (state.asked[$0.id] ?? 0) == 0 }
        let unfinished = pool.filter { !state.finished.contains($0.id) }
        let candidates = !fresh.isEmpty ? fresh : !unfinished.isEmpty ? unfinished : pool
        // Distance in levels the right way first (0 = same level, then the wrong way), then size.
        func key(_ q: Question) -> (Int, Int) {
            let step = harder ? q.level.rank - reference.rank : reference.rank - q.level.rank
            let distance = step > 0 ? step - 1 : step == 0 ? 10 : 20 - step
            return (distance, harder ? -size(q) : size(q))
        }
        return candidates.min { key($0) < key($1) }!
    }

    /// What was practised today (concepts practised since midnight of `now`'s day).
    private func summary(_ state: TutorState, now: String) -> SessionSummary {
        let day = String(now.prefix(10))
        let practised = state.seen.filter { (state.lastPractised[$0] ?? "").hasPrefix(day) }
        return SessionSummary(
            practised: practised.map { SessionSummary.Row(concept: $0, mastery: state.mastery[$0] ?? 0) },
            answered: state.answers(onDayOf: now),
            questionOpen: state.open != nil)
    }
}

/// What a session did, for goodbye: the concepts practised today with their mastery, and
/// how many questions were answered.
public struct SessionSummary: Sendable, Equatable {
    public var practised: [Row]
    public var answered: Int
    /// A question is still open (it waits for the next session).
    public var questionOpen: Bool
    /// Whether the session keeps a record for next time: false when it has no log
    /// (`--no-log`, or a log that could not be opened), set by `TutorSession`.
    public var saved = true

    public struct Row: Sendable, Equatable {
        public var concept: String
        public var mastery: Double
    }
}
