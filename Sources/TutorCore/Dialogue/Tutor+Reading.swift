/// The match read again in its conversation, by the line's form: what the matcher, which
/// reads one line alone, takes from a cue word the dialogue can correct.
extension Tutor {
    /// "I dont get the question" or "i didnt understand that" asks for a plainer rephrase
    /// (of the open question, or of what was just said), whatever else its words cue; a
    /// goodbye that describes an action ("i'd end the session", "he'll just quit") is no
    /// leave-taking, so the line is left for the open question to grade.
    func reread(_ match: MatchResult, _ analysis: Analysis) -> MatchResult {
        var read = match
        if match.intent != .simpler && (LineForm.saysLost(analysis) || asksWhatTheTutorMeant(analysis, match)) {
            read.intent = .simpler
            read.concepts = match.intent.isContent ? Array(match.concepts.prefix(1)) : []
            read.confidence = max(match.confidence, 0.8)
            read.ambiguous = []
            read.isFollowUp = false
            read.evidence.append(Self.saysLostEvidence)
        } else if match.intent != .feelings
            && (LineForm.fearsForOwnExam(analysis) || LineForm.strainedByOwnStudy(analysis)
                || LineForm.showsStrainInTheBody(analysis))
        {
            // (round 28) "im scared i wont pass", "this is hard im nervous for the exam", "I keep
            // mixing these up and it's getting to me": the learner's own fear of the exam or
            // strain over the study, a feeling, whatever else its words suggest.
            read = MatchResult(intent: .feelings, concepts: [], confidence: 0.8)
            read.evidence =
                match.evidence + ["form: the learner's own fear of the exam or strain over the study → feelings"]
            read.basis = match.basis
        } else if match.intent == .simpler,
            let asked = questionAfterAPause(match, analysis) ?? whatTheTopicIsAfterAPause(match, analysis)
        {
            // "Wait what are the stages again": the question after the pause, not "I'm lost".
            // (round 33) "sorry, what is it in the first place": what the topic is
            // (`Tutor+FollowUpWhatItIsAfterAPause.swift`).
            read = asked
        } else if match.intent != .progress && LineForm.asksHowTheyFare(analysis) {
            // "How am i doin today", "how am I faring overall?": how the learner is doing.
            read = MatchResult(intent: .progress, concepts: [], confidence: 0.8)
            read.evidence = match.evidence + ["form: asks how they are doing → progress"]
            read.basis = match.basis
        } else if match.intent != .help && LineForm.asksAboutTime(analysis) {
            // "How long do i have to answer this": how the tutor works, not how long a process takes.
            read = MatchResult(intent: .help, concepts: [], confidence: 0.8)
            read.evidence = match.evidence + ["form: asks how much time → help"]
            read.basis = match.basis
        } else if [.define, .explain, .howTo, .compare, .outOfScope, .help].contains(match.intent),
            LineForm.asksToDemonstrate(analysis)
        {
            // "Could you model a double-sided reflection", "show me what you mean": the thing
            // shown in use, an example (of the topic when the line names none).
            read.intent = .example
            read.concepts = match.intent.isContent ? match.concepts : []
            read.isFollowUp = read.concepts.isEmpty
            read.confidence = max(match.confidence, 0.6)
            read.ambiguous = []
            read.evidence.append("form: asks to be shown → example")
        } else if match.intent.isContent || match.intent == .outOfScope,
            match.basis.guessed || match.concepts.isEmpty,
            LineForm.namesTheTutor(LineForm.words(analysis), asked: analysis.text.hasSuffix("?"))
        {
            // "How do I get this tool to show me a model answer", "which other areas does this
            // tutor cover": about the tutor itself, named so, and no concept named.
            let topics = LineForm.words(analysis).contains(where: LineForm.topicWords.contains)
            read = MatchResult(intent: topics ? .topics : .help, concepts: [], confidence: 0.8)
            read.evidence = match.evidence + ["form: asks about the tutor → \(topics ? "topics" : "help")"]
            read.basis = match.basis
        } else if [.topics, .define, .explain, .howTo, .compare, .outOfScope].contains(match.intent),
            LineForm.asksHowItCountsOnTheExam(analysis) || LineForm.asksWhatToStudy(analysis)
        {
            // "Is this a big topic on the exam?", "how should i remember the difference for the
            // exam": how the topic counts for the exam, not the topic itself.
            read = MatchResult(intent: .studyAdvice, concepts: [], confidence: 0.8)
            read.evidence = match.evidence + ["form: how it counts on the exam → study-advice"]
            read.basis = match.basis
        } else if match.intent == .simpler, let asked = Self.asksWhatItMeansFor(analysis) {
            // "What does that mean for me as a counselor": what follows from it, not "I'm lost".
            read = MatchResult(intent: asked, concepts: [], confidence: 0.6, isFollowUp: true)
            read.evidence = match.evidence + ["form: what it means for someone → \(asked.rawValue)"]
            read.basis = match.basis
        } else if match.intent == .topics, let shifted = shiftsTopic(analysis) {
            read = shifted
        } else if let shifted = changesTheSubject(match, analysis) {
            // "Totally different thing, how do I get a group to bond": the request after it.
            read = shifted
        } else if [.thanks, .greeting].contains(match.intent), let request = requestAfterCourtesy(analysis) {
            // "Thanks, that helps. Can you give me an example?": the request is the point.
            read = request
        } else if [.explain, .define].contains(match.intent), Self.asksHowTheyAct(analysis) {
            read.intent = .howTo
            read.evidence.append("form: how do I … → how-to")
        } else if match.intent == .define, match.concepts.isEmpty, LineForm.asksIfAllowed(LineForm.words(analysis)) {
            // "Is that ok to take" of something just discussed: how to act on it ("is it ok to
            // shame a client" names its own practice and asks why not).
            read.intent = .howTo
            read.evidence.append("form: is that ok … → how-to")
        } else if match.intent != .simpler && LineForm.asksLikeAChild(LineForm.words(analysis)) {
            // "Explain that like im 5": plainer words, whatever "explain" cues.
            read = MatchResult(intent: .simpler, concepts: Array(match.concepts.prefix(1)), confidence: 0.7)
            read.evidence = match.evidence + ["form: like I'm five → simpler"]
            read.basis = match.basis
        } else if match.intent == .define, analysis.text.hasSuffix("?") || LineForm.continues(analysis),
            LineForm.checksAJudgment(LineForm.words(analysis))
        {
            // "So sympathy is bad?": whether, and why, the claim holds.
            read.intent = .explain
            read.evidence.append("form: a judgment put up for checking → explain")
        } else if [.define, .simpler].contains(match.intent), let asked = Self.asksWhatItMeansFor(analysis),
            Self.meansOfAPronoun(analysis)
        {
            // "What does that mean for my first session": what follows from the topic there.
            read.intent = asked
            read.concepts = []
            read.isFollowUp = true
            read.evidence.append("form: what that means for someone → \(asked.rawValue)")
        } else if [.explain, .define].contains(match.intent), LineForm.asksForACase(LineForm.words(analysis)) {
            // "Like what counts as crossing one": a case of it, whatever "what" cues.
            read.intent = .example
            read.evidence.append("form: like what … → example")
        } else if [.compare, .explain, .define].contains(match.intent),
            LineForm.asksWhatAnExampleIs(LineForm.words(analysis))
        {
            // "What's an example of one of those rating forms": an example, whatever "one of
            // those" cues.
            read.intent = .example
            read.evidence.append("form: what is an example of … → example")
        } else if match.intent == .more, let asked = questionAfterThen(analysis) ?? requestAfterAPreface(analysis) {
            // "Ok then what works", "then what should I do", "then what is it": the question
            // after "then what" is the request, not "go on".
            read = asked
        } else if match.intent == .compare && match.concepts.count <= 1 && Self.asksForAnotherWording(analysis) {
            // "Can you explain that differently": the same thing in other words.
            read = MatchResult(intent: .simpler, concepts: match.concepts, confidence: 0.7)
            read.evidence = match.evidence + ["form: another wording → simpler"]
            read.basis = match.basis
        } else if match.intent == .howTo, LineForm.asksWhenOfIt(LineForm.words(analysis)) {
            read.intent = .explain
            read.evidence.append("form: when of it, not of the learner → explain")
        } else if match.intent == .goodbye, let first = LineForm.words(analysis).first,
            LineForm.questionWords.contains(first), analysis.tokens.count >= 3
        {
            // "What did Freud call it": a question, whatever "call it" cues.
            read = MatchResult(
                intent: first == "why" ? .explain : .define, concepts: [], confidence: 0.5, isFollowUp: true)
            read.evidence = match.evidence + ["form: a question, not leave-taking"]
            read.basis = match.basis
        } else if match.intent == .define, !match.concepts.isEmpty,
            LineForm.asksWhatTheDifferenceIs(LineForm.words(analysis))
        {
            // "Whats the difference between a crossing and a violation": the two set against
            // each other, though the matcher found one concept holding both.
            read.intent = .compare
            read.evidence.append("form: what is the difference between … → compare")
        } else if match.intent == .simpler, LineForm.asksWhatTheDifferenceIs(LineForm.words(analysis)) {
            // "Wait what's the exact difference between those two": "wait what" cues being lost,
            // but the line asks for a comparison of what was just named.
            read.intent = .compare
            read.isFollowUp = match.concepts.isEmpty
            read.evidence.append("form: what is the difference … → compare")
        } else if match.intent == .goodbye && LineForm.describesAnAction(analysis) {
            read = MatchResult(intent: .outOfScope, concepts: [], confidence: 0.3)
            read.evidence = match.evidence + ["form: an action described, no leave-taking → not goodbye"]
            read.basis = match.basis
        }
        guard read == match else { return read }
        if match.intent == .outOfScope, LineForm.leavesForElsewhere(analysis) {
            // (round 29) "I must go to the field now": leaving for somewhere takes leave.
            read = MatchResult(intent: .goodbye, concepts: [], confidence: 0.7)
            read.evidence = match.evidence + ["form: the learner must leave for somewhere now → goodbye"]
            read.basis = match.basis
        } else if [.thanks, .greeting].contains(match.intent), takesLeaveInASentence(analysis) {
            // "Thank you, I think I've got it. I'll stop here, bye now", "Let us stop there. Good
            // evening.": leave taken in a sentence of its own; the courtesy beside it closes it.
            read = MatchResult(intent: .goodbye, concepts: [], confidence: max(match.confidence, 0.7))
            read.evidence = match.evidence + ["form: a sentence takes leave → goodbye"]
            read.basis = match.basis
        } else if match.intent != .feelings, LineForm.tellsOwnState(analysis),
            [.outOfScope, .thanks, .greeting].contains(match.intent)
                || match.intent.isContent && (match.concepts.isEmpty || match.basis.guessed)
        {
            // "I'm feeling rather slow today", "this is so much to remember", "i feel a bit less
            // panicky": the learner telling how they are, whatever else a word of it cues.
            read = MatchResult(intent: .feelings, concepts: [], confidence: 0.8)
            let upbeat = LineForm.soundsUpbeat(analysis) ? " (upbeat)" : ""
            read.evidence = match.evidence + ["form: the learner tells their own state\(upbeat) → feelings"]
            read.basis = match.basis
        } else if match.intent == .feelings, LineForm.tellsOwnState(analysis), LineForm.soundsUpbeat(analysis) {
            // The matcher read the feeling already ("ok i feel a little calmer now"); whether
            // it is a good one is the form's to tell.
            read.confidence = max(match.confidence, 0.8)
            read.evidence = match.evidence + ["form: the learner tells their own state (upbeat) → feelings"]
        }
        return read
    }

