extension LineForm {
    /// Round 25: "name a few", "can you list some", "name a couple of them please", "list
    /// three" right after an answer: a count of the topic's instances asked to be named, that
    /// is, cases of it (the common factors named one by one), not a question and not a list
    /// of the tutor's topics. Only with a count: "list the principles" asks what the topic
    /// holds, which is its definition.
    static func asksToNameAFew(_ w: [String]) -> Bool {
        var w = Array(
            w.drop {
                ["ok", "okay", "so", "then", "and", "now", "can", "could", "you", "u", "pls", "please"].contains($0)
            })
        while let last = w.last,
            ["pls", "please", "plz", "then", "too", "for", "me", "of", "them", "those", "these"].contains(last)
        {
            w.removeLast()
        }
        guard w.count >= 2, ["name", "list"].contains(w[0]) else { return false }
        let counts: [[String]] = [
            ["a", "few"], ["few"], ["some"], ["a", "couple"], ["couple"], ["two"], ["three"], ["2"], ["3"],
        ]
        return counts.contains { Array(w.dropFirst()) == $0 }
    }
}
