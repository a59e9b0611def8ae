/// An option letter named to run it down ("B sounds like a robot", "A seems fake") is not
/// the option picked.
///
/// A question that offers two responses is answered by a letter: "B", "A because …". The
/// letter alone credits the pick ("B" is "B is empathy"), so a learner who picks A and says
/// why B is worse ("A. It's got more heart in it. B sounds like a robot.") was credited with
/// picking B. A letter that opens its clause and is followed there by a verb of seeming or a
/// copula and a word that condemns how it sounds (cold, robotic, fake, scripted, like a
/// robot) is read as no pick: it becomes a small word. A letter praised or described
/// otherwise ("B sounds like she gets it", "B is cold comfort" aside) is read as before.
extension Grader {
    /// Verbs of seeming and copulas after an option letter ("B sounds", "A is").
    static let seemingForms: WordSet = [
        "sounds", "sound", "seems", "seem", "feels", "feel", "is", "s", "comes", "looks", "reads",
    ]
    /// Words between the verb and the condemning word ("sounds like a robot", "is kinda cold").
    static let disparageFillers: WordSet = [
        "like", "a", "an", "so", "too", "kinda", "kind", "of", "sort", "really", "very", "pretty", "bit", "little",
        "more", "just", "off", "as", "totally", "super", "way", "quite", "rather", "somewhat",
    ]
    /// Words that condemn how a response sounds.
    static let disparagingWords: WordSet = [
        "robot", "robotic", "robots", "machine", "mechanical", "cold", "colder", "fake", "scripted", "clinical",
        "canned", "stiff", "flat", "detached", "distant", "hollow", "textbook", "formulaic", "rehearsed", "wooden",
        "heartless", "unfeeling", "emotionless", "computer", "ai", "chatbot", "bot", "parrot", "cardboard",
    ]

    static func readDisparagedOption(_ tokens: inout [Token]) {
        for i in tokens.indices where tokens[i].typed == "a" || tokens[i].typed == "b" {
            // The letter opens its clause ("B sounds …", "and B sounds …").
            guard
                i == 0 || tokens[i - 1].clause != tokens[i].clause
                    || ["and", "but", "while"].contains(tokens[i - 1].typed)
            else { continue }
            var j = i + 1
            guard j < tokens.count, tokens[j].clause == tokens[i].clause, seemingForms.contains(tokens[j].typed)
            else { continue }
            j += 1
            while j < tokens.count, j <= i + 6, tokens[j].clause == tokens[i].clause,
                disparageFillers.contains(tokens[j].typed)
            {
                j += 1
            }
            guard j < tokens.count, tokens[j].clause == tokens[i].clause, disparagingWords.contains(tokens[j].typed)
            else { continue }
            tokens[i].isStop = true
        }
    }
}
