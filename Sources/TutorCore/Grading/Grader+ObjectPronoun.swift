/// "The counselor should set them, he's the expert", answering "Why does setting treatment
/// goals together work better than the counselor setting them alone?": the learner's "them"
/// is the question's, the goals. Read as a stopword it leaves "the counselor should set",
/// which says nothing of goals, and the misconception that the counselor sets them alone went
/// unfound. So when the question's own "them" stands for a thing (a plural noun before it
/// that names no person), an answer's "them" right after a verb, in a sentence that names no
/// plural thing of its own before it, is read as that thing. Not after a verb in "-ing": "the
/// counselor setting them alone doesn't fit the client" repeats the question's own words as
/// the topic it then judges, and claims nothing.
extension Grader {
    /// The thing a question's "them" stands for: its stem and whether the knowledge base uses it.
    struct ObjectReferent: Sendable, Codable, Equatable {
        var stem: String
        var known: Bool
    }

    /// Plural nouns for people, which a "them" standing for is not a thing.
    static let personPlurals: WordSet = [
        "clients", "patients", "counselors", "counsellors", "therapists", "people", "families", "parents", "members",
        "kids", "children", "relatives", "others", "helpers", "professionals", "couples", "friends", "users",
    ]

    /// Words ending in "s" that are no plural noun.
    static let notPlurals: WordSet = [
        "is", "was", "has", "does", "this", "always", "us", "as", "less", "unless", "its", "thus", "plus", "across",
        "whereas", "sometimes", "yes", "perhaps", "towards", "afterwards",
    ]

    /// Whether `word` looks like a plural noun: it ends in one "s" and is none of the words
    /// that only end so.
    static func looksPlural(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
            && !notPlurals.contains(word)
    }

    /// The thing `question`'s "them" stands for: the nearest plural noun before it in its
    /// sentence, when that names no person.
    static func objectReferent(_ question: Question, analyzer: Analyzer) -> ObjectReferent? {
        let tokens = analyzer.analyze(question.text, correct: false).tokens
        guard let them = tokens.firstIndex(where: { $0.typed == "them" }),
            let noun = tokens[..<them].lastIndex(where: {
                $0.sentence == tokens[them].sentence && $0.isContent && looksPlural($0.typed)
            }),
            !personPlurals.contains(tokens[noun].typed)
        else { return nil }
        return ObjectReferent(stem: tokens[noun].stem, known: tokens[noun].known)
    }

    /// Words after which "them" is no verb's object ("some of them", "to them").
    static let objectBlockers: WordSet = [
        "of", "to", "for", "with", "about", "at", "from", "on", "by", "in", "into", "onto", "like", "than", "all",
        "both", "help", "tell", "give", "ask", "let", "make", "show", "get",
    ]

    /// `analysis` with each such "them" read as the question's thing; the analysis itself when
    /// the question has none or no "them" qualifies.
    func resolvingObjectPronouns(_ q: CompiledQuestion, _ analysis: Analysis) -> Analysis {
        guard let referent = q.objectReferent else { return analysis }
        var tokens = analysis.tokens
        var changed = false
        for i in tokens.indices.dropFirst() where tokens[i].typed == "them" {
            let verb = tokens[i - 1]
            guard verb.clause == tokens[i].clause, verb.isContent, !Self.objectBlockers.contains(verb.typed),
                !verb.typed.hasSuffix("ly"), !verb.typed.hasSuffix("ing"),
                !tokens[..<i].contains(where: {
                    $0.sentence == tokens[i].sentence && $0.isContent && Self.looksPlural($0.typed)
                        && !Self.personPlurals.contains($0.typed)
                })
            else { continue }
            tokens[i].stem = referent.stem
            tokens[i].known = referent.known
            tokens[i].isStop = false
            tokens[i].negated = verb.negated
            changed = true
        }
        return changed ? Analysis(text: analysis.text, tokens: tokens) : analysis
    }
}
