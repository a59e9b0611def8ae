/// Every number the matcher decides with, in one place, so tuning is one edit and each
/// figure says what it weighs. The values are the ones the labeled sets in `Tests/Data/`
/// were measured with; change one only with those figures in view
/// (`MatcherAccuracyTests`).
///
/// The matcher works in stages (cue scanning, term location, ranking, scope decision); the
/// fields are grouped by the stage that reads them.
public struct MatcherTuning: Sendable {
    // MARK: The phrasing prior (`PhrasingPrior`)

    /// The prior overrules the cues' intent, or the terms' concept for a content request,
    /// only when its posterior is at least this: all but certain. Chosen before it was
    /// measured as the one obvious bar; at it, where the two disagree the prior was right
    /// about four times in five on the blind test sets.
    public var priorCertainty = 0.99

    // MARK: Cue scanning (intent)

    /// A cue at the start of a line ("why …", "quiz me …") counts this many times its weight…
    public var cueAtStartFactor = 1.5
    /// …when at most this many stop words come before it.
    public var cueStartWindow = 3
    /// How many words a `*` in a cue may stand for.
    public var wildcardWords = 4
    /// A cue of three words or more weighing at least this much keeps its words from terms
    /// that reach outside it ("what do they call it when the counselor…").
    public var reservingCueWeight = 6.0
    /// "How" + a verb of acting with the auxiliary left out ("how build cohesion") weighs
    /// as "how do i" does.
    public var elidedHowWeight = 4.0
    /// "Can you build an alliance over zoom": whether it can be done at all.
    public var whetherOneCanWeight = 3.0
    /// A "what is" opener followed within this many words by another intent's cue asks for
    /// that ("what's a good example of…").
    public var headNounWindow = 3
    /// Added to `compare` when two concepts are set side by side ("X or Y", "more than",
    /// "is X the Y?").
    public var juxtapositionCompare = 3.5
    /// Added to `compare` again when the two are offered as alternatives ("X or the Y").
    public var alternativesCompare = 2.0
    /// Added to `compare` when a concept is named on each side of "vs" or "than": the line
    /// sets them against each other, whatever else its question asks ("why does one work").
    public var namedAgainstCompare = 6.0

    // MARK: Term location (concepts)

    /// Added to a term found in its own wording rather than through a synonym.
    public var exactWordingBonus = 0.5
    /// Added to a term whose words come in the term's own order.
    public var inOrderBonus = 0.25
    /// Taken off per content word between a term's words.
    public var gapPenalty = 0.2
    /// Taken off a term all of whose words were spelling-corrected.
    public var correctedPenalty = 0.3
    /// What an acronym typed in capitals ("FIT") counts, as a one-word term in its own wording.
    public var acronymScore = 1.75
    /// Two terms on the same words whose scores differ by less than this are a tie.
    public var tieTolerance = 0.01

    // MARK: Ranking (lines that name no term)

    /// How much each part of a concept's text counts in the whole-text index the
    /// fallback searches: its name and terms most, its examples least.
    public var docWeightName = 3.0
    public var docWeightTerm = 3.0
    public var docWeightDefinition = 1.0
    public var docWeightWhy = 0.5
    public var docWeightHow = 0.5
    public var docWeightExample = 0.3
    public var docWeightQuestion = 1.0
    public var docWeightPhrasing = 0.4
    /// A line put out of scope with this many words no concept knows, and nothing named,
    /// stays out: the phrasing prior may not take it back (round 27).
    public var priorReopenUnknownMax = 3
    /// A misspelt word counts this much in the fallback.
    public var fallbackCorrectedScale = 0.7
    /// The fallback's leader needs this score with at least `fallbackMinHits` words…
    public var fallbackMinScore = 1.6
    public var fallbackMinHits = 2
    /// …or this score alone.
    public var fallbackAloneScore = 2.2
    /// …or this score in a case told about a client.
    public var fallbackStoryScore = 1.0
    /// A runner-up within this share of the leader is offered beside it.
    public var fallbackRunnerUpShare = 0.8
    /// The score a concept found by the fallback carries.
    public var fallbackConceptScore = 1.0
    /// A line of at most this many content words with "it" or "that" and no term named is
    /// a follow-up, whatever the concepts' whole text suggests.
    public var shortFollowUpWords = 4
    /// A word in the names of at most this many concepts names one of them ("goals", "family").
    public var nameOwnersMax = 5
    /// Offer at most this many concepts a shared name word points to (those whose names it
    /// makes up most of).
    public var partialTiesMax = 3
    /// The score a concept found by a shared name word carries.
    public var partialConceptScore = 0.5

