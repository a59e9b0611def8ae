import Foundation

/// Telling "I don't know" from an attempt: a don't-know only says so (or asks for help);
/// "I'm not sure but maybe they'd get defensive" is an answer, and so is a line that opens
/// with "nothing" and goes on to say something.
extension Grader {
    /// Words after a don't-know cue that keep the rest of the line inside it ("I don't know
    /// what trust is").
    static let dontKnowContinuations: WordSet = ["what", "how", "why", "whether", "if", "about", "which"]

    /// Words that open a claim about the case or what to do ("be kind to them", "they'd
    /// leave", "the trust"), not about the learner ("i", "you lost me").
    static let attemptOpeners: WordSet = [
        "be", "they", "theyd", "theyll", "he", "hed", "she", "shed", "the", "their", "his", "because",
        "bc", "cuz", "by", "treat", "listen", "client", "clients",
    ]

    /// Words that only apologise ("blank, sorry").
    static let apologies: WordSet = ["sorry", "sry", "soz", "apologies"]

    /// Words of a request for help ("can you give me a hint"), which say nothing of the answer.
    static let requestWords: WordSet = ["give", "tell", "explain", "show", "need", "want", "answer", "question"]

    /// Cues whose clause names what the learner has not learned.
    static let topicCues: WordSet = [
        "have not learned", "have not studied", "never learned", "never studied", "do not know", "not know",
        "do not remember", "forgot", "forget", "i do not get", "never heard", "never remember", "do not understand",
        "idk", "dunno",
        // As typed without apostrophes, which the analyzer leaves unexpanded ("i dont know change talk").
        "dont know", "dont remember", "dont get", "dont understand", "havent learned", "havent studied",
        // What the learner has mixed up: "I've muddled the stages completely".
        "have muddled", "muddled up", "got muddled", "all muddled", "ive muddled",
    ]
    /// Words that start a claim of its own after "idk" ("idk they'd get defensive"), where
    /// what was not known ends ("idk the stages" is all of it).
    static let claimStarts: WordSet = [
        "i", "they", "he", "she", "it", "its", "you", "u", "we", "their", "his", "her",
    ]

    /// Whether a line that covers nothing says "I don't know" or asks for help, and says
    /// nothing else of substance.
    public func saysDontKnow(_ analysis: Analysis) -> Bool {
        saysDontKnow(analysis, vocabulary: nil)
    }

