/// "And when they trust the counselor, they open up", "so if u trust them u talk": a
/// condition or a reason put first in its sentence after a word that only links it to what
/// was said before ("and", "so", "but", "oh") is still put first. Learners in a conversation
/// go on from their last line with such a word; the relation it opens (`Grader+Relations`)
/// reads the same with or without it.
extension Grader {
    /// Words that link a sentence to what came before, and open nothing of their own.
    static let linkingOpeners: WordSet = [
        "and", "so", "but", "oh", "ah", "well", "ok", "okay", "also", "plus", "then", "yeah", "yes", "like", "um",
        "uh", "hmm", "right", "now", "see", "n",
    ]

    /// Whether token `i` opens its sentence, with only linking words before it.
    func opensItsSentence(_ tokens: [Token], _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, tokens[k].sentence == tokens[i].sentence {
            guard Self.linkingOpeners.contains(tokens[k].typed) else { return false }
            k -= 1
        }
        return true
    }
}
