import Foundation

/// A Beta(a, b) distribution: its mean and quantiles, for the predicted exam score's
/// interval. The regularized incomplete beta function is the continued fraction of
/// Numerical Recipes (§6.4), inverted by bisection; plenty for two decimals.
public struct BetaDistribution: Sendable, Equatable {
    public var a: Double
    public var b: Double

    public init(a: Double, b: Double) {
        self.a = a
        self.b = b
    }

    public var mean: Double { a / (a + b) }

    /// P(X ≤ x).
    public func cdf(_ x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logNorm: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let front = exp(logNorm + logPowers)
        // The continued fraction converges fast for x below the mean; use the symmetry above it.
        if x < (a + 1) / (a + b + 2) { return front * Self.continuedFraction(a, b, x) / a }
        return 1 - front * Self.continuedFraction(b, a, 1 - x) / b
    }

    /// The x with P(X ≤ x) = p.
    public func quantile(_ p: Double) -> Double {
        var (low, high) = (0.0, 1.0)
        for _ in 0..<60 {
            let mid = (low + high) / 2
            if cdf(mid) < p { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }

    static func continuedFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...300 {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d
            if abs(d) < tiny { d = tiny }
            c = 1 + even / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d
            if abs(d) < tiny { d = tiny }
            c = 1 + odd / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            h *= step
            if abs(step - 1) < 1e-12 { break }
        }
        return h
    }
}