    /// The concept every other one is part of, and the research on its effects: a line that
    /// names one of them and a more specific concept it acts on ("what does the alliance do
    /// for retention", "what effect does the alliance have on motivation") is about the
    /// specific one.
    public var frameConcepts: Set<String> = ["therapeutic-alliance", "alliance-outcome-research"]
    /// The client's reaction named beside another concept ("shuts down when she feels
    /// judged") is the situation, and the other concept the topic.
    public var reactionConcept = "alliance-rupture-repair"
    /// The groups of the relationship's own parts (trust, empathy …) and of what the alliance
    /// does for the client (retention, engagement …): a part named beside an effect it acts
    /// on leaves the effect the topic.
    public var relationshipGroup = "relationship"
    public var effectsGroup = "effects"
    /// The group of the alliance in other settings (telehealth, groups, families …).
    public var contextsGroup = "contexts"
    /// A word beside the frame concept ("the alliance with a whole family") names a more
    /// specific concept only when the concepts' texts use it this sparingly (its idf): "family",
    /// "trauma", not "strong" or "care".
    public var frameWordMinIDF = 0.8
    /// A concept named later comes first when its terms score at least this much more than
    /// the first concept's ("engage a court-ordered client": the longer term is the topic).
    public var strongerTopicMargin = 2.0
    /// A first concept named by less than this (one word, through a synonym only) gives way
    /// to one whose terms score `overSynonymMargin` more.
    public var synonymOnlyMax = 1.5
    public var overSynonymMargin = 0.5

    // MARK: Intent choice and confidence

    /// A told case's last clause of at most this many words, asked on its own ("… . did i
    /// mess something up"), says what the line asks.
    public var storyQuestionWords = 8
    /// The least weight of a cue inside a story's closing question that says what it asks
    /// before the question's shape does ("do", weight 1, in "where do i even start" does not).
    public var storyQuestionCueMin = 2.0

    /// With no cue, a line that names a concept is `define` with this confidence…
    public var noCueNamedConfidence = 0.7
    /// …and one that names nothing, with this.
    public var noCueUnnamedConfidence = 0.2
    /// A request of the conversation's own with cues worth this much wins over a content
    /// question that names nothing, and a harder or easier cue over a quiz.
    public var requestOverContentMin = 2.5
    /// "what time does the ferry leave": the score a concept needs (a term of two words) for a
    /// line that asks an hour to stay in scope.
    public var hourNamedMin = 2.5
    /// A request of the conversation's own with cues worth this much stays in scope beside a
    /// guess from the concepts' whole text ("dumb it down for me, i manage a bowling alley").
    public var strongRequestMin = 6.0
    /// Thanks said beside a leave-taking cue worth this much take leave ("cheers, I'm off").
    public var thanksThenLeavingMin = 4.0
    /// A request of the conversation's own cued this strongly keeps its intent beside a concept
    /// named only through a synonym of one word ("can you say in more easy English").
    public var requestOverConceptMin = 6.0
    /// A compare with one concept gives way to the next content intent when that one's
    /// cues reach this score.
    public var compareAlternativeMin = 2.0
    /// A line that points back at the last turn and has compare cues worth this much
    /// compares ("is it more important than the alliance?").
    public var pointingBackCompareMin = 2.5
    /// A content answer's confidence is the intent's times (base + share × coverage of the
    /// line's content words by the main concept)…
    public var coverageBase = 0.6
    public var coverageShare = 0.4
    /// …times this when two concepts tie.
    public var ambiguityFactor = 0.5
    /// A greeting or thanks that also names a concept is about the concept, this sure.
    public var greetingWithConceptConfidence = 0.6
    /// Below this, a progress or topics cue beside a named concept is a word of the question
    /// ("does a weak alliance predict dropout", "list the stages"), not the request.
    public var weakListingCueMax = 5.0

    // MARK: Scope decision

    /// Every concept found was a word in another field's sense ("a food court").
    public var otherSenseConfidence = 0.8
    /// One weak match (score at most `weakEvidenceMax`) among at least `weakUnknownMin`
    /// unknown words is another subject, this sure.
    public var weakEvidenceMax = 1.0
    public var weakUnknownMin = 3
    public var weakEvidenceConfidence = 0.6
    /// A content question that names nothing but leans on the last turn ("why does it
    /// matter?"), and one whose other words are all of the domain.
    public var followUpConfidence = 0.5
    public var domainFollowUpConfidence = 0.4
    /// A concept named by one generic word only ("alliance", "insurance", "court"), with no
    /// word of the domain beside it and at least this many words the knowledge base does
    /// not know, shares a word with another subject ("a strategic business alliance").
    public var sharedWordUnknownMin = 2
    /// A term score below this is one word, however exact.
    public var oneWordTermMax = 2.0
    /// A content question with a pronoun and at most this many unknown words is a follow-up.
    public var followUpUnknownMax = 1
    /// Nothing named: out of scope with base + step × unknown words, at most cap.
    public var unknownBase = 0.5
    public var unknownStep = 0.15
    public var unknownCap = 0.95
    /// With nothing named and no word of the domain, this many words of other fields'
    /// senses of our concepts ("parking", "ticket") tell another subject.
    public var otherSenseWordsMin = 2
    /// A line of question marks alone ("?") asks for help, this sure.
    public var bareQuestionMarkConfidence = 0.5
    /// A line of one request word with a letter left out ("hnt"), this sure.
    public var terseRequestConfidence = 0.6
    /// A line of program code or markup.
    public var codeConfidence = 0.9
    /// A cue that asks for something out of scope.
    public var explicitOutOfScopeConfidence = 0.5

    /// The values the shipped knowledge base is tuned for.
    public static let standard = MatcherTuning()
}
