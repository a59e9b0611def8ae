/// Two everyday ways of naming an idea's word: trouble said to lie in a relationship ("trouble
/// in our relationship", "issues between me and him") is a problem in it, as the ideas say it
/// ("a problem in the relationship", "flag problems in the relationship"); and someone "along
/// for the ride" is a passenger, passive, as someone "riding in the back" is (`readPhrasal`).
/// Read alike in answers and in the ideas' phrasings.
extension Grader {
    /// Rereads trouble placed in a relationship as "problem" and "along for the ride" as
    /// "passive", in place.
    static func readTroubleAndRide(_ tokens: inout [Token], _ analyzer: Analyzer) {
        func typed(_ j: Int, _ i: Int) -> String? {
            tokens.indices.contains(j) && tokens[j].clause == tokens[i].clause ? tokens[j].typed : nil
        }
        for i in tokens.indices {
            let w = tokens[i].typed
            if troubleNouns.contains(w), let place = typed(i + 1, i), troublePlaces.contains(place) {
                // The relationship within two words of the preposition ("in our relationship",
                // "between me and him"); "with them" is trouble with the clients, not between.
                let near = (i + 2)...(i + 4)
                let inBond = near.contains { typed($0, i).map(relationNouns.contains) == true }
                let between = place == "between" && near.contains { typed($0, i).map(sides.contains) == true }
                guard inBond || between else { continue }
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("problem")
            } else if w == "ride", typed(i - 1, i) == "the", typed(i - 2, i) == "for", typed(i - 3, i) == "along" {
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("passive")
                tokens[i].negated = tokens[i].negated || negatedHere(tokens, i)
                tokens[i - 3].isStop = true
            }
        }
    }

    /// Nouns of trouble that a relationship can have.
    static let troubleNouns: WordSet = ["trouble", "troubles", "issue", "issues"]
    static let troublePlaces: WordSet = ["in", "with", "between"]
    /// The relationship by name.
    static let relationNouns: WordSet = [
        "relationship", "relationships", "alliance", "bond", "connection", "rapport", "partnership",
    ]
    /// The two sides trouble between is between.
    static let sides: WordSet = ["us", "me", "you", "him", "her", "them", "counselor", "client"]
}