    /// Whether a sentence of a line of several, read alone, takes leave ("I'll stop here for
    /// today, bye now"); a line of one sentence was read whole already.
    func takesLeaveInASentence(_ analysis: Analysis) -> Bool {
        let sentences = Dictionary(grouping: analysis.tokens, by: \.sentence)
        guard sentences.count >= 2 else { return false }
        return sentences.values.contains { tokens in
            let m = matcher.match(tokens.map(\.typed).joined(separator: " "))
            return m.intent == .goodbye && m.confidence >= 0.5
        }
    }

    /// The evidence a line read as lost by its form carries.
    static let saysLostEvidence = "form: says lost → simpler"

    /// "What do u mean by in my own words", "im confused what u mean by connection": the
    /// tutor's words asked about, not a concept by its name ("what do you mean by trust"
    /// asks what trust is): none of the words after "by" is in the matched concept's name.
    func asksWhatTheTutorMeant(_ analysis: Analysis, _ match: MatchResult) -> Bool {
        let w = analysis.tokens.map(\.word)
        guard let m = w.firstIndex(of: "mean"), m >= 2, m + 2 < w.count, w[m + 1] == "by",
            ["you", "u"].contains(w[m - 1]), w[..<m].contains("what")
        else { return false }
        guard let concept = match.concepts.first.flatMap({ kb.concept($0) }) else { return false }
        let name = Set(analyzer.analyze(concept.name, correct: false).content.map(\.stem))
        let asked = analysis.tokens[(m + 2)...].filter(\.isContent).map(\.stem)
        return !asked.isEmpty && !asked.contains(where: name.contains)
    }

