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

    static let notText =
        "invalid YAML: a mapping key that is not text (an alias, a list or a mapping); write keys as text"

    @Test(arguments: [
        ("*a5: boom\n", "k.yaml:7:1: error: \(notText)"),
        ("[*a5]: boom\n", "k.yaml:7:1: error: \(notText)"),
        ("x: {k: 1, *a5 : 2}\n", "k.yaml:7:11: error: \(notText)"),
        ("? *a5\n: boom\n", "k.yaml:7:3: error: \(notText)"),
        ("? [x, y]\n: boom\n", "k.yaml:7:3: error: \(notText)"),
    ])
    func anAliasBombAsAKeyIsRefusedWhereItIs(key: String, expected: String) {
        // Six levels (9^6 nodes): under the bound, so the key is what is refused.
        let small = Self.bomb.split(separator: "\n").prefix(6).joined(separator: "\n") + "\n"
        #expect(errors(small + key) == [expected])
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

    @Test func aBombAnywhereIsRefusedBeforeItIsExpanded() {
        let said = errors(Self.bomb + "value: *a11\n")
        #expect(said.count == 1)
        #expect(said.first?.hasPrefix("k.yaml:7:") == true, "\(said)")
        #expect(
            said.first?.hasSuffix("error: invalid YAML: aliases expand to more than 1000000 nodes (an alias bomb?)")
                == true)
    }
}
