extension Glossary {
    /// (round 29) Swahili as learners from Tanzania and Kenya mix it in: "Tafadhali, what are the
    /// stages of change?", "How I build trust with a new mteja…", "Asante sana". A word for the
    /// client, "please", "ok", and the question words; "sawa" (ok) closes a request ("give
    /// example of transference, sawa?").
    static let swahili = Language(
        phrases: [
            ("ni nini", "what is"), ("kwa nini", "why"), ("asante sana", "thank you very much"),
            ("sijui", "i do not know"), ("sielewi", "i do not understand"), ("habari za asubuhi", "good morning"),
            ("tutaonana kesho", "see you tomorrow"), ("tutaonana", "see you"), ("swali rahisi", "an easier question"),
        ],
        words: [
            "mteja": "client", "wateja": "clients", "tafadhali": "please", "sawa": "ok", "nini": "what",
            "vipi": "how", "lini": "when", "wapi": "where", "nani": "who", "ndiyo": "yes", "hapana": "no",
            "lakini": "but", "sana": "very", "rafiki": "friend", "mtihani": "exam", "swali": "question",
            "mfano": "example", "rahisi": "easy", "ngumu": "hard", "nimechoka": "i am tired", "mambo": "hi",
            "shikamoo": "hello", "karibu": "welcome", "asubuhi": "morning", "kesho": "tomorrow",
            "sijui": "i do not know", "sielewi": "i do not understand", "tutaonana": "see you",
        ],
        alsoEnglish: ["pole", "sana", "mambo"],
        sure: [
            "mteja", "wateja", "tafadhali", "sawa", "nini", "ndiyo", "hapana", "lakini", "mtihani", "swali", "mfano",
            "rahisi", "ngumu", "nimechoka", "shikamoo", "karibu", "sijui", "sielewi", "tutaonana", "asubuhi",
        ])

    /// (round 29) Tamil as learners from Chennai mix it in: "Vanakkam", "Nandri, very useful",
    /// "Romba kashtam, easy question please" (very hard), "Puriyala. Simple words please" (I do
    /// not understand), "Konjam explain please" (a little), "Enna meaning of…" (what).
    static let tamil = Language(
        phrases: [
            ("romba nandri", "thank you very much"), ("romba kashtam", "very hard"),
            ("enakku puriyala", "i do not understand"),
            ("poitu varen", "bye"), ("poyittu varen", "bye"), ("poitu varuven", "bye"),
        ],
        words: [
            "vanakkam": "hello", "nandri": "thanks", "romba": "very", "kashtam": "hard",
            "puriyala": "i do not understand",
            "puriyavillai": "i do not understand", "konjam": "a little", "enna": "what", "eppadi": "how",
            "yen": "why", "seri": "ok", "sari": "ok", "illa": "no", "illai": "no", "aama": "yes", "ayyo": "",
            "enakku": "to me", "theriyala": "i do not know", "theriyathu": "i do not know", "paravala": "never mind",
        ],
        alsoEnglish: ["yen", "sari", "seri"],
        sure: [
            "vanakkam", "nandri", "romba", "kashtam", "puriyala", "puriyavillai", "konjam", "enna", "eppadi", "illa",
            "illai", "aama", "ayyo", "enakku", "theriyala", "theriyathu", "paravala",
        ])

    /// (round 29) Welsh as learners from Wales mix it in: "Shwmae! Bore da." (hello, good
    /// morning), "diolch yn fawr" (thank you very much), "hwyl fawr" (goodbye), "rho i mi gliw"
    /// (give me a clue). "Bore" and "da" are English spellings too: only the phrase shows them.
    static let welsh = Language(
        phrases: [
            ("bore da", "good morning"), ("prynhawn da", "good afternoon"), ("noswaith dda", "good evening"),
            ("nos da", "good night"), ("diolch yn fawr", "thank you very much"),
            ("diolch yn fawr iawn", "thank you very much"),
            ("hwyl fawr", "goodbye"), ("hwyl am y tro", "bye for now"), ("wela i chi", "see you"),
            ("wela i ti", "see you"), ("rho i mi gliw", "give me a clue"), ("sut mae", "hello"),
            ("dw i ddim yn deall", "i do not understand"), ("dwi ddim yn deall", "i do not understand"),
            ("dw i ddim yn gwybod", "i do not know"), ("os gwelwch yn dda", "please"),
        ],
        words: [
            "shwmae": "hello", "shwmai": "hello", "helo": "hello", "diolch": "thanks", "hwyl": "bye",
            "iawn": "ok", "gliw": "clue", "cwestiwn": "question", "haws": "easier", "anoddach": "harder",
            "yndyfe": "right", "cariad": "", "bendigedig": "great", "fawr": "very much", "prynhawn": "afternoon",
            "noswaith": "evening", "deall": "understand", "gwybod": "know", "gwelwch": "", "wela": "see",
        ],
        alsoEnglish: ["bore", "da", "nos", "yn", "i", "mi", "am", "y", "tro", "sut", "mae", "os", "chi", "ti", "dda"],
        sure: [
            "shwmae", "shwmai", "diolch", "hwyl", "iawn", "gliw", "fawr", "cwestiwn", "anoddach", "yndyfe",
            "bendigedig", "prynhawn", "noswaith", "deall", "gwybod", "gwelwch", "wela",
        ])

    /// (round 29) Hausa as learners from Kano mix it in: "Sannu." (hello), "Ina kwana, good
    /// morning", "Nagode sosai" (thank you very much), "Sai an jima, I go now" (see you later),
    /// "Gaskiya I don't understand" (truly), "scared of this jarrabawa" (exam).
    static let hausa = Language(
        phrases: [
            ("ina kwana", "good morning"), ("ina wuni", "good afternoon"), ("na gode", "thanks"),
            ("na gode sosai", "thank you very much"), ("nagode sosai", "thank you very much"),
            ("sai an jima", "see you later"), ("sai anjima", "see you later"), ("sai gobe", "see you tomorrow"),
            ("sai wani lokaci", "see you another time"), ("don allah", "please"),
            ("ban gane ba", "i do not understand"),
        ],
        words: [
            "sannu": "hello", "nagode": "thanks", "sosai": "very much", "gaskiya": "honestly", "jarrabawa": "exam",
            "yauwa": "good", "kwana": "morning", "jima": "later", "anjima": "later", "gobe": "tomorrow",
            "tambaya": "question", "misali": "example", "wallahi": "honestly", "kai": "", "gode": "thanks",
            "wuni": "afternoon", "gane": "understand", "lokaci": "time",
        ],
        alsoEnglish: ["ina", "na", "sai", "an", "don", "allah", "kai", "ban", "ba"],
        sure: [
            "sannu", "nagode", "sosai", "gaskiya", "jarrabawa", "yauwa", "kwana", "jima", "anjima", "gobe",
            "tambaya", "gode", "wuni", "gane", "lokaci",
        ])
}
