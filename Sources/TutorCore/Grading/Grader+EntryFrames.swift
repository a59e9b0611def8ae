/// Frames of getting into treatment and of being there for someone else's reason, read alike
/// in an answer and in the ideas it is graded against (no token added or removed):
///
/// - *Entry*: a verb of getting or bringing someone in, then where to ("gets them in the door",
///   "coverage gets someone started", "it just gets you in", "drag you in the door", "pushing
///   gets a person in", "pressure gets them to intake", "can pay and come in") is access to
///   treatment, whatever the verb, the person or the door: the frame becomes one word, "entry"
///   (not the lexicon's "access", which is paying too: "the family pays for it" is no entry),
///   and its door is no evidence of its own. "Gets in the way", "gets them to open up" and "gets them in trouble" are no entry.
/// - *Outside reason*: being there or coming "because he must", "for the judge", "for the
///   paper", "because of the court" is attending because of the court: the presence reads as
///   "attend" and the reason as "court" ("he's only there for the judge not for himself").
/// - *Little*: "little will change", "little changes", "with little having changed" deny the change, as "nothing will
///   change" does ("little effect" is read as it always was).
extension Grader {
    /// Verbs that get or bring someone into a place (as typed).
    static let entryVerbs: WordSet = [
        "get", "gets", "got", "getting", "gotten", "bring", "brings", "brought", "bringing", "drag", "drags",
        "dragged", "dragging", "push", "pushes", "pushed", "pushing", "pull", "pulls", "pulled", "let", "lets",
        "come", "comes", "came",
    ]
    /// Verbs of coming, whose "in" is an entry only at the end of its clause ("pay and come in",
    /// not "he comes in every week").
    static let entryComeForms: WordSet = ["come", "comes", "came"]
    /// Who is got in (as typed), between the verb and where to.
    static let entrants: WordSet = [
        "them", "him", "her", "you", "u", "ya", "someone", "somebody", "people", "ppl", "folks", "a", "the",
        "person", "client", "clients", "patient", "patients", "everyone", "anyone", "me", "us", "kids", "kid",
        // "Gets ur foot in the door".
        "foot", "feet", "ur", "your", "their", "his", "my",
    ]
    /// The places of treatment one is got into ("in the door", "into rehab", "to intake").
    static let entryPlaces: WordSet = [
        "door", "doors", "treatment", "rehab", "therapy", "program", "clinic", "intake", "room", "building",
        "care", "appointment", "there",
    ]
    /// Small words that may stand before a place ("in the door", "to his first appointment").
    static let placeLeads: WordSet = ["the", "a", "his", "her", "their", "your", "first", "an"]

    /// Presence words (as typed): being there, coming, attending, sitting in the chair.
    static let entryPresenceWords: WordSet = [
        "there", "here", "come", "comes", "came", "coming", "attend", "attends", "attended", "attending", "show",
        "shows", "showed", "showing", "sits", "sit", "sitting", "goes", "go", "went", "going",
    ]
    /// Words that open a reason after a presence.
    static let entryReasonOpeners: WordSet = [
        "because", "cause", "cuz", "bc", "coz", "cos", "since", "for", "satisfy", "please", "appease",
    ]
    /// What the court imposes and who imposes it, as a reason for being there.
    static let outsideReasons: WordSet = [
        "judge", "judges", "court", "courts", "order", "orders", "paper", "papers", "paperwork", "probation",
        "parole", "po", "mandate", "sentence",
    ]
    /// Obligations, as a reason for being there ("because he must", "because he has to").
    static let obligations: WordSet = ["must", "forced", "required", "ordered", "gotta", "hafta", "haveta"]
    static let obligationHaves: WordSet = ["has", "have", "had"]
    /// Small words between a reason's opener and its reason ("because of the court", "for his PO").
    static let reasonFillers: WordSet = [
        "of", "the", "his", "her", "their", "he", "she", "they", "a", "that", "its", "it",
    ]
    /// What may follow "little" when it denies what comes next ("little will change").
    static let littleFollowers: WordSet = [
        "will", "would", "can", "could", "changes", "changed", "happens", "happened", "gets", "ever", "really",
        "having", "has", "had",
    ]

