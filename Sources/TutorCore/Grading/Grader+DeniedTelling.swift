/// "Never tell clients personal stuff", "don't say anything about yourself", "never mention
/// it": a verb of telling under a negation says what "never share" and "never disclose" say,
/// whichever verb the learner used. Denied, every verb of telling keeps something back; said
/// plainly they differ ("tell him he's wrong" discloses nothing), so only a denied one also
/// stands for sharing and disclosing.
extension Grader {
    /// Verbs of telling, as typed.
    static let tellingVerbs: WordSet = [
        "tell", "tells", "telling", "told", "say", "says", "saying", "said", "mention", "mentions", "mentioning",
        "reveal", "reveals", "revealing", "talk", "talks", "talking", "spill", "spilling",
    ]

    /// Adds, to each denied verb of telling in `line`, the keys of sharing and disclosing.
    func readDeniedTelling(_ line: inout Line) {
        for i in line.content.indices
        where line.content[i].negated && Self.tellingVerbs.contains(line.content[i].typed) {
            var also = line.alternates[i] ?? []
            for key in tellingStandIns where key != line.keys[i] && !also.contains(key) { also.append(key) }
            line.alternates[i] = also
        }
    }

    /// The keys a denied verb of telling also stands for: sharing and disclosing.
    var tellingStandIns: [String] {
        ["share", "disclose"].map { classes[analyzer.stem($0)] ?? analyzer.stem($0) }
    }
}
