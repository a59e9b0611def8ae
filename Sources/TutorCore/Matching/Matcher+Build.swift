import Foundation

/// Building a matcher from the knowledge base, one table at a time: the concepts' terms
/// and their index, the stems of their names, the weighted stems of their whole text, and
/// the intents' cues and their index.
extension Matcher {
    /// Every concept's terms (its name, its id as words and its listed terms) as stems,
    /// each wording of a concept once, weighed by its number of words.
    static func buildTerms(_ kb: KnowledgeBase, analyzer: Analyzer) -> [Term] {
        var terms: [Term] = []
        var seen: Set<String> = []
        for (i, concept) in kb.concepts.enumerated() {
            let names = [concept.name, concept.id.replacingOccurrences(of: "-", with: " ")] + concept.terms
            for name in names.flatMap(contractionForms) {
                let content = analyzer.analyze(name, correct: false).content
                let stems = content.map(\.stem)
                guard !stems.isEmpty else { continue }
                let key = "\(i)|" + stems.joined(separator: " ")
                let words = analyzer.analyze(name, correct: false).tokens.map(\.word)
                let bridges = words.dropFirst().dropLast().contains(where: clauseOpeners.contains)
                guard seen.insert(key).inserted else {
                    // The same stems written across a clause word ("listening without judging"
                    // after "nonjudgmental listening"): the term may bridge one.
                    if bridges, let t = terms.lastIndex(where: { $0.concept == i && $0.stems == stems }) {
                        terms[t].bridgesClause = true
                    }
                    continue
                }
                terms.append(
                    Term(
                        concept: i, stems: stems, surface: content.map { analyzer.porterStem($0.word) },
                        weight: Double(stems.count), negated: content.allSatisfy(\.negated),
                        bridgesClause: bridges))
            }
        }
        return terms
    }

    /// The stems of one concept's name and id (the name index's keys that hold it).
    func nameStems(of concept: String) -> Set<String> {
        guard let i = conceptIDs.firstIndex(of: concept) else { return [] }
        return conceptNameStems[i]
    }

    /// The stems of each concept's name and id, to the concepts whose name has them.
    static func buildNameIndex(_ kb: KnowledgeBase, analyzer: Analyzer) -> [String: Set<Int>] {
        var nameIndex: [String: Set<Int>] = [:]
        for (i, concept) in kb.concepts.enumerated() {
            for name in [concept.name, concept.id.replacingOccurrences(of: "-", with: " ")] {
                for t in analyzer.analyze(name, correct: false).content { nameIndex[t.stem, default: []].insert(i) }
            }
        }
        return nameIndex
    }

    /// The weighted stems of each concept's whole text (name, terms, definition, why, how,
    /// examples, questions and their phrasings), with each stem's inverse document frequency.
    static func buildConceptDocs(
        _ kb: KnowledgeBase, analyzer: Analyzer
    ) -> (idf: [String: Double], postings: [String: [Posting]]) {
        var docs: [String: [Int: Double]] = [:]
        func add(_ text: String, _ concept: Int, _ weight: Double) {
            for t in analyzer.analyze(text, correct: false).content where !t.negated {
                docs[t.stem, default: [:]][concept, default: 0] += weight
            }
        }
        let tuning = MatcherTuning.standard
        for (i, c) in kb.concepts.enumerated() {
            add(c.name, i, tuning.docWeightName)
            for t in c.terms { add(t, i, tuning.docWeightTerm) }
            add(c.definition, i, tuning.docWeightDefinition)
            add(c.why, i, tuning.docWeightWhy)
            for h in c.how { add(h, i, tuning.docWeightHow) }
            for e in c.examples { add(e.text, i, tuning.docWeightExample) }
            for q in c.questions {
                add(q.text, i, tuning.docWeightQuestion)
                for e in q.expectations { for p in e.phrasings { add(p, i, tuning.docWeightPhrasing) } }
            }
        }
        let n = Double(max(1, kb.concepts.count))
        var idf: [String: Double] = [:]
        var conceptDocs: [String: [Posting]] = [:]
        for (stem, postings) in docs {
            let df = Double(postings.count)
            // Words most concepts use say nothing about which one a line means.
            guard df <= max(2, n / 2) else { continue }
            idf[stem] = log(n / df)
            conceptDocs[stem] = postings.map { Posting(concept: $0.key, weight: $0.value) }.sorted {
                $0.concept < $1.concept
            }
        }
        return (idf, conceptDocs)
    }