    /// "Wait what are the stages again", "hold on, what's a lapse exactly": a pause asked for,
    /// then a question about a term. "Wait what" cues confusion (simpler) on its own ("wait
    /// what?", "wait what do you mean"); before a question about a term it only pauses, and
    /// the question is the request. Nil when no content question about a concept follows.
    func questionAfterAPause(_ match: MatchResult, _ analysis: Analysis) -> MatchResult? {
        let typed = analysis.tokens.map(\.word)
        guard typed.first == "wait" || LineForm.pauses.contains(where: { typed.starts(with: $0) }) else { return nil }
        let w = LineForm.words(analysis)
        guard w.count >= 3, w.count < typed.count, LineForm.asks(analysis) else { return nil }
        var asked = matcher.match(w.joined(separator: " "))
        guard asked.intent.isContent, !asked.concepts.isEmpty, !asked.basis.guessed || asked.intent == .define
        else { return nil }
        asked.evidence =
            match.evidence + ["form: a pause, then a question → \(asked.intent.rawValue) \(asked.concepts)"]
        return asked
    }

    /// "Then what works", "then what should I do", "then what is it": the question that
    /// follows "then", read on its own (a follow-up when it names nothing); nil for "and
    /// then what?", "then what happens".
    func questionAfterThen(_ analysis: Analysis) -> MatchResult? {
        // The words as typed ("then" before a question word is dropped by `LineForm.words`).
        let w = analysis.tokens.flatMap { LineForm.fusedQuestionWords[$0.typed] ?? [$0.word] }
        guard let t = w.firstIndex(of: "then"), t + 2 < w.count, w[t + 1] == "what",
            !["happens", "happened", "next", "else"].contains(w[t + 2])
        else { return nil }
        var m = matcher.match(w[(t + 1)...].joined(separator: " "))
        // "What works" names no working alliance: what replaces the topic.
        if LineForm.asksWhatWorks(Array(w[(t + 1)...])) {
            m = MatchResult(intent: .howTo, concepts: [], confidence: 0.6, isFollowUp: true)
        }
        guard m.intent.isContent else { return nil }
        m.isFollowUp = m.isFollowUp || m.concepts.isEmpty
        m.evidence.append("form: then what … → the question after it")
        return m
    }

