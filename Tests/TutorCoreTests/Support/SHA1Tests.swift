import Testing

@testable import TutorCore

/// SHA-1 against FIPS 180 vectors, and name-based UUIDs against Python's `uuid.uuid5`.
@Suite struct SHA1Tests {
    @Test func fipsVectors() {
        #expect(SHA1.hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(SHA1.hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(
            SHA1.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        // Two blocks of padding: 56 to 63 bytes of message.
        #expect(SHA1.hex(String(repeating: "a", count: 64)) == "0098ba824b5c16427bd7a1122a5a442a25ec644d")
    }

    @Test func uuidVersion5MatchesPython() {
        let dns: [UInt8] = [
            0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
        ]
        // uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        #expect(NameBasedUUID.string(namespace: dns, name: "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        // uuid.uuid5(uuid.NAMESPACE_URL, "https://tutor.invalid/xapi")
        #expect(
            NameBasedUUID.string(namespace: NameBasedUUID.urlNamespace, name: "https://tutor.invalid/xapi")
                == "2c9b8d2a-cf29-59c3-b0f5-39b66c6fc590")
    }
}
