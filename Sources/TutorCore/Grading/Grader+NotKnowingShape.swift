/// Not knowing read by its shape, not by a list of phrases: a short line that covers nothing
/// and whose one claim is about the learner's own state of knowing. The cue list
/// (`dontKnowCues`) holds the phrases as spelled; learners type them with typos ("i dont
/// knwo", "no ideia", "not shure", "dunnno"), with a verb of having around the noun ("I don't
/// have a clue", "ive no idea", "I wouldn't have a clue"), in a second language's progressive
/// ("I am not knowing this"), as a state ("completely clueless", "my mind's gone blank", "I've
/// forgotten"), as giving up or declining ("gave up", "I can't answer this one", "next
/// question"), or as a guess with nothing in it ("I'd just be guessing"); and with words of
/// their own language around the English core ("Sawubona, I am not knowing this").
///
/// The shape: a core (a denied word of knowing, a denied noun of knowing, a word of a lost
/// or blank state, giving up, a bare guess), said by the learner (nothing before it in its
/// clause but the learner's own voice, fillers, or words that are neither English nor the
/// knowledge base's), and nothing after it that says something: no word of the question's
/// ideas and no English content word beyond courtesies and the words of "this one". A line
/// about the client ("they don't know what to do", "he has no idea", "he'd give up") or one
/// that goes on to an attempt ("not sure, be kind to them") keeps its grade.
extension Grader {
    /// The words a core is made of, which a typo may reach: a learner's "knwo" is "know".
    static let knowingShapes: WordSet = [
        "know", "idea", "ideas", "clue", "clues", "sure", "dunno", "remember", "understand", "knowledge",
        "clueless", "forgotten", "answer", "certain", "recall",
    ]
    /// Words of knowing that a negation before them denies ("I do not know", "not sure", "can't
    /// answer", "I am not knowing").
    static let deniedKnowing: WordSet = [
        "know", "knowing", "knew", "known", "remember", "recall", "understand", "sure", "certain", "answer",
        "idea", "ideas", "clue", "clues", "knowledge", "inkling", "notion",
    ]
    /// Words that say the learner's state of not knowing on their own ("clueless", "stumped").
    static let notKnowingStates: WordSet = [
        "clueless", "stumped", "lost", "blank", "blanking", "blanked", "confused", "puzzled", "baffled", "forgotten",
        "forgot", "forget", "dunno", "idk", "unsure", "uncertain", "surrender", "pass", "skip", "next", "guess",
        "guessing",
    ]
    /// Words that deny what follows in a line of not knowing, as typed without apostrophes too.
    static let shapeNegators: WordSet = [
        "no", "not", "never", "zero", "nothing", "without", "cant", "cannot", "dont", "dnt", "didnt", "doesnt",
        "havent", "hadnt", "wouldnt", "couldnt", "aint", "nt",
    ]
    /// Small words that may stand between the negation and the word of knowing ("not really
    /// sure", "don't have the slightest idea", "haven't got a clue").
    static let shapeBetween: WordSet = [
        "do", "does", "did", "am", "im", "is", "are", "be", "have", "has", "had", "got", "get", "a", "an", "the", "any",
        "single", "slightest", "faintest", "foggiest", "real", "much", "quite", "really", "honestly", "even",
        "actually",
        "truly", "totally", "exactly", "fully", "so", "too", "that", "very", "rly", "realy", "100", "able", "to",
        "ever", "at", "all", "of",
    ]
    /// What may stand before a core in the learner's own voice: the learner, what they have
    /// and are, and fillers ("I've", "ma, I …", "honestly my mind's gone …").
    static let shapeVoice: WordSet = [
        "i", "im", "ive", "id", "ill", "me", "my", "mine", "myself", "we", "us", "our", "am", "have", "has", "had",
        "got",
        "gotten", "would", "could", "will", "shall", "should", "can", "do", "did", "be", "been", "being", "is", "was",
        "just", "still", "so", "and", "but", "then", "also", "totally", "completely", "kinda", "sorta",
        "bit", "a", "little", "pretty", "all", "gone", "went", "going", "mind", "head", "brain", "it", "its", "this",
        "that", "would", "only", "pure", "wild", "total", "complete", "sheer", "an", "the", "here", "now", "yet",
        "right", "currently", "afraid", "again", "to", "on", "up", "feel", "feeling", "utterly", "entirely", "one",
        "hm", "hmm", "um", "uh", "er", "erm", "ah", "oh", "ok", "okay", "well", "yeah", "honestly", "sorry",
        // (round 31) An avowal before it: "I confess I don't know", "I must admit I'm lost".
        "confess", "admit", "must",
    ]
    /// Words after a core that say nothing more: courtesies, "this one", "at all", "for now".
    static let shapeRest: WordSet = [
        "this", "that", "these", "those", "one", "1", "question", "questions", "part", "topic", "bit", "stuff", "thing",
        "area", "chapter", "section", "here", "there", "now", "yet", "all", "whatsoever", "sorry", "honestly", "really",
        "mate", "bro", "man", "dude", "lol", "tbh", "ngl", "pls", "please", "plz", "haha", "hmm", "ugh", "again", "at",
        "about", "abt", "on", "for", "with", "to", "it", "me", "you", "u", "tell", "give", "show", "explain", "help",
        "hint", "answer", "need", "want", "say", "put", "write", "anything", "nothing", "idea", "clue", "time", "lah",
        "eh", "o", "oh", "ok", "okay", "well", "though", "either", "exam", "sadly", "unfortunately", "afraid",
        "apologies", "friend", "dear", "teacher", "sir", "maam", "miss", "move", "go", "skip", "pass", "next", "up",
        "sure", "clueless", "lost", "blank", "totally", "completely", "entirely", "whole", "everything", "anymore",
        "honest", "be", "am", "have", "got", "present", "moment", "currently", "today", "satisfactory", "good",
        "proper", "real", "guess", "guessing", "idk", "dunno", "confused", "stuck", "forgot",
        "forgotten", "remember", "know", "knowing", "understand", "recall", "certain", "no", "not", "mind", "gone",
        "empty", "went", "head", "over", "my", "beyond", "mean", "ask", "asking", "learned", "studied", "read", "yet",
        // (round 31) How sure: "I cannot answer that with any confidence", "with certainty".
        "confidence", "certainty", "confidently",
        // And between what: "I'm confused between the two words".
        "between", "two", "words", "terms",
    ]
    /// Pronouns and people other than the learner: a core said of them is an answer ("they
    /// don't know what to do").
    static let shapeOthers: WordSet = [
        "he", "she", "they", "them", "him", "her", "his", "their", "hes", "shes", "theyre", "theyd", "hed", "shed",
        "client", "clients", "patient", "patients", "people", "person", "someone", "family", "counselor", "counsellor",
        "therapist", "you", "u", "youd", "youre", "nobody", "everyone",
    ]

