import Foundation
import TutorCore

#if canImport(Glibc)
    import Glibc
#endif

/// The on-disk frame both caches share (the built knowledge base, `KnowledgeCache`, and a
/// log's checkpoint, `LearnerCheckpoint`): 8 bytes of magic, the cache's own header words,
/// the payload's length and its checksum (`CacheHash`; 8 bytes each, little-endian), then
/// the payload. Files are opened as `OwnFile` says (no links, regular files, size checked
/// before reading) and written whole under a new temporary name (O_EXCL, 0600) and
/// renamed, never synced: a cache lost in a crash only costs the next start its speed.
enum CacheFile {
    /// Reads up to `count` bytes of `fd` from `offset`; fewer at the end of the file or on an error.
    static func read(fd: Int32, at offset: Int, count: Int) -> [UInt8] {
        // Not zeroed first: every byte kept is one that `pread` wrote.
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = read(fd: fd, at: offset, into: UnsafeMutableRawBufferPointer(buffer))
        }
    }

    /// Reads into `buffer` from `offset` of `fd`; the count read, short at the end of the file or on an error.
    static func read(fd: Int32, at offset: Int, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n <= 0 { break }
            done += n
        }
        return done
    }

    /// The bytes of the frame around `payload`.
    static func frame(magic: [UInt8], header: [UInt64], payload: [UInt8]) -> [UInt8] {
        var bytes = magic
        bytes.reserveCapacity(magic.count + 8 * (header.count + 2) + payload.count)
        let sum = payload.withUnsafeBufferPointer { checksum($0) }
        for word in header + [UInt64(payload.count), sum] {
            for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(i)))) }
        }
        return bytes + payload
    }

    /// The little-endian word at `offset` of `bytes` (which has 8 bytes there).
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        (0..<8).reversed().reduce(0) { $0 << 8 | UInt64(bytes[offset + $1]) }
    }

    /// A payload's checksum: `CacheHash` of its bytes.
    static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = CacheHash()
        h.add(UnsafeRawBufferPointer(bytes))
        return h.value
    }

    /// The largest cache file read.
    static let maxSize = 1 << 30

    /// Reads the file at `path` and checks its frame; `body` gets the header words, the
    /// payload, and the memory that holds the payload (alive as long as it is kept).
    /// Nil when there is no file, it is not a regular file of at most `maxSize` bytes, the
    /// frame does not check out, or `body` gives nil.
    static func read<T>(
        _ path: String, magic: [UInt8], headerWords: Int,
        _ body: ([UInt64], UnsafeBufferPointer<UInt8>, Memory) -> T?
    ) -> T? {
        guard let (fd, size) = try? OwnFile.openForReading(path, limit: maxSize) else { return nil }
        defer { close(fd) }
        let frameSize = magic.count + 8 * (headerWords + 2)
        guard size >= frameSize, let memory = Memory(count: size) else { return nil }
        guard read(fd: fd, at: 0, into: UnsafeMutableRawBufferPointer(memory.bytes)) == size else { return nil }
        let buffer = UnsafeBufferPointer(memory.bytes)
        guard buffer.starts(with: magic) else { return nil }
        let words = (0..<headerWords + 2).map { word(buffer, at: magic.count + 8 * $0) }
        guard words[headerWords] == UInt64(size - frameSize) else { return nil }
        let payload = UnsafeBufferPointer(rebasing: buffer[frameSize...])
        guard checksum(payload) == words[headerWords + 1] else { return nil }
        return body(Array(words[..<headerWords]), payload, memory)
    }

    /// Memory of its own for a file's bytes, mapped with all its pages at once
    /// (`MAP_POPULATE`): a megabyte read into ordinary memory takes a page fault for every
    /// 4 KB, a fifth of a warm start's time. Unmapped when the last reference goes.
    final class Memory: @unchecked Sendable {
        let bytes: UnsafeMutableBufferPointer<UInt8>

        init?(count: Int) {
            guard count > 0 else { return nil }
            let flags = MAP_PRIVATE | MAP_ANONYMOUS | Self.populate
            let address = mmap(nil, count, PROT_READ | PROT_WRITE, flags, -1, 0)
            guard let address, address != MAP_FAILED else { return nil }
            bytes = UnsafeMutableBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: count)
        }

        deinit { munmap(bytes.baseAddress, bytes.count) }

        #if os(Linux)
            static let populate = MAP_POPULATE
        #else
            static let populate: Int32 = 0
        #endif
    }

    /// Writes `bytes` as the file at `path`, atomically; false if it could not be.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        (try? OwnFile.replace(path, bytes: bytes)) != nil
    }
}

/// The caches' hash (their keys and checksums): FNV-1a's step over 8 bytes at a time, with
/// the high half folded down after each, a fifth of the work of FNV-1a's byte at a time on
/// a megabyte. Not a defence against tampering: a cache is the user's own file, rebuilt
/// whenever it does not match.
struct CacheHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var h = (value ^ UInt64(bytes.count)) &* Self.prime
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* Self.prime
            h ^= h >> 32
            i += 8
        }
        while i < bytes.count {
            h = (h ^ UInt64(bytes[i])) &* Self.prime
            i += 1
        }
        value = h
    }

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    /// A string's UTF-8 (its length is hashed too, so ("ab", "c") and ("a", "bc") differ).
    mutating func add(_ text: String) {
        var copy = text
        copy.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    private static let prime: UInt64 = 0x0000_0100_0000_01B3
}
