/// Round 28: "do" as the auxiliary of a question, not a verb of choosing.
///
/// "What do the two forms measure", "wat do the letters ORS and SRS stand for", "how do the
/// stages fit together": right after a question word, "do" only carries the question (its verb
/// comes later: "measure", "stand for", "fit"), so "the …" after it is the question's subject,
/// not a scene the learner chooses to practise ("can we do the grieving client", "let's try
/// the wedding beers guy"). A line whose only "do" is such an auxiliary asks about the topic.
extension LineForm {
    /// Whether `w` holds "do" or "try" as a verb of choosing: one not carried by a question
    /// word just before it ("what do the …", "how did the …").
    static func choosesByAVerb(_ w: ArraySlice<String>) -> Bool {
        w.indices.contains { i in
            guard ["do", "try"].contains(w[i]) else { return false }
            return i == w.startIndex || !questionWords.contains(w[i - 1])
        }
    }
}
