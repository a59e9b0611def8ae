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

    /// The values the grader uses.
    static let standard = GradingTuning()
}
