extension Matcher {
    /// Undoes spelling corrections that turned a word of another field into one of ours:
    /// "dental" is not a typo of "denial", nor "banking" of "backing". The knowledge base's
    /// vocabulary is small, so many ordinary words lie one letter from one of its words;
    /// those the lexicon names as off-topic, or as another sense of a concept, keep their
    /// own stem (unknown), so the scope decision sees them for what they are.
    func keepingForeignWords(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: \.corrected) else { return tokens }
        var out = tokens
        for i in out.indices where out[i].corrected {
            let own = analyzer.stem(out[i].typed)
            guard foreignStems.contains(own) else { continue }
            out[i].word = out[i].typed
            out[i].stem = own
            out[i].corrected = false
            out[i].known = false
        }
        return out
    }
}

extension Matcher {
    /// "in my country we don't use this word", "how i do that with a client from another
    /// country": a learner writing in a second language tells where they or their client come
    /// from. The country is then a person's background, not geography: the word becomes a
    /// small word, evidence of no field. ("what does an alliance mean for a small country" is
    /// still about a country.)
    func settingAsideHomeCountry(_ tokens: [Token]) -> [Token] {
        var out = tokens
        for i in out.indices.dropFirst() where ["country", "countries"].contains(out[i].word) {
            if Self.countryOwners.contains(out[i - 1].word) { out[i].isStop = true }
        }
        return out
    }
    private static let countryOwners: WordSet = [
        "my", "our", "his", "her", "their", "other", "another", "same", "different", "home",
    ]
}

extension Matcher {
    /// Function words of Spanish and of Jamaican Creole, the languages learners most often
    /// mix into a line ("el consejero de mi tío…", "como suena immediacy…", "wha dem call it
    /// now"). Two or more of them in a line tell a second language: they are then small
    /// words, evidence of no field and no unknown subject. ("mi" among them is "my" or "me",
    /// not motivational interviewing.) The line's words the knowledge base does not know are
    /// then words of that language ("terapeuta", "hermano"), not another field's subject.
    static let mixedInFunctionWords: WordSet = [
        "el", "la", "los", "las", "del", "de", "mi", "tu", "su", "que", "como", "una", "uno", "mas", "muy",
        "por", "para", "porfa", "favor", "sobre", "algo", "esto", "eso", "pero", "con", "sin", "suena", "es",
        "un", "unos", "dame", "dime", "estoy", "tengo",
        "dem", "nuh", "wha", "yuh", "dat", "fi", "unu", "weh", "seh", "cyaan", "inna", "likkle",
    ]

    func settingAsideMixedInFunctionWords(_ tokens: [Token]) -> [Token] {
        let foreign = tokens.indices.filter { Self.mixedInFunctionWords.contains(tokens[$0].typed) }
        guard Set(foreign.map { tokens[$0].typed }).count >= 2 else { return tokens }
        var out = tokens
        for i in foreign { out[i].isStop = true }
        for i in out.indices where !out[i].known && !out[i].corrected { out[i].isStop = true }
        return out
    }
}

extension Matcher {
    /// In a line of another language read in English, the words the glossary did not hold
    /// and English does not have ("pelea", "quinceanera") are that language's: small words,
    /// evidence of no field and no unknown subject, as `settingAsideMixedInFunctionWords`
    /// reads them. An everyday English word stays what it is ("¿cuál es la capital de Perú?"
    /// asks about a capital: another field).
    /// A line that names nothing the knowledge base knows is asking about what it does name:
    /// "¿qué es la fotosíntesis?" asks about another field, its word no small word.
    func settingAsideUntranslated(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { $0.known && $0.isContent }) else { return tokens }
        var out = tokens
        for i in out.indices where !out[i].known && !out[i].corrected && !analyzer.corrector.isEveryday(out[i].word) {
            out[i].isStop = true
        }
        return out
    }
}
