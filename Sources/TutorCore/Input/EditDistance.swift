/// Optimal-string-alignment (Damerau–Levenshtein) distance, bounded for speed.
public enum EditDistance {
    /// The known name `name` was most likely meant to be, as in "did you mean 'progress'?":
    /// the nearest within `maxEdits` (default: max(2, a quarter of its length)), else one it is
    /// a prefix of (or that is a prefix of it); ties go to the first in alphabetical order.
    public static func closest(to name: String, among known: some Sequence<String>, maxEdits: Int? = nil) -> String? {
        let sorted = known.sorted()
        let best = sorted.map { ($0, damerau(name, $0)) }.min { $0.1 < $1.1 }
        if let best, best.1 <= maxEdits ?? max(2, name.count / 4), best.1 < name.count { return best.0 }
        guard name.count >= 3 else { return nil }
        return sorted.first { $0.hasPrefix(name) || name.hasPrefix($0) }
    }

    /// The distance between `a` and `b`, counting an adjacent swap as one edit.
    public static func damerau(_ a: String, _ b: String) -> Int {
        damerau(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: Int.max)
    }

    /// The distance, or `limit + 1` as soon as it must exceed `limit`.
    static func damerau(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        let n = a.count
        let m = b.count
        if abs(n - m) > limit { return limit + 1 }
        if n == 0 { return m }
        if m == 0 { return n }
        var prev2 = [Int](repeating: 0, count: m + 1)
        var prev = Array(0...m)
        var cur = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = min(v, prev2[j - 2] + 1)
                }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            swap(&prev2, &prev)
            swap(&prev, &cur)
        }
        return prev[m]
    }
}
