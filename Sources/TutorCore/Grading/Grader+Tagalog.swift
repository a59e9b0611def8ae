/// Answers written in Tagalog, read in English for grading.
///
/// The glossary (`Glossary`) reads the Tagalog of questions and requests: the question
/// words, the small words, a few words of counselling. An answer says what the client does
/// and what the counselor would do, in the language's verbs ("makinig po" is "listen",
/// "tatanggapin ko siya" "I will accept him", "aalis na siya" "he will leave") and nouns
/// ("kultura", "nakaraan", "pananaw"), which the glossary leaves as typed, so a right answer
/// in Tagalog was graded as naming nothing. This reads those words before the glossary reads
/// the rest.
///
/// Tagalog puts the verb first and who does it after it: a verb's "ng" pronoun after it
/// ("tatanungin ko sila": "will ask I them") is its doer, and a verb followed only by an
/// "ang" pronoun ("aalis na siya", "magagalit sila") has it for its subject; both are put
/// before the verb, as English says them, so who does what is read as it is for an English
/// answer. Only a line that shows Tagalog (two signs: its own words here, or the glossary's
/// Tagalog words) is read so; the words here are none of them English words.
extension Grader {
    /// Tagalog phrases of answers, by their first word, longest first.
    static let tagalogAnswerPhrases: WordMap<[(words: [String], english: String)]> = {
        let phrases: [(String, String)] = [
            ("kahit ano", "no matter what"), ("kahit anong", "no matter what"),
            ("walang mangyayari", "nothing will happen"), ("walang nangyayari", "nothing happens"),
            ("walang magbabago", "nothing will change"), ("walang nagbabago", "nothing changes"),
            ("ang totoo", "actually"), ("sa totoo lang", "honestly"), ("ang wala", "what is missing is"),
            ("tapos na", "over"), ("bagay sa", "fits"), ("bagay ito sa", "it fits"), ("bagay yun sa", "it fits"),
            ("galing sa", "comes from"), ("mula sa", "from"), ("tungkol sa", "about"), ("wala pang", "no"),
            ("sarili nilang", "their own"), ("sarili kong", "my own"), ("sarili niyang", "his own"),
            ("sarili mong", "your own"), ("para sa", "for"),
        ]
        var byFirst: [String: [(words: [String], english: String)]] = [:]
        for (phrase, english) in phrases {
            let w = phrase.split(separator: " ").map(String.init)
            byFirst[w[0], default: []].append((w, english))
        }
        for k in byFirst.keys { byFirst[k]!.sort { $0.words.count > $1.words.count } }
        return WordMap(byFirst)
    }()

    /// Tagalog verbs of answers (their common aspects) and their English.
    static let tagalogVerbs: WordMap<String> = WordMap([
        "makinig": "listen", "nakikinig": "listens", "makikinig": "will listen", "pakinggan": "listen to",
        "pinapakinggan": "listens to", "tanggapin": "accept", "tatanggapin": "will accept", "tinatanggap": "accepts",
        "tanggap": "accepts", "tanungin": "ask", "tatanungin": "will ask", "tinatanong": "asks",
        "magtanong": "ask", "magtatanong": "will ask", "nagtatanong": "asks", "pansinin": "notice",
        "papansinin": "will notice", "napapansin": "notices", "mapansin": "notice", "ibuhos": "take it out",
        "ibubuhos": "take it out", "ibinubuhos": "takes it out", "sumusunod": "complies", "sumunod": "comply",
        "susunod": "will comply", "aalis": "will leave", "umalis": "leave", "umaalis": "leaves",
        "magagalit": "will get angry", "nagagalit": "gets angry", "magalit": "get angry",
        "magigising": "will wake up", "nagigising": "wakes up", "gumising": "wake up", "matuto": "learn",
        "natututo": "learns", "matututo": "will learn", "pinapakita": "shows", "ipinapakita": "shows",
        "ipakita": "show", "pinakita": "showed", "naiintindihan": "understands", "naintindihan": "understood",
        "intindihin": "understand", "nararamdaman": "feels", "naramdaman": "felt", "maramdaman": "feel",
        "mangyayari": "will happen", "nangyari": "happened", "nangyayari": "happens", "tumulong": "help",
        "tutulong": "will help", "tumutulong": "helps", "magtiwala": "trust", "nagtitiwala": "trusts",
        "magtitiwala": "will trust", "magbago": "change", "nagbabago": "changes", "magbabago": "will change",
        "bumalik": "come back", "babalik": "will come back", "bumabalik": "comes back", "pumunta": "come",
        "pumupunta": "comes", "pupunta": "will come", "dumalo": "attend", "dumadalo": "attends",
        "igalang": "respect", "iginagalang": "respects", "husgahan": "judge", "hinuhusgahan": "judges",
        "huhusgahan": "will judge", "pumili": "choose", "pipili": "will choose", "pumipili": "chooses",
        "magdesisyon": "decide", "ipaliwanag": "explain", "ipapaliwanag": "will explain",
        "magpasya": "decide", "magsalita": "talk", "nagsasalita": "talks", "magsasalita": "will talk",
        "kausapin": "talk to", "kakausapin": "will talk to",
    ])

