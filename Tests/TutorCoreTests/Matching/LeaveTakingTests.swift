import Foundation
import Testing

@testable import TutorCore

/// Thanks said on the way out, and the short ways people thank and take leave.
@Suite struct LeaveTakingTests {
    let matcher = Fixtures.tutor.matcher

    /// Thanks beside a clear leave-taking take leave: the goodbye is the act, and its reply
    /// sums the session up.
    @Test(
        "thanks said on the way out take leave",
        arguments: [
            "cheers, I'm off", "thanks, see you tomorrow", "thank you so much, gotta run", "ta, off to bed",
            "ok thx, heading out now", "cheers, talk later",
        ])
    func thanksOnTheWayOut(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .goodbye, "\(m.evidence)")
    }

    /// Thanks alone, or thanks with a question, stay what they are.
    @Test(
        "thanks without a leave-taking stay thanks",
        arguments: [
            ("thanks, that helps a lot", Intent.thanks), ("ta", .thanks), ("ta very much", .thanks),
            ("cheers for explaining", .thanks),
        ])
    func thanksAlone(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }

    /// A line of nothing but going to bed and its small words takes leave.
    @Test("going to bed takes leave", arguments: ["off to bed", "ok bedtime for me", "bed. night all"])
    func bed(_ text: String) {
        #expect(matcher.matchLine(text).intent == .goodbye)
    }

    /// "Bed" inside a case is the case's: a client who stays in bed is no goodbye.
    @Test("a bed in a case is no goodbye")
    func bedInACase() {
        #expect(matcher.matchLine("my client stays in bed all day and misses sessions").intent != .goodbye)
    }
}
