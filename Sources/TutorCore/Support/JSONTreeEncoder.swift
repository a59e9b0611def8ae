/// Encodes an `Encodable` value straight into a `JSON` tree: the tree `JSON.parse` would
/// make of `JSONEncoder`'s text with `.sortedKeys`, without making and parsing the text.
/// Each logged turn carries its dialogue state, so this is on every turn's path.
///
/// It throws where `JSONEncoder` would (a non-finite number) and where a `JSON` number
/// could not hold the value exactly (an integer beyond 2^53); the caller then uses
/// `JSONEncoder`.
enum JSONTreeEncoder {
    struct Unrepresentable: Error {}

    static func encode<T: Encodable>(_ value: T) throws -> JSON {
        let root = Node()
        try value.encode(to: TreeEncoder(node: root, codingPath: []))
        return try root.json()
    }

    /// One value under construction.
    fileprivate final class Node {
        var value: JSON?
        var object: [(key: String, node: Node)]?
        var array: [Node]?

        func json() throws -> JSON {
            if let object {
                // Keys sorted as `.sortedKeys` sorts them; a key given twice keeps its last value.
                var last: [String: Node] = [:]
                for (key, node) in object { last[key] = node }
                return .object(try last.keys.sorted().map { ($0, try last[$0]!.json()) })
            }
            if let array { return .array(try array.map { try $0.json() }) }
            guard let value else { throw Unrepresentable() }  // nothing was encoded
            return value
        }

        func set(_ json: JSON) { value = json }

        func child(_ key: String) -> Node {
            let node = Node()
            object!.append((key, node))
            return node
        }

        func element() -> Node {
            let node = Node()
            array!.append(node)
            return node
        }
    }

    fileprivate static func number<I: BinaryInteger>(_ i: I) throws -> JSON {
        guard let d = Double(exactly: i), abs(d) <= 9_007_199_254_740_992 else { throw Unrepresentable() }
        return .number(d)
    }

    fileprivate static func number(_ d: Double) throws -> JSON {
        guard d.isFinite else { throw Unrepresentable() }
        return .number(d)
    }

    fileprivate struct TreeEncoder: Encoder {
        let node: Node
        var codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if node.object == nil { node.object = [] }
            return KeyedEncodingContainer(Keyed<Key>(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if node.array == nil { node.array = [] }
            return Unkeyed(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(node: node, codingPath: codingPath)
        }
    }

    fileprivate struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        var codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { node.child(key.stringValue).set(.null) }
        mutating func encode(_ v: Bool, forKey key: Key) throws { node.child(key.stringValue).set(.bool(v)) }
        mutating func encode(_ v: String, forKey key: Key) throws { node.child(key.stringValue).set(.string(v)) }
        mutating func encode(_ v: Double, forKey key: Key) throws { node.child(key.stringValue).set(try number(v)) }
        mutating func encode(_ v: Float, forKey key: Key) throws {
            node.child(key.stringValue).set(try number(Double(v)))
        }
        mutating func encode(_ v: Int, forKey key: Key) throws { node.child(key.stringValue).set(try number(v)) }
        mutating func encode(_ v: Int8, forKey key: Key) throws { node.child(key.stringValue).set(try number(v)) }
        mutating func encode(_ v: Int16, forKey key: Key) throws { node.child(key.stringValue).set(try number(v)) }
        mutating func encode(_ v: Int32, forKey key: Key) throws { node.child(key.stringValue).set(try number(v)) }
        mutating func encode(_ v: Int64, forKey key: Key) throws { node.child(key.stringValue).set(try number(v)) }
        mutating func encode(_ v: UInt, forKey key: Key) throws { node.child(key.stringValue).set(try number(v)) }
        mutating func encode(_ v: UInt8, forKey key: Key) throws { node.child(key.stringValue).set(try number(v)) }
        mutating func encode(_ v: UInt16, forKey key: Key) throws { node.child(key.stringValue).set(try number(v)) }
        mutating func encode(_ v: UInt32, forKey key: Key) throws { node.child(key.stringValue).set(try number(v)) }
        mutating func encode(_ v: UInt64, forKey key: Key) throws { node.child(key.stringValue).set(try number(v)) }

        mutating func encode<T: Encodable>(_ v: T, forKey key: Key) throws {
            try v.encode(to: TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(node: node.child("super"), codingPath: codingPath)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key])
        }
    }

    fileprivate struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey]
        var count: Int { node.array?.count ?? 0 }

        mutating func encodeNil() throws { node.element().set(.null) }
        mutating func encode(_ v: Bool) throws { node.element().set(.bool(v)) }
        mutating func encode(_ v: String) throws { node.element().set(.string(v)) }
        mutating func encode(_ v: Double) throws { node.element().set(try number(v)) }
        mutating func encode(_ v: Float) throws { node.element().set(try number(Double(v))) }
        mutating func encode(_ v: Int) throws { node.element().set(try number(v)) }
        mutating func encode(_ v: Int8) throws { node.element().set(try number(v)) }
        mutating func encode(_ v: Int16) throws { node.element().set(try number(v)) }
        mutating func encode(_ v: Int32) throws { node.element().set(try number(v)) }
        mutating func encode(_ v: Int64) throws { node.element().set(try number(v)) }
        mutating func encode(_ v: UInt) throws { node.element().set(try number(v)) }
        mutating func encode(_ v: UInt8) throws { node.element().set(try number(v)) }
        mutating func encode(_ v: UInt16) throws { node.element().set(try number(v)) }
        mutating func encode(_ v: UInt32) throws { node.element().set(try number(v)) }
        mutating func encode(_ v: UInt64) throws { node.element().set(try number(v)) }

        mutating func encode<T: Encodable>(_ v: T) throws {
            try v.encode(to: TreeEncoder(node: node.element(), codingPath: codingPath))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey>
        {
            TreeEncoder(node: node.element(), codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            TreeEncoder(node: node.element(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(node: node.element(), codingPath: codingPath)
        }
    }

    fileprivate struct Single: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey]

        mutating func encodeNil() throws { node.set(.null) }
        mutating func encode(_ v: Bool) throws { node.set(.bool(v)) }
        mutating func encode(_ v: String) throws { node.set(.string(v)) }
        mutating func encode(_ v: Double) throws { node.set(try number(v)) }
        mutating func encode(_ v: Float) throws { node.set(try number(Double(v))) }
        mutating func encode(_ v: Int) throws { node.set(try number(v)) }
        mutating func encode(_ v: Int8) throws { node.set(try number(v)) }
        mutating func encode(_ v: Int16) throws { node.set(try number(v)) }
        mutating func encode(_ v: Int32) throws { node.set(try number(v)) }
        mutating func encode(_ v: Int64) throws { node.set(try number(v)) }
        mutating func encode(_ v: UInt) throws { node.set(try number(v)) }
        mutating func encode(_ v: UInt8) throws { node.set(try number(v)) }
        mutating func encode(_ v: UInt16) throws { node.set(try number(v)) }
        mutating func encode(_ v: UInt32) throws { node.set(try number(v)) }
        mutating func encode(_ v: UInt64) throws { node.set(try number(v)) }

        mutating func encode<T: Encodable>(_ v: T) throws {
            try v.encode(to: TreeEncoder(node: node, codingPath: codingPath))
        }
    }
}