    /// `vocabulary`: the stems of the question's ideas; a word of them outside the cue, or a
    /// hedge that goes on ("not sure, but maybe …"), makes the line an attempt.
    func saysDontKnow(_ analysis: Analysis, vocabulary: @autoclosure () -> Set<String>?) -> Bool {
        let tokens = analysis.tokens
        if tokens.isEmpty { return true }
        // "blank", "blank, sorry": the word alone typed for an answer is a mind gone blank (in
        // a longer line, "a blank stare" is the client's).
        if tokens.count <= 3, tokens.contains(where: { $0.typed == "blank" }),
            tokens.allSatisfy({ $0.typed == "blank" || !$0.isContent || Self.apologies.contains($0.typed) })
        {
            return true
        }
        let cue = dontKnowCue(analysis, toEnd: true)
        if !cue.isEmpty {
            let outside = tokens.indices.filter { !cue.contains($0) }
            // A cue that is a clause of its own ("i always mix up the stages, no idea", "whats
            // sustain talk? no clue") says the learner does not know, whatever topic words
            // the rest names; a cue inside a clause ("no idea why trust matters") does not.
            let cueClauses = Set(cue.map { tokens[$0].clause })
            // (Small words beside it leave it whole: "I'm drawing a blank here".)
            // Nor does a polite "I'm afraid" before it ("I'm afraid I simply don't know").
            let wholeClause = outside.allSatisfy {
                !cueClauses.contains(tokens[$0].clause) || !tokens[$0].isContent
                    || tokens[$0].typed == "afraid" && $0 > 0 && ["im", "am"].contains(tokens[$0 - 1].typed)
            }
            // The vocabulary is gathered only here, for the few lines that need it.
            if !wholeClause, let vocabulary = vocabulary(),
                outside.contains(where: {
                    tokens[$0].isContent && vocabulary.contains(tokens[$0].stem)
                        && !Self.requestWords.contains(tokens[$0].typed)
                })
            {
                return false
            }
            if let hedge = outside.first(where: { Self.hedges.contains(tokens[$0].typed) }),
                outside.contains(where: { $0 > hedge && tokens[$0].isContent })
            {
                return false
            }
            // A guess offered and then hedged ("its about the vibe in the room i guess? not
            // sure", "less of a big deal? maybe? i dunno") is a wrong attempt, not a don't-know:
            // a claim of its own (a subject and a content word) before a hedge.
            if let hedge = outside.last(where: { Self.guessHedges.contains(tokens[$0].typed) }),
                let subject = outside.first(where: { $0 < hedge && Self.claimStarts.contains(tokens[$0].typed) }),
                outside.contains(where: {
                    $0 > subject && $0 < hedge && tokens[$0].isContent && !Self.requestWords.contains(tokens[$0].typed)
                        && !Self.socialWords.contains(tokens[$0].typed) && !Self.hedges.contains(tokens[$0].typed)
                })
            {
                return false
            }
            // A claim said first and the not knowing said last ("be kind to em i dunno", "they
            // shut down idk") is an attempt, hedged: what the learner says of the client or
            // would do, not of their own state ("i always mix up the stages, no idea").
            if let firstCue = cue.min(), outside.allSatisfy({ $0 < firstCue }),
                let open = outside.first(where: { !Self.openers.contains(tokens[$0].typed) }),
                Self.attemptOpeners.contains(tokens[open].typed),
                outside.contains(where: {
                    tokens[$0].isContent && !Self.requestWords.contains(tokens[$0].typed)
                        && !Self.socialWords.contains(tokens[$0].typed) && !Self.remainders.contains(tokens[$0].typed)
                })
                    // (round 30) "Be kind to them, i dunno": what to be, a small word or not.
                    || tokens[open].typed == "be" && outside.contains(where: { $0 > open })
            {
                return false
            }
            // "Nothing, a craving is a craving": "nothing" said as the answer, then a claim of its
            // own (two content words in a clause after it), not a don't-know.
            if cue.allSatisfy({ ["nothing", "none"].contains(tokens[$0].typed) }),
                let after = cue.max().map({ tokens[$0].clause }),
                outside.filter({
                    tokens[$0].clause > after && tokens[$0].isContent && !Self.requestWords.contains(tokens[$0].typed)
                        && !Self.socialWords.contains(tokens[$0].typed) && !Self.hedges.contains(tokens[$0].typed)
                }).count >= 2
            {
                return false
            }
            return true
        }
        return isQuestionBack(analysis) || isUnmarkedQuestion(analysis) || cannotSay(analysis)
    }

    /// Whether the whole line is the learner saying they cannot tell ("I'm afraid I can't say
    /// which", "i honestly cant tell"): "I", a denied "can", a verb of telling and at most a
    /// word of what. Read of the whole line only, never as a cue inside one: "tell me about
    /// your drinking" in an answer is no don't-know, and masks nothing.
    func cannotSay(_ analysis: Analysis) -> Bool {
        var words = analysis.tokens.map(\.typed).filter {
            !Self.intensifiers.contains($0) && !Self.sayFillers.contains($0)
        }
        // "Couldn't tell you", "can't say for sure": the "I" left out, as in speech.
        if let first = words.first, ["can", "could", "cant", "cannot", "couldnt"].contains(first) {
            words.insert("i", at: 0)
        }
        // (round 23) "I really couldn't say, I'm sorry": the apology after it ("sorry" is a
        // filler already) leaves its "I'm" behind, which says nothing of what.
        if words.count > 3, words.suffix(2) == ["i", "am"] {
            words.removeLast(2)
        } else if words.count > 3, words.last == "im" {
            words.removeLast()
        }
        guard words.count >= 3, words.count <= 8 else { return false }
        // "I'm afraid", "sorry, I …": what opens it.
        while words.count > 3, words[0] != "i" || words[1] == "am" || words[1] == "im" {
            words.removeFirst()
        }
        if words.first == "im" { words.removeFirst() }
        guard words.first == "i" else { return false }
        var k = 1
        if words.count > 2, ["can", "could"].contains(words[1]), words[2] == "not" {
            k = 3
        } else if words.count > 1, ["cant", "cannot", "couldnt"].contains(words[1]) {
            k = 2
        } else {
            return false
        }
        guard k < words.count, ["say", "tell"].contains(words[k]) else { return false }
        return words[(k + 1)...].allSatisfy { Self.saidOf.contains($0) }
    }

