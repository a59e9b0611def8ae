import Foundation

/// Answers written partly in Spanish, as learners whose first language it is write them
/// ("no hay confianza with the counselor", "la familia lo trae pero no crea compromiso",
/// "el que tiene conexión con el counselor", "no sé, ni idea"). The grader's ideas are in
/// English, so such an answer credited nothing, or a don't-know read as a wrong answer. A
/// line that holds two Spanish words or more (or a Spanish "I don't know") is read in
/// English, word for word and by a few fixed phrases, before it is graded: the words of
/// counselling a learner mixes in (trust, family, commitment, pressure, connection) and the
/// small words that carry the idea's shape (negation, "the one who", "has to", "leaves").
/// English lines are never touched: the Spanish words that are also English ("no", "plan",
/// "solo", "hay", "son") do not count towards the two.
extension Grader {
    /// Spanish phrases, folded (no accents), read as a whole; tried before single words.
    static let spanishPhrases: [(words: [String], english: String)] = [
        (["no", "se"], "i do not know"),  // only at a clause's end: see `spanishGloss`
        // (round 23) "no lo sé": the same with its object pronoun, at a clause's end too.
        (["no", "lo", "se"], "i do not know"),
        (["ni", "idea"], "no idea"), (["la", "verdad"], "honestly"), (["la", "neta"], "honestly"),
        (["no", "hay"], "there is no"), (["se", "va"], "leaves"),
        (["se", "van"], "leave"), (["se", "abre"], "opens up"), (["se", "abren"], "open up"),
        (["se", "acaba"], "ends"), (["se", "acabe"], "ends"), (["se", "termina"], "ends"),
        (["tiene", "que"], "has to"), (["tienen", "que"], "have to"), (["tengo", "que"], "i have to"),
        (["el", "que"], "the one who"), (["la", "que"], "the one who"), (["los", "que"], "those who"),
        (["lo", "del"], "the part about the"), (["lo", "de"], "the part about"), (["o", "sea"], "i mean"),
        (["no", "es"], "is not"), (["no", "esta"], "is not"), (["no", "son"], "are not"),
        (["no", "estan"], "are not"), (["lo", "trae"], "brings him"), (["la", "trae"], "brings her"),
        (["los", "trae"], "brings them"), (["lo", "acepto"], "i accept him"), (["la", "acepto"], "i accept her"),
        (["le", "digo"], "i tell him"), (["eso", "es"], "that is"), (["a", "veces"], "sometimes"),
        (["otra", "vez"], "again"), (["para", "que"], "so that"), (["lo", "que"], "what"),
        (["se", "queda"], "stays"), (["se", "quedan"], "stay"), (["se", "pone"], "gets"),
        (["se", "ponen"], "get"), (["no", "crea"], "does not create"), (["no", "quiere"], "does not want"),
        (["no", "funciona"], "does not work"), (["no", "sirve"], "does not work"),
        // (round 24) An indirect object before its verb: "le sirve al cliente", it serves the client.
        (["le", "sirve"], "serves"), (["le", "sirva"], "serves"), (["les", "sirve"], "serves"),
        (["le", "ayuda"], "helps"), (["les", "ayuda"], "helps"),
    ]

    /// The phrases by their first word, each word's in the list's order (the first that fits wins).
    static let spanishPhrasesByFirstWord: [String: [(words: [String], english: String)]] = Dictionary(
        grouping: spanishPhrases, by: { $0.words[0] })

