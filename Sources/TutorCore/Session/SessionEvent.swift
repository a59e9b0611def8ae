import Foundation

/// One line of a learner's session log. Every event carries the schema version, a
/// time stamp, the learner, the session and a sequence number; the rest depends on `kind`.
public struct SessionEvent: Sendable, Equatable {
    /// The schema version this tutor writes and reads.
    public static let schemaVersion = 1

    public enum Kind: String, Sendable, CaseIterable {
        case sessionStart = "session-start"
        case turn
        case grade
        case mastery
        case sessionEnd = "session-end"
    }

    public var version: Int = SessionEvent.schemaVersion
    public var time: String
    public var learner: String
    public var session: String
    public var seq: Int
    public var kind: Kind
    /// The kind-specific fields, in a stable order.
    public var fields: [(String, JSON)]

    public init(time: String, learner: String, session: String, seq: Int, kind: Kind, fields: [(String, JSON)]) {
        self.time = time
        self.learner = learner
        self.session = session
        self.seq = seq
        self.kind = kind
        self.fields = fields
    }

    public static func == (a: SessionEvent, b: SessionEvent) -> Bool { a.json == b.json }

    public subscript(key: String) -> JSON? { fields.first { $0.0 == key }?.1 }

    public var json: JSON {
        .object(
            [
                ("v", .number(Double(version))), ("ts", .string(time)), ("learner", .string(learner)),
                ("session", .string(session)), ("seq", .number(Double(seq))), ("type", .string(kind.rawValue)),
            ] + fields)
    }

    /// One line of JSON, without the newline.
    public var line: String { json.serialized() }

    /// Why a log line could not be read.
    public enum ReadError: Error, Equatable {
        case malformed(String)
        case newerSchema(Int)
    }

    /// Reads one log line.
    public static func parse(_ line: String) throws -> SessionEvent {
        let value: JSON
        do { value = try JSON.parse(line) } catch { throw ReadError.malformed("\(error)") }
        guard case .object(let fields) = value else { throw ReadError.malformed("not a JSON object") }
        guard let version = value["v"] else { throw ReadError.malformed("no schema version") }
        // Numbers are converted with range checks: `1e300` here is a damaged line, not a trap.
        guard let v = version.intValue, v >= 0 else { throw ReadError.malformed("the schema version is not a version") }
        if v > schemaVersion { throw ReadError.newerSchema(v) }
        guard let ts = value["ts"]?.stringValue, let learner = value["learner"]?.stringValue,
            let session = value["session"]?.stringValue, let seqValue = value["seq"],
            let typeName = value["type"]?.stringValue
        else { throw ReadError.malformed("missing a required field") }
        guard let seq = seqValue.intValue, seq >= 0 else {
            throw ReadError.malformed("the sequence number is out of range")
        }
        guard let kind = Kind(rawValue: typeName) else { throw ReadError.malformed("unknown event type '\(typeName)'") }
        return SessionEvent(
            time: ts, learner: learner, session: session, seq: seq, kind: kind,
            fields: fields.filter { !commonKeys.contains($0.0) })
    }

    /// The fields every event has, kept out of `fields`.
    private static let commonKeys: Set<String> = ["v", "ts", "learner", "session", "seq", "type"]
}

/// Turns the outcome of a turn into log events.
public struct SessionRecorder: Sendable {
    public var learner: String
    public var session: String

    public init(learner: String, session: String) {
        self.learner = learner
        self.session = session
    }

    /// The events for one turn, in order: the grade (if any), mastery changes, the turn.
    /// Sequence numbers are given by the writer.
    public func events(for result: TurnResult, state: TutorState, time: String) -> [SessionEvent] {
        var out: [SessionEvent] = []
        if let grade = result.grade, let q = result.gradedQuestion {
            out.append(
                event(
                    .grade, time: time,
                    [
                        ("question", .string(q)), ("answer", .string(TextCleaner.clean(result.input, limit: 2000))),
                        ("covered", .array(grade.covered.map { .string($0) })),
                        ("misconceptions", .array(grade.misconceptions.map { .string($0) })),
                        ("verdict", .string(grade.verdict.rawValue)),
                    ]
                        + (result.examChoice.map {
                            [("option", .string($0)), ("response", .string(result.examOption ?? ""))]
                        } ?? [])))
        }
        for change in result.masteryChanges {
            out.append(
                event(
                    .mastery, time: time,
                    [
                        ("concept", .string(change.concept)), ("before", .number(Self.round4(change.before))),
                        ("after", .number(Self.round4(change.after))), ("mastered", .bool(change.mastered)),
                        ("question", result.gradedQuestion.map { .string($0) } ?? .null),
                    ]))
        }
        var fields: [(String, JSON)] = [
            ("turn", .number(Double(state.turn))),
            ("input", .string(TextCleaner.clean(result.input, limit: 2000))),
            ("intent", result.match.map { .string($0.intent.rawValue) } ?? .null),
            ("concepts", .array((result.match?.concepts ?? []).map { .string($0) })),
            ("reply", .string(result.reply)),
            ("open", result.openQuestion.map { .string($0) } ?? .null),
            ("graded", result.gradedQuestion.map { .string($0) } ?? .null),
        ]
        fields.append(("state", SessionRecorder.encode(state.dialogue)))
        out.append(event(.turn, time: time, fields))
        return out
    }

    public func event(_ kind: SessionEvent.Kind, time: String, _ fields: [(String, JSON)]) -> SessionEvent {
        SessionEvent(time: time, learner: learner, session: session, seq: 0, kind: kind, fields: fields)
    }

    static func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }

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
