extension LineForm {
    /// Round 24: "give me a case", "give me a real life one", "give me a real case where the
    /// plan got fit to the guy", "give me 3 of them", "give me one a client might say": right
    /// after an answer, one or a few of the topic asked for by a noun for a case (or "one")
    /// with only words of a real case before it, by a count of "them", or by "one" that a
    /// person would say. The tutor's own questions are asked for in other words ("give me a
    /// question", "give me a hard one", "give me 3 questions").
    static func asksForACaseByItsKind(_ w: [String]) -> Bool {
        guard var w = askedAfterGiveMe(w, polite: politeBeforeACase) else { return false }
        while let last = w.last, ["pls", "please", "plz", "then", "too"].contains(last) { w.removeLast() }
        guard let first = w.first else { return false }
        // "A case", "a real life one", "a concrete scenario where…": a noun for a case with
        // only words of a real one before it, then nothing or what the case holds.
        let cases: Set<String> = ["case", "scenario", "story", "vignette", "one"]
        let real: Set<String> = [
            "real", "life", "real-life", "actual", "concrete", "everyday", "true", "practical", "realistic", "typical",
        ]
        let holds: Set<String> = [
            "where", "when", "with", "of", "that", "thats", "that's", "in", "from", "about", "like",
        ]
        if ["a", "an"].contains(first), let n = w.firstIndex(where: cases.contains), n <= 3,
            w[1..<n].allSatisfy(real.contains), w[n] != "one" || n > 1,
            n + 1 == w.count || holds.contains(w[n + 1])
        {
            return true
        }
        // "3 of them", "a few of those", "a couple of these".
        let counts: Set<String> = ["2", "3", "4", "5", "two", "three", "four", "five", "few", "couple", "some"]
        if let n = w.firstIndex(where: counts.contains), n <= 1, n == 0 || w[0] == "a",
            n + 2 < w.count, w[n + 1] == "of", ["them", "those", "these"].contains(w[n + 2])
        {
            return true
        }
        // "One a client might say", "one i could actually use": one that a person says.
        let people: Set<String> = [
            "client", "counselor", "therapist", "person", "patient", "guy", "mom", "dad", "parent", "teen", "kid",
        ]
        let subjects: Set<String> = ["i", "you", "he", "she", "they", "we", "someone", "somebody", "clients"]
        if first == "one", w.count >= 3 {
            return subjects.contains(w[1]) || ["a", "an", "the", "my", "your"].contains(w[1]) && people.contains(w[2])
        }
        return false
    }

    /// Words that may come before "give me" when a case is asked for ("ok so give me a case").
    static let politeBeforeACase: WordSet = politeBeforeGive.union(["like", "ok", "okay", "so"])
}
