/// What the matcher understood of one line.
public struct MatchResult: Sendable, Equatable {
    public var intent: Intent
    /// 0–2 concept ids, the main one first.
    public var concepts: [String]
    /// 0–1: how sure the matcher is of the intent and concepts together.
    public var confidence: Double
    /// Concepts that fit the line equally well, when the matcher cannot choose (ask the
    /// learner which one they meant).
    public var ambiguous: [String]
    /// The line names no concept but leans on the previous turn ("why does it matter?").
    public var isFollowUp: Bool
    /// What the decision rests on: cues and terms found (for `tutor match --explain`).
    public var evidence: [String] = []
    /// The same decision typed, for code that reads the match again (the dialogue).
    public var basis = MatchBasis()

    public init(
        intent: Intent, concepts: [String], confidence: Double, ambiguous: [String] = [], isFollowUp: Bool = false
    ) {
        self.intent = intent
        self.concepts = concepts
        self.confidence = confidence
        self.ambiguous = ambiguous
        self.isFollowUp = isFollowUp
    }

    /// The same reading, settled by the conversation on `concepts` (and `intent`, when
    /// given): what was just discussed decides, so no "did you mean …?" is left between them.
    func settled(on concepts: [String], as intent: Intent? = nil) -> MatchResult {
        var resolved = self
        if let intent { resolved.intent = intent }
        resolved.concepts = concepts
        resolved.ambiguous = []
        return resolved
    }
}
