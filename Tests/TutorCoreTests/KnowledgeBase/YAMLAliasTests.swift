import Testing

@testable import TutorCore

/// YAML aliases are bounded before Yams composes the text: an alias bomb used as a key is
/// refused with a located error instead of hashing an exponential tree.
@Suite struct YAMLAliasTests {
    /// Twelve levels of nine aliases each: 9^12 scalars once expanded.
    static let bomb =
        (["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        + (1...11).map { i in "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]"
        })
        .joined(separator: "\n") + "\n"

    func errors(_ text: String) -> [String] {
        let reader = YAMLReader(file: "k.yaml")
        _ = reader.compose(text)
        return reader.diagnostics.map(\.description)
    }

    @Test(arguments: [
        ("*a11: boom\n", "k.yaml:13:1: error: invalid YAML: an alias used as a mapping key; aliases may not be keys"),
        ("[*a11]: boom\n", "k.yaml:13:6: error: invalid YAML: an alias inside a mapping key; aliases may not be keys"),
        (
            "{k: 1, *a11 : 2}\n",
            "k.yaml:13:8: error: invalid YAML: an alias used as a mapping key; aliases may not be keys"
        ),
        (
            "? *a11\n: boom\n",
            "k.yaml:13:1: error: invalid YAML: an explicit key ('?') in a file with aliases; write the key out in full"
        ),
    ])
    func anAliasBombAsAKeyIsRefusedWhereItIs(key: String, expected: String) {
        #expect(errors(Self.bomb + key) == [expected])
    }

    @Test func aliasesAsValuesStillWork() throws {
        let reader = YAMLReader(file: "k.yaml")
        let node = try #require(reader.compose("base: &b hello\nother: *b\nlist: [*b, 'x: *b', \"*b: y\"] # *b: z\n"))
        #expect(reader.diagnostics.isEmpty)
        #expect(node["other"]?.string == "hello")
    }

    @Test func aBlockScalarIsTextNotAliases() {
        #expect(errors("a: &a x\ntext: |\n  *a: not a key\n  more\nb: *a\n").isEmpty)
    }

    @Test func aliasesAreCountedAndBounded() {
        let many =
            "a: &a x\nl: [" + Array(repeating: "*a", count: YAMLAliasScan.maxAliases + 1).joined(separator: ", ")
            + "]\n"
        #expect(
            errors(many) == [
                "k.yaml:2:\(5 + 4 * YAMLAliasScan.maxAliases): error: invalid YAML: more than 1000 aliases in one file"
            ])
    }
}
