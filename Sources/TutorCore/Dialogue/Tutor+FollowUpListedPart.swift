/// Round 23's follow-ups of a list: a definition that lists concepts of their own (Rogers'
/// core conditions: "empathy, unconditional positive regard and congruence") lets "quiz me
/// on the second one", "an example of the first one", "and the last one?" pick the part by
/// its place in that list, as "the second one" after a comparison picks a side.
extension Tutor {
    /// The line with the part its ordinal picks from the list in the topic's definition, the
    /// line's own request kept; nil when the line names a concept of its own by a term, the
    /// last answer was not about the topic alone, the definition lists no concepts, or the
    /// ordinal's place is no concept of ours.
    func listedPartByItsPlace(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard state.open.map(\.isOffer) ?? true, let answer = state.lastAnswer, let topic = state.lastConcept,
            answer.concepts == [topic], [.define, .simpler, .explain].contains(answer.intent),
            match.intent.isContent || match.intent == .quiz,
            match.intent != .compare || match.concepts.count < 2,
            !(Self.namesByTerm(match) && match.concepts.contains { $0 != topic }),
            let place = Self.listPlace(LineForm.words(analysis)),
            let parts = listedConcepts(in: topic), parts.count >= 2
        else { return nil }
        let index = place < 0 ? parts.count - 1 : place
        guard parts.indices.contains(index), let part = parts[index] else { return nil }
        var read = match.settled(on: [part], as: match.intent == .compare ? .define : nil)
        read.isFollowUp = true
        read.evidence.append("follow-up: a part of the topic's list picked by its place → \(part)")
        return read
    }

    /// The place an ordinal points at in a list ("the second one" 1, "the last" -1); nil
    /// without one, or when it counts a time or a step ("the first session").
    static func listPlace(_ words: [String]) -> Int? {
        let ordinals: [String: Int] = [
            "first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
            "fifth": 4, "5th": 4, "last": -1,
        ]
        for i in words.indices.dropLast() where words[i] == "the" {
            guard let place = ordinals[words[i + 1]] else { continue }
            if i + 2 < words.count && Self.countedAfterAnOrdinal.contains(words[i + 2]) { return nil }
            return place
        }
        return nil
    }

    /// The concepts the last list in the concept's definition names, one a part (nil where a
    /// part names none of ours); nil when no list there names two concepts or more. A list
    /// is the clause after a colon, or else a sentence, split at semicolons or else commas,
    /// with its last "and" or "or" splitting the last part when no comma stands before it.
    func listedConcepts(in id: String) -> [String?]? {
        guard let definition = kb.concept(id)?.definition.lowercased() else { return nil }
        var found: [String?]?
        for sentence in definition.components(separatedBy: ". ") {
            let clause = sentence.split(separator: ":", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            let separator: Character = clause.contains(";") ? ";" : ","
            var parts = clause.split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count >= 2, var lastPart = parts.popLast() else { continue }
            if let joined = ["and ", "or "].first(where: lastPart.hasPrefix) {
                lastPart.removeFirst(joined.count)
                parts.append(lastPart)
            } else if let range = lastPart.range(of: " and ") ?? lastPart.range(of: " or ") {
                parts.append(String(lastPart[..<range.lowerBound]))
                parts.append(String(lastPart[range.upperBound...]))
            } else {
                parts.append(lastPart)
            }
            let named = parts.map { conceptNamed(inPart: $0, besides: id) }
            if parts.count >= 3, named.compactMap({ $0 }).count >= 2 { found = named }
        }
        return found
    }

    /// The concept whose longest name or term the list's part says, word for word.
    private func conceptNamed(inPart part: String, besides topic: String) -> String? {
        let words = part.split { !$0.isLetter && $0 != "-" }.map(String.init)
        var best: (concept: String, length: Int)?
        for concept in kb.concepts where concept.id != topic {
            for term in [concept.name] + concept.terms {
                let termWords = term.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
                guard !termWords.isEmpty, termWords.count > (best?.length ?? 0), termWords.count <= words.count
                else { continue }
                let at = (0...(words.count - termWords.count)).contains {
                    Array(words[$0..<$0 + termWords.count]) == termWords
                }
                if at { best = (concept.id, termWords.count) }
            }
        }
        return best?.concept
    }
}

/// Round 23: a question that sets two concepts side by side ("Which one is empathic, and
/// why?" on sympathy, "What is sympathy, and how does it differ from empathy?") is about both;
/// put in other words it names both, the one its text asks about first, not only the concept
/// it is filed under (which may be the other side).
extension Tutor {
    /// The two sides a contrast question sets apart, the one its text names first leading;
    /// nil when the question names no other concept related to its own, or has no word of a
    /// contrast ("differ", "which one", "versus" …).
    func contrastSides(of q: Question) -> [String]? {
        // (A concept that is itself a contrast, lapse versus relapse, is one topic.)
        guard kb.concept(q.concept)?.isContrast != true else { return nil }
        let text = q.text.lowercased()
        let words = text.split { !$0.isLetter && $0 != "-" }.map(String.init)
        let cues: [[String]] = [
            ["differ"], ["differs"], ["different"], ["difference"], ["which", "one"], ["which", "of"], ["versus"],
            ["vs"], ["rather", "than"], ["compared"], ["instead", "of"], ["same", "thing"],
        ]
        guard
            cues.contains(where: { cue in
                words.indices.contains { i in i + cue.count <= words.count && Array(words[i..<i + cue.count]) == cue }
            })
        else { return nil }
        var sides: [(concept: String, at: Int)] = []
        for concept in kb.concepts where concept.id == q.concept || relates(concept.id, q.concept) {
            let at = ([concept.name] + concept.terms).compactMap { term -> Int? in
                let termWords = term.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
                guard !termWords.isEmpty, termWords.count <= words.count else { return nil }
                return (0...(words.count - termWords.count)).first {
                    Array(words[$0..<$0 + termWords.count]) == termWords
                }
            }.min()
            if let at { sides.append((concept.id, at)) }
        }
        // The question's own concept leads where its text names it ("compared with guilt,
        // how can the family help" is about the family); else the side it names does.
        // So does it where the other is named as the foil ("compared with guilt", "rather than").
        let others = sides.sorted { $0.at < $1.at }.filter { $0.concept != q.concept }
        guard others.count == 1, let other = others.first else { return nil }
        let foils: Set<String> = ["compared", "than", "instead", "unlike", "versus", "vs"]
        let foil = words[max(0, other.at - 4)..<other.at].contains(where: foils.contains)
        return foil || sides.contains { $0.concept == q.concept }
            ? [q.concept, other.concept] : [other.concept, q.concept]
    }
}

/// Round 23: "another way?", "simpler please" right after a definition that offered a check
/// question ("Let's check your understanding: …") asks for the same topic in plainer words
/// before trying it; the check question is not dropped but offered again after them.
extension Tutor {
    /// The moves with the offered question put again, and the offer kept open, when the line
    /// left an offer for plainer words on the offered question's own concept; nil otherwise
    /// (another topic, or any other request, drops the offer as before).
    func keepingTheOffer(
        _ offered: OpenQuestion, _ q: Question, _ match: MatchResult, _ moves: [Move], _ state: inout TutorState
    ) -> [Move]? {
        guard offered.isOffer, match.intent == .simpler, state.open == nil,
            let told = moves.lazy.compactMap({ move -> String? in
                switch move {
                case .simpler(let concept?, nil), .simplerByCase(let concept): return concept
                default: return nil
                }
            }).first,
            told == (offered.concept ?? q.concept)
        else { return nil }
        state.open = offered
        state.offeredLastTurn = true
        return moves + [.offer(question: q.id)]
    }
}

/// Round 23: "and congruence, how do the two fit together", "respect and trust, how do both
/// work together": after "the two" or "both" come the words of how the sides relate, not a
/// side ("fit together", "work together" are words of collaboration's terms). A concept named
/// only there is dropped when a concept is named before; the sides are those named before
/// and the topic.
extension Tutor {
    static let relationsWordingEvidence = "follow-up: words after 'the two' tell how the sides relate → not a side"

