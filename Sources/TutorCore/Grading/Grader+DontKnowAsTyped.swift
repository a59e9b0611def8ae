/// Not knowing said in Tagalog with its particles inside the phrase ("hindi ko po alam",
/// "hindi ko po talaga alam ito", "wala po akong idea"): the glossary reads such a line word by
/// word, and its "I do not know" is lost. The line as typed is heard for its cue, with the
/// particles of politeness and emphasis ("po", "talaga") set aside as intensifiers are.
extension Grader {
    /// Whether the line as typed, before any gloss, says that the learner does not know.
    func saysDontKnowAsTyped(_ q: CompiledQuestion, _ typed: Analysis) -> Bool {
        saysDontKnow(typed, vocabulary: q.vocabulary)
    }
}