    /// Spanish words, folded, and their English. An empty reading drops the word (the
    /// reflexive "se").
    static let spanishWords: [String: String] = [
        "pero": "but", "porque": "because", "cuando": "when", "y": "and", "que": "that", "es": "is",
        "son": "are", "esta": "is", "estan": "are", "era": "was", "fue": "was", "hay": "there is",
        "tiene": "has", "tienen": "have", "tengo": "have", "el": "the", "la": "the", "los": "the",
        "las": "the", "lo": "him", "le": "him", "les": "them", "del": "of the", "de": "of", "al": "to the",
        "en": "in", "con": "with", "sin": "without", "para": "for", "por": "for", "su": "their",
        "sus": "their", "mi": "my", "un": "a", "una": "a", "muy": "very", "mas": "more", "menos": "less",
        "solo": "only", "nomas": "just", "tambien": "also", "siempre": "always", "nunca": "never",
        "nada": "nothing", "todo": "everything", "si": "if", "ya": "already", "bien": "well",
        "mejor": "better", "peor": "worse", "aunque": "although", "entonces": "so", "despues": "after",
        "antes": "before", "eso": "that", "esto": "this", "se": "",
        "confianza": "trust", "familia": "family", "compromiso": "commitment", "comprometido": "committed",
        "comprometida": "committed", "conexion": "connection", "presion": "pressure", "orden": "order",
        "cita": "appointment", "primera": "first", "primer": "first", "paciente": "client",
        "pacientes": "clients", "cliente": "client", "clientes": "clients", "clienta": "client",
        "consejero": "counselor", "consejera": "counselor", "terapeuta": "counselor", "peligro": "danger",
        "sueno": "sleep", "dormir": "sleep", "empatia": "empathy", "contexto": "context",
        "relacion": "relationship", "resultados": "results", "programa": "program", "acceso": "access",
        "metas": "goals", "objetivos": "goals", "regalo": "gift", "limites": "boundaries", "juez": "judge",
        "corte": "court", "tratamiento": "treatment", "recaida": "relapse", "culpa": "guilt",
        "verguenza": "shame", "respeto": "respect", "cultura": "culture", "vida": "life", "hijos": "kids",
        "ninos": "kids", "trae": "brings", "traen": "bring", "crea": "creates", "abre": "opens",
        "participa": "participates", "juzgar": "judging", "juzgarlo": "judging him", "juzgarla": "judging her",
        "acepto": "accept", "aceptar": "accept", "acepta": "accepts", "digo": "tell", "dice": "says",
        "escuchar": "listen", "escucho": "listen", "escucha": "listens", "presionando": "pushing",
        "presiona": "pushes", "depende": "depends", "quiere": "wants", "quieren": "want", "siente": "feels",
        "ayuda": "helps", "cambia": "changes", "cambiar": "change", "mueve": "moves", "entrar": "enter",
        "deja": "leaves", "sigue": "keeps", "vuelve": "comes back", "funciona": "works", "piensa": "thinks",
        "beber": "drinking", "bebe": "drinks", "suficiente": "enough", "importante": "important",
        "breve": "brief", "poquito": "a little", "poco": "a little", "politica": "policy", "agencia": "agency",
        "defensiva": "defensive", "defensivo": "defensive", "queda": "stays", "confia": "trusts",
        "como": "as", "persona": "person", "apruebo": "approve", "aprobar": "approve", "aprueba": "approves",
        "hizo": "did", "hace": "does", "regresa": "comes back", "vez": "time",
        "facil": "easy", "dificil": "hard", "obligado": "forced", "obligada": "forced", "obliga": "forces",
        // (round 24) Common verbs learners keep in Spanish.
        "sirve": "serves", "sirva": "serves", "sirven": "serve", "necesita": "needs", "necesitan": "need",
        "ayudar": "help", "hablar": "talk", "habla": "talks", "sabe": "knows", "saben": "know",
        "elige": "chooses", "eligen": "choose", "trabajar": "work", "trabaja": "works", "confiar": "trust",
        "decidir": "decide", "deciden": "decide", "pone": "puts", "ponen": "put",
    ]

    /// Spanish words that are also English words or texting ("no", "son", "hay", "ya", "y"
    /// for "why", "mi" of Jamaican English): read in a Spanish line, but no sign of one.
    static let spanishAlsoEnglish: WordSet = [
        "y", "son", "era", "hay", "al", "a", "mi", "ya", "solo", "con", "sin", "si", "plan", "corte", "orden",
        "mas", "bien", "se",
    ]

