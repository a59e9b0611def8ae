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
        var w = BinaryWriter(capacity: payload.count + 8 * (header.count + 3))
        w.putRaw(magic)
        for word in header { w.putFixed64(word) }
        w.putFixed64(UInt64(payload.count))
        w.putFixed64(FNV1a.hash(payload))
        w.putRaw(payload)
        return w.bytes
    }

    /// The largest cache file read.
    static let maxSize = 1 << 30

    /// Reads the file at `path` and checks its frame; `body` gets the header words and a
    /// reader over the payload. Nil when there is no file, it is not a regular file of at
    /// most `maxSize` bytes, the frame does not check out, or `body` gives nil.
    static func read<T>(
        _ path: String, magic: [UInt8], headerWords: Int, _ body: ([UInt64], inout BinaryReader) -> T?
    ) -> T? {
        guard let (fd, size) = try? OwnFile.openForReading(path, limit: maxSize) else { return nil }
        defer { close(fd) }
        let frameSize = magic.count + 8 * (headerWords + 2)
        guard size >= frameSize else { return nil }
        let bytes = read(fd: fd, at: 0, count: size)
        guard bytes.count == size else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> T? in
            var r = BinaryReader(buffer)
            guard let head = try? r.raw(magic.count), Array(head) == magic else { return nil }
            var header: [UInt64] = []
            for _ in 0..<headerWords {
                guard let word = try? r.fixed64() else { return nil }
                header.append(word)
            }
            guard let length = try? r.fixed64(), length == UInt64(bytes.count - frameSize),
                let checksum = try? r.fixed64()
            else { return nil }
            let payload = UnsafeBufferPointer(rebasing: buffer[frameSize...])
            var h = FNV1a()
            h.add(payload)
            guard h.value == checksum else { return nil }
            var reader = BinaryReader(payload)
            return body(header, &reader)
        }
    }

    /// Writes `bytes` as the file at `path`, atomically; false if it could not be.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        (try? OwnFile.replace(path, bytes: bytes)) != nil
    }
}
