import Foundation

/// One line of a learner's session log: a header every event has (schema version, time,
/// learner, session, sequence number) and a typed body. The same type writes a line
/// (`line`) and reads it back (`parse`), so the fold and the exports never look fields up
/// by name. Field order on disk is fixed (the header, `type`, then the body's fields).
///
/// Version rule: a line with a newer `v` than `schemaVersion` is refused, never misread.
/// A reader tolerates fields it does not know and kind-specific fields that are missing
/// (hand-edited and older logs); those are optional in the body's records.
public struct SessionEvent: Sendable, Equatable, Codable {
    /// The schema version this tutor writes and reads.
    public static let schemaVersion = 1

    /// The event's type, as written in `type`.
    public enum Kind: String, Sendable, CaseIterable {
        case sessionStart = "session-start"
        case turn
        case grade
        case mastery
        case sessionEnd = "session-end"
    }

    /// What happened.
    public enum Body: Sendable, Equatable {
        case sessionStart(SessionStart)
        case turn(TurnRecord)
        case grade(GradeRecord)
        case mastery(MasteryRecord)
        case sessionEnd(SessionEnd)
    }

    public var version: Int = SessionEvent.schemaVersion
    public var time: String
    public var learner: String
    public var session: String
    public var seq: Int
    public var body: Body

    public init(time: String, learner: String, session: String, seq: Int, body: Body) {
        self.time = time
        self.learner = learner
        self.session = session
        self.seq = seq
        self.body = body
    }

    public var kind: Kind {
        switch body {
        case .sessionStart: return .sessionStart
        case .turn: return .turn
        case .grade: return .grade
        case .mastery: return .mastery
        case .sessionEnd: return .sessionEnd
        }
    }

    public static func == (a: SessionEvent, b: SessionEvent) -> Bool { a.json == b.json }

    /// The event as a JSON object, in the log's field order.
    public var json: JSON {
        let header: [(String, JSON)] = [
            ("v", .number(Double(version))), ("ts", .string(time)), ("learner", .string(learner)),
            ("session", .string(session)), ("seq", .number(Double(seq))), ("type", .string(kind.rawValue)),
        ]
        switch body {
        case .sessionStart(let r): return .object(header + r.fields)
        case .turn(let r): return .object(header + r.fields)
        case .grade(let r): return .object(header + r.fields)
        case .mastery(let r): return .object(header + r.fields)
        case .sessionEnd(let r): return .object(header + r.fields)
        }
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
        return try SessionEvent(json: value)
    }

    /// Reads an event from its JSON object.
    public init(json value: JSON) throws {
        guard case .object = value else { throw ReadError.malformed("not a JSON object") }
        guard let versionField = value["v"] else { throw ReadError.malformed("no schema version") }
        // Numbers are converted with range checks: `1e300` here is a damaged line, not a trap.
        guard let v = versionField.intValue, v >= 0 else {
            throw ReadError.malformed("the schema version is not a version")
        }
        if v > Self.schemaVersion { throw ReadError.newerSchema(v) }
        guard let ts = value["ts"]?.stringValue, let learner = value["learner"]?.stringValue,
            let session = value["session"]?.stringValue, let seqValue = value["seq"],
            let typeName = value["type"]?.stringValue
        else { throw ReadError.malformed("missing a required field") }
        guard let seq = seqValue.intValue, seq >= 0 else {
            throw ReadError.malformed("the sequence number is out of range")
        }
        guard let kind = Kind(rawValue: typeName) else { throw ReadError.malformed("unknown event type '\(typeName)'") }
        let body: Body
        switch kind {
        case .sessionStart: body = .sessionStart(SessionStart(value))
        case .turn: body = .turn(TurnRecord(value))
        case .grade: body = .grade(GradeRecord(value))
        case .mastery: body = .mastery(MasteryRecord(value))
        case .sessionEnd: body = .sessionEnd(SessionEnd(value))
        }
        self.init(time: ts, learner: learner, session: session, seq: seq, body: body)
        version = v
    }

    public func encode(to encoder: Encoder) throws { try json.encode(to: encoder) }

    public init(from decoder: Decoder) throws { try self.init(json: JSON(from: decoder)) }
}
