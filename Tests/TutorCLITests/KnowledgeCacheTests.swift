import Foundation
import Testing

/// The built knowledge base's cache, through the binary: it is used, it follows the
/// knowledge files, and a damaged or unwritable cache costs speed, never an answer.
@Suite struct KnowledgeCacheTests {
    /// A private copy of the shipped knowledge and an empty cache folder.
    func setUp() throws -> (knowledge: URL, cache: URL) {
        let dir = TutorProcess.temporaryDirectory()
        let knowledge = dir.appendingPathComponent("K")
        try FileManager.default.copyItem(at: TutorProcess.root.appendingPathComponent("Knowledge"), to: knowledge)
        return (knowledge, dir.appendingPathComponent("cache"))
    }

    func cacheFiles(_ dir: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasPrefix("kb-") && $0.hasSuffix(".bin") }.sorted().map {
            dir.appendingPathComponent($0)
        }
    }

    func ask(_ question: String, _ knowledge: URL, cache: String) throws -> TutorProcess.Output {
        try TutorProcess.run(
            ["ask", "--knowledge", knowledge.path, question], environment: ["TUTOR_CACHE_DIR": cache])
    }

    @Test func theFirstRunStoresTheCacheAndTheNextGivesTheSameAnswers() throws {
        let (k, cache) = try setUp()
        let uncached = try ask("what is trust", k, cache: "off")
        let first = try ask("what is trust", k, cache: cache.path)
        let files = cacheFiles(cache)
        #expect(files.count == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: files[0].path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: cache.path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        let second = try ask("what is trust", k, cache: cache.path)
        #expect(uncached.status == 0 && first.status == 0 && second.status == 0)
        #expect(first.stdout == uncached.stdout && second.stdout == uncached.stdout)
        #expect(second.stderr.isEmpty)
        #expect(cacheFiles(cache) == files, "a hit writes nothing new")
    }

    @Test func anEditedKnowledgeFileIsSeenAtOnce() throws {
        let (k, cache) = try setUp()
        _ = try ask("what is trust", k, cache: cache.path)
        let trust = k.appendingPathComponent("concepts/trust.yaml")
        var text = try String(contentsOf: trust, encoding: .utf8)
        let before = try ask("what is trust", k, cache: cache.path)
        #expect(before.stdout.contains("Trust is the client's confidence"))
        text = text.replacingOccurrences(
            of: "Trust is the client's confidence", with: "Trust is the client's well-founded confidence")
        try text.write(to: trust, atomically: true, encoding: .utf8)
        let after = try ask("what is trust", k, cache: cache.path)
        #expect(after.status == 0)
        #expect(after.stdout.contains("Trust is the client's well-founded confidence"))
        #expect(cacheFiles(cache).count == 2, "one image per version of the files")
        // Breaking the file is an error even though an image of the old text is cached.
        text = text.replacingOccurrences(of: "  - concept: therapeutic-alliance\n", with: "  - concept: nowhere\n")
        try text.write(to: trust, atomically: true, encoding: .utf8)
        let broken = try ask("what is trust", k, cache: cache.path)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("concepts/trust.yaml:") && broken.stderr.contains(": error: "))
    }

    @Test func aDamagedCacheFileIsIgnoredAndRewritten() throws {
        let (k, cache) = try setUp()
        let good = try ask("how do I repair a rupture", k, cache: cache.path)
        let file = try #require(cacheFiles(cache).first)
        let original = try Data(contentsOf: file)
        var damages: [Data] = [Data(), original.prefix(20), original.prefix(original.count / 2), Data("junk".utf8)]
        var flipped = original
        flipped[original.count / 2] ^= 0x20  // inside the payload: only the checksum can tell
        damages.append(flipped)
        var header = original
        header[3] ^= 1  // the magic
        damages.append(header)
        for damaged in damages {
            try damaged.write(to: file)
            let out = try ask("how do I repair a rupture", k, cache: cache.path)
            #expect(out.status == 0 && out.stderr.isEmpty)
            #expect(out.stdout == good.stdout)
            #expect(try Data(contentsOf: file) == original, "the damaged file is replaced by a good one")
        }
    }

    @Test func anUnwritableOrDisabledCacheStillAnswers() throws {
        let (k, cache) = try setUp()
        let expected = try ask("what is empathy", k, cache: "off")
        #expect(expected.status == 0)
        // A file where the folder should be: nothing can be stored.
        try Data("x".utf8).write(to: cache)
        let blocked = try ask("what is empathy", k, cache: cache.path)
        #expect(blocked.status == 0 && blocked.stderr.isEmpty && blocked.stdout == expected.stdout)
        let off = try ask("what is empathy", k, cache: "off")
        #expect(off.stdout == expected.stdout)
        #expect(
            !FileManager.default.fileExists(atPath: TutorProcess.root.appendingPathComponent("off").path))
    }

    @Test func theCacheKeepsOnlyTheNewestImages() throws {
        let (k, cache) = try setUp()
        let trust = k.appendingPathComponent("concepts/trust.yaml")
        let text = try String(contentsOf: trust, encoding: .utf8)
        for i in 0..<10 {
            try (text + "\n# edit \(i)\n").write(to: trust, atomically: true, encoding: .utf8)
            let out = try ask("what is trust", k, cache: cache.path)
            #expect(out.status == 0)
        }
        #expect(cacheFiles(cache).count == 8)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func lessonsWithInlineQuestionsGetTheirOwnImage() throws {
        let (k, cache) = try setUp()
        let state = TutorProcess.temporaryDirectory()
        let env = ["TUTOR_CACHE_DIR": cache.path]
        _ = try ask("what is trust", k, cache: cache.path)
        #expect(cacheFiles(cache).count == 1)
        let scripts = TutorProcess.root.appendingPathComponent("Scripts").path
        for _ in 0..<2 {
            let chat = try TutorProcess.run(
                ["chat", "--knowledge", k.path, "--scripts", scripts, "--no-log"],
                input: Data("what is trust\n:lesson\n".utf8), environment: env, stateDir: state)
            #expect(chat.status == 0, "\(chat.stderr)")
            #expect(chat.stdout.contains("bridges-not-walls"), "the lessons are loaded")
        }
        #expect(cacheFiles(cache).count == 2, "one image without the lessons, one with them")
    }
}
