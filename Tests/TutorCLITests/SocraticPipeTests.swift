import Foundation
import Testing

/// Socratic sessions end to end: the built binary, lines piped to `tutor chat`.
@Suite struct SocraticPipeTests {
    static let chat = ["chat", "--seed", "1", "--clock", "2026-01-01T00:00:00Z", "--no-log"]

    /// The replies of a piped session (one blank line between replies, none before the first).
    static func replies(_ lines: [String], args: [String] = chat) throws -> (TutorProcess.Output, [String]) {
        let out = try TutorProcess.run(args, lines: lines)
        let replies = out.stdout.trimmingCharacters(in: .newlines).components(separatedBy: "\n\n")
        return (out, replies)
    }

    @Test func partialAnswerThenHintThenCompleteAnswerEndsInTheSummary() throws {
        let (out, r) = try Self.replies([
            "quiz me on court orders",
            "theres no trust with the counselor yet",
            "hint",
            "he only complies and isnt committed, and hell quit when the order ends",
        ])
        #expect(out.status == 0)
        #expect(out.stderr.isEmpty)
        #expect(r.count == 4)
        #expect(
            r[0]
                == "Question (Court-ordered treatment): A court-ordered client attends every session but barely talks. What is missing, and why does it matter?"
        )
        #expect(
            r[1].hasPrefix(
                "Good start. You've got it: there is no alliance, trust or connection with the counselor yet"))
        #expect(r[2] == "Hint: Compare what the court can make the client do with what it cannot.")
        #expect(
            r[3].hasPrefix("Well done. You've got it: the client complies (attends) without being committed or engaged")
        )
        #expect(
            r[3].contains(
                "That's a complete answer.\nThe full answer:\n  - The client complies (attends) without being committed or engaged.\n  - There is no alliance, trust or connection with the counselor yet.\n"
            ))
        // Then what moved: the first answer (before the hint) was not yet right.
        #expect(
            r[3].hasSuffix(
                "(Sources: seed-000; seed-002; seed-003)\nCourt-ordered treatment: 0 of 1 first answer right so far (all sessions); mastery 0.18."
            ))
        #expect(!out.stdoutBytes.contains(0x1B))
    }

    @Test func misconceptionIsCorrectedWithTheReasonAndTheSource() throws {
        let (out, r) = try Self.replies([
            "quiz me on confrontation",
            "confronting them breaks through their denial",
            "they get defensive, drop out and stop trusting the counselor",
        ])
        #expect(out.status == 0)
        #expect(r.count == 3)
        #expect(
            r[0].hasPrefix("Question (Harsh confrontation): What is likely to happen if a counselor harshly confronts"))
        #expect(
            r[1].hasPrefix(
                "A common trap: harsh confrontation breaks through denial and motivates change. It is a common belief, but harsh confrontation more often sparks resistance"
            ))
        #expect(r[1].contains("(Sources: seed-002)"))
        #expect(r[2].contains("That's a complete answer."))
    }

    @Test func theHintLadderThroughAPipe() throws {
        let (_, r) = try Self.replies([
            "quiz me on court orders", "it depends on the judge", "hint", "hint", "hint", "skip",
        ])
        #expect(r.count == 6)
        #expect(r[1].hasPrefix("Let's think about it together. "))
        #expect(r[2].hasPrefix("Hint: "))
        #expect(r[3].hasPrefix("Finish the thought: "))
        #expect(r[4].hasPrefix("Here's that part: The client complies (attends) without being committed or engaged."))
        #expect(r[5].hasPrefix("Let's move on. The full answer:"))
    }

    @Test func theSameSeedAndClockReplayByteForByte() throws {
        let lines = [
            "what is trust", "give me an example of empathy", "quiz me", "I don't know", "hint", "skip",
            "how am I doing",
        ]
        let a = try TutorProcess.run(Self.chat, lines: lines)
        let b = try TutorProcess.run(Self.chat, lines: lines)
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.isEmpty)
    }

    @Test func jsonlChatReportsTheOpenQuestionAndTheGrade() throws {
        let out = try TutorProcess.run(
            Self.chat + ["--format", "jsonl"],
            lines: ["quiz me on court orders", #"{"text": "theres no trust with the counselor yet"}"#, "skip"])
        #expect(out.status == 0)
        let rows = try out.stdout.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(rows.count == 3)
        #expect(rows[0]["intent"] as? String == "quiz")
        #expect((rows[0]["open"] as? [String: Any])?["id"] as? String == "court-order-compliance")
        let grade = try #require(rows[1]["grade"] as? [String: Any])
        #expect(grade["verdict"] as? String == "partial")
        #expect(grade["covered"] as? [String] == ["e2"])
        let mastery = try #require(rows[1]["mastery"] as? [[String: Any]])
        #expect(mastery.first?["concept"] as? String == "court-orders")
        // Skipped, the question is closed but still the one the conversation is on.
        let skipped = try #require(rows[2]["open"] as? [String: Any])
        #expect(skipped["id"] as? String == "court-order-compliance")
        #expect(skipped["closed"] as? Bool == true)
    }

    @Test func aQuestionAnsweredInFullStaysTheTopicThroughSideRequests() throws {
        let out = try TutorProcess.run(
            Self.chat + ["--format", "jsonl"],
            lines: [
                "quiz me on court orders", "hes showing up but he isnt committed to it",
                "theres no trust with the counselor yet", "and he'll drop out once the order ends", "ok thanks",
                "and the sessions do nothing for him without that bond", "what is empathy", "what is active listening",
                "what is a safe space", "what is collaboration",
            ])
        #expect(out.status == 0)
        let rows = try out.stdout.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(rows.count == 10)
        #expect((rows[2]["open"] as? [String: Any])?["closed"] == nil)
        let thanks = try #require(rows[4]["open"] as? [String: Any])
        #expect(thanks["id"] as? String == "court-order-compliance")
        #expect(thanks["closed"] as? Bool == true)
        // More of the answer after the close is graded against the same question.
        let late = try #require(rows[5]["grade"] as? [String: Any])
        #expect(late["question"] as? String == "court-order-compliance")
        // Once other concepts have taken over, it is no longer the topic.
        #expect(rows[9]["open"] is NSNull)
    }
}
