/// (round 29) "These exam questions make my palms sweat worse than a July hayride", "this exam
/// is giving me sleepless nights", "this stuff makes me want to throw the book across the
/// room", "omg i always mix these up right before exams": the learner's strain over the study
/// told by what it does to their body, what it makes them want to do, or a habit of confusing
/// things at exam time, not by a word of fear or strain. A feeling, to be met as one; the
/// matcher read a stray cue ("exam questions" as a quiz request, a concept guessed from the
/// words), and while a question was open the line was graded as a wrong answer. The learner
/// speaking of their own study (`speaksOfOwnStudy`), a sign of strain, no one of the
/// counseling in it and nothing asked.
extension LineForm {
    /// Words that are a sign of strain on their own.
    static let strainSigns: WordSet = [
        "sweat", "sweats", "sweating", "sweaty", "sleepless", "insomnia", "nightmares", "nightmare", "headache",
        "headaches", "migraine", "migraines", "tears", "crying", "cry", "scream", "screaming", "shaking", "shaky",
    ]
    /// Phrases of strain, as words: an urge to throw or quit, a body gone tight.
    static let strainSignPhrases: [[String]] = [
        ["throw", "the", "book"], ["throw", "my", "book"], ["throw", "my", "laptop"], ["throw", "the", "laptop"],
        ["throw", "my", "phone"], ["pull", "my", "hair"], ["pulling", "my", "hair"], ["tear", "my", "hair"],
        ["tearing", "my", "hair"], ["lose", "sleep"], ["losing", "sleep"], ["lost", "sleep"], ["can", "not", "sleep"],
        ["cannot", "sleep"], ["cant", "sleep"], ["knots", "in", "my"], ["heart", "racing"], ["heart", "pounding"],
        ["want", "to", "give", "up"], ["bang", "my", "head"], ["banging", "my", "head"],
    ]

    /// Whether the line is the learner's strain over their own study, told by its signs.
    static func showsStrainInTheBody(_ analysis: Analysis) -> Bool {
        guard !analysis.text.contains("?") else { return false }
        let w = analysis.tokens.map(\.typed)
        guard w.count <= 24, speaksOfOwnStudy(analysis), !w.contains(where: otherPeople.contains),
            !w.contains(where: askingWords.contains)
        else { return false }
        if w.contains(where: strainSigns.contains) { return true }
        // "Omg i always mix these up right before exams": confusing them as a habit, at exam time.
        if w.contains(where: { ["always", "keep", "constantly"].contains($0) }),
            w.contains(where: { ["exam", "exams", "test", "tests", "boards"].contains($0) }),
            w.contains(where: { ["mix", "mixing", "confuse", "confusing", "muddle", "muddling"].contains($0) })
        {
            return true
        }
        return strainSignPhrases.contains { p in
            w.count >= p.count && (0...(w.count - p.count)).contains { Array(w[$0..<$0 + p.count]) == p }
        }
    }
}
