import Foundation

/// Grades free-text answers against a question's expectations and misconceptions
/// (AutoTutor's model), reading negation: an idea named in order to reject it is not
/// credited, and a misconception that is rejected is not held against the learner.
public final class Grader: Sendable {
    let analyzer: Analyzer
    private let compiled: [String: CompiledQuestion]
    private let dontKnow: [[String]]

    struct Pattern: Sendable {
        var stems: [String]
        var negated: [Bool]
    }

    struct CompiledIdea: Sendable {
        var id: String
        var patterns: [Pattern]
    }

    struct CompiledQuestion: Sendable {
        var question: Question
        var expectations: [CompiledIdea]
        var misconceptions: [CompiledIdea]
    }

    /// Reads a grader that `encode(to:)` wrote (the knowledge-base cache), over `kb` and
    /// `analyzer`.
    init(from r: inout BinaryReader, kb: KnowledgeBase, analyzer: Analyzer) throws {
        self.analyzer = analyzer
        compiled = try Self.readCompiled(from: &r, questions: { kb.question($0) })
        dontKnow = try r.get()
    }

    /// Compiled questions, each naming its question by id (found with `questions`).
    static func readCompiled(
        from r: inout BinaryReader, questions: (String) -> Question?
    ) throws -> [String: CompiledQuestion] {
        let n = try r.count()
        var out: [String: CompiledQuestion] = [:]
        out.reserveCapacity(n)
        for _ in 0..<n {
            let id = try r.get(String.self)
            guard let question = questions(id) else { throw BinaryReader.Failure.invalid("no question '\(id)'") }
            out[id] = CompiledQuestion(question: question, expectations: try r.get(), misconceptions: try r.get())
        }
        guard out.count == n else { throw BinaryReader.Failure.invalid("a repeated question") }
        return out
    }

    static func writeCompiled(_ compiled: [String: CompiledQuestion], to w: inout BinaryWriter) {
        w.putUnsigned(UInt64(compiled.count))
        for id in compiled.keys.sorted() {
            let q = compiled[id]!
            w.put(id)
            w.put(q.expectations)
            w.put(q.misconceptions)
        }
    }

    public init(kb: KnowledgeBase, analyzer: Analyzer) {
        self.analyzer = analyzer
        var compiled: [String: CompiledQuestion] = [:]
        for question in kb.questions {
            compiled[question.id] = Self.compile(question, analyzer: analyzer)
        }
        self.compiled = compiled
        dontKnow = [
            "i don't know", "i do not know", "dont know", "don't know", "do not know", "dunno", "idk", "no idea",
            "not sure", "no clue", "i have no clue", "not a clue", "beats me", "i give up", "give up", "pass",
            "skip", "help", "help me", "hint", "clue", "i forget", "i forgot", "can't remember", "cannot remember",
            "don't remember", "i'm lost", "lost", "confused", "i'm confused", "no idea honestly", "unsure",
            "haven't learned", "not certain", "what do you mean", "walk me through", "explain it", "tell me",
            "can you explain", "who knows", "no answer", "nothing", "none",
        ].map { analyzer.analyze($0, correct: false).tokens.map(\.word) }
    }

    static func compile(_ question: Question, analyzer: Analyzer) -> CompiledQuestion {
        func ideas(_ list: [Idea]) -> [CompiledIdea] {
            list.map { idea in
                var patterns: [Pattern] = []
                for phrasing in idea.phrasings + [idea.text]
                where phrasing.count < GradingTuning.standard.maxPhrasingLength || phrasing == idea.text {
                    let content = analyzer.analyze(phrasing, correct: false).content
                    guard !content.isEmpty else { continue }
                    // The idea's own full statement is only a pattern when short.
                    if phrasing == idea.text && !idea.phrasings.isEmpty { continue }
                    patterns.append(Pattern(stems: content.map(\.stem), negated: content.map(\.negated)))
                }
                return CompiledIdea(id: idea.id, patterns: patterns)
            }
        }
        return CompiledQuestion(
            question: question, expectations: ideas(question.expectations),
            misconceptions: ideas(question.misconceptions))
    }

    /// Grades `answer` to the question `questionID`; nil if there is no such question.
    public func grade(questionID: String, answer: String) -> Grade? {
        guard let q = compiled[questionID] else { return nil }
        return grade(q, analyzer.analyze(answer))
    }

    /// Grades an analysed answer.
    public func grade(questionID: String, analysis: Analysis) -> Grade? {
        guard let q = compiled[questionID] else { return nil }
        return grade(q, analysis)
    }

