/// (round 30) "Show me a case where it went bad then", "Do you have a story of family pressure
/// going wrong? I learn better from stories.", "got any examples of that": the tutor asked for
/// something by the line's opening, "show me"/"tell me" or an auxiliary put to "you" with a verb
/// of having or knowing. While a question is open such a line was graded as a wrong answer when
/// it did not end on a question mark or opened with "show" or "do", which the open question's
/// test for a question did not list. "Do you think it's trust?" offers a guess: verbs of
/// thinking are not among them.
extension LineForm {
    /// Whether the line's first words ask the tutor to show or tell, or ask whether the tutor
    /// has or knows something.
    static func asksTheTutorByItsOpening(_ analysis: Analysis) -> Bool {
        let w = words(analysis).filter { $0.contains(where: \.isLetter) }
        guard w.count >= 3 else { return false }
        if ["show", "tell"].contains(w[0]) && ["me", "us"].contains(w[1]) { return true }
        if w[0] == "got" && ["any", "an", "a", "another", "some"].contains(w[1]) { return true }
        guard ["do", "does", "can", "could", "would", "will", "have"].contains(w[0]), ["you", "u", "ya"].contains(w[1])
        else { return false }
        return ["have", "got", "know", "show", "tell", "give", "explain", "describe"].contains(w[2])
    }
}
