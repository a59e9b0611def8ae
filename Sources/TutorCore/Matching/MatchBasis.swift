/// What a match rests on, typed: the dialogue reads a match again in its conversation and
/// needs to know which concepts the line itself named and how, without parsing the
/// `evidence` strings, which are written for people (`tutor match --explain`).
public struct MatchBasis: Sendable, Equatable {
    /// A concept the line names by one of the concept's own terms.
    public struct Named: Sendable, Equatable {
        /// The concept id.
        public var concept: String
        /// The stems of the term that named it, in the term's order.
        public var stems: [String]

        /// A concept named by a term of these stems.
        public init(concept: String, stems: [String]) {
            self.concept = concept
            self.stems = stems
        }
    }

    /// The concepts the line named by their terms, in the order they were found (a concept
    /// may come more than once, by several terms).
    public var named: [Named] = []
    /// The concepts whose situations the line told in words of their own, with the stems of
    /// those words ("folks the judge sends": court-ordered treatment): a quiz request that
    /// tells a concept's case names that concept's question, not another's that shares a word.
    public var told: [Named] = []
    /// No term named the concepts: they are a guess from the concepts' whole text.
    public var guessed = false
    /// The concepts guessed from the concepts' whole text, best first, also when the line
    /// was read as leaning on the last turn and the guess was set aside ("versus just telling
    /// it to him straight" guesses harsh confrontation).
    public var guesses: [String] = []
    /// The intents the line's own cue words voted for, in the order found.
    public var cued: [Intent] = []
    /// The line was put out of scope because a word it shares with a concept is used in
    /// another field's sense ("a food court", "a water pipe bursts").
    public var otherSense = false
    /// The intents a strong cue of two words or more voted for ("what is that called",
    /// "what's going on with him"): the line says outright what it asks.
    public var strongCues: Set<Intent> = []
    /// When the line named nothing and was put out of scope for it: how many of its words
    /// the knowledge base does not know.
    public var unknownWhenUnnamed: Int?
    /// Concepts named only inside another concept's situation ("the relationship … soured"):
    /// the story's frame, not its topic.
    public var framesSetAside: [String] = []

    /// The line names one concept and offers the learner's own guess at what it is ("does
    /// congruence simply mean being genuine?"): a definition asked, whatever lines like it were.
    public var glossed = false
    /// A case told, then a question whether it holds ("… says it's all over. is it?", "…
    /// done. right?"): why it is so or not, not what to do.
    public var asksWhether = false
    /// (round 28) A bare "what is it" beside a concept named ("…, this is court order
    /// treatment? what is it"): a definition asked, whatever lines like it were.
    public var asksWhatItIs = false
    /// (round 28) What a thing does, asked with the verb last ("what does the WAI measure"):
    /// its work explained, whatever lines like it were.
    public var asksWhatItDoes = false
    /// (round 32) The way to act asked with "what is" ("what is the proper way to wind down
    /// with a client"): a how-to, whatever lines like it were (`Matcher+WayToAct.swift`).
    public var asksTheWayToAct = false
    /// (round 31) The concept a definition asks about before "in" and the field it is asked
    /// in ("what is DARN in motivational interviewing"): the field's lines may not take it.
    public var askedBeforeItsField: String?

    /// An empty basis (a line matched as a whole request, or built by the dialogue).
    public init() {}
}
