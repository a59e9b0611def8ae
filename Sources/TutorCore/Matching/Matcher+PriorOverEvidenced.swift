/// (round 31) The phrasing prior's concept put first over one the line gives evidence for twice
/// over, when the line gives the prior's concept none: "Why do clients follow the treatment plan
/// better when they have good relation with the counselor?" went to shared goals (lines about
/// plans were), though "follow the treatment plan" says compliance in three words of its term;
/// "How I work with a man who says he has no problem at all?" went to court orders (lines
/// about reluctant men were), though the line both names the stage by a term ("says … problem")
/// and tells it as a situation; "client straight up snapping at me mid session" likewise.
///
/// The prior weighs the words a topic's lines share (the people of the story, "how do I work
/// with…"); it knows no line it was not given. Where the line itself says what it is about in
/// a term of three words or more, or in a term of two words and a situation told, that is
/// stronger evidence than the framing words: the line's concept keeps its place. One term of a
/// word or two alone ("quit", "co-pilots") is left to the prior, which is right about such
/// lines more often than not (`Matcher+PriorUnnamed.swift` keeps only a definition's term cut
/// short by the stemmer).
extension Matcher {
    func keepsItsWellEvidenced(_ first: String?, over concept: String, _ result: MatchResult, _ tokens: [Token])
        -> Bool
    {
        guard let first, !tuning.frameConcepts.contains(first), !result.basis.guessed else { return false }
        // The prior's concept has no term, no situation and no word of its name in the line.
        guard !result.basis.named.contains(where: { $0.concept == concept }),
            !result.basis.told.contains(where: { $0.concept == concept }), !saysItsName(concept, tokens)
        else { return false }
        let terms = result.basis.named.filter { $0.concept == first }
        let told = result.basis.told.contains { $0.concept == first }
        return terms.contains { $0.stems.count >= 3 } || told && terms.contains { $0.stems.count >= 2 }
    }
}
