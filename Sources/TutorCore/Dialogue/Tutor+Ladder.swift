import Foundation

/// Socratic questions: choosing and opening one, the ladder that draws out each missing
/// expectation (pump, hint, prompt, then assert), skipping and closing.
extension Tutor {
    /// The question to ask next in `concept`, avoiding the one just asked and, while others
    /// remain, those answered completely or skipped in this session.
    func pickQuestion(in concept: String, _ state: TutorState) -> Question? {
        guard let c = kb.concept(concept), !c.questions.isEmpty else { return nil }
        let others = c.questions.filter { $0.id != state.lastAsked }
        let fresh = others.filter { !state.finished.contains($0.id) }
        let candidates = fresh.isEmpty ? others : fresh
        guard !candidates.isEmpty else { return nil }
        let fewest = candidates.map { state.asked[$0.id] ?? 0 }.min() ?? 0
        return candidates.first { (state.asked[$0.id] ?? 0) == fewest }
    }

    /// A question on `q`'s concept of a lower level than `q`'s (the highest such), else one
    /// of the same level with fewer ideas to cover; one not asked this session first.
    func easierQuestion(than q: Question, _ state: TutorState) -> Question? {
        guard let c = kb.concept(q.concept) else { return nil }
        let size = { (x: Question) in x.needed * 10 + x.expectations.count }
        let easier = c.questions.filter {
            $0.id != q.id && ($0.level < q.level || $0.level == q.level && size($0) < size(q))
        }
        let fresh = easier.filter { (state.asked[$0.id] ?? 0) == 0 }
        return (fresh.isEmpty ? easier : fresh).max { ($0.level, -size($0)) < ($1.level, -size($1)) }
    }

    /// The concept the learner most needs: a mastered one not practised for a while (review),
    /// else the least mastered among those met (preferring ones whose related concepts are
    /// mastered), else the least practised. `now` (ISO-8601) is the turn's time.
    public func nextConcept(_ state: TutorState, now: String? = nil) -> String {
        (now.map { scheduler.next(state, now: $0) } ?? scheduler.next(state, now: nil as Date?)) ?? kb.concepts[0].id
    }

    /// Asks a question on `concept` (or on what to practise next; `chosen` when the learner
    /// described one), unless one the learner asked for is still open.
    func ask(
        concept: String?, question chosen: Question? = nil, _ state: inout TutorState, offer: Bool, now: String? = nil
    ) -> [Move] {
        if let open = state.open, !open.isOffer, question(open.id) != nil {
            return [.stillOnQuestion(open.id)]
        }
        let target = concept ?? conceptToQuiz(state, now: now)
        guard let q = chosen ?? pickQuestion(in: target, state) ?? kb.concept(target)?.questions.first else {
            return [.noQuestion]
        }
        open(q, &state, offer: offer, practising: target)
        state.meet(target)
        state.lastConcept = target
        return [.ask(question: q.id, concept: target)]
    }

    /// The concept "quiz me" practises: the one the learner most needs that still has a
    /// question not finished in this session (the scheduler's order), else the one most needed.
    /// Among those, one with a misconception still open comes first (issue 16.2). Concepts
    /// interleave: the concept of a question just finished in this session is passed over
    /// while another has a fresh question, and comes back a question later (mixed practice is
    /// remembered better than blocks); a new session may start where the last one stopped.
    func conceptToQuiz(_ state: TutorState, now: String?) -> String {
        let first = nextConcept(state, now: now)
        let ranked = scheduler.ranked(state, now: now.flatMap(ISOTime.parse)).map(\.concept)
        let hasFresh = { (id: String) in
            self.kb.concept(id)?.questions.contains {
                $0.id != state.lastAsked && !state.finished.contains($0.id)
            } ?? false
        }
        let justAsked = state.lastAsked.flatMap(question)?.concept
        let justFinished = state.lastAsked.map(state.finished.contains) == true ? justAsked : nil
        let order = [first] + ranked
        let open = openMisconceptionConcepts(state)
        if let probe = order.first(where: { open.contains($0) && $0 != justAsked && hasFresh($0) }) {
            return probe
        }
        return order.first(where: { $0 != justFinished && hasFresh($0) }) ?? order.first(where: hasFresh) ?? first
    }

