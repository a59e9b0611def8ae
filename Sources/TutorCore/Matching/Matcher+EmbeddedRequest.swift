/// A request of the conversation's own said inside a clause about showing or knowing ("how do
/// i show a client im listening", "let him know i'm listening"): the words tell what the
/// counselor shows the client, not a request to the tutor ("go on, i'm listening"), so a
/// concept's term may use them (active listening).
extension Matcher {
    /// Verbs of showing or knowing that take the request's words as their object.
    static let showingVerbs: Set<String> = [
        "show", "shows", "showing", "showed", "know", "knows", "knowing", "sure", "prove", "proves", "proving",
        "tell", "tells", "telling", "see", "sees", "seeing", "feel", "feels", "feeling", "realize", "realizes",
        "notice", "notices", "convince", "signal", "signals", "demonstrate", "demonstrates", "communicate",
        "communicates",
    ]

    /// The spans of the requests that no showing verb takes as its object (within three words
    /// before, "that" and the client between).
    static func notEmbedded(_ spans: [Range<Int>], _ tokens: [Token]) -> [Range<Int>] {
        spans.filter { span in
            !tokens[max(0, span.lowerBound - 3)..<span.lowerBound].contains { showingVerbs.contains($0.word) }
        }
    }
}
