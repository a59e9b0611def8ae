import Foundation
import Testing

/// `tutor exam` end to end through a pipe.
@Suite struct ExamPipeTests {
    static let exam = ["exam", "--items", "10", "--seed", "3", "--clock", "2026-01-01T00:00:00Z", "--no-log"]

    static func rows(_ out: TutorProcess.Output) throws -> [[String: Any]] {
        try out.stdout.split(separator: "\n").map {
            try #require(
                JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], "not a JSON object: \($0)")
        }
    }

    @Test func aTenItemSetRunsToTheScoreSummary() throws {
        let out = try TutorProcess.run(Self.exam, lines: Array(repeating: "A", count: 25))
        #expect(out.status == 0)
        #expect(out.stderr.isEmpty)
        #expect(out.stdout.hasPrefix("Exam practice: 10 items."))
        for n in 1...10 { #expect(out.stdout.contains("Item \(n) of ")) }
        let summary = try #require(
            out.stdout.range(
                of: #"Exam practice done: \d+ of 10 right on the first try\."#, options: .regularExpression))
        #expect(out.stdout[summary.upperBound...].contains("Study next: "))
        #expect(!out.stdoutBytes.contains(0x1B))
    }

    @Test func jsonlLinesParseAndAnsweringEveryKeyScoresTenOfTen() throws {
        // First run: learn each item's shown options and key (the shuffle does not depend on the answers).
        let first = try TutorProcess.run(Self.exam + ["--format", "jsonl"], lines: Array(repeating: "A", count: 25))
        #expect(first.status == 0)
        let rows = try Self.rows(first)
        #expect(rows.count >= 11)
        #expect(rows[0]["turn"] as? Int == 0)
        #expect(rows[0]["input"] is NSNull)
        var keyLetters: [String: String] = [:]
        var shownOrder: [String] = []
        var pendingOptions: [String: [String]] = [:]
        for row in rows {
            #expect(row["reply"] is String)
            if let item = row["item"] as? [String: Any] {
                let id = try #require(item["id"] as? String)
                let options = try #require(item["options"] as? [String])
                #expect(options.count == 4)
                #expect(item["stem"] is String)
                pendingOptions[id] = options
                if shownOrder.last != id { shownOrder.append(id) }
            }
            if let answered = row["answered"] as? [String: Any] {
                let id = try #require(answered["id"] as? String)
                #expect(["correct", "incorrect"].contains(answered["verdict"] as? String))
                #expect((answered["explanation"] as? String)?.isEmpty == false)
                let key = try #require(answered["key"] as? String)
                let options = try #require(pendingOptions[id])
                let position = try #require(options.firstIndex(of: key))
                // A missed item asked again is reshuffled: its first showing is the one that counts.
                if keyLetters[id] == nil { keyLetters[id] = ["A", "B", "C", "D"][position] }
            }
        }
        #expect(keyLetters.count == 10)
        // Second run: answer each item with its key's letter.
        var seen: Set<String> = []
        let firstTen = shownOrder.filter { seen.insert($0).inserted }.prefix(10)
        let answers = firstTen.map { keyLetters[$0]! }
        let second = try TutorProcess.run(Self.exam, lines: answers)
        #expect(second.status == 0)
        #expect(
            second.stdout.contains("Exam practice done: 10 of 10 right on the first try."),
            "\(second.stdout.suffix(600))")
        #expect(!second.stdout.contains("Not this one."))
    }

    @Test func jsonlKeepsOneTotalNeverScoresVagueWordsAndSpacesRetries() throws {
        // Every other line names no option ("the collaborative relationship" would: some items'
        // options say it); the rest are letters, mostly wrong.
        var lines: [String] = []
        for i in 0..<40 { lines += ["whatever the textbook says", ["B", "C", "D", "A"][i % 4]] }
        let out = try TutorProcess.run(Self.exam + ["--format", "jsonl"], lines: lines)
        #expect(out.status == 0)
        let rows = try Self.rows(out)
        var totals: Set<Int> = []
        var asked: [String] = []
        for row in rows {
            if let item = row["item"] as? [String: Any], let id = item["id"] as? String {
                totals.insert(try #require(item["total"] as? Int))
                if asked.last != id { asked.append(id) }
            }
            let reply = try #require(row["reply"] as? String)
            for match in reply.matches(of: /[Ii]tem (\d+) of (\d+)/) { totals.insert(Int(match.2)!) }
            if row["input"] as? String == "whatever the textbook says" {
                #expect(row["answered"] is NSNull, "free text naming no option was scored: \(reply)")
                #expect(reply.hasPrefix("Which letter do you mean? (A, B, C or D)"))
            }
        }
        #expect(totals == [10], "one total: \(totals)")
        for (i, id) in asked.enumerated() {
            let next = asked[(i + 1)...].firstIndex(of: id).map { $0 - i - 1 }
            #expect(next == nil || next! >= 3, "\(id) repeated after \(next ?? -1) others")
        }
        #expect(Set(asked).count == 10)
    }

    @Test func wordsAndWhyThroughThePipe() throws {
        let out = try TutorProcess.run(
            ["exam", "--items", "1", "--seed", "1", "--concepts", "insurance-coverage", "--no-log"],
            lines: ["bananas", "stop"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("Which letter do you mean? (A, B, C or D)"))
        #expect(out.stdout.contains("Stopping here. Exam practice done: 0 of 0"))
    }

    @Test func badFlagsAreUsageErrors() throws {
        let zero = try TutorProcess.run(["exam", "--items", "0", "--no-log"])
        #expect(zero.status != 0)
        #expect(zero.stderr.contains("--items must be at least 1"))
        let unknown = try TutorProcess.run(["exam", "--concepts", "trsut", "--no-log"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown concept 'trsut'"))
    }
}
