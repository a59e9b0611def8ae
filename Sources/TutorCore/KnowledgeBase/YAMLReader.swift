import Foundation
import Yams

/// Walks a composed YAML tree and records typed problems with their locations, so a
/// loader can report every mistake in a file at once instead of stopping at the first.
final class YAMLReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// Parses `text`, turning a syntax error into a located diagnostic.
    func compose(_ text: String) -> Node? {
        // Aliases are bounded before Yams sees them (an alias bomb as a key never ends).
        if let problem = YAMLAliasScan.problem(in: text) {
            report("invalid YAML: \(problem.message)", line: problem.line, column: problem.column)
            return nil
        }
        do {
            return try Self.fastCompose(text)
        } catch let error as YamlError {
            switch error {
            case .scanner(let context, let problem, let mark, _),
                .parser(let context, let problem, let mark, _),
                .composer(let context, let problem, let mark, _):
                // libyaml stops at its first error, so a file gets one: said in an author's
                // words, at the line to fix.
                let syntax = YAMLSyntaxError(
                    problem: problem, mark: (mark.line, mark.column), context: context?.text,
                    contextMark: context.map { ($0.mark.line, $0.mark.column) }, text: text)
                report(syntax.message, line: syntax.line, column: syntax.column)
            case .reader(let problem, _, _, _):
                report("invalid YAML: \(problem)", line: 1, column: 1)
            case .duplicatedKeysInMapping(let duplicates, let context):
                report(
                    "duplicate key '\(duplicates.joined(separator: "', '"))'", line: context.mark.line,
                    column: context.mark.column)
            default:
                report("invalid YAML: \(error)", line: 1, column: 1)
            }
            return nil
        } catch {
            report("invalid YAML: \(error)", line: 1, column: 1)
            return nil
        }
    }

    /// `Yams.compose(yaml:)` with its default resolver and encoding, the same tree and the
    /// same errors, but faster.
    ///
    /// Yams checks each mapping for duplicate keys by hashing them, and hashing a plain
    /// scalar resolves its tag (int, bool, null, …) with a regular expression each time: a
    /// large part of loading a knowledge base. The loader reads only the scalars' text, never
    /// their tags, so the tree from the basic resolver (no rules: every plain scalar is a
    /// string) is the same tree. Only duplicate detection can differ: keys that are equal as
    /// text are duplicates under the basic resolver, and under the default one too unless a
    /// plain `1` meets a quoted `"1"`, or an explicit tag (`!`) makes them differ. So the
    /// basic resolver is used for text without a `!`, and a duplicate it finds is checked
    /// again with the default resolver, which decides.
    static func fastCompose(_ text: String) throws -> Node? {
        let encoding = defaultEncoding
        guard !text.utf8.contains(UInt8(ascii: "!")) else {
            return try Yams.compose(yaml: text, .default, .default, encoding)
        }
        do {
            return try Yams.compose(yaml: text, .basic, .default, encoding)
        } catch YamlError.duplicatedKeysInMapping {
            return try Yams.compose(yaml: text, .default, .default, encoding)
        }
    }

    /// `Parser.Encoding.default`, which reads the whole environment on every call: UTF-8
    /// unless `YAMS_DEFAULT_ENCODING` is set (then Yams decides, as before).
    private static var defaultEncoding: Parser.Encoding {
        getenv("YAMS_DEFAULT_ENCODING") == nil ? .utf8 : .default
    }

    func report(_ message: String, at node: Node?, severity: Diagnostic.Severity = .error) {
        let mark = node?.mark
        report(message, line: mark?.line ?? 1, column: mark?.column ?? 1, severity: severity)
    }

    func report(_ message: String, line: Int, column: Int, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, severity: severity, message: message))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    // MARK: Typed access

    /// The key/value pairs of a mapping, or nil (reported) when `node` is not one.
    func mapping(_ node: Node?, what: String) -> Mapping? {
        guard let node else { return nil }
        guard case .mapping(let map) = node else {
            report("expected \(what) to be a mapping of fields", at: node)
            return nil
        }
        var fields: [(key: String, keyNode: Node, value: Node)] = []
        for (key, value) in map {
            fields.append((TextCleaner.cleanAuthored(key.scalar?.string ?? ""), key, value))
        }
        return Mapping(reader: self, node: node, fields: fields, what: what)
    }

    func sequence(_ node: Node?, what: String) -> [Node]? {
        guard let node else { return nil }
        switch node {
        case .sequence(let seq): return Array(seq)
        default:
            report("expected \(what) to be a list", at: node)
            return nil
        }
    }

    func string(_ node: Node?, what: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            if case .mapping = node {
                report("expected \(what) to be text; a ': ' inside text needs the text in quotes", at: node)
            } else {
                report("expected \(what) to be text", at: node)
            }
            return nil
        }
        // Authored text reaches the terminal: it is cleaned as learner input is.
        let text = Self.trimmed(TextCleaner.cleanAuthored(scalar.string))
        if text.isEmpty {
            report("\(what) is empty", at: node)
            return nil
        }
        return text
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation when both
    /// ends are visible ASCII (nothing to trim), which is nearly always.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func strings(_ node: Node?, what: String) -> [String]? {
        guard let items = sequence(node, what: what) else { return nil }
        return items.compactMap { string($0, what: "an item of \(what)") }
    }

    func number(_ node: Node?, what: String) -> Double? {
        guard let text = string(node, what: what) else { return nil }
        guard let value = Double(text) else {
            report("expected \(what) to be a number, found '\(text)'", at: node)
            return nil
        }
        return value
    }

    /// A mapping's fields, with the reads that were made so unknown keys can be reported.
    final class Mapping {
        let reader: YAMLReader
        let node: Node
        let fields: [(key: String, keyNode: Node, value: Node)]
        let what: String
        private var known: Set<String> = []

        init(reader: YAMLReader, node: Node, fields: [(key: String, keyNode: Node, value: Node)], what: String) {
            self.reader = reader
            self.node = node
            self.fields = fields
            self.what = what
            var seen: Set<String> = []
            for field in fields where !seen.insert(field.key).inserted {
                reader.report("duplicate field '\(field.key)' in \(what)", at: field.keyNode)
            }
        }

        func value(_ key: String) -> Node? {
            known.insert(key)
            return fields.first { $0.key == key }?.value
        }

        func required(_ key: String) -> Node? {
            let found = value(key)
            guard found == nil else { return found }
            // A misspelt field ("defintion:") is one mistake: one error, at the misspelling.
            let limit = max(1, key.count / 4)
            if let near = fields.first(where: {
                !known.contains($0.key) && EditDistance.damerau($0.key, key) <= limit
            }) {
                known.insert(near.key)
                reader.report(
                    "unknown field '\(near.key)' in \(what); did you mean '\(key)'? (a required field)",
                    at: near.keyNode)
            } else {
                reader.report("\(what) is missing the required field '\(key)'", at: node)
            }
            return found
        }

        func string(_ key: String, required isRequired: Bool = true) -> String? {
            reader.string(isRequired ? required(key) : value(key), what: "'\(key)'")
        }

        func strings(_ key: String, required isRequired: Bool = true) -> [String]? {
            reader.strings(isRequired ? required(key) : value(key), what: "'\(key)'")
        }

        /// Reports every key that no read asked for, with the keys that are allowed.
        func rejectUnknownKeys() {
            for field in fields where !known.contains(field.key) {
                let allowed = known.sorted().joined(separator: ", ")
                reader.report(
                    "unknown field '\(field.key)' in \(what) (expected one of: \(allowed))", at: field.keyNode)
            }
        }
    }
}