    func withoutTheRelationsWording(_ match: MatchResult, _ analysis: Analysis, _ words: [String]) -> MatchResult {
        guard match.concepts.count >= 2, Self.namesByTerm(match), Self.refersToBoth(words),
            words.count == analysis.tokens.count,
            let both = words.indices.first(where: { i in
                words[i] == "both" || i > 0 && words[i] == "two" && ["the", "these", "those"].contains(words[i - 1])
            })
        else { return match }
        let stems = analysis.tokens.map(\.stem)
        // Where a concept's naming term starts: the first place its first stem is said.
        let start = { (concept: String) -> Int? in
            match.basis.named.filter { $0.concept == concept }.compactMap { named in
                named.stems.first.flatMap { stem in stems.firstIndex(of: stem) }
            }.min()
        }
        let after = match.concepts.filter { c in start(c).map { $0 > both } ?? false }
        guard !after.isEmpty, match.concepts.contains(where: { c in start(c).map { $0 < both } ?? false }) else {
            return match
        }
        var read = match
        read.concepts = match.concepts.filter { !after.contains($0) }
        read.basis.named = match.basis.named.filter { !after.contains($0.concept) }
        read.evidence.append(Self.relationsWordingEvidence)
        return read
    }
}

/// Round 23: "and how is that not the harsh kind", "how's it not just telling them off"
/// right after a topic: how the one pointed at is not something else asks how the two
/// differ; the other side is the concept guessed from the line's words, when the knowledge
/// base relates it to the topic (a side named by a term is read by `oneSideNamed`).
extension Tutor {
    func howItIsNotAGuessedOther(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let last = state.lastConcept, !Self.namesByTerm(match),
            match.intent != .outOfScope || !match.basis.otherSense
        else { return nil }
        guard Self.asksHowItIsNot(LineForm.words(analysis)),
            case let other = guessedOtherSide(match, analysis, last), other.count == 1
        else { return nil }
        var read = match.settled(on: [last] + other, as: .compare)
        read.isFollowUp = true
        read.evidence.append("follow-up: how the topic is not a guessed other → compare")
        return read
    }

    /// "How is that not …", "how's it not …", "hows it not …", "how are they not …".
    static func asksHowItIsNot(_ words: [String]) -> Bool {
        let pronouns: Set<String> = ["it", "that", "this", "those", "them", "they"]
        return words.indices.contains { i in
            let after: Int
            if ["hows", "how's"].contains(words[i]) {
                after = i + 1
            } else if words[i] == "how", i + 1 < words.count, ["is", "s", "are"].contains(words[i + 1]) {
                after = i + 2
            } else {
                return false
            }
            return after + 1 < words.count && pronouns.contains(words[after]) && words[after + 1] == "not"
        }
    }
}
