/// (round 30) A question or request said in a language the glossary has no table for, around a
/// term of ours in English: "uji saya tentang empathy", "kysy minulta boundaries", "mund të më
/// pyesësh për empathy". The frame's words were unknown words, and two unknown words beside a
/// one-word term ("trust", "empathy", "boundaries") read as another subject sharing the word
/// ("buy an insurance policy", "fence boundaries between two farms"), so the line was put out of
/// scope. Words of another language are not another field's: they are the learner's own way of
/// asking, as the words the tables do not hold are in a line the glossary reads
/// (`settingAsideUntranslated`).
///
/// A word is of another language by its shape (`ofAnotherLanguage`: Latin letters, no English
/// word, no word of ours, no cue, one a voice can say). When a line names a word of ours and
/// holds two such words or more, more than it holds English small words, they are set aside as
/// small words (an English line naming places or people, "what about the alliance between
/// france and britain", keeps them). An English word of another
/// field ("fence", "farms", "policy") is in the everyday list and stays what it is; so does a
/// single unknown word, which may be another field's name.
extension Matcher {
    func settingAsideOtherLanguage(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { $0.known && $0.isContent && !$0.corrected }) else { return tokens }
        let foreign = tokens.indices.filter {
            !tokens[$0].known && !tokens[$0].corrected && ofAnotherLanguage(tokens[$0])
        }
        // The line must be more of that language than of English's small words: "what about the
        // alliance between france and britain" is an English line naming places.
        let englishSmallWords = tokens.filter(\.isStop).count
        guard Set(foreign.map { tokens[$0].typed }).count >= Self.otherLanguageWordsMin,
            foreign.count > englishSmallWords,
            !tokens.contains(where: { Self.typedByAHandOnTheKeys($0.typed) })
        else { return tokens }
        var out = tokens
        for i in foreign { out[i].isStop = true }
        return out
    }

    /// At least this many distinct words of another language show the line is partly in one.
    static let otherLanguageWordsMin = 2
}