    /// Words around "I can't say" that leave it a don't-know.
    static let sayFillers: WordSet = ["sorry", "afraid", "um", "uh", "hmm", "well", "tbh", "ngl", "omg", "oh"]
    /// What may follow "I can't say": which one, for sure, offhand.
    static let saidOf: WordSet = ["which", "one", "for", "sure", "this", "that", "it", "offhand", "you", "u"]

    /// A question back typed without its mark, as learners texting do: "what is sustain talk
    /// even", "wait which goals".
    func isUnmarkedQuestion(_ analysis: Analysis) -> Bool {
        if asksWhatIs(analysis) { return true }
        let words = analysis.tokens.map(\.typed).drop { Self.meaningOpeners.contains($0) }
        return words.first == "which" && words.count <= 3
            && analysis.tokens.last?.sentence == analysis.tokens.first?.sentence
    }

    /// Whether the line, with or without its question mark, asks what something is: "what is
    /// sustain talk even", "whats the difference btw a crossing n a violation". One sentence
    /// of few content words that opens with "what is" and has no second copula (a claim that
    /// opens so is a pseudo-cleft: "what is missing is trust"). It answers nothing, even when
    /// it names an idea's word.
    func asksWhatIs(_ analysis: Analysis) -> Bool {
        let tokens = analysis.tokens
        guard let last = tokens.last, last.sentence == tokens[0].sentence else { return false }
        let words = Array(tokens.map(\.typed).drop { Self.meaningOpeners.contains($0) })
        guard let first = words.first, first == "what" || first == "whats" else { return false }
        let rest: ArraySlice<String>
        if first == "whats" {
            rest = words.dropFirst()
        } else if words.count > 1, Self.unmarkedCopulas.contains(words[1]) {
            rest = words.dropFirst(2)
        } else {
            return false
        }
        // Chat spellings are no content: "whats", "btw" (between), "n" (and).
        return !rest.isEmpty && !rest.contains { Self.unmarkedCopulas.contains($0) }
            && tokens.filter { $0.isContent && !Self.chatSmallWords.contains($0.typed) }.count
                <= GradingTuning.standard.maxQuestionBackContent
    }

    /// Small words in chat spelling, which the analyzer may take for content.
    static let chatSmallWords: WordSet = ["whats", "btw", "n", "u", "r", "ur"]

    /// The copulas of "what is X": a second one makes the line a claim ("what is missing is trust").
    static let unmarkedCopulas: WordSet = ["is", "s", "are", "was", "were"]

    /// A question back instead of an answer: "what do you mean by connection?", "um, what are
    /// the options?" (fillers before the question word do not make it an answer).
    func isQuestionBack(_ analysis: Analysis) -> Bool {
        let words = analysis.tokens.map(\.typed).drop { Self.openers.contains($0) }
        let trimmed = analysis.text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("?"), let first = words.first else { return false }
        // "Isn't showing up the main thing?", "doesn't the order keep him there?": asked to
        // assert, a claim, not a question back.
        let second = words.dropFirst().first
        if Self.questionNegators.contains(first)
            || second == "not" && Self.expandedAuxiliaries[first] != nil
        {
            return false
        }
        return ["what", "how", "can", "could", "would", "is", "does", "do", "why", "which"].contains(first)
            && analysis.tokens.filter(\.isContent).count <= GradingTuning.standard.maxQuestionBackContent
    }

    /// Words before "what" in "sorry, what does that mean?".
    static let meaningOpeners = openers.union(["sorry", "wait", "hold", "on"])