    /// The concepts on which the learner has a misconception still open.
    func openMisconceptionConcepts(_ state: TutorState) -> Set<String> {
        state.misconceptions.openConcepts { self.question($0)?.concept }
    }

    /// Makes `q` the open question and counts it as asked.
    func open(_ q: Question, _ state: inout TutorState, offer: Bool, practising concept: String? = nil) {
        state.open = OpenQuestion(id: q.id, isOffer: offer)
        if let concept, concept != q.concept { state.open?.concept = concept }
        state.lastAsked = q.id
        state.lastClosed = nil
        state.asked[q.id, default: 0] += 1
    }

    /// The next step for the first missing expectation: pump, hint, prompt, then assert
    /// (and on to the next missing one, or the close).
    func nextRung(_ q: Question, _ state: inout TutorState) -> [Move] {
        guard var open = state.open else { return [] }
        let missing = q.expectations.filter { !open.covered.contains($0.id) && !open.asserted.contains($0.id) }
        guard let target = missing.first else { return close(q, &state, complete: open.asserted.isEmpty) }
        if open.target != target.id {
            open.target = target.id
            open.rung = 0
        }
        open.rung += 1
        let move: Move
        switch open.rung {
        case 1:
            move = .pump(state.rng.index(Self.pumpCount))
        case 2 where open.hints < (open.maxHints ?? 3):
            open.hints += 1
            move = .hint(question: q.id, expectation: target.id)
        case 3 where open.hints < (open.maxHints ?? 3):
            open.hints += 1
            move = .prompt(question: q.id, expectation: target.id)
        default:
            open.asserted.append(target.id)
            open.rung = 0
            open.target = nil
            state.open = open
            if open.covered.count + open.asserted.count >= q.needed {
                return [.assert(question: q.id, expectation: target.id)] + close(q, &state, complete: false)
            }
            return [.assert(question: q.id, expectation: target.id)] + nextRung(q, &state)
        }
        state.open = open
        return [move]
    }

    /// How many pumps `TurnRenderer` has to choose from.
    static let pumpCount = TurnRenderer.pumps.count

    /// One rung up the ladder at the learner's request (straight to the hint rung).
    func hint(_ state: inout TutorState, now: String) -> [Move] {
        guard var open = state.open, let q = question(open.id) else { return [.noOpenQuestionForHint] }
        if open.answers == 0 { open.hinted = true }
        state.open = open
        let missing = q.expectations.filter { !open.covered.contains($0.id) && !open.asserted.contains($0.id) }
        guard let target = missing.first else { return close(q, &state, complete: true) }
        if open.target != target.id {
            open.target = target.id
            open.rung = 1  // the next rung is the hint: the learner asked for help
            state.open = open
        } else if open.rung < 1 {
            open.rung = 1
            state.open = open
        }
        return nextRung(q, &state)
    }

    /// Shows the full answer and moves on.
    func skip(_ state: inout TutorState) -> [Move] {
        guard let open = state.open, let q = question(open.id) else { return [.noOpenQuestionToSkip] }
        if !state.finished.contains(q.id) { state.finished.append(q.id) }
        return [.moveOn] + close(q, &state, complete: false)
    }

    /// Closes the question; the move shows the complete answer.
    func close(_ q: Question, _ state: inout TutorState, complete: Bool) -> [Move] {
        let concept = practised(q, state)
        if complete, !state.finished.contains(q.id) { state.finished.append(q.id) }
        state.lastClosedCovered = state.open?.id == q.id ? state.open?.covered : nil
        state.open = nil
        state.lastClosed = q.id
        state.offeredLastTurn = true
        // What moved (issue 16.8): the concept's first answers in all sessions, and its mastery.
        guard complete, state.lesson == nil, let tally = state.firstAnswers[concept] else {
            return [.close(question: q.id, complete: complete)]
        }
        let mastery = state.mastery[concept] ?? tracer.prior(concept)
        return [
            .close(question: q.id, complete: complete),
            .progressNote(concept: concept, right: tally.right, total: tally.total, mastery: mastery),
        ]
    }

    /// The concept `q` practises while it is open: the one it was asked for, else its own.
    func practised(_ q: Question, _ state: TutorState) -> String {
        state.open.flatMap { $0.id == q.id ? $0.concept : nil } ?? q.concept
    }
}
