extension Matcher {
    /// Whether the concepts a line names are named only weakly: each by at most one word
    /// beside the domain's generic ones ("client", "counselor"), and that word not in the
    /// concept's own name ("fit" for feedback-informed treatment, "client … right" for
    /// informed consent). A pronoun beside such a word more likely stands for the topic just
    /// discussed ("how do i fit it into a busy week" after self-care). False when the line
    /// names nothing.
    public func namesOnlyWeakly(_ analysis: Analysis) -> Bool {
        let tokens = keepingForeignWords(analysis.tokens)
        let content = tokens.indices.filter { tokens[$0].isContent }
        let cues = scanCues(tokens)
        var terms = locateTerms(
            tokens, content: content, reserved: cues.reserved(tuning.reservingCueWeight),
            requested: cues.requested(tuning.reservingCueWeight))
        // A situation told ("he says i'm exactly like his PO") names its concept in the
        // story's own words: that is no weak naming.
        locateSituations(tokens, into: &terms, askedWith: differenceAsked(cues, tokens))
        guard !terms.tokens.isEmpty, terms.situated.isEmpty else { return false }
        return terms.tokens.allSatisfy { concept, positions in
            let specific = positions.filter { !analyzer.domainStems.contains(tokens[$0].stem) }
            // The word as typed, not its synonym group: "stick" is not "retention".
            let name = Set(conceptIDs[concept].split(separator: "-").map { analyzer.porterStem(String($0)) })
            return specific.count <= 1 && specific.allSatisfy { !name.contains(analyzer.porterStem(tokens[$0].word)) }
        }
    }
}
