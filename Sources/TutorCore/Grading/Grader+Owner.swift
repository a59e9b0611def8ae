/// Whose own: "B says back her own feelings", "empathy mirrors their own feelings back to them".
/// An idea whose statement names an owner ("sympathy voices the helper's own feelings",
/// "empathy reflects the client's own feelings") is said only of that owner. A learner's
/// "own" after a possessive says whose: "her", "his", "their" stand for the client the
/// question is about (unless a counselor, helper or speaker is the nearest person named before
/// it in its sentence, "the helper shares his own sadness"); "my", "your" for the counselor, who the learner is or
/// speaks to ("don't let your own feelings in"). When the owner differs from the idea's, the
/// "own" is no evidence of that idea, and a sibling expectation whose statement gives that
/// owner the same thing ("the client's own feelings") is what the learner said.
///
/// In a question whose expectations set two owners against each other (empathy the client's
/// feelings, sympathy the helper's), the owner said decides between them even without "own":
/// "B = empathy, her frame. A = sympathy, my feelings", "it's about what she is feeling", "it's
/// me saying how bad I feel". A third person is the client; "my" or "I" the helper ("you" is
/// left alone: learners say it to the client and of anyone).
extension Grader {
    /// Possessives that point to a third person: in a question about a client, the client.
    static let thirdPossessives: WordSet = ["her", "his", "their", "hers", "theirs", "thier"]
    /// Possessives of the learner or of the one addressed: the counselor's side.
    static let ownerSpeakerPossessives: WordSet = ["my", "your", "ur", "yr", "our"]
    /// Who answers in a question's exchange, beside the counselor's own names: "the speaker
    /// voicing her own sorrow".
    static let responderWords: WordSet = ["speaker", "responder", "listener", "responding", "speaking", "answering"]

    /// The owner (the counselor's or the client's class key) and the thing owned (its key) in an
    /// idea's statement "… the X's own Y …"; nil when it names none.
    func statedOwner(_ idea: CompiledIdea) -> (owner: String, thing: String, things: Set<String>)? {
        guard let stems = idea.statement?.stems, let i = stems.firstIndex(of: ownStem), i > 0, i + 1 < stems.count
        else { return nil }
        let owner = classes[stems[i - 1]] ?? stems[i - 1]
        guard owner == counselorKey || owner == clientKey else { return nil }
        let things = Set(stems[(i + 1)...].map { classes[$0] ?? $0 })
        return (owner, classes[stems[i + 1]] ?? stems[i + 1], things)
    }

    /// Subject pronouns that say who feels: "what she is feeling", "how bad I feel".
    static let thirdSubjects: WordSet = ["she", "he", "they", "shes", "hes", "theyre"]
    static let speakerSubjects: WordSet = ["i", "im", "me"]
    /// Small words between a subject and its verb of feeling ("she is feeling", "i really feel").
    static let feelingBetween: WordSet = ["is", "are", "am", "was", "were", "really", "so", "must", "might", "be"]

    /// Who owns the thing at content position `p` when the line says it without "own": a
    /// possessive right before it ("her frame", "my feelings"), or a subject before its verb
    /// of feeling ("she is feeling", "i feel"); nil when it does not say, or says "you".
    func possessorSaid(_ line: Line, _ p: Int) -> String? {
        let t = line.positions[p]
        var i = t - 1
        if i >= 0, line.tokens[i].stem == ownStem { i -= 1 }
        guard i >= 0, line.tokens[i].clause == line.tokens[t].clause else { return nil }
        let before = line.tokens[i].typed
        if Self.thirdPossessives.contains(before) { return i == t - 2 ? ownerSaid(line, p - 1) : clientKey }
        if before == "my" { return counselorKey }
        // A verb of feeling after its subject.
        guard line.keys[p] == classes[analyzer.stem("feel")] ?? analyzer.stem("feel") else { return nil }
        while i >= 0, line.tokens[i].clause == line.tokens[t].clause, t - i <= 3,
            Self.feelingBetween.contains(line.tokens[i].typed)
        {
            i -= 1
        }
        guard i >= 0, line.tokens[i].clause == line.tokens[t].clause else { return nil }
        if Self.thirdSubjects.contains(line.tokens[i].typed) { return antecedent(line, before: i) }
        if Self.speakerSubjects.contains(line.tokens[i].typed) { return counselorKey }
        return nil
    }