    /// Each stem to the terms that have it.
    static func buildTermIndex(_ terms: [Term]) -> [String: [Int]] {
        var termIndex: [String: [Int]] = [:]
        for (t, term) in terms.enumerated() {
            for s in Set(term.stems) { termIndex[s, default: []].append(t) }
        }
        return termIndex
    }

    /// The intents' cues as stems (`*` a wildcard), a repeated cue once with its greatest
    /// weight, each ordered by where its intent first appears in `intents.yaml`.
    static func buildCues(_ kb: KnowledgeBase, analyzer: Analyzer) -> [Cue] {
        let order = Intent.allCases
        var cues: [Cue] = []
        for cue in kb.intentCues {
            for form in contractionForms(cue.cue) {
                add(form, cue, &cues)
            }
        }
        return cues

        func add(_ text: String, _ cue: IntentCue, _ cues: inout [Cue]) {
            // Each run of words between wildcards is read whole, as a line is: a phrase the
            // synonym groups join ("do with" → "affect") is joined in the cue too.
            var stems: [String?] = []
            var run: [Substring] = []
            func flush() {
                guard !run.isEmpty else { return }
                stems.append(
                    contentsOf: analyzer.analyze(run.joined(separator: " "), correct: false).tokens.map(\.stem))
                run = []
            }
            for part in text.split(separator: " ") {
                if part == "*" {
                    flush()
                    stems.append(nil)
                } else {
                    run.append(part)
                }
            }
            flush()
            guard stems.contains(where: { $0 != nil }) else { return }
            if let i = cues.firstIndex(where: { $0.intent == cue.intent && $0.stems == stems }) {
                cues[i].weight = max(cues[i].weight, cue.weight)
                return
            }
            cues.append(
                Cue(
                    intent: cue.intent, stems: stems, weight: cue.weight,
                    order: kb.intentCues.firstIndex { $0.intent == cue.intent }.map { $0 } ?? order.count))
        }
    }

    /// Contractions typed without their apostrophe ("im", "dont", "whats"): learners type
    /// them so, and the tokenizer can only expand the ones with an apostrophe.
    static let fusedContractions: [String: String] = [
        "im": "i'm", "ive": "i've", "youre": "you're", "youve": "you've", "theyre": "they're",
        "theyve": "they've", "weve": "we've", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't",
        "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "werent": "weren't", "cant": "can't",
        "wont": "won't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "couldnt": "couldn't",
        "havent": "haven't", "hasnt": "hasn't", "thats": "that's", "whats": "what's", "theres": "there's",
        "hows": "how's", "whos": "who's", "wheres": "where's", "heres": "here's", "shes": "she's",
        "youll": "you'll", "itll": "it'll",
    ]

    /// A cue as written and with each contraction in the other spelling, so a cue written
    /// "i'm so tired" also finds "im so tired", and "dont get it" finds "don't get it".
    /// Fused forms that are also words ("ill", "id", "its", "were") are not switched back.
    static func contractionForms(_ text: String) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        let fusedToFull = fusedContractions
        var other = words
        var changed = false
        for (i, word) in words.enumerated() {
            if word.contains("'") {
                other[i] = word.replacingOccurrences(of: "'", with: "")
                changed = true
            } else if let full = fusedToFull[word] {
                other[i] = full
                changed = true
            }
        }
        return changed ? [text, other.joined(separator: " ")] : [text]
    }

    /// Each cue's first stem to the cues that start with it.
    static func buildCueIndex(_ cues: [Cue]) -> [String: [Int]] {
        var cueIndex: [String: [Int]] = [:]
        for (c, cue) in cues.enumerated() {
            if let first = cue.stems.first, let s = first { cueIndex[s, default: []].append(c) }
        }
        return cueIndex
    }
}