    /// Whether the line asks what a word means ("what do you mean by connection?", "what's
    /// upr again?"): a question back about the words, which answers nothing even when it
    /// names an idea's word.
    func asksMeaning(_ analysis: Analysis) -> Bool {
        // The question mark first: most answers have none, and the rest costs more.
        // Or a line that ends in "again" ("whats sustain talk again"), which no claim does.
        let last = analysis.text.utf8.last { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
        guard last == UInt8(ascii: "?") || analysis.tokens.last?.typed == "again" else { return false }
        let words = Array(analysis.tokens.map(\.typed).drop { Self.meaningOpeners.contains($0) })
        guard words.first == "what" || words.first == "whats",
            words.contains(where: { ["mean", "means", "meant"].contains($0) }) || words.last == "again"
        else { return false }
        return analysis.tokens.filter(\.isContent).count <= GradingTuning.standard.maxQuestionBackContent
    }

    /// The tokens that say "I don't know" (a cue and what it governs: "I don't know what trust
    /// is", "I haven't learned MI yet"). Intensifiers inside a cue do not break it: "I don't
    /// really know", "I honestly don't know". With `toEnd`, a cue followed by a question word
    /// takes the rest of the line; without, only the rest of its clause, and only cues that
    /// govern words (what is masked from matching: "I don't know the difference" says nothing
    /// of a difference, while "ask the counselor for help" does not make "help" a cue).
    func dontKnowCue(_ analysis: Analysis, toEnd: Bool) -> Set<Int> {
        let all = analysis.tokens
        // The cue is matched over the line without its intensifiers, mapped back after.
        let kept = all.indices.filter { !Self.intensifiers.contains(all[$0].typed) }
        let words = kept.map { all[$0].typed }
        var inCue: Set<Int> = []
        for cue in dontKnow where !cue.isEmpty && cue.count <= words.count {
            // Compared in place: most starts differ at the first word, and no slice is built.
            for start in 0...(words.count - cue.count)
            where words[start] == cue[0] && words[start..<(start + cue.count)].elementsEqual(cue) {
                let first = kept[start]
                // Only the learner's own not knowing: "clients don't know what's good for them"
                // is an answer.
                // (An intensifier before it is the learner's too: "I'm afraid I simply don't know".)
                if first > 0, all[first - 1].clause == all[first].clause, !Self.ownVoice.contains(all[first - 1].typed),
                    !Self.intensifiers.contains(all[first - 1].typed),
                    cue.contains(where: Self.knowingWords.contains)
                {
                    continue
                }
                // "AA meetings help", "it would help": a "help" after its subject or a modal is a
                // claim, not a request ("i need help", "can you help", "some help" are requests).
                if cue == ["help"], first > 0, all[first - 1].clause == all[first].clause,
                    !Self.helpRequests.contains(all[first - 1].typed)
                {
                    continue
                }
                var end = kept[start + cue.count - 1] + 1
                let clause = all[first].clause
                // Only a cue of not knowing governs what follows: "tell me what …" is a request.
                let governs =
                    end < all.count && Self.dontKnowContinuations.contains(all[end].typed)
                    && (toEnd || cue.contains { Self.knowingWords.contains($0) })
                // "I forget the stages": the cue's own "i" aside, a topic cue.
                let own = cue.first == "i" ? Array(cue.dropFirst()) : cue
                let topic =
                    Self.topicCues.contains(cue.joined(separator: " "))
                    || Self.topicCues.contains(own.joined(separator: " "))
                // (round 30) "I'd need help with this one", "I don't know this, help me": a
                // request for help in the learner's own voice says nothing of the answer, and
                // its "help" is no idea's word ("it helps the client").
                let request = cue == ["help"] && asksForHelp(all, first)
                guard toEnd || governs || topic || request else { continue }
                if governs {
                    end = toEnd ? all.count : (end..<all.count).first { all[$0].clause != clause } ?? all.count
                }
                // "I haven't learned MI yet": what was not learned is part of the cue.
                if topic {
                    let bare = own.count == 1
                    let start = end
                    while end < all.count, all[end].clause == clause, !Self.hedges.contains(all[end].typed),
                        !(bare && Self.claimStarts.contains(all[end].typed))
                    {
                        end += 1
                    }
                    // (round 31) A guess after a bare "idk" is no part of it (`Grader+GuessAfterIdk`).
                    if bare, guessAfterCue(all, from: start, to: end) { end = start }
                }
                inCue.formUnion(first..<end)
            }
        }
        return inCue
    }

    /// Whether the "help" at `i` is the learner asking for it: "help me", "help pls", or "need
    /// help", "some help" with only the learner's voice before it in its clause ("I'd need help
    /// with this one"); not "it would help the client", nor "the client needs help".
    func asksForHelp(_ all: [Token], _ i: Int) -> Bool {
        let clause = all[i].clause
        let next = i + 1 < all.count && all[i + 1].clause == clause ? all[i + 1].typed : nil
        if let next, ["me", "pls", "please", "plz"].contains(next) { return true }
        guard i > 0, all[i - 1].clause == clause, Self.helpNeeds.contains(all[i - 1].typed) else { return false }
        var j = i - 2
        while j >= 0, all[j].clause == clause {
            if !Self.ownVoice.contains(all[j].typed) && !Self.helpNeeds.contains(all[j].typed) { return false }
            j -= 1
        }
        return true
    }

    /// Words right before "help" that say the learner needs it.
    static let helpNeeds: WordSet = ["need", "needs", "want", "some", "little", "bit", "more", "get", "a", "any"]

    /// Words before "help" that ask for it.
    static let helpRequests: WordSet = [
        "need", "needs", "want", "some", "please", "pls", "plz", "can", "could", "you", "u", "get", "little", "bit",
        "any", "more", "i", "me", "a", "send", "hint",
    ]

    /// What is left of an answer ("the rest i dont know", "the other part idk"): no claim.
    static let remainders: WordSet = ["rest", "others", "other", "part", "parts", "second", "half", "else"]

    /// Words that may stand before a cue in the learner's own voice ("I really don't know").
    static let ownVoice: WordSet = [
        "i", "im", "am", "we", "me", "mi", "just", "still", "um", "uh", "umm", "hmm", "well", "so", "and", "but", "oh",
        "sorry", "yeah", "ok", "okay", "really", "honestly", "actually", "totally", "have", "had", "got", "would",
        "could", "can", "huh", "hm", "hmmm", "ugh", "uhh", "erm", "lol", "tbh", "ngl", "like",
        // Exclamations typed before it: "omg idk", "gosh, no idea".
        "omg", "gosh", "geez", "jeez", "man", "welp", "oof", "oops", "ah", "ahh", "hmmmm", "lmao", "goodness",
        // A polite "I'm afraid": "I'm afraid I don't know".
        "afraid",
    ]

    /// The words of a cue that says the learner does not know.
    static let knowingWords: WordSet = [
        "know", "sure", "idea", "clue", "remember", "understand", "dunno", "idk", "unsure", "certain",
        // (round 30) Confusion, the learner's own only: "I'm confused about the stages" masks
        // the stages; "they'd be confused and leave" is said of the client, and no cue.
        "confused",
    ]

    /// Words one of which every cue that masks its words holds: most lines hold none, and are
    /// not searched for cues at all.
    /// (And "help", for a request for help in the learner's voice: see `asksForHelp`.)
    static let maskTriggers = knowingWords.union(["learned", "studied", "forgot", "forget", "get", "heard", "help"])

    /// Words that strengthen a cue without changing it ("I don't really know").
    static let intensifiers: WordSet = [
        "really", "honestly", "actually", "truly", "totally", "quite", "even", "exactly", "just", "ever", "fully",
        "genuinely", "seriously", "literally", "simply", "completely", "absolutely",
        // (round 28) Tagalog's particles of politeness and emphasis, inside its cues ("hindi ko po
        // alam", "hindi ko po talaga alam").
        "po", "talaga",
    ]

    /// Whether a line reads as a sincere attempt at an answer rather than a social move or
    /// a request: a statement (not a question) that talks about someone, hedges ("I guess",
    /// "maybe"), or names something the knowledge base knows. "be nice to them" is one;
    /// "thanks!" is not.
    public func isAttempt(_ analysis: Analysis) -> Bool {
        let words = analysis.tokens.map(\.typed)
        guard words.count >= 2, !analysis.text.hasSuffix("?"), let first = words.first else { return false }
        if ["what", "why", "how", "who", "which", "can", "could", "would", "tell", "give", "show", "explain"]
            .contains(first)
        {
            return false
        }
        let hedged = words.contains { Self.hedges.contains($0) }
        // "I'm so stressed", "I need a break": about the learner, not the question.
        if ["i", "im"].contains(first) && !hedged { return false }
        let people: Set<String> = ["they", "them", "their", "he", "him", "his", "she", "her", "client", "clients"]
        let starters: Set<String> = ["be", "it", "its", "because", "whoever", "the", "by", "when", "if", "to"]
        return hedged || starters.contains(first) || words.contains(where: people.contains)
            || analysis.tokens.contains { $0.isContent && $0.known && !Self.socialWords.contains($0.typed) }
    }

    /// Words that go on to an attempt after a doubt: "not sure, but maybe …".
    static let hedges: WordSet = ["guess", "maybe", "probably", "perhaps", "think", "but"]
    /// The hedges that offer what came before them as a guess ("… i guess", "… maybe?").
    static let guessHedges: WordSet = ["guess", "maybe", "probably", "perhaps"]

    /// Words of thanks, greeting and farewell, which alone never make an attempt.
    static let socialWords: WordSet = [
        "thanks", "thank", "thx", "ty", "cheers", "great", "cool", "awesome", "nice", "hi", "hello", "hey", "bye",
        "goodbye", "ok", "okay", "got", "perfect", "good", "helpful", "help", "helps", "bored", "tired", "stressed",
    ]
}