    static func readEntryFrames(_ tokens: inout [Token], _ analyzer: Analyzer) {
        readEntry(&tokens, analyzer)
        readOutsideReason(&tokens, analyzer)
        readLittle(&tokens)
    }

    private static func readEntry(_ tokens: inout [Token], _ analyzer: Analyzer) {
        let entry = analyzer.stem("entry")
        for i in tokens.indices where entryVerbs.contains(tokens[i].typed) {
            var k = i + 1
            while k < tokens.count, k - i <= 3, tokens[k].clause == tokens[i].clause, entrants.contains(tokens[k].typed)
            {
                k += 1
            }
            guard k < tokens.count, tokens[k].sentence == tokens[i].sentence else { continue }
            let particle = tokens[k].typed
            // The place after the particle, past its small words, if it is one of treatment's.
            var m = k + 1
            while m < tokens.count, m - k <= 2, tokens[m].sentence == tokens[k].sentence,
                placeLeads.contains(tokens[m].typed)
            {
                m += 1
            }
            let place =
                m < tokens.count && tokens[m].sentence == tokens[k].sentence && entryPlaces.contains(tokens[m].typed)
                ? m : nil
            // Nothing after the particle in its clause but small words that close it.
            let ends =
                k + 1 >= tokens.count || tokens[k + 1].sentence != tokens[k].sentence
                || tokens[k + 1].clause != tokens[k].clause || stayerBreaks.contains(tokens[k + 1].typed)
            let frame: Bool
            switch particle {
            case "in", "inside":
                frame = entryComeForms.contains(tokens[i].typed) ? ends && k == i + 1 : ends || place != nil
            case "into", "to", "through", "thru": frame = !entryComeForms.contains(tokens[i].typed) && place != nil
            case "started": frame = !entryComeForms.contains(tokens[i].typed)
            default: frame = false
            }
            // "Getting into treatment", "get to rehab": read already as getting in (`readEveryday`).
            guard frame, !(k == i + 1 && ["into", "to"].contains(particle) && getForms.contains(tokens[i].typed))
            else { continue }
            tokens[k].isStop = false
            tokens[k].stem = entry
            tokens[k].negated = tokens[i].negated || tokens[k].negated
            // The door is the entry's own word, no evidence of its own; a place of treatment stays.
            if let place, particle != "started", ["door", "doors"].contains(tokens[place].typed) {
                for j in (k + 1)...place { tokens[j].isStop = true }
            }
        }
    }

    private static func readOutsideReason(_ tokens: inout [Token], _ analyzer: Analyzer) {
        let attend = analyzer.stem("attend")
        let court = analyzer.stem("court")
        for i in tokens.indices where entryPresenceWords.contains(tokens[i].typed) {
            // The reason's opener within a few words ("there every week because …").
            guard
                let o = (i + 1..<min(tokens.count, i + 5)).first(where: {
                    entryReasonOpeners.contains(tokens[$0].typed)
                }), tokens[o].sentence == tokens[i].sentence,
                !(i + 1..<o).contains(where: { stayerBreaks.contains(tokens[$0].typed) })
            else { continue }
            var r = o + 1
            while r < tokens.count, r - o <= 3, reasonFillers.contains(tokens[r].typed) { r += 1 }
            guard r < tokens.count, tokens[r].sentence == tokens[i].sentence else { continue }
            let word = tokens[r].typed
            let obliged =
                tokens[o].typed != "for"
                && (obligations.contains(word)
                    || obligationHaves.contains(word) && r + 1 < tokens.count && tokens[r + 1].typed == "to")
            guard outsideReasons.contains(word) || obliged else { continue }
            if tokens[i].isStop || tokens[i].stem != attend {
                tokens[i].isStop = false
                tokens[i].stem = attend
            }
            tokens[r].isStop = false
            tokens[r].stem = court
        }
    }

    private static func readLittle(_ tokens: inout [Token]) {
        for i in tokens.indices where tokens[i].typed == "little" && i + 1 < tokens.count {
            guard littleFollowers.contains(tokens[i + 1].typed),
                i == 0 || !["a", "very", "too", "quite"].contains(tokens[i - 1].typed)
            else { continue }
            var j = i + 1
            while j < tokens.count, tokens[j].clause == tokens[i].clause, tokens[j].sentence == tokens[i].sentence {
                tokens[j].negated = true
                j += 1
            }
        }
    }
}
