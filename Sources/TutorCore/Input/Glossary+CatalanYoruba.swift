extension Glossary {
    /// (round 29) Catalan as learners from Barcelona mix it into English: a greeting, thanks or
    /// leave-taking said whole in it ("bon dia!", "moltes gràcies", "adéu, fins demà"), and the
    /// small question frames around an English question ("què és …", "per què …", "com puc …").
    /// "Bon dia" shares no word with the other tables, so it read as two unknown words and went
    /// out of scope. Words English spells too ("com", "per", "i", "on") show the language only
    /// beside a word of its own.
    static let catalan = Language(
        phrases: [
            ("bon dia", "good morning"), ("bona tarda", "good afternoon"), ("bona nit", "good night"),
            ("bon vespre", "good evening"), ("fins dema", "see you tomorrow"), ("fins aviat", "see you soon"),
            ("fins despres", "see you later"), ("fins ara", "see you"), ("fins la proxima", "see you next time"),
            ("moltes gracies", "thank you very much"), ("que es", "what is"), ("que vol dir", "what does it mean"),
            ("quina es la diferencia entre", "what is the difference between"),
            ("quina diferencia hi ha entre", "what is the difference between"), ("per que", "why"),
            ("com puc", "how can i"), ("no ho entenc", "i do not understand"),
            ("mes facil", "easier"), ("mes dificil", "harder"), ("mes senzill", "simpler"),
            ("un altre exemple", "another example"), ("una altra pregunta", "another question"),
            ("si us plau", "please"), ("hi ha", "there is"),
        ],
        words: [
            "bon": "good", "bona": "good", "dia": "day", "nit": "night", "tarda": "afternoon",
            "adeu": "goodbye", "gracies": "thanks", "dema": "tomorrow", "aviat": "soon", "fins": "until",
            "quina": "which", "quin": "which", "diferencia": "difference", "exemple": "example",
            "pregunta": "question", "ajuda": "help", "pista": "hint", "confianca": "trust", "alianca": "alliance",
            "que": "that", "es": "is", "els": "the", "amb": "with", "molt": "very", "moltes": "many",
            "tambe": "also", "perque": "because", "quan": "when", "meu": "my", "meva": "my",
            "entenc": "understand", "senzill": "simple", "facil": "easy", "dificil": "hard", "sessio": "session",
        ],
        openers: ["que": "what", "com": "how", "quina": "which", "quin": "which", "quan": "when"],
        alsoEnglish: ["com", "per", "i", "a", "la", "les", "el", "on", "hi", "us", "no", "ho", "ara", "un", "una"],
        sure: [
            "adeu", "gracies", "dema", "aviat", "fins", "quina", "entenc", "senzill", "tambe", "amb", "molt",
            "moltes", "meva", "sessio", "nit", "tarda",
        ])

    /// (round 29) Yoruba as learners from Ibadan say its courtesies, typed with or without
    /// their tone marks (folded away before the table is read): "Ẹ káàrọ̀ o" (good morning),
    /// "Ẹ ṣé gan an" (thank you very much), "ó dàbọ̀" (goodbye), "ẹ jọ̀ọ́" (please). Each read
    /// as unknown words and went out of scope. The small words ("ẹ", "o", "an") are English
    /// letters or words, so only the telling word or a whole phrase shows the language.
    static let yoruba = Language(
        phrases: [
            ("e kaaro", "good morning"), ("e kaasan", "good afternoon"), ("e kaale", "good evening"),
            ("e ku ise", "hello"), ("e ku aaro", "good morning"), ("e se gan an", "thank you very much"),
            ("o se gan an", "thank you very much"), ("e se", "thanks"), ("o se", "thanks"), ("gan an", "very much"),
            ("o dabo", "goodbye"), ("e joo", "please"), ("o daaro", "good night"),
        ],
        words: [
            "kaaro": "good morning", "kaasan": "good afternoon", "kaale": "good evening", "ese": "thanks",
            "eseun": "thanks", "odabo": "goodbye", "dabo": "goodbye", "daaro": "good night", "joo": "please",
            "jowo": "please", "jare": "", "sha": "", "abi": "right",
        ],
        alsoEnglish: ["e", "o", "an", "ku", "se", "gan", "sha", "abi"],
        sure: ["kaaro", "kaasan", "kaale", "ese", "eseun", "odabo", "dabo", "daaro", "joo", "jowo"])
}
