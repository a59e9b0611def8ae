import CYaml

/// Bounds YAML aliases before the text is composed, from libyaml's own events.
///
/// Yams composes an alias as a shared copy of its anchor's node, which is cheap, but it
/// hashes every mapping's keys to find duplicates, and hashing a key walks all of it: an
/// alias bomb (anchors of aliases of anchors…) used as a key takes exponential time, and a
/// bomb anywhere makes any walk of the tree exponential. So the events are read first (the
/// same parser Yams uses, so the same tokens) and: a mapping key must be a scalar (not an
/// alias, a list or a mapping), and the tree the aliases would expand to is at most
/// `maxNodes` nodes. Each anchor's expanded size is counted once, so the check is linear.
/// A syntax error is left to Yams to report.
struct YAMLAliasScan {
    /// At most this many nodes once aliases are expanded.
    static let maxNodes = 1_000_000

    /// Why the aliases or keys in `text` are refused, with where (1-based), or nil.
    static func problem(in text: String) -> (line: Int, column: Int, message: String)? {
        // Without an alias there is nothing to expand, and without `*`, `?`, `[` or `{` no key
        // that is not a scalar (a block key is always a scalar).
        let b = text.utf8
        guard
            b.contains(UInt8(ascii: "*")) || b.contains(UInt8(ascii: "?")) || b.contains(UInt8(ascii: "["))
                || b.contains(UInt8(ascii: "{"))
        else { return nil }
        var scan = YAMLAliasScan()
        return scan.run(text)
    }

    /// One open collection: its expanded size so far, its anchor, and (for a mapping)
    /// whether the next node is a key.
    private struct Frame {
        var size = 1
        var anchor: String?
        var isMapping: Bool
        var expectingKey: Bool
    }

    private var frames: [Frame] = []
    private var sizes: [String: Int] = [:]
    private var total = 0

    private mutating func run(_ text: String) -> (line: Int, column: Int, message: String)? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> (line: Int, column: Int, message: String)? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }  // Yams reports it
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let problem = take(event) { return problem }
            }
        }
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    /// Takes one event; the problem it makes, if any.
    private mutating func take(_ event: yaml_event_t) -> (line: Int, column: Int, message: String)? {
        let line = Int(event.start_mark.line) + 1
        let column = Int(event.start_mark.column) + 1
        switch event.type {
        case YAML_SCALAR_EVENT:
            return node(size: 1, anchor: Self.name(event.data.scalar.anchor), isScalar: true, line, column)
        case YAML_ALIAS_EVENT:
            let size = Self.name(event.data.alias.anchor).flatMap { sizes[$0] } ?? 1
            if let problem = node(size: size, anchor: nil, isScalar: false, line, column) { return problem }
            return nil
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            if let key = keyProblem(line, column) { return key }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchor = Self.name(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
            frames.append(Frame(anchor: anchor, isMapping: isMapping, expectingKey: isMapping))
            return nil
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let done = frames.popLast() else { return nil }
            if let anchor = done.anchor { sizes[anchor] = done.size }
            return added(done.size, counting: 1, line, column)
        default:
            return nil
        }
    }

    /// Whether a node starting here would be a mapping key that is not a plain scalar.
    private func keyProblem(_ line: Int, _ column: Int) -> (line: Int, column: Int, message: String)? {
        guard let top = frames.last, top.isMapping, top.expectingKey else { return nil }
        return (line, column, "a mapping key that is not text (an alias, a list or a mapping); write keys as text")
    }

    /// A scalar or alias of `size` nodes.
    private mutating func node(size: Int, anchor: String?, isScalar: Bool, _ line: Int, _ column: Int) -> (
        line: Int, column: Int, message: String
    )? {
        if !isScalar, let key = keyProblem(line, column) { return key }
        if let anchor { sizes[anchor] = size }
        return added(size, counting: size, line, column)
    }

    /// Adds a finished node of `size` (expanded) to its parent, and `counting` to the total
    /// (a collection's children were counted as they came).
    private mutating func added(_ size: Int, counting: Int, _ line: Int, _ column: Int) -> (
        line: Int, column: Int, message: String
    )? {
        total = total &+ counting
        if !frames.isEmpty {
            frames[frames.count - 1].size = frames[frames.count - 1].size &+ size
            if frames[frames.count - 1].isMapping { frames[frames.count - 1].expectingKey.toggle() }
        }
        if total > Self.maxNodes || size > Self.maxNodes {
            return (line, column, "aliases expand to more than \(Self.maxNodes) nodes (an alias bomb?)")
        }
        return nil
    }
}
