import Foundation

/// The bodies of log events. Each record lists its fields in the order they are written
/// (`fields`) and reads them back from a parsed object (`init(_:)`), in one place.

/// A session began.
public struct SessionStart: Sendable, Equatable {
    public var seed: UInt64?
    /// Whether there was a log to resume.
    public var resumed: Bool?
    /// Whether the session's turns record the questions asked and the concepts met
    /// (`TurnRecord.asked`, `.met`), so the fold takes them as written instead of inferring
    /// them (`"met-recorded": true`; sessions from before it lack the field).
    public var recordsMeets: Bool

    public init(seed: UInt64?, resumed: Bool?, recordsMeets: Bool = true) {
        self.seed = seed
        self.resumed = resumed
        self.recordsMeets = recordsMeets
    }

    init(_ o: JSON) {
        seed = o["seed"]?.numberValue.flatMap { UInt64(exactly: $0) }
        resumed = o["resumed"]?.boolValue
        recordsMeets = o["met-recorded"]?.boolValue ?? false
    }

    var fields: [(String, JSON)] {
        var out: [(String, JSON)] = []
        if let seed { out.append(("seed", .number(Double(seed)))) }
        if let resumed { out.append(("resumed", .bool(resumed))) }
        if recordsMeets { out.append(("met-recorded", .bool(true))) }
        return out
    }
}

/// A session ended after `turns` turns.
public struct SessionEnd: Sendable, Equatable {
    public var turns: Int?

    public init(turns: Int?) { self.turns = turns }

    init(_ o: JSON) { turns = o["turns"]?.intValue }

    var fields: [(String, JSON)] { turns.map { [("turns", .number(Double($0)))] } ?? [] }
}

/// One turn: the line, how it was understood, the reply and the dialogue state after it.
public struct TurnRecord: Sendable, Equatable {
    public var turn: Int
    public var input: String
    /// The matched intent (nil for commands, exam answers and empty lines, or one this tutor does not know).
    public var intent: Intent?
    public var concepts: [String]
    public var reply: String
    /// The question open after the turn.
    public var open: String?
    /// The question graded this turn.
    public var graded: String?
    /// The dialogue state after the turn, decoded when asked for (`dialogue`).
    public var state: JSON?
    /// Questions asked this turn (each counts once more in `TutorState.asked`). Written only
    /// when not empty; logs from before it have none.
    public var asked: [String]
    /// Concepts the learner met for the first time this turn, in order. Written only when
    /// not empty; logs from before it have none (the fold then infers them).
    public var met: [String]

    public init(
        turn: Int, input: String, intent: Intent?, concepts: [String], reply: String, open: String?, graded: String?,
        state: JSON?, asked: [String] = [], met: [String] = []
    ) {
        self.turn = turn
        self.input = input
        self.intent = intent
        self.concepts = concepts
        self.reply = reply
        self.open = open
        self.graded = graded
        self.state = state
        self.asked = asked
        self.met = met
    }

    init(_ o: JSON) {
        turn = o["turn"]?.intValue ?? 0
        input = o["input"]?.stringValue ?? ""
        intent = o["intent"]?.stringValue.flatMap(Intent.init(rawValue:))
        concepts = o["concepts"]?.arrayValue?.compactMap(\.stringValue) ?? []
        reply = o["reply"]?.stringValue ?? ""
        open = o["open"]?.stringValue
        graded = o["graded"]?.stringValue
        state = o["state"]
        asked = o["asked"]?.arrayValue?.compactMap(\.stringValue) ?? []
        met = o["met"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    var fields: [(String, JSON)] {
        var out: [(String, JSON)] = [
            ("turn", .number(Double(turn))), ("input", .string(input)),
            ("intent", intent.map { .string($0.rawValue) } ?? .null), ("concepts", .array(concepts.map(JSON.string))),
            ("reply", .string(reply)), ("open", open.map(JSON.string) ?? .null),
            ("graded", graded.map(JSON.string) ?? .null),
        ]
        if let state { out.append(("state", state)) }
        if !asked.isEmpty { out.append(("asked", .array(asked.map(JSON.string)))) }
        if !met.isEmpty { out.append(("met", .array(met.map(JSON.string)))) }
        return out
    }

    /// The dialogue state after the turn, if it is there and decodes.
    public var dialogue: DialogueSnapshot? { state.flatMap(SessionRecorder.decode) }
}

/// A graded answer (to a Socratic question or an exam item).
public struct GradeRecord: Sendable, Equatable {
    public var question: String?
    public var answer: String?
    public var covered: [String]
    public var misconceptions: [String]
    /// The verdict as written (a `Verdict` raw value in the tutor's own logs).
    public var verdict: String?
    /// For an exam item: the letter chosen and the option's text.
    public var option: String?
    public var response: String?
    /// The question's concept, written when the answer shows a misconception (so the fold
    /// knows which concept's right answer resolves it); older logs lack it.
    public var concept: String?

    public init(
        question: String?, answer: String?, covered: [String], misconceptions: [String], verdict: String?,
        option: String? = nil, response: String? = nil, concept: String? = nil
    ) {
        self.question = question
        self.answer = answer
        self.covered = covered
        self.misconceptions = misconceptions
        self.verdict = verdict
        self.option = option
        self.response = response
        self.concept = concept
    }

    init(_ o: JSON) {
        question = o["question"]?.stringValue
        answer = o["answer"]?.stringValue
        covered = o["covered"]?.arrayValue?.compactMap(\.stringValue) ?? []
        misconceptions = o["misconceptions"]?.arrayValue?.compactMap(\.stringValue) ?? []
        verdict = o["verdict"]?.stringValue
        option = o["option"]?.stringValue
        response = o["response"]?.stringValue
        concept = o["concept"]?.stringValue
    }

    var fields: [(String, JSON)] {
        var out: [(String, JSON)] = [
            ("question", question.map(JSON.string) ?? .null), ("answer", answer.map(JSON.string) ?? .null),
            ("covered", .array(covered.map(JSON.string))), ("misconceptions", .array(misconceptions.map(JSON.string))),
            ("verdict", verdict.map(JSON.string) ?? .null),
        ]
        if let option { out += [("option", .string(option)), ("response", .string(response ?? ""))] }
        if let concept { out.append(("concept", .string(concept))) }
        return out
    }
}

/// One concept's P(known) before and after an observation.
public struct MasteryRecord: Sendable, Equatable {
    public var concept: String?
    public var before: Double?
    public var after: Double?
    public var mastered: Bool?
    /// The question (or exam item) the observation came from.
    public var question: String?

    public init(concept: String?, before: Double?, after: Double?, mastered: Bool?, question: String?) {
        self.concept = concept
        self.before = before
        self.after = after
        self.mastered = mastered
        self.question = question
    }

    init(_ o: JSON) {
        concept = o["concept"]?.stringValue
        before = o["before"]?.numberValue
        after = o["after"]?.numberValue
        mastered = o["mastered"]?.boolValue
        question = o["question"]?.stringValue
    }

    var fields: [(String, JSON)] {
        [
            ("concept", concept.map(JSON.string) ?? .null), ("before", before.map(JSON.number) ?? .null),
            ("after", after.map(JSON.number) ?? .null), ("mastered", mastered.map(JSON.bool) ?? .null),
            ("question", question.map(JSON.string) ?? .null),
        ]
    }
}
