/// (round 31) "Kò yé mi, what exactly you want me to say?", "nesuprantu the last part of
/// question, what I should answer?", "what am I supposed to write here", "what kind of answer
/// do you want": said while a question is open, the learner asks outright what they are to
/// answer. Often a phrase of their first language comes before it saying they do not follow,
/// which no table knows, so the not-following word `asksWhatTheTutorWants` looks for is not
/// there; the question itself is enough. The matcher read the verbs of saying as a how-to
/// ("what should I …") or a term's definition. It asks for the question in plainer words
/// (simpler); no attempt is counted and the question stays open.
///
/// The learner is the one to answer, the tutor the one who wants: "what do you want me to
/// say", "what should I answer", "what am I meant to write". A verb of answering only
/// ("answer", "write", "reply", "respond", "put"); "say" and "tell" only after the tutor's
/// wanting or the learner's being supposed to, since "what should I say" on a scene asks
/// what to say to the client. Never a line that names whom the words are for ("what should I
/// answer him", "what do you want me to tell the client"): that asks how to act in the scene.
extension LineForm {
    /// Verbs of giving the answer itself.
    static let answeringVerbs: WordSet = ["answer", "write", "reply", "respond", "put", "type"]
    /// Verbs of saying, which ask what to answer only after the tutor's wanting.
    static let sayingVerbs: WordSet = ["say", "tell", "answer", "write", "reply", "respond", "put", "type", "give"]
    /// The tutor's wanting, after "you".
    static let wantingVerbs: WordSet = ["want", "wanna", "expect", "expecting", "need", "like", "looking"]
    /// The learner's being bound to answer, after "I" (or "am I").
    static let boundWords: WordSet = ["supposed", "meant", "expected", "going", "gonna", "have", "need"]
    /// Modals and auxiliaries of the learner's answering ("what should I", "what do I", "what I must").
    static let answeringModals: WordSet = ["should", "shall", "must", "do", "can", "could", "would", "am", "to"]
    /// Words that may stand between "what" and the rest without changing what is asked.
    static let whatFillers: WordSet = ["exactly", "else", "even", "really", "actually", "precisely", "then", "now"]
    /// Words for what is asked, after "what" ("what kind of answer", "what answer").
    static let answerNouns: WordSet = ["answer", "answers", "reply", "response"]

    /// Whether the line asks outright what the learner is to answer (see above).
    static func asksWhatToAnswer(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.typed).filter { $0.contains(where: \.isLetter) }
        guard w.count <= 18,
            let what = w.firstIndex(where: { ["what", "wat", "wut", "whatever"].contains($0) })
        else { return false }
        var rest = Array(w[(what + 1)...].drop(while: whatFillers.contains))
        // Whom the words are for: the scene's people, so a question of how to act in it.
        if rest.contains(where: { others.contains($0) || peopleWords.contains($0) }) { return false }
        // "What kind of answer do you want", "what answer are you looking for".
        if let first = rest.first, ["kind", "sort", "type"].contains(first), rest.dropFirst().first == "of" {
            rest.removeFirst(2)
        }
        if let first = rest.first, answerNouns.contains(first) {
            let after = rest.dropFirst()
            return after.prefix(4).contains(where: { tutorAddressed.contains($0) })
                && after.contains(where: wantingVerbs.contains)
        }
        // "What (do) you want me to say", "what u expect from me".
        if let first = rest.first, ["do", "does", "did", "would", "will"].contains(first) { rest.removeFirst() }
        if let first = rest.first, tutorAddressed.contains(first) {
            let after = Array(rest.dropFirst())
            guard let want = after.first, wantingVerbs.contains(want) else { return false }
            let object = after.dropFirst().drop { ["me", "to", "from", "for", "of", "i"].contains($0) }
            // "What do you want from me?": the wanting alone, nothing after it.
            if object.isEmpty { return after.dropFirst().contains(where: { ["me", "from"].contains($0) }) }
            guard after.dropFirst().first == "me" || after.dropFirst().first == "from" else { return false }
            return sayingVerbs.contains(object.first ?? "") && object.count <= 3
        }
        // "What should I answer", "what I should answer", "what am I supposed to write".
        var k = 0
        var sawI = false
        while k < rest.count, k < 4, answeringModals.contains(rest[k]) || rest[k] == "i" || boundWords.contains(rest[k])
        {
            if rest[k] == "i" { sawI = true }
            k += 1
        }
        guard sawI, k < rest.count else { return false }
        let bound = rest[..<k].contains(where: boundWords.contains)
        let verb = rest[k]
        let tail = rest[(k + 1)...].filter {
            !["here", "now", "exactly", "then", "to", "this", "that", "it"].contains($0)
        }
        return (answeringVerbs.contains(verb) || bound && sayingVerbs.contains(verb)) && tail.count <= 2
    }
}