    /// "Before we go on, how am I doing overall", "before moving on: can I see my progress":
    /// "go on" only times the request after it, which is the point; nil when no request of
    /// another kind follows the preface.
    func requestAfterAPreface(_ analysis: Analysis) -> MatchResult? {
        guard let cut = analysis.text.firstIndex(where: { ",:;-".contains($0) }) else { return nil }
        let head = analyzer.analyze(String(analysis.text[..<cut])).tokens.map(\.word).drop {
            LineForm.openers.contains($0)
        }
        guard head.first == "before", head.count <= 5,
            head.contains(where: ["on", "continue", "next", "start", "carry"].contains)
        else { return nil }
        var m = matcher.match(String(analysis.text[analysis.text.index(after: cut)...]))
        guard ![.more, .outOfScope].contains(m.intent) else { return nil }
        m.evidence.append("form: a preface that times the request → the request after it")
        return m
    }

    /// "What does that mean for me", "what does it mean in practice": the consequences
    /// (explain) or what to do (how-to, when the learner is the one it is for).
    static func asksWhatItMeansFor(_ analysis: Analysis) -> Intent? {
        let words = analysis.tokens.map(\.word)
        guard let m = words.firstIndex(where: { ["mean", "means"].contains($0) }), m + 1 < words.count else {
            return nil
        }
        let next = words[m + 1]
        guard next == "for" || next == "in" && words.dropFirst(m + 2).first == "practice" else { return nil }
        let me = words.dropFirst(m + 2).prefix(2).contains {
            ["me", "us", "my", "our", "counselors", "counselor"].contains($0)
        }
        return me ? .howTo : .explain
    }

