/// One word of an analysed line.
public struct Token: Sendable, Equatable {
    /// The folded word as typed (after contractions were expanded).
    public var typed: String
    /// The folded word after spelling correction.
    public var word: String
    /// The stem, mapped through the lexicon's synonyms: what matching compares.
    public var stem: String
    /// A small word that is not evidence for a topic.
    public var isStop: Bool
    /// A word that negates what follows ("not", "without").
    public var isNegator: Bool
    /// Inside the scope of a negation or a rejection.
    public var negated: Bool
    /// The stem is one the knowledge base uses.
    public var known: Bool
    /// The word was changed by spelling correction.
    public var corrected: Bool
    public var sentence: Int
    public var clause: Int
    /// Inside parentheses: an aside or a citation ("(Bordin, 1979)").
    public var parenthesized = false

    /// A word that counts as evidence.
    public var isContent: Bool { !isStop && !isNegator }
}

/// A line after cleaning, folding, tokenizing, stemming, correcting and negation marking.
public struct Analysis: Sendable {
    public var text: String
    public var tokens: [Token]

    /// The content tokens, in order.
    public var content: [Token] { tokens.filter(\.isContent) }
    /// Whether the line holds any word at all.
    public var isEmpty: Bool { tokens.isEmpty }
}
