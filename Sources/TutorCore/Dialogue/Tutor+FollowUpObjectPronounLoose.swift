/// (round 31) The round-29 reading of "how do you set them w a client who doesnt care" (the
/// pronoun is the topic, the object of a verb of making or using a thing; the client described
/// after it is where it is done) asked for its words in fixed places. Learners put more around
/// them: "so practically, how would I go about setting them with someone who just wants the
/// court off his back", "how do I actually build those when…", "how can you best use them
/// with…". The same shape, read loosely: "how" among the line's first three words, then up to
/// four words (a modal, the one who acts, "go about", an adverb), then the verb, in its plain
/// or "-ing" form, the pronoun, and a word that opens the setting.
extension Tutor {
    /// Whether the words have the loose shape of "how … VERB them with/when …".
    static func howToDoThemLoosely(_ w: [String]) -> Bool {
        guard let h = w.prefix(3).firstIndex(of: "how") else { return false }
        let fillers: Set<String> = [
            "do", "can", "should", "would", "could", "will", "i", "you", "we", "u", "one", "go", "about", "actually",
            "even", "best", "really", "then", "start",
        ]
        var v = h + 1
        while v < w.count, v - h <= 5, fillers.contains(w[v]) { v += 1 }
        guard v > h + 1, v + 2 < w.count, isThingVerb(w[v]), objectPronouns.contains(w[v + 1]),
            settingOpeners.contains(w[v + 2])
        else { return false }
        return true
    }

    /// A verb of making or using a thing, plain or in "-ing" ("setting", "building", "using").
    static func isThingVerb(_ word: String) -> Bool {
        if thingVerbs.contains(word) { return true }
        guard word.hasSuffix("ing"), word.count >= 5 else { return false }
        let base = String(word.dropLast(3))
        if thingVerbs.contains(base) || thingVerbs.contains(base + "e") { return true }
        // A doubled last consonant ("setting", "putting").
        if let last = base.last, base.dropLast().last == last { return thingVerbs.contains(String(base.dropLast())) }
        return false
    }
}
