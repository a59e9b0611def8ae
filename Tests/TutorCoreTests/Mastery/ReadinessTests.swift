import Foundation
import Testing

@testable import TutorCore

/// Exam readiness (issue 16): the Beta interval, coverage and mastery per group, and a
/// prediction that rises as a strong learner masters concepts and follows exam answers.
@Suite struct ReadinessTests {
    let kb = Fixtures.kb

    @Test(
        "Beta quantiles agree with scipy.stats.beta.ppf",
        arguments: [
            (2.0, 5.0, 0.062_849_89, 0.581_803_41), (10.4, 3.6, 0.538_280_96, 0.906_834_75),
            (0.5, 0.5, 0.006_155_83, 0.993_844_17),
        ])
    func betaQuantiles(_ a: Double, _ b: Double, _ low: Double, _ high: Double) {
        let beta = BetaDistribution(a: a, b: b)
        #expect(abs(beta.quantile(0.05) - low) < 1e-6)
        #expect(abs(beta.quantile(0.95) - high) < 1e-6)
        #expect(abs(BetaDistribution(a: 1, b: 1).quantile(0.3) - 0.3) < 1e-9)
    }

    @Test func aNewLearnerIsPredictedFromThePriorsWithAWideInterval() {
        let r = Readiness(state: TutorState(seed: 1), kb: kb)
        #expect(r.all.concepts == kb.concepts.count && r.all.practised == 0)
        #expect(r.all.items == kb.examItems.count && r.all.answered == 0)
        #expect(r.groups.map(\.id) == kb.groups.map(\.id).filter { g in kb.concepts.contains { $0.group == g } })
        #expect(r.groups.reduce(0) { $0 + $1.concepts } == kb.concepts.count)
        let p = r.all.predicted
        #expect(p.low < p.mean && p.mean < p.high)
        #expect(p.mean > 0.25 && p.mean < 0.5, "priors of 0.2 predict a little above guessing: \(p.mean)")
        #expect(p.high - p.low > 0.4)
    }

    /// Answers `concept`'s open question with every one of its expectations.
    static func answerCompletely(_ chat: inout DialogueSession, _ concept: String) {
        chat.say(":quiz \(concept)")
        guard let id = chat.state.open?.id, let q = Fixtures.kb.question(id) else { return }
        chat.say(q.expectations.map(\.text).joined(separator: " "))
        if chat.state.open != nil { chat.say("skip") }
    }

    @Test func aStrongLearnersReadinessRisesAsTheyMasterConcepts() throws {
        var chat = DialogueSession(seed: 3)
        let concepts = ["therapeutic-alliance", "trust", "empathy", "court-orders", "collaboration"]
        var means = [Readiness(state: chat.state, kb: kb).all.predicted.mean]
        for _ in 0..<4 {
            for c in concepts { Self.answerCompletely(&chat, c) }
            means.append(Readiness(state: chat.state, kb: kb).all.predicted.mean)
        }
        #expect(zip(means, means.dropFirst()).allSatisfy { $0 < $1 }, "\(means)")
        let mastered = concepts.filter { KnowledgeTracer.isMastered(chat.state.mastery[$0] ?? 0) }
        #expect(!mastered.isEmpty, "a strong learner reaches mastery: \(chat.state.mastery)")
        let r = Readiness(state: chat.state, kb: kb)
        #expect(r.all.practised == concepts.count)
        let group = try #require(r.groups.first { $0.id == kb.concept("trust")!.group })
        #expect(
            group.meanMastery
                > Readiness(state: TutorState(seed: 1), kb: kb).groups.first { $0.id == group.id }!.meanMastery)
    }

    @Test func examAnswersMoveThePredictionAndNarrowTheInterval() {
        var right = TutorState(seed: 1)
        var wrong = TutorState(seed: 1)
        for item in kb.examItems.prefix(20) {
            right.examHistory.tally(item.id, correct: true)
            wrong.examHistory.tally(item.id, correct: false)
        }
        let base = Readiness(state: TutorState(seed: 1), kb: kb).all.predicted
        let up = Readiness(state: right, kb: kb).all
        let down = Readiness(state: wrong, kb: kb).all.predicted
        #expect(up.answered == 20 && up.right == 20)
        #expect(up.predicted.mean > base.mean + 0.3 && down.mean < base.mean - 0.1)
        #expect(up.predicted.high - up.predicted.low < base.high - base.low)
    }
}
