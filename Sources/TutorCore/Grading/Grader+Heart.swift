/// "It's got more heart in it", "B has no heart": heart as the feeling a response shows.
///
/// Learners judge a reply by the feeling it shows in everyday words: "A has more heart",
/// "there's heart in it". The grader's feeling words ("feeling", "emotion") did not hold
/// "heart", so the belief that A is more empathic because it shows more feeling went unheard
/// when said so. A "heart" after a word of amount or having ("more heart", "got heart",
/// "with heart", "no heart") is read as "feeling"; "at the heart of it", "a change of heart"
/// and "heart disease" are read as before.
extension Grader {
    /// Words before "heart" that make it the feeling shown.
    static let heartAmounts: WordSet = [
        "more", "less", "much", "some", "no", "got", "has", "have", "had", "with", "full", "lot", "lots", "real",
        "any", "heaps", "plenty", "without",
    ]

    static func readHeart(_ tokens: inout [Token], _ analyzer: Analyzer) {
        for i in tokens.indices.dropFirst() where tokens[i].typed == "heart" {
            guard tokens[i - 1].clause == tokens[i].clause, heartAmounts.contains(tokens[i - 1].typed) else { continue }
            tokens[i].isStop = false
            tokens[i].stem = analyzer.stem("feeling")
        }
    }
}
