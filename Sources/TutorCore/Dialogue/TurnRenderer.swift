import Foundation

/// render: turns a turn's moves into the reply. The only place the dialogue's English is
/// written; it reads the knowledge base and lessons, never the state, and draws no random
/// numbers (a move carries any choice `decide` made).
public struct TurnRenderer {
    public let tutor: Tutor
    var kb: KnowledgeBase { tutor.kb }
    var responder: Responder { tutor.responder }

    public init(tutor: Tutor) { self.tutor = tutor }

    /// The reply: the turn's moves, then (after a blank line) what a lesson said next.
    public func reply(_ moves: [Move], then lessonMoves: [Move] = []) -> String {
        [text(moves), text(lessonMoves)].filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// Moves in order: after an inline move a space, after any other a new line.
    public func text(_ moves: [Move]) -> String {
        var out = ""
        for (i, move) in moves.enumerated() {
            if i > 0 { out += moves[i - 1].isInline && !move.startsALine ? " " : "\n" }
            out += text(move)
        }
        return out
    }

    /// One move's text.
    public func text(_ move: Move) -> String {
        switch move {
        case .nudge(let open):
            return open
                ? "Take your time. Answer the question in your own words, or say \"hint\" or \"skip\"."
                : "Ask me about the therapeutic alliance, or type :help to see what I can do."
        case .greet: return responder.greeting()
        case .thank(let questionOpen, let acknowledges):
            // "Got it", "makes sense": noted, not thanked for, so no "you're welcome".
            if acknowledges { return questionOpen ? "Good." : "Good. Want to try a question on it? Say \"quiz me\"." }
            return questionOpen ? "You're welcome." : responder.thanks()
        case .help: return Self.help
        case .topics: return responder.topics()
        case .sources: return (["Sources:"] + kb.sources.map { "  \($0.id): \($0.title)" }).joined(separator: "\n")
        case .progress(let report): return progress(report)
        case .answer(let intent, let concepts, let example):
            return responder.answer(intent, concepts: concepts, example: example)
        case .whichTopic:
            return
                "Which topic do you mean? For example: \"what is trust?\" or \"how do I build the alliance?\". Type :topics for the list."
        case .clarify(let options):
            let listed = options.enumerated().map { "\($0.offset + 1)) \(kb.concept($0.element)?.name ?? $0.element)" }
            return "Did you mean " + listed.joined(separator: " or ") + "?"
        case .redirect: return responder.redirect()
        case .englishOnly:
            return
                "I can only teach in English, and only about the therapeutic alliance. Try \"what is the therapeutic alliance?\""
        case .nothingOpen(let last):
            let plainer = last.flatMap(kb.concept).map {
                " If my explanation of \(responder.lowerFirst($0.name)) was the problem, say \"simpler\" and I'll put it more plainly."
            }
            return "No problem: there's no question open right now." + (plainer ?? "")
                + " Say \"quiz me\" to work through one together, or \"topics\" to see what I teach."
        case .unknownConcept(let name):
            return "I don't know a concept called \"\(TextCleaner.quote(name))\". Type :topics to see them."
        case .unknownCommand(let name):
            return "Unknown command :\(TextCleaner.quote(name, max: 20)). " + Command.listing
        case .goodbye: return "Goodbye. Keep building those bridges."
        case .silent: return ""
        default:
            return socratic(move) ?? conversation(move) ?? exam(move) ?? lesson(move) ?? ""
        }
    }

    /// `:help`: what the tutor does, and every command from the registry.
    static var help: String {
        let intro = """
            I'm a tutor for the therapeutic alliance, for counselor and mental-health certification exams.
            Ask in your own words: "what is the therapeutic alliance?", "why does trust matter?",
            "how do I build trust?", "compliance vs commitment", "give me an example of empathy".
            Say "quiz me" (or "quiz me on court orders") to answer a question; while a question is open,
            "hint" gives a hint, "skip" shows the full answer, and "I don't know" is fine to say.
            Commands:
            """
        let width = Command.all.map(\.usage.count).max() ?? 0
        let rows = Command.all.map {
            "  " + $0.usage.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary
        }
        return ([intro] + rows).joined(separator: "\n")
    }

    func progress(_ report: ProgressReport) -> String {
        guard !report.rows.isEmpty else {
            return "No progress yet: ask about a topic or say \"quiz me\" to start."
        }
        var lines = ["Your progress:"]
        for row in report.rows {
            var line = "  \(MasteryBar.ascii.render(row.mastery))  \(row.name), "
            line += "\(row.attempts) attempt\(row.attempts == 1 ? "" : "s")"
            if row.status == .mastered { line += " (mastered)" }
            if row.reviewDue { line += " (review due)" }
            lines.append(line)
        }
        let mastered = report.mastered.map(\.name)
        lines.append("Mastered: \(mastered.isEmpty ? "none yet" : mastered.joined(separator: ", ")).")
        lines += report.misconceptionLines()
        lines.append(report.milestone.text(kb))
        if let next = report.next.first {
            let name = kb.concept(next.concept)?.name ?? next.concept
            lines.append("Next: \(name), \(next.explanation). Say \"quiz me\" to practise it.")
        }
        return lines.joined(separator: "\n")
    }
}
