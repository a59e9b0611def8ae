import Testing

@testable import TutorCore

/// YAML syntax errors in an author's words, at the line to fix, one per mistake.
@Suite struct YAMLSyntaxErrorTests {
    /// The one diagnostic `text` gets from the reader, without its file name.
    private func error(_ text: String) -> String {
        let reader = YAMLReader(file: "f.yaml")
        #expect(reader.compose(text) == nil)
        #expect(reader.diagnostics.count == 1)
        return reader.diagnostics.first.map { String($0.description.dropFirst("f.yaml:".count)) } ?? ""
    }

    @Test(arguments: [
        (
            "id: x\ndefinition: Trust is: the base\n",
            "2:21: error: a ':' followed by a space (or ending a line) inside text needs quotes: put the whole text in quotes, or write it on the lines below a '>-'"
        ),
        (
            "questions:\n  - id: q\n     level: recall\n    text: hi\n",
            "3:6: error: 'level:' is indented more than the line above (line 2), so it reads as more of that line's text: line it up with the fields beside it"
        ),
        (
            "definition: Trust is\n  the base: of it\nwhy: y\n",
            "2:11: error: a ':' followed by a space inside text needs quotes (this line continues the text above): put the whole text in quotes, or write it on the lines below a '>-'"
        ),
        (
            "questions:\n  - id: q\n    level: recall\n   text: hi\n    needed: 2\n",
            "4:4: error: this line is not indented like the lines around it: it starts in column 4, the field on line 3 in column 5; the items of one list ('- ') line up in one column, and so do the fields of one mapping"
        ),
        (
            "terms:\n  - a\n  - b\n - c\n  - d\nname: X\n",
            "4:2: error: this line is not indented like the lines around it: it starts in column 2, the item on line 3 in column 3; the items of one list ('- ') line up in one column, and so do the fields of one mapping"
        ),
        (
            "questions:\n  - id: q\n    expectations:\n      - id: e1\n        text: t\n      hint: h\n",
            "6:7: error: this line starts in the column of the list's '- ' (line 4) but is not an item: start it with '- ', or indent it to line up with the fields of the item above"
        ),
        (
            "id: x\nname: X\ngroup relationship\nsources: [a]\n",
            "3:1: error: this line is neither a field ('name: value') nor a list item ('- …'): if it continues the text above, indent it under that text (or put the whole text in quotes, or write it on the lines below a '>-'); if it is a field, it needs a ': '"
        ),
        ("id: x\nname:X\nwhy: y\n", "2:6: error: a field needs a space after its ':' ('name: …', not 'name:…')"),
        (
            "id: x\nwhy: >-\ntext here\nname: y\n",
            "3:1: error: the text under 'why' (line 2) must be indented more than its field"
        ),
        (
            "terms:\n  - a\n\t- b\n",
            "3:1: error: a tab indents this line, and YAML indents with spaces only: replace the tab with spaces"
        ),
        (
            "id: x\nname: \"X\nwhy: y\n",
            "2:7: error: the quote (\") that starts this text is never closed: end the text with \""
        ),
        (
            "id: x\nname: 'client's view'\n",
            "2:14: error: the quoted text ends at this quote, but more text follows it: to start a text with a quote, put the whole text in quotes; inside single quotes write ' as '', inside double quotes write \" as \\\""
        ),
        (
            "id: x\nsources: [a, b\nwhy: y\n",
            "2:10: error: the list in brackets that starts here ('[a, b]') has no closing ']', or an item in it needs quotes (one with ', ' or ': ' inside)"
        ),
        (
            "id: x\nname: [X] is good\n",
            "2:11: error: a text that starts with '[' or '{' is read as a list or fields, so the rest of the line is left over: put the whole text in quotes"
        ),
        (
            "id: x\nname: \"a \\d b\"\n",
            "2:10: error: '\\d' is not an escape YAML knows inside double quotes: write a backslash as '\\\\', or use single quotes"
        ),
        (
            "id: x\nname: @X\n",
            "2:7: error: a text cannot start with '@' (YAML reserves it): put the whole text in quotes"
        ),
        (
            "id: x\nterms: - a\n  - b\n",
            "2:8: error: a list item ('- ') cannot start here: start the list on the line after its field, one item a line, each indented under the field"
        ),
        (
            "id: x\nname: > X is\n",
            "2:9: error: the text of a '>-' or '|' block starts on the next line, indented under its field"
        ),
        (
            "id: x\n---\nname: y\n",
            "2:1: error: '---' starts a second document, and a knowledge file holds one: remove the line"
        ),
        (
            " id: x\nname: y\n",
            "1:2: error: this line is indented, but the file's top-level fields start in column 1 (as line 2 does): remove the indentation"
        ),
    ])
    func explainsTheMistakeAtItsLine(text: String, expected: String) {
        #expect(error(text) == expected)
    }

