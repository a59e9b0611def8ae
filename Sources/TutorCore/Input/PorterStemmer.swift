/// The Porter (1980) stemming algorithm, on ASCII lower-case words. Words with other
/// characters are returned as they are.
public enum PorterStemmer {
    /// The stem of `word`: "listening" → "listen", "relationships" → "relationship".
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.count > 2, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        var s = Stem(b: bytes)
        s.run()
        bytes = Array(s.b[0..<s.k])
        return String(decoding: bytes, as: UTF8.self)
    }

    private struct Stem {
        var b: [UInt8]
        var k: Int  // end (exclusive)
        var j = 0

        init(b: [UInt8]) {
            self.b = b
            self.k = b.count
        }

        func isConsonant(_ i: Int) -> Bool {
            switch b[i] {
            case 97, 101, 105, 111, 117: return false  // a e i o u
            case 121: return i == 0 ? true : !isConsonant(i - 1)  // y
            default: return true
            }
        }

        /// The number of consonant-vowel sequences in b[0..<j].
        func m() -> Int {
            var n = 0
            var i = 0
            let end = j
            while true {
                if i >= end { return n }
                if !isConsonant(i) { break }
                i += 1
            }
            i += 1
            while true {
                while true {
                    if i >= end { return n }
                    if isConsonant(i) { break }
                    i += 1
                }
                i += 1
                n += 1
                while true {
                    if i >= end { return n }
                    if !isConsonant(i) { break }
                    i += 1
                }
                i += 1
            }
        }

        func vowelInStem() -> Bool {
            for i in 0..<j where !isConsonant(i) { return true }
            return false
        }

        func doubleConsonant(_ i: Int) -> Bool {
            guard i >= 1, b[i] == b[i - 1] else { return false }
            return isConsonant(i)
        }

        func cvc(_ i: Int) -> Bool {
            guard i >= 2, isConsonant(i), !isConsonant(i - 1), isConsonant(i - 2) else { return false }
            let ch = b[i]
            return ch != 119 && ch != 120 && ch != 121  // w x y
        }

        // Suffixes are static strings, read in place: the stemmer runs for every word of
        // every line, and building an array per suffix tried was most of its cost.
        mutating func ends(_ s: StaticString) -> Bool {
            let len = s.utf8CodeUnitCount
            guard len <= k else { return false }
            let suffix = s.utf8Start
            for idx in 0..<len where b[k - len + idx] != suffix[idx] { return false }
            j = k - len
            return true
        }

        mutating func setTo(_ s: StaticString) {
            let r = UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
            b.replaceSubrange(j..<k, with: r)
            k = j + r.count
            b.removeSubrange(k..<b.count)
        }

        mutating func r(_ s: StaticString) { if m() > 0 { setTo(s) } }

        mutating func step1ab() {
            if b[k - 1] == 115 {  // s
                if ends("sses") {
                    k -= 2
                } else if ends("ies") {
                    setTo("i")
                } else if k >= 2 && b[k - 2] != 115 {
                    k -= 1
                }
                b.removeSubrange(k..<b.count)
            }
            if ends("eed") {
                if m() > 0 { k -= 1; b.removeSubrange(k..<b.count) }
            } else if (ends("ed") || ends("ing")) && vowelInStem() {
                k = j
                b.removeSubrange(k..<b.count)
                if ends("at") {
                    setTo("ate")
                } else if ends("bl") {
                    setTo("ble")
                } else if ends("iz") {
                    setTo("ize")
                } else if doubleConsonant(k - 1) {
                    let ch = b[k - 1]
                    if ch != 108 && ch != 115 && ch != 122 { k -= 1; b.removeSubrange(k..<b.count) }  // l s z
                } else {
                    j = k
                    if m() == 1 && cvc(k - 1) { setTo("e") }
                }
            }
        }

        mutating func step1c() {
            if ends("y") && vowelInStem() { b[k - 1] = 105 }  // i
        }

        static let step2Pairs: [(StaticString, StaticString)] = [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
            ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
            ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
            ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
            ("logi", "log"),
        ]

        mutating func step2() {
            guard k > 1 else { return }
            for (suffix, replacement) in Self.step2Pairs where ends(suffix) {
                r(replacement)
                return
            }
        }

        static let step3Pairs: [(StaticString, StaticString)] = [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
            ("ness", ""),
        ]

        mutating func step3() {
            for (suffix, replacement) in Self.step3Pairs where ends(suffix) {
                r(replacement)
                return
            }
        }

        static let step4Suffixes: [StaticString] = [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism",
            "ate", "iti", "ous", "ive", "ize",
        ]
        static let ion = step4Suffixes.firstIndex { $0.description == "ion" }!

        mutating func step4() {
            for (index, suffix) in Self.step4Suffixes.enumerated() where ends(suffix) {
                if index == Self.ion {
                    guard j >= 1, b[j - 1] == 115 || b[j - 1] == 116 else { return }  // s t
                }
                if m() > 1 {
                    k = j
                    b.removeSubrange(k..<b.count)
                }
                return
            }
        }

        mutating func step5() {
            j = k
            if b[k - 1] == 101 {  // e
                j = k - 1
                let a = m()
                if a > 1 || (a == 1 && !cvc(k - 2)) { k -= 1 }
            }
            j = k
            if b[k - 1] == 108 && doubleConsonant(k - 1) && m() > 1 { k -= 1 }  // l
            b.removeSubrange(k..<b.count)
        }

        mutating func run() {
            step1ab()
            guard k > 1 else { return }
            step1c()
            step2()
            step3()
            step4()
            step5()
        }
    }
}
