/// Round 29: a word said twice for emphasis, as West African, Caribbean and South Asian English
/// say it ("break it down small small", "slowly slowly", "now now"). It is one word, stressed:
/// counted twice, a word that some concept lists in another field's sense ("small") made two
/// such words, enough to put "I am confused, please break it down small small" out of scope.
extension Matcher {
    /// Whether the word at `p` repeats the word just before it.
    static func repeatsTheWordBefore(_ tokens: [Token], _ p: Int) -> Bool {
        p > 0 && tokens[p - 1].word == tokens[p].word
    }
}
