/// A blanket approval of someone's deeds, said in everyday words: "go along with everything he
/// did", "be ok with whatever she does", "sign off on everything they did". Each approves all
/// of it, read alike in an answer and in the ideas it is graded against, with its own polarity:
/// "doesn't mean you're fine with everything she did" approves nothing. `readAmounts` reads
/// "agree with everything" so ("everything" the whole, "total"); here the same holds when a deed
/// follows ("everything he did", which `readPhrasal` would read as the deed alone) and for the
/// verbs it does not know ("go along with", "sign off on", "accept whatever he does").
extension Grader {
    /// What the approval covers: every deed, whatever it was.
    static let blanketObjects: WordSet = ["everything", "whatever", "anything"]
    /// Verbs of approving that `readAmounts` does not know, with the particle each needs (if
    /// any) and the verb it stands for.
    static let blanketVerbs: [String: (particle: String?, reading: String)] = [
        "go": ("along", "agree"), "goes": ("along", "agree"), "going": ("along", "agree"),
        "went": ("along", "agree"), "sign": ("off", "approve"), "signs": ("off", "approve"),
        "signing": ("off", "approve"), "signed": ("off", "approve"), "accept": (nil, "approve"), "cool": (nil, "fine"),
        "alright": (nil, "fine"),
        "accepts": (nil, "approve"), "accepting": (nil, "approve"),
    ]
    /// Small words between the approval and its object ("agree with", "ok with", "sign off on").
    static let blanketLinks: WordSet = ["with", "of", "on", "along", "off", "just", "pretty", "all"]

    /// Rereads a blanket approval in place (no token added or removed): its object is the whole
    /// ("total", as `readAmounts` reads it), with the polarity of the approving word, which is
    /// read as the verb it stands for.
    static func readBlanketApproval(_ tokens: inout [Token], _ analyzer: Analyzer) {
        for i in tokens.indices where blanketObjects.contains(tokens[i].typed) {
            var j = i - 1
            var approval: Int?
            while j >= 0, j >= i - 4, tokens[j].clause == tokens[i].clause {
                let w = tokens[j].typed
                if endorsingWords.contains(w) {
                    approval = j
                    break
                }
                if let verb = blanketVerbs[w], verb.particle == nil || j + 1 < i && tokens[j + 1].typed == verb.particle
                {
                    approval = j
                    break
                }
                guard blanketLinks.contains(w) else { break }
                j -= 1
            }
            guard let a = approval, let deed = deedAfter(tokens, i) else { continue }
            // "Accept everything about them" accepts the person: only a deed named makes it approval.
            if blanketVerbs[tokens[a].typed]?.particle == nil && !endorsingWords.contains(tokens[a].typed) && !deed {
                continue
            }
            if let verb = blanketVerbs[tokens[a].typed] {
                tokens[a].isStop = false
                tokens[a].stem = analyzer.stem(verb.reading)
            }
            let negated = tokens[a].negated || negatedHere(tokens, a)
            tokens[a].negated = negated
            tokens[i].isStop = false
            tokens[i].stem = analyzer.stem("total")
            tokens[i].negated = negated
        }
    }

    /// Forms of "do" and their helpers after a doer ("she has done", "they do").
    static let deedForms: WordSet = ["did", "done", "does", "do", "doing"]

    /// After "everything" at `i`: true when a deed follows in its clause ("everything he did",
    /// "whatever the client does"), false when the object ends the clause ("ok with
    /// everything"), nil when something else follows ("everything about them").
    static func deedAfter(_ tokens: [Token], _ i: Int) -> Bool? {
        let next = i + 1
        guard next < tokens.count, tokens[next].clause == tokens[i].clause else { return false }
        let deed = tokens[next..<min(tokens.count, next + 4)].contains {
            $0.clause == tokens[i].clause && deedForms.contains($0.typed)
        }
        return deed ? true : nil
    }
}
