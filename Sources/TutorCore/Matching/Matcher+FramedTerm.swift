/// The topic, not the frame: a situation told about a concept may hold the name of a
/// broader one among its own words ("the relationship with a client seems to have soured …
/// mending it", "the link between alliance and how therapy turns out, numerically"). The
/// broader concept is then a slot of the story (what soured, what is linked to outcome), not
/// a second topic: a concept named only by terms that lie wholly inside the words of another
/// concept's situation, with no situation of its own, is set aside, and the phrasing prior
/// does not put it back (`MatchBasis.framesSetAside`).
extension Matcher {
    func droppingFramedTerms(_ scan: inout TermScan) {
        guard !scan.framed.isEmpty else { return }
        let framedOnly: [(Int, Int)] = scan.score.keys.sorted().compactMap { c in
            guard scan.situated[c] == nil, let own = scan.tokens[c], !own.isEmpty,
                let frame = scan.framed.keys.sorted().first(where: { other in
                    other != c && own.allSatisfy { scan.framed[other]?.contains($0) == true }
                })
            else { return nil }
            return (c, frame)
        }
        for (c, frame) in framedOnly {
            scan.framesSetAside.insert(c)
            scan.score[c] = nil
            scan.start[c] = nil
            scan.tokens[c] = nil
            scan.tied[c] = nil
            scan.named.removeAll { $0.concept == c }
            // Its words stay claimed, by the story they are part of: no cue reads them anew.
            for (p, owner) in scan.claimed where owner == c { scan.claimed[p] = frame }
            scan.evidence.append("term of \(conceptIDs[c]) inside a situation told → set aside")
        }
    }
}