    /// "What does that mean for…", "what does it mean in practice": a pronoun stands for
    /// what means something, so the line is about the topic, not a term of its own.
    static func meansOfAPronoun(_ analysis: Analysis) -> Bool {
        let words = analysis.tokens.map(\.word)
        guard let m = words.firstIndex(where: { ["mean", "means"].contains($0) }) else { return false }
        return words[..<m].contains { ["that", "it", "this"].contains($0) }
    }

    /// "How do I actually do it with someone who…", "how should we…": the learner asks how
    /// to act, whatever the auxiliaries cue.
    static func asksHowTheyAct(_ analysis: Analysis) -> Bool {
        let w = LineForm.words(analysis)
        // "What do I do with him": how to act, too.
        if LineForm.asksWhatToDo(w) { return true }
        return zip(w, zip(w.dropFirst(), w.dropFirst(2))).contains { a, rest in
            a == "how" && ["do", "can", "should", "would", "could"].contains(rest.0) && ["i", "we"].contains(rest.1)
        }
    }

    /// The request in a later sentence of a line that opens with thanks or a greeting, read
    /// on its own; nil when none asks for content, a question or the learner's own progress.
    func requestAfterCourtesy(_ analysis: Analysis) -> MatchResult? {
        guard let first = analysis.tokens.first?.sentence,
            let start = analysis.tokens.firstIndex(where: { $0.sentence != first })
        else { return nil }
        // (round 23) "thx. good one", "thanks! that was a great one": the reply praised in a
        // sentence of its own asks for nothing.
        if LineForm.praisesTheReply(analysis.tokens[start...].map(\.typed)) { return nil }
        // (round 29) "merci! now I understand": the thanks said again, no request.
        if !analysis.text.hasSuffix("?"), Self.saysItIsUnderstood(analysis.tokens[start...].map(\.word)) { return nil }
        var m = matcher.match(analysis.tokens[start...].map(\.typed).joined(separator: " "))
        // A request about the content or about the learner's own work ("thx. how am i doing",
        // "thanks! what should i study next"), not one more courtesy or a feeling.
        let asks: Set<Intent> = [.quiz, .more, .simpler, .progress, .topics, .studyAdvice, .harder, .easier]
        guard m.intent.isContent || asks.contains(m.intent) else { return nil }
        // Content leans on what was just discussed ("thanks. an example?"); progress and advice
        // are about the learner, not a topic.
        let onTopic = m.intent.isContent || [.quiz, .more, .simpler].contains(m.intent)
        m.isFollowUp = m.isFollowUp || m.concepts.isEmpty && onTopic
        m.evidence.append("form: courtesy first → the request after it")
        return m
    }