    /// The word `token` stands for in a line of not knowing: itself, or the word of knowing it
    /// is a typo of ("knwo", "ideia", "dunnno", "shure"): one edit away (two for long words),
    /// repeated letters folded, and not a word of English or of the knowledge base as typed.
    func notKnowingWord(_ tokens: [Token], _ i: Int) -> String {
        let typed = tokens[i].typed
        if Self.knowingShapes.contains(typed) || Self.notKnowingStates.contains(typed) { return typed }
        // "I don't no": the homophone after a negation.
        if typed == "no" || typed == "now", i > 0, ["not", "dont", "dnt", "didnt"].contains(tokens[i - 1].typed) {
            return "know"
        }
        let n = typed.unicodeScalars.count
        guard n >= 3, n <= 12, typed.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
            !(tokens[i].known && !tokens[i].corrected), !analyzer.corrector.isEveryday(typed)
        else { return typed }
        let folded = Self.foldedRepeats(typed)
        let scalars = Array(typed.unicodeScalars)
        for form in Self.knowingForms
        where folded == form.folded || EditDistance.damerau(scalars, form.scalars, limit: form.limit) <= form.limit {
            return form.word
        }
        return typed
    }

    /// The words of knowing as the typo check above compares them, in a fixed order (the set's
    /// own order changes from run to run): each one's letters, its repeats folded, and the edits
    /// allowed. Made once, so that a line's check stops at the first edit too many instead of
    /// measuring the whole distance to every word: the check fell from about 4% of `tutor
    /// grade`'s instructions to about 1% (round 32).
    static let knowingForms: [(word: String, scalars: [Unicode.Scalar], folded: String, limit: Int)] =
        knowingShapes.sorted().map { ($0, Array($0.unicodeScalars), foldedRepeats($0), $0.count >= 8 ? 2 : 1) }

