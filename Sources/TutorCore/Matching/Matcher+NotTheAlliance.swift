import Foundation

extension Matcher {
    /// (round 26) Whether a definition is asked of the therapeutic alliance beside one of the
    /// things the exam offers in its place (a concept of the group `not-the-alliance`: the
    /// doctor-patient bond, the code of ethics, session structure, the family's agreement on
    /// goals), both named by terms of their own: "alliance is basically same what I have with
    /// my doctor, no?", "the alliance is igual to the bond with the doctor, no?", "Is the
    /// professional code of ethics what defines the counselor-client relationship?". Such a
    /// line puts the two side by side and asks whether they are one, which is a comparison:
    /// the answer says how they differ. It must ask it: a question mark, an auxiliary that
    /// opens the line ("is…", "does…") or a closing tag ("…, no", "…, right"); a request for
    /// the definition that names the other thing ("tell me what the alliance is, not the
    /// code of ethics") still asks what it is. A line that names one of them alone ("the ACA
    /// code, what is it") asks what it is; a why or a how ("why isnt having clear session
    /// rules the heart of the alliance") is left as it was asked.
    func asksWhetherItIsTheAlliance(_ result: MatchResult, terms: TermScan, tokens: [Token], text: String) -> Bool {
        guard result.intent == .define, result.concepts.count >= 2, let first = tokens.first else { return false }
        let asks =
            text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?") || Self.auxiliaries.contains(first.word)
            || closesOnATag(tokens)
        guard asks else { return false }
        let pair = result.concepts.prefix(2).compactMap { conceptIDs.firstIndex(of: $0) }
        guard pair.count == 2, pair.allSatisfy({ !(terms.tokens[$0] ?? []).isEmpty }) else { return false }
        let frame = pair.filter { conceptIDs[$0] == "therapeutic-alliance" }
        let other = pair.filter { conceptGroups[$0] == "not-the-alliance" }
        return frame.count == 1 && other.count == 1
    }
}