    /// "Explain that differently", "put it another way", "in other words": the same in other
    /// words (the word "differently", not "different from").
    static func asksForAnotherWording(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.word)
        return w.contains("differently")
            || zip(w, w.dropFirst()).contains { a, b in a == "another" && b == "way" || a == "other" && b == "words" }
    }

    /// "New topic: what's group cohesion", "different topic, how do I build trust": the
    /// request after the announced change, read on its own.
    func shiftsTopic(_ analysis: Analysis) -> MatchResult? {
        let words = analysis.tokens.map(\.typed)
        guard let t = analysis.tokens.firstIndex(where: { ["topic", "topics", "subject"].contains($0.word) }),
            t + 2 < words.count
        else { return nil }
        var m = matcher.match(words[(t + 1)...].joined(separator: " "))
        guard m.intent.isContent || m.intent == .quiz, Self.namesByTerm(m) else { return nil }
        m.evidence.append("form: a change of topic announced → the request after it")
        return m
    }

    /// "Totally different thing, …", "unrelated, but …", "switching gears: …": a change of
    /// subject announced in the line's first clause; the request after it, read on its own,
    /// when it names a concept by its terms.
    /// Not "another question, this time on insurance", which asks to be quizzed.
    func changesTheSubject(_ match: MatchResult, _ analysis: Analysis) -> MatchResult? {
        guard match.intent != .quiz else { return nil }
        let text = analysis.text.lowercased()
        // "Totally different thing but a client…": with no mark, "but" closes the announcement.
        let but = text.range(of: " but ")
        // "Ok different thing. group cohesion?": a full stop closes it as a comma does.
        guard let mark = text.firstIndex(where: { ",:;-.".contains($0) }) ?? but?.lowerBound else { return nil }
        let cut = but.map { $0.lowerBound < mark ? $0.lowerBound : mark } ?? mark
        let opening = text[..<cut].split { !$0.isLetter }.map(String.init)
        let markers: Set<String> = ["different", "another", "new", "unrelated", "other", "random", "separate"]
        let things: Set<String> = ["thing", "question", "topic", "subject", "note", "q", "one"]
        let gears = zip(opening, opening.dropFirst()).contains { a, b in
            ["switching", "changing", "change", "shifting"].contains(a)
                && ["gears", "topic", "topics", "subject"].contains(b)
        }
        // Only the announcement: "give me another question, one on …" asks for a question.
        let filler: Set<String> = [
            "totally", "completely", "a", "an", "ok", "okay", "so", "um", "quick", "kinda", "slightly", "bit", "of",
            "on", "but", "also", "hey", "anyway", "the", "sorry", "wait", "kind", "something", "gears",
            "switching", "changing", "change", "shifting", "topics",
        ]
        // "Speaking of which, …", "talking of that, …": a tangent taken from the topic.
        let tangent =
            opening.count <= 3 && ["speaking", "talking"].contains(opening.first ?? "")
            && opening.dropFirst().first == "of"
            && opening.dropFirst(2).allSatisfy(["which", "that", "this", "it"].contains)
        let announced =
            tangent
            || opening.count <= 4
                && opening.allSatisfy({ filler.contains($0) || markers.contains($0) || things.contains($0) })
                && (gears || opening == ["unrelated"]
                    || opening.last.map(things.contains) == true
                        && opening.contains(where: markers.contains))
        let rest = text[text.index(cut, offsetBy: cut == but?.lowerBound ? 5 : 1)...]
        guard announced, rest.count > 3 else { return nil }
        var m = matcher.match(String(rest))
        // "Speaking of which, should i get dental insurance through work": the request after
        // the announcement, out of scope on its own, is out of scope; the topic before it does
        // not carry it back in (unless a pronoun points at it).
        // Read as a whole line of its own ("this year" points at nothing).
        let restWords = rest.split { !$0.isLetter && $0 != "'" }.map(String.init)
        let points =
            restWords.contains(where: ["it", "them", "those"].contains)
            || ["that", "this"].contains(restWords.last ?? "")
        var alone = matcher.matchLine(String(rest))
        if alone.intent == .outOfScope, !points {
            alone.evidence.append("form: a change of subject announced, the request after it out of scope")
            return alone
        }
        guard m.intent.isContent || m.intent == .quiz, Self.namesByTerm(m) else { return nil }
        m.isFollowUp = false
        m.evidence.append("form: a change of subject announced → the request after it")
        return m
    }
}
