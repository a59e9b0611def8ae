import TutorCore

/// A grade as the machine interfaces print it (`tutor grade`, `chat --format jsonl`).
extension Grade {
    var json: JSON {
        .object([
            ("question", .string(question)),
            ("covered", .array(covered.map { .string($0) })),
            ("misconceptions", .array(misconceptions.map { .string($0) })),
            ("verdict", .string(verdict.rawValue)),
        ])
    }
}
