/// "Send the client" is the family bringing them in ("his wife sent him in"), but "send the
/// client critical messages", "sending him texts" give the client something: what is sent
/// follows the person, who only receives it. A situation's filler of a sending verb and
/// its person is not filled when a thing sent comes right after it, so messages from the
/// family are no case of the family insisting on treatment.
extension Matcher {
    static let sendingVerbs: WordSet = ["send", "sends", "sending", "sent"]
    static let thingsSent: WordSet = [
        "messages", "message", "texts", "text", "letters", "letter", "emails", "email", "notes", "note", "cards",
        "card", "gifts", "gift", "money", "photos", "pictures", "voicemails", "critical", "harsh", "negative", "mean",
        "nasty", "angry", "hateful", "hurtful", "cruel", "shaming", "a", "an", "some", "lots", "all",
    ]

    static func sendsSomethingTo(_ filler: FrameFiller, _ tokens: [Token], after end: Int) -> Bool {
        guard let first = filler.keys.first, sendingVerbs.contains(first), end < tokens.count else { return false }
        return thingsSent.contains(tokens[end].word)
    }
}