    /// Every line of a shipped concept file, indented one space more, one less, by a tab,
    /// or ended with ': x': one diagnostic at most, on a line of the file, explained (not
    /// libyaml's words), and no crash.
    @Test func everyLineMisindentedGivesAtMostOneLocatedError() throws {
        let text = try String(
            contentsOf: Fixtures.knowledgeDir.appendingPathComponent("concepts/trust.yaml"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        var broken = 0
        for (i, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            for variant in [" " + line, String(line.dropFirst()), "\t" + line, line + ": x"] {
                var copy = lines
                copy[i] = variant
                let reader = YAMLReader(file: "f.yaml")
                if reader.compose(copy.joined(separator: "\n")) == nil { broken += 1 }
                #expect(reader.diagnostics.count <= 1, "line \(i + 1): \(variant)")
                for d in reader.diagnostics {
                    #expect(!d.message.hasPrefix("invalid YAML"), "not explained: \(d)")
                    #expect(d.line >= 1 && d.line <= lines.count, "\(d)")
                }
            }
        }
        #expect(broken > 100)
    }

    /// An error this type does not recognise keeps libyaml's words and location.
    @Test func keepsLibyamlsWordsForOtherErrors() {
        let explained = YAMLSyntaxError(
            problem: "found extremely long version number", mark: (1, 12), context: "while scanning a %YAML directive",
            contextMark: (1, 1), text: "%YAML 1.111111111\n")
        #expect(
            explained
                == YAMLSyntaxError(
                    line: 1, column: 12,
                    message:
                        "invalid YAML: found extremely long version number (while scanning a %YAML directive at line 1)"
                ))
    }
}

/// One mistake in a shipped file gives one error: no knock-on errors from the checks that
/// need what the broken file would have declared.
@Suite struct OneErrorPerMistakeTests {
    private func errors(breaking path: String, _ old: String, _ new: String) -> [String] {
        var files = Fixtures.files(in: Fixtures.knowledgeDir)
        guard let index = files.firstIndex(where: { $0.path == path }), files[index].contents.contains(old) else {
            Issue.record("fixture text not found in \(path): \(old)")
            return []
        }
        files[index].contents = files[index].contents.replacingOccurrences(of: old, with: new)
        do {
            _ = try KnowledgeLoader.load(root: "Knowledge", files: files)
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    /// The 1-based line of the shipped file on which `text` starts, so the expected errors
    /// follow the file as instructors edit it.
    private func line(of text: String, in path: String) -> Int {
        let contents = Fixtures.files(in: Fixtures.knowledgeDir).first { $0.path == path }?.contents ?? ""
        guard let range = contents.range(of: text) else { return 0 }
        return contents[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    @Test func aConceptFileWithASyntaxErrorGivesOneError() {
        // The concept carries spec questions (build-trust): neither it nor they are reported missing.
        let lines = errors(
            breaking: "concepts/trust.yaml", "\n  - trust in the counselor\n", "\n - trust in the counselor\n")
        let at = line(of: "  - trust in the counselor\n", in: "concepts/trust.yaml")
        #expect(at > 1)
        #expect(
            lines == [
                "Knowledge/concepts/trust.yaml:\(at):2: error: this line is not indented like the lines around it: it starts in column 2, the item on line \(at - 1) in column 3; the items of one list ('- ') line up in one column, and so do the fields of one mapping"
            ])
    }

    @Test func aMisspeltRequiredFieldGivesOneError() {
        // Not also "missing 'definition'", nor the spec's concept and questions missing.
        let at = line(of: "definition: >-\n", in: "concepts/trust.yaml")
        #expect(at > 1)
        #expect(
            errors(breaking: "concepts/trust.yaml", "\ndefinition: >-\n", "\ndefintion: >-\n") == [
                "Knowledge/concepts/trust.yaml:\(at):1: error: unknown field 'defintion' in the concept; did you mean 'definition'? (a required field)"
            ])
    }

    @Test func anUnclosedQuoteInAQuestionGivesOneError() {
        let lines = errors(
            breaking: "concepts/trust.yaml",
            "text: Name two things a counselor can do to build trust early in treatment.",
            "text: \"Name two things a counselor can do to build trust early in treatment.")
        let at = line(of: "text: Name two things a counselor can do to build trust early", in: "concepts/trust.yaml")
        #expect(at > 1)
        #expect(
            lines == [
                "Knowledge/concepts/trust.yaml:\(at):11: error: the quote (\") that starts this text is never closed: end the text with \""
            ])
    }

    @Test func brokenSourcesOrGroupsGiveOneErrorNotOneAReference() {
        #expect(
            errors(breaking: "sources.yaml", "- id: seed-001", "- id: seed-001\n  title: A: B")
                == [
                    "Knowledge/sources.yaml:7:11: error: a ':' followed by a space (or ending a line) inside text needs quotes: put the whole text in quotes, or write it on the lines below a '>-'"
                ])
        #expect(
            errors(breaking: "groups.yaml", "- id: relationship", "- id: relationship\n\tname: x").count == 1)
    }

    @Test func aBrokenSpecExamItemIsNotAlsoMissing() {
        let lines = errors(breaking: "exam/exam-retention-factor.yaml", "\nkey:", "\nkey: [")
        #expect(lines.count == 1)
        #expect(!lines.contains { $0.contains("specification requires") })
    }
}