    /// The word with each run of a repeated letter folded to one ("dunnno" → "duno").
    static func foldedRepeats(_ word: String) -> String {
        var out = ""
        var last: Character?
        for c in word where c != last {
            out.append(c)
            last = c
        }
        return out
    }

    /// Words of an answer given, which a denied ability before them says the learner cannot give.
    static let givenAnswers: WordSet = [
        "answer", "answers", "definition", "define", "explanation", "explain", "response", "respond", "reply", "say",
        "tell", "name", "word", "words", "think", "recall", "remember",
    ]
    /// The denials of ability: "cannot", "can't" ("can not"), "couldn't", "unable".
    static let abilityDenials: WordSet = ["cannot", "cant", "couldnt", "unable"]

    /// Where a denied ability starts before `k` in its clause (at most four words before, none
    /// of them a word of the question's ideas or a person): "I cannot produce a satisfactory
    /// definition", "I couldn't come up with an answer".
    func deniedAbility(_ tokens: [Token], _ words: [String], before k: Int, _ vocabulary: Set<String>) -> Int? {
        var j = k - 1
        while j >= 0, k - j <= 5, tokens[j].clause == tokens[k].clause {
            let w = words[j]
            if Self.abilityDenials.contains(w) { return j }
            if w == "not", j > 0, ["can", "could"].contains(words[j - 1]) { return j - 1 }
            if Self.shapeOthers.contains(w) || vocabulary.contains(tokens[j].stem) { return nil }
            j -= 1
        }
        return nil
    }

    /// Whether the sentence from `i` asks back for the word or the answer: it opens with a
    /// question word, ends the line (which the caller sees end in a question mark), and names
    /// nothing of the question's ideas
    /// ("What's the word for it?", "which is it?").
    func asksBack(_ tokens: [Token], from i: Int, _ vocabulary: Set<String>) -> Bool {
        guard ["what", "whats", "which", "how", "can", "could", "would", "is"].contains(tokens[i].typed) else {
            return false
        }
        let sentence = tokens[i].sentence
        var content = 0
        var j = i
        while j < tokens.count, tokens[j].sentence == sentence {
            if tokens[j].isContent {
                if vocabulary.contains(tokens[j].stem) || Self.shapeOthers.contains(tokens[j].typed) { return false }
                content += 1
            }
            j += 1
        }
        return content <= 3 && j == tokens.count
    }

    /// Whether a token is neither an English word nor the knowledge base's: a word of the
    /// learner's own language, or a typo of a small word ("hvae").
    func isUnreadWord(_ t: Token, _ vocabulary: Set<String>) -> Bool {
        !analyzer.corrector.isEveryday(t.typed) && !(t.known && !t.corrected) && !vocabulary.contains(t.stem)
    }

