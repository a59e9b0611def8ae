import Foundation
import TutorCore

#if canImport(Glibc)
    import Glibc
#endif

/// The on-disk frame both caches share (the built knowledge base, `KnowledgeCache`, and a
/// log's checkpoint, `LearnerCheckpoint`): 8 bytes of magic, the cache's own header words,
/// the payload's length and its FNV-1a checksum (8 bytes each, little-endian), then the
/// payload. Files are opened as `OwnFile` says (no links, regular files, size checked
/// before reading) and written whole under a new temporary name (O_EXCL, 0600) and
/// renamed, never synced: a cache lost in a crash only costs the next start its speed.
enum CacheFile {
    /// Reads up to `count` bytes of `fd` from `offset`; fewer at the end of the file or on an error.
    static func read(fd: Int32, at offset: Int, count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { buffer -> Int in
            var done = 0
            while done < count {
                let n = pread(fd, buffer.baseAddress! + done, count - done, off_t(offset + done))
                if n <= 0 { break }
                done += n
            }
            return done
        }
        bytes.removeLast(count - got)
        return bytes
    }

    /// The bytes of the frame around `payload`.
    static func frame(magic: [UInt8], header: [UInt64], payload: [UInt8]) -> [UInt8] {
        var bytes = magic
        bytes.reserveCapacity(magic.count + 8 * (header.count + 2) + payload.count)
        for word in header + [UInt64(payload.count), FNV1a.hash(payload)] {
            for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(i)))) }
        }
        return bytes + payload
    }

    /// The little-endian word at `offset` of `bytes` (which has 8 bytes there).
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        (0..<8).reversed().reduce(0) { $0 << 8 | UInt64(bytes[offset + $1]) }
    }

    /// The largest cache file read.
    static let maxSize = 1 << 30

    /// Reads the file at `path` and checks its frame; `body` gets the header words and the
    /// payload. Nil when there is no file, it is not a regular file of at most `maxSize`
    /// bytes, the frame does not check out, or `body` gives nil.
    static func read<T>(
        _ path: String, magic: [UInt8], headerWords: Int, _ body: ([UInt64], UnsafeBufferPointer<UInt8>) -> T?
    ) -> T? {
        guard let (fd, size) = try? OwnFile.openForReading(path, limit: maxSize) else { return nil }
        defer { close(fd) }
        let frameSize = magic.count + 8 * (headerWords + 2)
        guard size >= frameSize else { return nil }
        let bytes = read(fd: fd, at: 0, count: size)
        guard bytes.count == size, bytes.starts(with: magic) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> T? in
            let words = (0..<headerWords + 2).map { word(buffer, at: magic.count + 8 * $0) }
            guard words[headerWords] == UInt64(size - frameSize) else { return nil }
            let payload = UnsafeBufferPointer(rebasing: buffer[frameSize...])
            var h = FNV1a()
            h.add(payload)
            guard h.value == words[headerWords + 1] else { return nil }
            return body(Array(words[..<headerWords]), payload)
        }
    }

    /// Writes `bytes` as the file at `path`, atomically; false if it could not be.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        (try? OwnFile.replace(path, bytes: bytes)) != nil
    }
}
