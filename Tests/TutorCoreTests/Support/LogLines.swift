import TutorCore

/// Session log lines written by hand (as an older tutor or a person might), for folds and exports.
struct LogLines {
    var learner = "sam"
    var session = "s1"
    private(set) var lines: [String] = []

    mutating func add(_ kind: SessionEvent.Kind, at time: String, _ fields: [(String, JSON)] = []) {
        let header: [(String, JSON)] = [
            ("v", .number(Double(SessionEvent.schemaVersion))), ("ts", .string(time)), ("learner", .string(learner)),
            ("session", .string(session)), ("seq", .number(Double(lines.count + 1))), ("type", .string(kind.rawValue)),
        ]
        lines.append(JSON.object(header + fields).serialized())
    }

    /// A graded first attempt and the mastery change it made.
    mutating func answer(
        _ question: String, concept: String, verdict: String, covered: [String] = [], before: Double, after: Double,
        at time: String
    ) {
        add(
            .grade, at: time,
            [
                ("question", .string(question)), ("answer", .string("my answer")),
                ("covered", .array(covered.map(JSON.string))), ("misconceptions", .array([])),
                ("verdict", .string(verdict)),
            ])
        add(
            .mastery, at: time,
            [
                ("concept", .string(concept)), ("before", .number(before)), ("after", .number(after)),
                ("mastered", .bool(after >= 0.95)), ("question", .string(question)),
            ])
    }

    /// A question about concepts (the learner met them).
    mutating func ask(_ input: String, concepts: [String], intent: String = "define", at time: String) {
        add(
            .turn, at: time,
            [
                ("turn", .number(Double(lines.count))), ("input", .string(input)), ("intent", .string(intent)),
                ("concepts", .array(concepts.map(JSON.string))), ("reply", .string("…")), ("open", .null),
                ("graded", .null),
            ])
    }

    var substrings: [Substring] { lines.map { Substring($0) } }

    func fold() throws -> LearnerHistory { try LearnerHistory.fold(lines: substrings, seed: 1) }
}
