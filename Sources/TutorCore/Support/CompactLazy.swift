import Foundation

/// A value that `CompactDecoder` leaves as bytes until it is first used: for the part of
/// the knowledge-base cache that many commands never need (the grader's compiled questions:
/// `ask` and `match` never grade). Other coders see the bare value.
///
/// In the compact form it is a section: its byte count, then the value as it is written in
/// place. The section may refer to objects and shared values written before it (the
/// analyzer, the knowledge base's questions) and nothing after it refers into it, so it is
/// read on its own when first used, with what was read before it. The bytes it reads then
/// are the decoder's own, kept (never a file: the core does no I/O).
///
/// Reading is deferred, and so is its check: bytes that do not decode, or that `validate`
/// refuses, give `fallback()` instead (a cache file's checksum leaves that to a crafted
/// file). The owner of the value sets both after decoding (`Grader.deferCheck`).
public struct CompactLazy<Value: Codable & Sendable>: Codable, Sendable, CustomReflectable {
    let box: CompactLazyBox<Value>

    public init(_ value: Value) {
        box = CompactLazyBox(value)
    }

    /// The value, read from its section the first time.
    public var value: Value { box.value }

    /// What a reflection sees: the value, as for a value that was never encoded.
    public var customMirror: Mirror { Mirror(reflecting: value) }

    public init(from decoder: any Decoder) throws {
        if let compact = decoder as? CompactDecoding {
            box = CompactLazyBox(section: try compact.section())
        } else {
            box = CompactLazyBox(try Value(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        if let compact = encoder as? CompactEncoding {
            try compact.encodeSection(value)
        } else {
            try value.encode(to: encoder)
        }
    }

    /// Sets what checks the value once read from its section, and what stands in for it
    /// when the section does not decode or fails the check.
    public func deferCheck(
        _ validate: @escaping @Sendable (Value) throws -> Void, fallback: @escaping @Sendable () -> Value
    ) {
        box.setCheck(validate, fallback: fallback)
    }
}

/// The state behind a `CompactLazy`: the value, or the section it is read from. It is read
/// at most once, under a lock, so a tutor shared between threads stays `Sendable`.
final class CompactLazyBox<Value: Decodable & Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var read: Value?
    private var section: CompactSection?
    private var validate: (@Sendable (Value) throws -> Void)?
    private var fallback: (@Sendable () -> Value)?

    init(_ value: Value) {
        read = value
    }

    init(section: CompactSection) {
        self.section = section
    }

    func setCheck(_ validate: @escaping @Sendable (Value) throws -> Void, fallback: @escaping @Sendable () -> Value) {
        lock.lock()
        defer { lock.unlock() }
        self.validate = validate
        self.fallback = fallback
    }

    /// Whether the value is there, read from its section or never in one.
    var isRead: Bool {
        lock.lock()
        defer { lock.unlock() }
        return read != nil
    }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let read { return read }
        let value = readSection()
        read = value
        section = nil  // lets go of the bytes
        validate = nil
        fallback = nil
        return value
    }

    private func readSection() -> Value {
        do {
            let value = try section!.decode(Value.self)
            try validate?(value)
            return value
        } catch {
            // Only a crafted cache gets here (the file's checksum held). The owner sets a
            // fallback; with none, there is nothing to stand in for the value.
            guard let fallback else { fatalError("a lazily read cache section does not decode: \(error)") }
            return fallback()
        }
    }
}

/// A section's bytes and what was read before it (the objects and shared values it may
/// refer to), kept until it is read.
struct CompactSection {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whatever keeps `bytes` alive.
    let owner: AnyObject
    let objects: [AnyObject]
    let shared: [Any]

    /// The value the section holds, every byte read.
    func decode<T: Decodable>(_: T.Type) throws -> T {
        let decoding = CompactDecoding(bytes, objects: objects, shared: shared)
        defer { decoding.finish() }
        let value = try decoding.decodeValue(T.self)
        guard decoding.reader.pointee.remaining == 0 else { throw CompactCodingError.invalid("bytes after a section") }
        return value
    }
}

/// Bytes copied out of a decoder's input that it was not told would stay alive.
final class CompactOwnedBytes {
    let buffer: UnsafeMutableBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer = .allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
    }

    deinit { buffer.deallocate() }
}

extension CompactDecoding {
    /// Reads past a section (its count, then its bytes), keeping what reading it later needs.
    func section() throws -> CompactSection {
        let n = try reader.pointee.count()
        let r = reader.pointee
        var bytes = UnsafeBufferPointer(rebasing: r.bytes[r.offset..<r.offset + n])
        reader.pointee.offset += n
        let owner: AnyObject
        if let kept = tables.pointee.owner {
            owner = kept
        } else {
            let copy = CompactOwnedBytes(bytes)
            bytes = UnsafeBufferPointer(rebasing: copy.buffer[..<n])
            owner = copy
        }
        return CompactSection(
            bytes: bytes, owner: owner, objects: tables.pointee.objects, shared: tables.pointee.shared)
    }
}

extension CompactEncoding {
    /// Writes `value` as a section: its byte count, then its bytes. What the section
    /// numbers (objects, shared values) is forgotten after it, so nothing later refers
    /// into it and it can be read on its own.
    func encodeSection<T: Encodable>(_ value: T) throws {
        let before = snapshot()
        let start = writer.bytes.count
        try encodeValue(value)
        restore(before)
        var count = CompactWriter()
        count.varint(UInt64(writer.bytes.count - start))
        writer.bytes.insert(contentsOf: count.bytes, at: start)
    }
}
