/// The learner's own fear of the exam ("I'm scared I won't pass", "im scared i wont pass",
/// "this is hard im nervous for the exam", "terrified ill flunk"): a feeling, to be met with an
/// empathetic line and a next step. Its words of fear and failing suggest another reading to the
/// matcher (a client scared by harsh confrontation, a situation; "this is hard" as a wish for an
/// easier question), and while a question was open the grader found the fear-and-shame
/// misconception in it, so the open question was graded on the learner's nerves. The learner in
/// the first person, a word of fear or worry, and the exam or passing or failing it: a feeling,
/// unless the line is about a client or asks something.
extension LineForm {
    /// Words of fear, worry and nerves.
    static let fearWords: WordSet = [
        "scared", "scarred", "afraid", "worried", "worry", "worrying", "nervous", "anxious", "terrified", "panicking",
        "panicked", "panic", "freaking", "freaked", "stressed", "stressing", "dreading", "dread", "frightened",
        "petrified", "overwhelmed", "shaking",
    ]
    /// The exam, and passing or failing it.
    static let examOutcomeWords: WordSet = [
        "pass", "passing", "fail", "failing", "flunk", "flunking", "exam", "exams", "test", "boards", "licensing",
        "certification", "bomb", "bombing",
    ]
    /// The learner in the first person.
    static let firstPerson: WordSet = ["i", "im", "i'm", "me", "my", "ill", "i'll", "ive", "i've", "id", "i'd"]
    /// Someone else, whose fear would be a client's (an answer, not the learner's feeling).
    static let otherPeople: WordSet = [
        "client", "clients", "he", "him", "his", "she", "her", "they", "them", "their", "patient", "patients",
        "person", "someone", "counselor", "counsellor", "therapist",
    ]
    /// Words that ask: a line that asks is a request (study advice, a question), not a feeling.
    static let askingWords: WordSet = ["what", "how", "why", "which", "should", "can", "could", "any", "tips"]

    /// Whether the line is the learner's own fear of the exam (see above).
    static func fearsForOwnExam(_ analysis: Analysis) -> Bool {
        guard !analysis.text.contains("?") else { return false }
        let w = analysis.tokens.map(\.typed)
        guard w.count <= 24, w.contains(where: firstPerson.contains), w.contains(where: fearWords.contains),
            w.contains(where: examOutcomeWords.contains)
        else { return false }
        return !w.contains(where: otherPeople.contains) && !w.contains(where: askingWords.contains)
    }
}
