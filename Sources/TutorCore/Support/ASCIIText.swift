/// Byte-level reads of plain ASCII text, for checks that run on every line and would
/// otherwise go through Foundation or through `Character`s.
enum ASCIIText {
    /// Whether `text` holds `needle` (lowercase ASCII letters) in any case, read on bytes; nil
    /// when `text` is not all ASCII (Foundation's case folding then decides, which may take a
    /// letter of another script for an ASCII one).
    static func contains(_ text: String, caseInsensitive needle: StaticString) -> Bool? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let count = pattern.count
            guard count > 0 else { return true }
            guard bytes.count >= count else { return false }
            for start in 0...(bytes.count - count) where fold(bytes[start]) == pattern[0] {
                var k = 1
                while k < count && fold(bytes[start + k]) == pattern[k] { k += 1 }
                if k == count { return true }
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(search) ?? Array(text.utf8).withUnsafeBufferPointer(search)
    }

    /// An ASCII letter in lower case; any other byte as it is.
    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte | 0x20 : byte
    }
}