    /// The line read in English when it is written partly in Spanish; nil for any other line.
    func spanishGloss(_ analysis: Analysis) -> Analysis? {
        // (ASCII folds to its lower case: Foundation's folding, which costs as much as grading
        // the line, is left for text that has other letters.)
        let folded =
            analysis.text.utf8.allSatisfy({ $0 < 0x80 })
            ? analysis.text.lowercased()
            : analysis.text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        // Words with what follows each (spaces and punctuation), kept as typed.
        var words: [String] = []
        var gaps: [String] = [""]
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, read on bytes (a letter, a digit or an apostrophe is a byte of a word): the
            // same words and gaps as the characters below give, without building characters.
            var current: [UInt8] = []
            var gap: [UInt8] = []
            for b in folded.utf8 {
                if (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == 39 {
                    current.append(b)
                } else {
                    if !current.isEmpty {
                        gaps[gaps.count - 1] = String(decoding: gap, as: UTF8.self)
                        gap.removeAll(keepingCapacity: true)
                        words.append(String(decoding: current, as: UTF8.self))
                        gaps.append("")
                        current.removeAll(keepingCapacity: true)
                    }
                    gap.append(b)
                }
            }
            gaps[gaps.count - 1] = String(decoding: gap, as: UTF8.self)
            if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                gaps.append("")
            }
        } else {
            var current = ""
            for ch in folded {
                if ch.isLetter || ch.isNumber || ch == "'" || ch == "\u{2019}" {
                    current.append(ch)
                } else {
                    if !current.isEmpty {
                        words.append(current)
                        gaps.append("")
                        current = ""
                    }
                    gaps[gaps.count - 1].append(ch)
                }
            }
            if !current.isEmpty {
                words.append(current)
                gaps.append("")
            }
        }
        // gaps[i] is what comes before words[i]; gaps[words.count] is what ends the line.
        guard words.count >= 2 else { return nil }
        let markers = Set(words.filter { Self.spanishWords[$0] != nil && !Self.spanishAlsoEnglish.contains($0) })
        // "no sé": a Spanish don't-know, at the end of a clause.
        func endsClause(_ i: Int) -> Bool {
            i + 1 >= words.count || gaps[i + 1].contains(where: { !$0.isWhitespace })
        }
        // ("ni idea" is "no idea" wherever it stands.)
        let saysNotKnowing = words.indices.dropFirst().contains {
            words[$0] == "se" && endsClause($0)
                && (words[$0 - 1] == "no" || words[$0 - 1] == "lo" && $0 >= 2 && words[$0 - 2] == "no")
                || words[$0] == "idea" && words[$0 - 1] == "ni"
        }
        // A Spanish phrase ("no hay", "tiene que", "se va") is a sign of its own.
        let phrases = words.indices.filter { i in
            (Self.spanishPhrasesByFirstWord[words[i]] ?? []).contains { phrase in
                phrase.english != "i do not know" && i + phrase.words.count <= words.count
                    && Array(words[i..<i + phrase.words.count]) == phrase.words
            }
        }
        guard markers.count + phrases.count >= 2 || saysNotKnowing else { return nil }
        var out = gaps[0]
        var i = 0
        while i < words.count {
            var english: String?
            var used = 1
            for phrase in Self.spanishPhrasesByFirstWord[words[i]] ?? [] where i + phrase.words.count <= words.count {
                let n = phrase.words.count
                guard Array(words[i..<i + n]) == phrase.words,
                    (i + 1..<i + n).allSatisfy({ gaps[$0].allSatisfy(\.isWhitespace) })
                else { continue }
                if phrase.english == "i do not know" && !endsClause(i + n - 1) { continue }
                english = phrase.english
                used = n
                break
            }
            let word = english ?? Self.spanishWords[words[i]] ?? words[i]
            out += word
            i += used
            out += gaps[i]
        }
        return analyzer.analyze(out)
    }
}

extension Grader {
    /// An answer in one of the other languages the matcher reads (`Glossary`: Tagalog, French,
    /// Portuguese, Italian, German, Persian, and Spanish lines the grader's own table leaves),
    /// read in English: "não sei" is "i do not know", a don't-know, not a wrong answer.
    /// English answers are never touched: a token set lookup first.
    func glossed(_ analysis: Analysis) -> Analysis? {
        // An answer in Tagalog: its verbs and words of answers first (`Grader+Tagalog`).
        if analysis.tokens.contains(where: { Self.tagalogAnswerSigns.contains($0.typed) }),
            let tagalog = Self.tagalogAnswer(analysis.text)
        {
            return analyzer.analyze(Glossary.english(tagalog) ?? tagalog)
        }
        guard Glossary.mayShowALanguage(analysis.tokens),
            let english = Glossary.english(analysis.text)
        else { return nil }
        return analyzer.analyze(english)
    }
}
