extension Glossary {
    /// (round 27) Greetings, thanks and leave-taking of the languages the tables above do not
    /// hold, as learners type them in Latin letters: "goedemorgen!", "dyakuyu, good
    /// explanation", "jæja, bless", "kiitos", "arigato, that helped", "poka". A learner of any
    /// background opens, thanks and leaves in their own language even when the question is in
    /// English; each of these words is no English word, so one is sign enough, and it is read
    /// as the English courtesy ("hello", "thanks", "bye"), which the matcher's cues then read.
    /// A filler that only opens the line ("jæja", "nu") is dropped. Words that are English
    /// too ("bless", Norwegian for "bye") are read only in a line another word shows.
    static let courtesies = Language(
        phrases: [
            ("guten morgen", "good morning"), ("guten tag", "good day"), ("guten abend", "good evening"),
            ("god morgen", "good morning"), ("dzien dobry", "good morning"), ("dobry den", "good day"),
            ("dobryi den", "good day"), ("dobroho ranku", "good morning"), ("boker tov", "good morning"),
            ("ni hao", "hello"), ("xin chao", "hello"), ("apa kabar", "hello"), ("selamat pagi", "good morning"),
            ("buna ziua", "good day"), ("jo napot", "good day"), ("dia duit", "hello"), ("geia sou", "hello"),
            ("yia sou", "hello"), ("assalamu alaikum", "hello"), ("salam alaikum", "hello"),
            ("dank je", "thanks"), ("tusen takk", "thanks"), ("tusen tack", "thanks"),
            ("mange tak", "thanks"), ("takk fyrir", "thanks"), ("toda raba", "thanks"), ("xie xie", "thanks"),
            ("cam on", "thanks"), ("khob khun", "thanks"), ("khop khun", "thanks"), ("terima kasih", "thanks"),
            ("tesekkur ederim", "thanks"), ("domo arigato", "thanks"), ("asante sana", "thanks"),
            ("go raibh maith agat", "thanks"),
            ("tot ziens", "bye"), ("tot straks", "bye"), ("tot later", "bye"), ("hej da", "bye"), ("ha det", "bye"),
            ("ha det bra", "bye"), ("do widzenia", "bye"), ("na razie", "bye"), ("do svidaniya", "bye"),
            ("do pobachennya", "bye"), ("gule gule", "bye"), ("ma salama", "bye"), ("ma'a salama", "bye"),
            ("mata ne", "bye"), ("jaa ne", "bye"), ("zai jian", "bye"), ("hamba kahle", "bye"),
            ("sala kahle", "bye"), ("a hui hou", "bye"), ("la revedere", "bye"), ("tam biet", "bye"),
            ("sampai jumpa", "bye"),
        ],
        words: [
            // Greetings.
            "hoi": "hi", "goedemorgen": "good morning", "goedemiddag": "good afternoon",
            "goedenavond": "good evening", "guten": "good", "moin": "hi", "servus": "hi", "gruezi": "hello",
            "hej": "hi", "hei": "hi", "halla": "hello", "godmorgen": "good morning", "goddag": "good day",
            "hallo": "hello", "moi": "hi", "terve": "hello", "huomenta": "good morning", "czesc": "hi",
            "witam": "hello", "ahoj": "hi", "dobry": "good", "privet": "hi", "zdravstvuyte": "hello",
            "zdravstvuite": "hello", "pryvit": "hi", "vitayu": "hello", "merhaba": "hello", "selam": "hi",
            "gunaydin": "good morning", "marhaba": "hello", "ahlan": "hello", "salaam": "hello", "salam": "hello",
            "shalom": "hello", "yassou": "hello", "kalimera": "good morning", "konnichiwa": "hello",
            "ohayo": "good morning", "ohayou": "good morning", "konbanwa": "good evening", "annyeong": "hi",
            "annyeonghaseyo": "hello", "nihao": "hello", "jambo": "hello", "habari": "hello", "hujambo": "hello",
            "sawubona": "hello", "molo": "hello", "aloha": "hello", "szia": "hi", "szervusz": "hello",
            "buna": "hello", "sawasdee": "hello", "sawadee": "hello",
            // Thanks.
            "bedankt": "thanks", "dankjewel": "thanks", "dankuwel": "thanks", "takk": "thanks", "tak": "thanks",
            "kiitos": "thanks", "dziekuje": "thanks", "dzieki": "thanks", "dekuji": "thanks", "diky": "thanks",
            "spasibo": "thanks", "spasiba": "thanks", "dyakuyu": "thanks", "diakuiu": "thanks", "dyakuju": "thanks",
            "tesekkurler": "thanks", "tesekkur": "thanks", "sagol": "thanks",
            "shukran": "thanks", "shokran": "thanks", "efharisto": "thanks", "efcharisto": "thanks",
            "efxaristo": "thanks", "arigato": "thanks", "arigatou": "thanks", "kamsahamnida": "thanks",
            "gamsahamnida": "thanks", "gomawo": "thanks", "xiexie": "thanks", "asante": "thanks",
            "ngiyabonga": "thanks", "mahalo": "thanks", "koszonom": "thanks", "koszi": "thanks",
            "multumesc": "thanks", "mersi": "thanks", "makasih": "thanks",
            // Leave-taking.
            "doei": "bye", "hejda": "bye", "hade": "bye", "farvel": "bye", "nakemiin": "bye", "heippa": "bye",
            "moikka": "bye", "nashledanou": "bye", "poka": "bye", "dosvidaniya": "bye", "byvai": "bye",
            "gorusuruz": "bye", "hoscakal": "bye", "maasalama": "bye", "lehitraot": "bye", "antio": "bye",
            "sayonara": "goodbye", "sayounara": "goodbye", "zaijian": "bye", "kwaheri": "bye", "viszlat": "bye",
            "dadah": "bye", "bless": "bye",
            // The telling word of a phrase above, typed alone or in another order.
            "morgen": "morning", "ziens": "bye", "widzenia": "bye", "svidaniya": "bye", "pobachennya": "bye",
            "revedere": "bye", "jumpa": "bye", "kasih": "thanks", "ederim": "thanks", "fyrir": "", "alaikum": "",
            "jian": "bye",
            // Fillers that open a line ("jæja", Icelandic and Norwegian "well").
            "jæja": "", "jaeja": "", "nu": "",
        ],
        alsoEnglish: [
            "bless", "hallo", "nu", "tak", "moi", "salam", "guten", "dobry", "buna", "god", "na", "do", "la",
            "ha", "go", "a", "on", "cam", "mata", "jaa", "ma", "ni", "dia", "tot", "sala", "hamba",
        ],
        sure: [
            "hoi", "goedemorgen", "goedemiddag", "goedenavond", "moin", "servus", "gruezi", "hei", "halla",
            "godmorgen", "goddag", "terve", "huomenta", "czesc", "witam", "ahoj", "privet", "zdravstvuyte",
            "zdravstvuite", "pryvit", "vitayu", "merhaba", "selam", "gunaydin", "marhaba", "ahlan", "salaam",
            "shalom", "yassou", "kalimera", "konnichiwa", "ohayo", "ohayou", "konbanwa", "annyeong",
            "annyeonghaseyo", "nihao", "jambo", "habari", "hujambo", "sawubona", "molo", "aloha", "szia",
            "szervusz", "sawasdee", "sawadee", "bedankt", "dankjewel", "dankuwel", "takk", "kiitos", "dziekuje",
            "dzieki", "dekuji", "diky", "spasibo", "spasiba", "dyakuyu", "diakuiu", "dyakuju", "tesekkurler",
            "tesekkur", "sagol", "shukran", "shokran", "efharisto", "efcharisto", "efxaristo", "arigato",
            "arigatou", "kamsahamnida", "gamsahamnida", "gomawo", "xiexie", "asante", "ngiyabonga", "mahalo",
            "koszonom", "koszi", "multumesc", "mersi", "makasih", "doei", "hejda", "hade", "farvel", "nakemiin",
            "heippa", "moikka", "nashledanou", "poka", "dosvidaniya", "byvai", "gorusuruz", "hoscakal",
            "maasalama", "lehitraot", "antio", "sayonara", "sayounara", "zaijian", "kwaheri", "viszlat", "dadah",
            "jæja", "jaeja", "hej", "morgen", "ziens", "widzenia", "svidaniya", "pobachennya", "revedere", "jumpa",
            "kasih", "ederim", "fyrir", "alaikum", "jian",
        ])
}
