/// Round 29: "merci! now I understand", "thanks. I get it now", "thank you! it makes sense
/// now": after thanks, a short sentence that says the learner now understands asks for
/// nothing; it belongs to the thanks. Read on its own as a request, its few words only
/// guess at a concept. Not "thanks. I don't get the second part" (a negation is no
/// understanding) nor a question.
extension Tutor {
    static let understandingVerbs: WordSet = ["understand", "get", "got", "see", "understood", "follow"]
    static let understandingDenied: WordSet = [
        "not", "dont", "don't", "didnt", "didn't", "cant", "can't", "never", "no", "still", "but", "why", "how",
        "what",
    ]

    /// Whether the words (one sentence) only say the learner now understands.
    static func saysItIsUnderstood(_ w: [String]) -> Bool {
        guard !w.isEmpty, w.count <= 6, !w.contains(where: understandingDenied.contains) else { return false }
        if zip(w, w.dropFirst()).contains(where: { a, b in a == "i" && understandingVerbs.contains(b) }) {
            return true
        }
        return zip(w, w.dropFirst()).contains { a, b in ["makes", "make"].contains(a) && b == "sense" }
    }
}
