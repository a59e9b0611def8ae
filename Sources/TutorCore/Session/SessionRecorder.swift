import Foundation

/// Turns the outcome of a turn into log events. Sequence numbers are given by the writer.
public struct SessionRecorder: Sendable {
    public var learner: String
    public var session: String

    public init(learner: String, session: String) {
        self.learner = learner
        self.session = session
    }

    /// The events for one turn, in order: the grade (if any), mastery changes, the turn.
    public func events(for result: TurnResult, state: TutorState, time: String) -> [SessionEvent] {
        var out: [SessionEvent] = []
        let input = TextCleaner.clean(result.input, limit: 2000)
        if let grade = result.grade, let q = result.gradedQuestion {
            let record = GradeRecord(
                question: q, answer: input, covered: grade.covered, misconceptions: grade.misconceptions,
                verdict: grade.verdict.rawValue, option: result.examChoice,
                response: result.examChoice.map { _ in result.examOption ?? "" },
                concept: grade.misconceptions.isEmpty ? nil : result.gradedConcept)
            out.append(event(.grade(record), time: time))
        }
        for change in result.masteryChanges {
            let record = MasteryRecord(
                concept: change.concept, before: Self.round4(change.before), after: Self.round4(change.after),
                mastered: change.mastered, question: result.gradedQuestion)
            out.append(event(.mastery(record), time: time))
        }
        let turn = TurnRecord(
            turn: state.turn, input: input, intent: result.match?.intent, concepts: result.match?.concepts ?? [],
            reply: result.reply, open: result.openQuestion, graded: result.gradedQuestion,
            state: Self.encode(state.dialogue), asked: result.asked, met: result.met)
        out.append(event(.turn(turn), time: time))
        return out
    }

    /// The first event of a session.
    public func sessionStart(seed: UInt64, resumed: Bool, time: String) -> SessionEvent {
        event(.sessionStart(SessionStart(seed: seed, resumed: resumed)), time: time)
    }

    /// The last event of a session.
    public func sessionEnd(turns: Int, time: String) -> SessionEvent {
        event(.sessionEnd(SessionEnd(turns: turns)), time: time)
    }

    public func event(_ body: SessionEvent.Body, time: String) -> SessionEvent {
        SessionEvent(time: time, learner: learner, session: session, seq: 0, body: body)
    }

    static func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }

    /// A mastery value as the fold reads it back from the log: written rounded (`round4`)
    /// as JSON text, which keeps at most three decimals for such a figure.
    static func asLogged(_ x: Double) -> Double {
        (try? JSON.parse(JSON.number(round4(x)).serialized()))?.numberValue ?? x
    }

    static func encode(_ snapshot: DialogueSnapshot) -> JSON {
        if let tree = try? JSONTreeEncoder.encode(snapshot) { return tree }
        return encodeThroughText(snapshot)
    }

    /// The snapshot through `JSONEncoder`'s text: what `JSONTreeEncoder` gives, the slow way.
    static func encodeThroughText(_ snapshot: DialogueSnapshot) -> JSON {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(snapshot), let text = String(data: data, encoding: .utf8),
            let json = try? JSON.parse(text)
        else { return .null }
        return json
    }

    static func decode(_ json: JSON) -> DialogueSnapshot? {
        try? JSONDecoder().decode(DialogueSnapshot.self, from: Data(json.serialized().utf8))
    }
}
