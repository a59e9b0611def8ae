/// The learner praising what the tutor just said ("good one", "that was a great one", "nice,
/// love it"), a courtesy of its own. After thanks ("thx. good one") it was read as a request
/// of its own, and "good one" leaned on the last turn as a request for the same topic again
/// (a definition or an example), while only "good ones" asks for examples.
extension LineForm {
    /// Words of praise for the reply, and the small words around them.
    static let praiseWords: WordSet = [
        "good", "great", "nice", "cool", "awesome", "perfect", "excellent", "brilliant", "amazing", "helpful",
        "useful", "clear", "love", "loved", "like", "liked", "one", "that", "this", "it", "was", "is", "a", "an",
        "really", "very", "so", "super", "pretty", "quite", "such", "lol", "haha", "makes", "sense", "indeed",
        "'s", "s", "thats", "that's", "!",
    ]
    /// The words that praise: a sentence of small words alone praises nothing.
    static let praisingWords: WordSet = [
        "good", "great", "nice", "cool", "awesome", "perfect", "excellent", "brilliant", "amazing", "helpful",
        "useful", "clear", "love", "loved", "liked",
    ]

    /// Whether the words (a sentence, as typed) only praise the reply: every word one of
    /// praise or a small word around it, one of them praising, and no question mark.
    static func praisesTheReply(_ words: [String]) -> Bool {
        let words = words.filter { $0.contains(where: { $0.isLetter || $0 == "?" }) }
        guard !words.isEmpty, words.count <= 6, !words.contains(where: { $0.contains("?") }) else { return false }
        return words.allSatisfy(praiseWords.contains) && words.contains(where: praisingWords.contains)
    }
}
