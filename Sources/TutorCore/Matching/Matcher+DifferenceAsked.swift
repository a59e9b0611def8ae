/// (round 32) The word a learner asks a comparison with is the request's, not the story's:
/// "is difference between lapse and relapse? in my language I know only one word", "cultural
/// competence and cultural humility, what is the difference?", "whats the diff between a
/// crossing and a violation, my background is nursing". A situation whose slot takes "difference"
/// (a client of a different culture or background) was filled by the noun the learner asked
/// the comparison with, and then claimed it, so the comparison's cue was set aside as the
/// concept's own name and a story no one told led the line.
///
/// Only the noun that names the difference asked for ("difference", "differences", "diff"), and
/// only inside a comparison cue of two words or more ("the difference between", "what is the
/// difference"): "a client from a different culture" and "there are differences in our
/// backgrounds" still tell the situation.
extension Matcher {
    /// The positions of the nouns a comparison is asked with, which no situation may fill.
    func differenceAsked(_ cues: CueScan, _ tokens: [Token]) -> Set<Int> {
        var asked: Set<Int> = []
        for hit in cues.hits where hit.intent == .compare && hit.span.count >= 2 {
            for i in hit.span where Self.differenceNouns.contains(tokens[i].word) { asked.insert(i) }
        }
        return asked
    }

    static let differenceNouns: WordSet = ["difference", "differences", "diff", "diffs", "differnce", "diffrence"]
}
