/// Two more ways a fronted object is taken up after its denied verb (`Grader+FrontedObject`):
///
/// - by a demonstrative with a light noun of its own: "the relationship, insurance doesn't
///   touch that part", "the bond — coverage can't change this bit": "that part" is the
///   fronted object, as "it" is;
/// - by a relative pronoun before the denied verb's subject: "the therapeutic relationship
///   itself, which coverage does not shape", "the alliance, which the insurer can't touch":
///   "which" is the object of the denied verb, and stands for what comes before it.
///
/// Read so, the object is denied as in "coverage does not shape the relationship". A light
/// noun that is no part of a thing ("that person") and a "which" that is a subject ("which
/// does not matter") take nothing up.
extension Grader {
    /// Nouns that only point at a part of what was named ("that part", "this bit").
    static let lightHeads: WordSet = ["part", "bit", "side", "piece", "aspect", "area", "stuff", "thing", "one"]
    /// Small words between a relative pronoun and its clause's subject ("which the insurer").
    static let relativeDeterminers: WordSet = ["the", "a", "an", "their", "his", "her", "your", "any", "good"]

    /// The index after a light noun that follows a demonstrative resumptive at `resumptive`
    /// ("that part"), or `after` itself.
    func pastLightHead(_ tokens: [Token], _ after: Int, clause: Int, resumptive: Int) -> Int {
        guard ["that", "this"].contains(tokens[resumptive].typed), after < tokens.count,
            tokens[after].clause == clause, Self.lightHeads.contains(tokens[after].typed)
        else { return after }
        return after + 1
    }

    /// Whether the subject at `s` follows a relative "which" (a determiner at most between).
    func relativeBefore(_ tokens: [Token], subject s: Int) -> Bool {
        guard tokens[s].isContent, s >= 2 else { return false }
        var k = s - 1
        if Self.relativeDeterminers.contains(tokens[k].typed) { k -= 1 }
        return k >= 1 && tokens[k].typed == "which" && tokens[k].clause == tokens[s].clause
    }
}