    func grade(_ q: CompiledQuestion, _ analysis: Analysis) -> Grade {
        let content = analysis.tokens.filter(\.isContent)
        var evidence: [String: String] = [:]
        var covered: [String] = []
        for idea in q.expectations {
            if let words = find(idea, in: content) {
                covered.append(idea.id)
                evidence[idea.id] = words
            }
        }
        var misconceptions: [String] = []
        for idea in q.misconceptions {
            if let words = find(idea, in: content) {
                misconceptions.append(idea.id)
                evidence[idea.id] = words
            }
        }
        let verdict: Verdict
        if !misconceptions.isEmpty {
            verdict = .misconception
        } else if covered.count >= q.question.needed {
            verdict = .correct
        } else if !covered.isEmpty {
            verdict = .partial
        } else if saysDontKnow(analysis) {
            verdict = .dontKnow
        } else {
            verdict = .incorrect
        }
        return Grade(
            question: q.question.id, covered: covered, misconceptions: misconceptions, verdict: verdict,
            evidence: evidence)
    }

    /// Whether a line that covers nothing says "I don't know" or asks for help.
    public func saysDontKnow(_ analysis: Analysis) -> Bool {
        let words = analysis.tokens.map(\.typed)
        if words.isEmpty { return true }
        for cue in dontKnow where !cue.isEmpty && cue.count <= words.count {
            for start in 0...(words.count - cue.count) where Array(words[start..<(start + cue.count)]) == cue {
                return true
            }
        }
        // A question back instead of an answer: "what do you mean by connection?"
        let trimmed = analysis.text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("?"), let first = words.first,
            ["what", "how", "can", "could", "would", "is", "does", "do", "why", "which"].contains(first),
            analysis.tokens.filter(\.isContent).count <= GradingTuning.standard.maxQuestionBackContent
        {
            return true
        }
        return false
    }

    /// The learner's words that express `idea`, or nil.
    private func find(_ idea: CompiledIdea, in content: [Token]) -> String? {
        var best: (span: Int, words: String)?
        for pattern in idea.patterns {
            guard let span = window(pattern, content) else { continue }
            let words = content[span.lo...span.hi].map(\.typed).joined(separator: " ")
            if best == nil || span.hi - span.lo < best!.span { best = (span.hi - span.lo, words) }
            if pattern.stems.count == 1 { break }
        }
        return best?.words
    }

    /// The smallest window of content tokens, within one sentence, that holds every word of
    /// the pattern with the same polarity; nil if none is close enough.
    private func window(_ pattern: Pattern, _ content: [Token]) -> (lo: Int, hi: Int)? {
        let k = pattern.stems.count
        var hits: [(pos: Int, slot: Int)] = []
        for (i, t) in content.enumerated() {
            for slot in 0..<k where pattern.stems[slot] == t.stem && pattern.negated[slot] == t.negated {
                hits.append((i, slot))
            }
        }
        guard !hits.isEmpty else { return nil }
        if k == 1 { return (hits[0].pos, hits[0].pos) }
        let allowed = GradingTuning.standard.windowPerWord * k + GradingTuning.standard.windowSlack
        var best: (lo: Int, hi: Int)?
        // Slide over hits; slots may repeat in a pattern ("not … not"), so count needs.
        var need: [String: Int] = [:]
        for slot in 0..<k { need["\(pattern.stems[slot])|\(pattern.negated[slot])", default: 0] += 1 }
        var have: [String: Int] = [:]
        var satisfied = 0
        var left = 0
        for right in hits.indices {
            let key = "\(content[hits[right].pos].stem)|\(content[hits[right].pos].negated)"
            have[key, default: 0] += 1
            if have[key]! == need[key] { satisfied += 1 }
            while satisfied == need.count {
                let lo = hits[left].pos
                let hi = hits[right].pos
                if content[lo].sentence == content[hi].sentence && hi - lo + 1 <= allowed {
                    if best == nil || hi - lo < best!.hi - best!.lo { best = (lo, hi) }
                }
                let lkey = "\(content[hits[left].pos].stem)|\(content[hits[left].pos].negated)"
                if have[lkey]! == need[lkey] { satisfied -= 1 }
                have[lkey]! -= 1
                left += 1
            }
        }
        return best
    }
}

extension Grader {
    /// Writes the compiled questions (not the analyzer, which is written on its own).
    func encode(to w: inout BinaryWriter) {
        Self.writeCompiled(compiled, to: &w)
        w.put(dontKnow)
    }
}

extension Grader.Pattern: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.put(stems)
        w.put(negated)
    }

    init(from r: inout BinaryReader) throws {
        stems = try r.get()
        negated = try r.get()
        guard stems.count == negated.count else { throw BinaryReader.Failure.invalid("a pattern's lengths differ") }
    }
}

extension Grader.CompiledIdea: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.put(id)
        w.put(patterns)
    }

    init(from r: inout BinaryReader) throws {
        id = try r.get()
        patterns = try r.get()
    }
}