    /// Tagalog words of answers other than verbs, and their English; none an English word.
    static let tagalogAnswerWords: WordMap<String> = WordMap([
        "sila": "they", "nila": "their", "nilang": "their", "kanila": "theirs", "kanilang": "their",
        "kong": "my", "mong": "your", "niyang": "his", "natin": "our", "namin": "our", "ikaw": "you",
        "kayo": "you", "kultura": "culture", "kulturang": "culture", "sitwasyon": "situation", "buhay": "life",
        "sarili": "own", "sariling": "own", "nakaraan": "past", "pananaw": "perspective", "damdamin": "feelings",
        "nararamdaman": "feelings", "agad": "right away", "diretsahan": "bluntly", "diretso": "bluntly",
        "mali": "wrong", "tama": "right", "totoo": "true", "wala": "no", "walang": "no", "pag": "when",
        "kapag": "when", "kung": "if", "tapos": "then", "kaya": "so", "kahit": "even", "dun": "there",
        "doon": "there", "dito": "here", "layunin": "goals", "mithiin": "goals", "magkasama": "together",
        "kasama": "with", "respeto": "respect", "paggalang": "respect", "panghuhusga": "judgment",
        "desisyon": "decision", "pagbabago": "change", "koneksyon": "connection", "ugnayan": "relationship",
        "samahan": "relationship", "bagay": "thing", "pareho": "same", "iba": "different", "lagi": "always",
        "palagi": "always", "hanggang": "until", "habang": "while", "pero": "but", "dahil": "because",
        "siguro": "maybe", "baka": "maybe", "tayong": "we",
    ])

    /// The "ng" pronouns, which after a verb name its doer, and the "ang" pronouns, which name
    /// its subject when no doer stands between.
    static let tagalogDoers: WordMap<String> = WordMap([
        "ko": "i", "mo": "you", "niya": "he", "nila": "they", "natin": "we", "namin": "we",
    ])
    static let tagalogSubjects: WordMap<String> = WordMap([
        "ako": "i", "ka": "you", "siya": "he", "sila": "they", "tayo": "we", "kami": "we",
    ])
    static let tagalogObjects: WordMap<String> = WordMap([
        "ako": "me", "ka": "you", "siya": "him", "sila": "them", "tayo": "us", "kami": "us",
    ])
    /// Particles that may stand between a verb and its pronoun ("tatanungin ko po sila").
    static let tagalogParticles: WordSet = ["po", "na", "pa", "lang", "naman", "nga", "din", "rin", "ba"]

    /// Every word this reads: a line none of whose tokens is one is not looked at.
    static let tagalogAnswerSigns = WordSet(
        Set(tagalogVerbs.keys).union(tagalogAnswerWords.keys).union(tagalogAnswerPhrases.keys))

    /// The answer's text with its Tagalog read in English (the glossary's words left for it);
    /// nil for a line that does not show Tagalog or holds none of these words.
    static func tagalogAnswer(_ text: String) -> String? {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var (words, gaps) = Glossary.split(folded)
        words = words.map { $0.lowercased() }
        let own = Set(words.filter { tagalogAnswerSigns.contains($0) })
        guard !own.isEmpty, own.count + Glossary.tagalog.signs(words) >= 2 else { return nil }
        func joined(_ j: Int) -> Bool { gaps[j].allSatisfy { $0 == " " || $0 == "-" } }
        var out = gaps[0]
        var i = 0
        while i < words.count {
            if let list = tagalogAnswerPhrases[words[i]],
                let phrase = list.first(where: { p in
                    i + p.words.count <= words.count && Array(words[i..<i + p.words.count]) == p.words
                        && (i + 1..<i + p.words.count).allSatisfy(joined)
                })
            {
                out += phrase.english
                i += phrase.words.count
                out += gaps[i]
                continue
            }
            if let verb = tagalogVerbs[words[i]] {
                // The pronouns after the verb, past its particles, in its clause.
                var j = i + 1
                while j < words.count, joined(j), tagalogParticles.contains(words[j]) { j += 1 }
                var subject: String?
                var object: String?
                var end = i + 1
                if j < words.count, joined(j), let doer = tagalogDoers[words[j]] {
                    subject = doer
                    end = j + 1
                    var k = j + 1
                    while k < words.count, joined(k), tagalogParticles.contains(words[k]) { k += 1 }
                    if k < words.count, joined(k), let o = tagalogObjects[words[k]] {
                        object = o
                        end = k + 1
                    }
                } else if j < words.count, joined(j), let s = tagalogSubjects[words[j]] {
                    subject = s
                    end = j + 1
                }
                out += [subject, verb, object].compactMap { $0 }.joined(separator: " ")
                i = end
                out += gaps[i]
                continue
            }
            out += tagalogAnswerWords[words[i]] ?? words[i]
            i += 1
            out += gaps[i]
        }
        return out
    }
}
