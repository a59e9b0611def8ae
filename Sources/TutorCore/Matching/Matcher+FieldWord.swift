/// A concept named by one word that is no everyday English ("Bordin", "Horvath",
/// "countertransference"): a scholar's name or the field's own coinage, which no other
/// subject shares. When the concept lists no other sense, the line is about it however many
/// words around it the knowledge base does not know ("I have seen Bordin cited repeatedly;
/// what, broadly, are the parts of his model?"). Everyday English is `words.txt`, the list the
/// spelling corrector keeps as typed; a word it corrected is no such name.
extension Matcher {
    func namesByAFieldWord(_ c: Int, terms: TermScan, tokens: [Token]) -> Bool {
        let own = terms.tokens[c] ?? []
        guard own.count == 1 else { return false }
        let token = tokens[own[0]]
        return token.typed.count >= 5 && !token.corrected && token.typed.allSatisfy(\.isLetter)
            && !analyzer.corrector.isEveryday(token.typed)
    }
}