    /// The learner's own ("my", "mine", "me") set against the client's, denied, in one
    /// sentence: "it's my stuff, not his", "it's not the client's transference, it's mine",
    /// "the problem is inside me, not the client's fault". Returns the token of the learner's.
    func mineNotTheirs(_ line: Line) -> Int? {
        let tokens = line.tokens
        for n in tokens.indices where tokens[n].isNegator && ["not", "nt"].contains(tokens[n].typed) {
            let reach = tokens[(n + 1)..<min(tokens.count, n + 4)]
            guard
                reach.contains(where: {
                    Self.thirdPossessives.contains($0.typed)
                        || (classes[$0.stem] ?? $0.stem) == clientKey && $0.sentence == tokens[n].sentence
                })
            else { continue }
            if let mine = tokens.indices.first(where: {
                tokens[$0].sentence == tokens[n].sentence && Self.learnersOwn.contains(tokens[$0].typed)
                    && !tokens[$0].negated && !($0 > n && $0 < n + 4)
            }) {
                return mine
            }
        }
        return nil
    }
    /// The learner's own, as possessed: "my stuff", "it's mine", "inside me".
    static let learnersOwn: WordSet = ["my", "mine", "me", "myself"]

    /// Whether content word `p` comes right after "own" ("her own grief": whatever is owned).
    func afterOwn(_ line: Line, _ p: Int) -> Bool {
        p > 0 && line.content[p - 1].stem == ownStem && line.positions[p - 1] == line.positions[p] - 1
    }

    /// Credits, in a question whose expectations set two owners against each other, an
    /// expectation not yet found whose owner the line names with the thing it owns.
    func creditOwners(_ found: inout [String: Found], _ q: CompiledQuestion, _ line: Line, excluding: Set<Int>) {
        let owned = q.expectations.compactMap { idea in statedOwner(idea).map { (idea, $0) } }
        if let mine = mineNotTheirs(line) {
            for (idea, stated) in owned where stated.owner == counselorKey && found[idea.id] == nil {
                found[idea.id] = Found(
                    words: line.tokens[mine].typed, positions: [], size: 1, extent: 0, claims: [], isCompound: false)
            }
        }
        guard Set(owned.map(\.1.owner)).count > 1 else { return }
        for (idea, stated) in owned where found[idea.id] == nil {
            for p in line.content.indices
            where !excluding.contains(p) && !line.content[p].negated
                && (stated.things.contains(line.keys[p]) || afterOwn(line, p))
            {
                guard possessorSaid(line, p) == stated.owner else { continue }
                found[idea.id] = Found(
                    words: line.content[p].typed, positions: [p], size: 1, extent: 0, claims: [p], isCompound: false)
                break
            }
        }
    }

    var ownStem: String { analyzer.stem("own") }

    /// Who the learner's "own" at content position `p` belongs to, by the possessive before it;
    /// nil when the line does not say.
    func ownerSaid(_ line: Line, _ p: Int) -> String? {
        let t = line.positions[p]
        guard t > 0 else { return nil }
        let before = line.tokens[t - 1].typed
        if Self.ownerSpeakerPossessives.contains(before) { return counselorKey }
        guard Self.thirdPossessives.contains(before) else { return nil }
        return antecedent(line, before: t - 1)
    }

    /// Who a third person's pronoun at token `t` stands for when it points back to the subject
    /// ("the helper shares his own sadness", "the helper saying how sorry they feel"): the
    /// nearest person named before it in its sentence, else the client.
    func antecedent(_ line: Line, before t: Int) -> String {
        let sentence = line.tokens[t].sentence
        var i = t - 1
        while i >= 0, line.tokens[i].sentence == sentence {
            let key = classes[line.tokens[i].stem] ?? line.tokens[i].stem
            if key == counselorKey || Self.responderWords.contains(line.tokens[i].typed) { return counselorKey }
            if key == clientKey { return clientKey }
            i -= 1
        }
        return clientKey
    }

    func reassignOwnership(_ found: inout [String: Found], _ q: CompiledQuestion, _ line: Line, excluding: Set<Int>) {
        let own = ownStem
        guard line.content.contains(where: { $0.stem == own }) else { return }
        for idea in q.expectations {
            guard let f = found[idea.id], let stated = statedOwner(idea),
                let p = f.positions.first(where: { $0 < line.content.count && line.content[$0].stem == own }),
                let said = ownerSaid(line, p), said != stated.owner
            else { continue }
            found[idea.id] = find(idea, in: line, excluding: excluding.union([p]))
            // The sibling that gives the thing to the owner the learner named.
            guard p + 1 < line.content.count, !excluding.contains(p + 1) else { continue }
            let thing = line.keys[p + 1]
            for sibling in q.expectations where sibling.id != idea.id && found[sibling.id] == nil {
                guard let other = statedOwner(sibling), other.owner == said, other.thing == thing else { continue }
                found[sibling.id] = Found(
                    words: "\(line.content[p].typed) \(line.content[p + 1].typed)", positions: [p, p + 1], size: 2,
                    extent: 1, claims: [p, p + 1], isCompound: true)
            }
        }
    }
}
