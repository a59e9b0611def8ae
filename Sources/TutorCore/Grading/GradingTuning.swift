/// Every number that tunes how answers are analysed and graded, in one place, so a change
/// to the grader's behaviour is a change here that the labeled answer sets then measure.
struct GradingTuning: Sendable {
    /// A phrasing longer than this (in characters) is not compiled into a pattern: long
    /// phrasings are sentences, which learners never type word for word.
    var maxPhrasingLength = 80
    /// A pattern of k content words matches only within a window of `windowPerWord * k +
    /// windowSlack` content words of one sentence, so its words must stay close together.
    var windowPerWord = 2
    var windowSlack = 3
    /// A line ending in "?" that opens with a question word and has at most this many
    /// content words is a question back ("what do you mean by connection?"), not an answer.
    var maxQuestionBackContent = 4
    /// An idea's own statement (its `text`) matches a sentence of the answer when the
    /// sentence holds, with the same polarity, words carrying at least this share of the
    /// statement's weight (each word weighs its inverse document frequency over all ideas)…
    var statementShare = 0.7
    /// …and at least this many of its words (all of them when it has fewer).
    var statementMinWords = 3
    /// A reply of at most this many words to a cloze prompt ("… the therapeutic …") is
    /// graded as the completed sentence.
    var maxClozeReplyWords = 4
    /// How far back (in words) to look for who does what before an idea's words: "the
    /// counselor gets defensive" is not the client's resistance.
    var agentLookBack = 3
    /// In a conversation, an answer in which no idea is found takes the ideas of the graded
    /// answers to the same question nearest to it (`Grader+Exemplars`) when the nearest is at
    /// least this close (cosine of the two answers' word classes, each weighed by how rare it
    /// is among that question's answers)…
    var exemplarSimilarity = 0.4
    /// …and the next nearest says the same (the next two, for a misconception)…
    var exemplarAgreement = 2
    var exemplarMisconceptionAgreement = 3
    /// …and the words the answer shares with the nearest carry at least this share of the
    /// nearest's own weight (squared).
    var exemplarCoverage = 0.3
    /// Each idea credited so needs a word of the answer that at least `exemplarSupportMin` of
    /// the question's graded answers have, at least this share of them expressing the idea.
    var exemplarSupportShare = 0.5
    var exemplarSupportMin = 3

    /// The values the grader uses.
    static let standard = GradingTuning()
}