    /// Whether the line is a don't-know by its shape (see the type's comment). Asked only of a
    /// line that covers nothing and holds no misconception.
    func saysDontKnowByShape(_ q: CompiledQuestion, _ analysis: Analysis) -> Bool {
        let tokens = analysis.tokens
        guard !tokens.isEmpty, tokens.count <= 16 else { return false }
        let vocabulary = q.vocabulary
        let words = tokens.indices.map { notKnowingWord(tokens, $0) }
        // The core: where it starts and ends.
        var core: ClosedRange<Int>?
        for k in tokens.indices {
            let w = words[k]
            if Self.deniedKnowing.contains(w) {
                // A negation before it in its clause, with only small words between.
                var j = k - 1
                while j >= 0, tokens[j].clause == tokens[k].clause, k - j <= 5, !Self.shapeNegators.contains(words[j]),
                    Self.shapeBetween.contains(words[j]) || isUnreadWord(tokens[j], vocabulary)
                {
                    j -= 1
                }
                if j >= 0, tokens[j].clause == tokens[k].clause, Self.shapeNegators.contains(words[j]) {
                    core = j...k
                    break
                }
            }
            if Self.notKnowingStates.contains(w) {
                core = k...k
                break
            }
            // Giving up: "gave up", "i give up on this".
            if w == "up", k > 0, ["give", "gave", "giving", "given", "gives"].contains(words[k - 1]) {
                core = (k - 1)...k
                break
            }
            // An answer the learner cannot give: "I cannot produce a satisfactory definition",
            // "can't come up with an answer", "unable to say".
            if Self.givenAnswers.contains(w), let j = deniedAbility(tokens, words, before: k, vocabulary) {
                core = j...k
                break
            }
            // "It's beyond me", "over my head".
            if w == "beyond", k + 1 < tokens.count, words[k + 1] == "me" {
                core = k...(k + 1)
                break
            }
        }
        guard let core else { return false }
        // Said by the learner: nothing before the core but the learner's voice.
        for i in 0..<core.lowerBound {
            let t = tokens[i]
            if Self.shapeOthers.contains(t.typed) { return false }
            // ("Kind of", "sort of" are the learner's hedge; "be kind" is a claim.)
            let hedgeOf = ["kind", "sort"].contains(t.typed) && i + 1 < tokens.count && tokens[i + 1].typed == "of"
            // (Small words too: "be kind i dunno" has its claim in words the analyzer calls small.)
            if !t.isNegator, !Self.shapeVoice.contains(t.typed), !Self.ownVoice.contains(t.typed),
                !Self.intensifiers.contains(t.typed),
                !Self.apologies.contains(t.typed), !Self.sayFillers.contains(t.typed), !hedgeOf,
                !isUnreadWord(t, vocabulary)
            {
                return false
            }
        }
        // And nothing after it that says something. A question word after a denied word of
        // knowing takes the rest of its clause ("i dont kno what they want").
        var i = core.upperBound + 1
        if i < tokens.count, Self.dontKnowContinuations.contains(tokens[i].typed), core.count > 1 {
            let clause = tokens[i].clause
            while i < tokens.count, tokens[i].clause == clause { i += 1 }
        }
        while i < tokens.count {
            let t = tokens[i]
            // A later sentence that asks back for the word or the answer ("… I'm afraid.
            // What's the word for it?").
            if t.sentence > tokens[core.upperBound].sentence, i == 0 || tokens[i - 1].sentence != t.sentence,
                analysis.text.trimmingCharacters(in: .whitespaces).hasSuffix("?"), asksBack(tokens, from: i, vocabulary)
            {
                while i < tokens.count, tokens[i].sentence == t.sentence { i += 1 }
                continue
            }
            if Self.shapeOthers.contains(t.typed) && !["you", "u"].contains(t.typed) { return false }
            if t.isContent {
                let plain =
                    Self.shapeRest.contains(t.typed) || Self.shapeRest.contains(words[i])
                    || Self.socialWords.contains(t.typed)
                    || Self.apologies.contains(t.typed) || Self.ownVoice.contains(t.typed)
                    || Self.requestWords.contains(t.typed)
                if !plain && !isUnreadWord(t, vocabulary) { return false }
                if vocabulary.contains(t.stem), !Self.requestWords.contains(t.typed), !Self.shapeRest.contains(t.typed)
                {
                    return false
                }
            }
            i += 1
        }
        return true
    }
}
