import Foundation

/// Compiling a question's ideas into patterns: phrasings as close windows, the idea's own
/// statement as weighted evidence, and who does what.
extension Grader {
    /// Words that play the same part in an idea, beyond the lexicon's synonyms: a learner
    /// says "it doesn't change the sessions" for "it does not shape the relationship". The
    /// first word of a group names it.
    static let wordClasses: [[String]] = [
        ["affect", "shape", "change", "influence", "impact", "alter"],
        // (round 28) Getting in (see `Grader+EntryFrames`): "coverage determines entry" for "it
        // gets them in the door".
        ["entry", "entrance", "admission"],
        // What happens inside treatment: "the sessions" for "the experience". Not "meeting":
        // its stem is the verb "meet", so "meet him where he is" would be any "session".
        ["experience", "session", "room"],
        // Ranking words, not mere importance: "insurance is important" is not "insurance is the key".
        ["key", "main", "biggest", "central", "primary"],
        // Not "nice" or "friendly": the eval sets take "be nice I guess" for a vague attempt
        // that names no expectation (it is pumped, not credited).
        ["warm", "warmth", "kindness"],
        // Goals that fit: "the goals match their actual life" for "fit their life".
        ["fit", "match", "suit"],
        ["situation", "life", "circumstances", "reality"],
        // A client's background by the land it comes from: "what people from that country are
        // like" for "what people from that culture are like".
        ["culture", "cultures", "country", "countries"],
        // Strain between two people: "our relationship has hit a snag" for "tension in the relationship".
        ["tension", "friction", "strain", "snag", "snags", "clash", "clashes", "conflict"],
        // What treatment achieves: "matters most for recovery" for "matters most for success".
        ["success", "outcome", "recovery", "recover", "result", "successful", "successfully", "progress"],
        // Deciding an outcome: "insurance decides how well it goes" for "determines success".
        ["determine", "decide", "dictate", "hinge", "hinges", "depend", "depends"],
        ["important", "matter", "crucial", "essential", "vital", "decisive"],
        // Getting in touch: "they'd phone the counselor" for "contact the counselor".
        ["contact", "call", "phone", "touch", "text", "texts", "texting", "ring", "msg", "msgs", "msged", "dm", "dms"],
        // Harshness: "be stern with them" for "harsh". Not "tough": "a tough session" is a hard one.
        ["harsh", "stern", "blunt"],
        // Making an outcome certain: "the court order ensures success" for "guarantees success".
        // Not "definitely": it strengthens any claim ("it definitely matters").
        ["guarantee", "guaranteed", "ensure"],
        // What both sides hold: "common goals" for "shared goals" (and "the same goals", read so).
        ["share", "shared", "common"],
        // For whose good: "for the client's sake" for "for the client's benefit".
        ["benefit", "sake", "behalf"],
        ["sex", "sexual", "sexually", "romantic", "romance", "intimate", "intimacy", "dating"],
        // Irregular forms the stemmer leaves apart: "I blew it" for "I've blown it".
        ["blown", "blew", "blow"],
        // (round 24) And the common verbs' past forms: "doing what the court told him" for
        // "doing what he is told"… said in the present ("what the court tells him").
        ["tell", "told"], ["say", "said"], ["make", "made"], ["feel", "felt"], ["get", "got", "gotten"],
        ["take", "took", "taken"], ["come", "came"], ["know", "knew", "known"], ["think", "thought"],
        // Hurrying someone: "not rush him" for "don't push".
        ["push", "rush", "rushing", "rushed"],
        ["bring", "brought"], ["leave", "left"], ["hear", "heard"], ["hold", "held"],
        ["find", "found"], ["mean", "meant"], ["teach", "taught"], ["understand", "understood"],
        ["fall", "fell", "fallen"], ["hide", "hid", "hidden"], ["spend", "spent"], ["run", "ran"],
        // The whole of something: "completely confidential" for "totally confidential", and
        // "everything stays here" (see `readEveryday`).
        ["total", "totally", "complete", "completely", "absolute", "absolutely", "entire", "entirely", "fully"],
        // A doctor by any name: "the bond a GP has with patients".
        ["doctor", "doctors", "physician", "physicians", "gp", "gps", "doc", "docs"],
        // What a counselor keeps on a client: "hand the file over" for "hand over the records".
        ["record", "records", "file", "files", "chart", "charts"],
        // Jolting someone out of a state: "shake them out of denial" for "break through denial".
        ["break", "broke", "crack", "shake", "jolt", "snap"],
        // Going quiet: "instead of going quiet" for "instead of going silent".
        ["silence", "silent", "quiet", "quietly"],
        // What the court imposes: "once the requirement is done" for "when the order ends". Not
        // "mandate": the lexicon reads it as "court".
        ["order", "requirement"],
        // Harm done to a relationship: "it would hurt the alliance" for "damages the alliance".
        // And wearing it away: "it erodes the relationship".
        [
            "damage", "hurt", "harm", "ruin", "destroy", "erode", "erodes", "eroding", "undermine", "undermines",
            "wreck", "wrecked", "wrecks", "sabotage",
        ],
        // Saying what weighs on one: "share their real worries" for "voice their concerns".
        // Not "disclose": self-disclosure is its own idea, whose who-does-what matters.
        ["voice", "share", "express", "raise"],
        ["concern", "worry", "worries", "worried", "fear", "fears"],
        // The pull to use: "removes all desire to use" for "removes the temptation".
        ["temptation", "tempted", "tempt", "urge", "urges", "craving", "cravings", "desire"],
        // Learners' everyday words for the same parts of an idea: "they'd just bail" drops out,
        // "vibes with the counselor" connects, "going downhill" gets worse, "tweak what you do"
        // adjusts, "shows more emotion" shows more feeling, "my baggage" is my own history.
        ["quit", "bail", "bails", "bailing", "ditch", "ditches", "ghost", "ghosts", "ghosting", "ghosted"],
        ["connection", "vibe", "vibes", "click", "clicks", "gel", "gels"],
        ["worse", "downhill", "worsening", "deteriorate", "deteriorating", "decline", "declining"],
        // And reworking a plan: "shore up his plan", "revise the plan" for "update the plan".
        [
            "adjust", "tweak", "adapt", "modify", "rethink", "update", "updating", "revise", "revising", "shore",
            "revisit",
        ],
        // And the feelings named ("reflects her sadness", "the helper's own distress"). Not
        // "grief": a "grief group" is no feeling.
        ["feeling", "feelings", "emotion", "emotions", "emotional", "sorrow", "sadness", "distress"],
        ["history", "baggage", "past"],
        // A loss by any form: "the trust is gone" (read as "lose", see `readFrames`) for "lost trust".
        ["lose", "lost", "losing", "loses"],
        ["unethical", "unprofessional", "inappropriate"],
        // Finding out by reading: "read up on their culture" or "study it" for "learn about it".
        ["learn", "study", "studies", "studying", "read", "reading"],
        // A slip growing into more: "it can spiral into a full relapse" for "turn into a relapse".
        ["turn", "spiral", "spirals", "spiraling", "spiralling", "snowball", "snowballs", "slide", "slides"],
        // Words the stemmer parts from their plural ("bias" and "biases", "focus" and
        // "focused"): "questioning my own bias" for "my own biases".
        // And prejudice: "look at your own prejudices" for "examine your own biases".
        ["bias", "biases", "biased", "prejudice", "prejudices", "prejudiced"],
        // (round 26) Needing, as texters and speakers say it: "they just gotta hear it" for "they
        // need to hear it".
        ["need", "needs", "gotta", "hafta", "haveta"],
        // The one who knows the trade: "the counselor's the pro" for "the counselor is the expert".
        ["expert", "experts", "pro", "pros"],
        // Someone's part in treatment: "explain my job" for "explain my role".
        ["role", "roles", "job", "jobs"],
        // And concentrating: "concentrate on rapport" for "focus on the relationship".
        ["focus", "focuses", "focused", "focusing", "concentrate", "concentrates", "concentrating"],
        // Short: "say it quick" for "briefly" (a word class, not a phrasing: the matcher reads
        // phrasings, and "a quick example" is no disclosure).
        ["brief", "briefly", "quick", "quickly"],
        // What others have seen: "what people have seen" for "what others have noticed".
        // Not "see": "you can see it" is a good counselor's eye, "bad at spotting" is not.
        // And recognizing: "recognise it and keep it out of the work" notices it.
        [
            "notice", "noticed", "noticing", "seen", "observe", "observed", "spot", "spotted", "monitor", "monitoring",
            "recognize", "recognise", "recognizing", "recognising",
        ],
        // Trying hard: "people fight harder for goals they picked" for "try harder for goals they chose".
        ["try", "fight", "fights", "fighting", "fought", "strive", "strives"],
        // Choosing: "goals they picked" for "goals they chose".
        [
            "choose", "chose", "chosen", "chooses", "choosing", "pick", "picked", "picks", "picking", "select",
            "selected",
        ],
        // Only watching: "in the game, not a spectator" for "not a passive recipient".
        // And carried along: "at the helm, not just cargo", "a player, not the audience", "not a
        // passenger in their own treatment".
        [
            "passive", "spectator", "spectators", "bystander", "bystanders", "onlooker", "onlookers", "audience",
            "passenger", "passengers", "cargo", "backseat",
        ],
        // Being the same each time: "the same steady person every week" for "consistent".
        ["consistent", "consistency", "steady", "predictable", "reliable", "dependable"],
        // A hard time: "after a rough session" for "after hard sessions".
        ["hard", "rough", "difficult", "tough"],
        // Endorsing: "different from endorsing what he did" for "not approving".
        // And okaying it: "isn't the same as okaying what she did".
        [
            "approve", "approval", "approving", "endorse", "endorsing", "endorsement", "condone", "condoning",
            "okaying", "okayed",
        ],
        // Both halves for both sides: "mirror both halves back to him" (see `reread`).
        ["side", "sides", "half", "halves"],
        // Pulling away: "rather than withdraw" for "rather than isolating".
        ["isolate", "isolating", "isolation", "withdraw", "withdrawing", "withdrawn"],
        // Agreeing on: "the two of them settle on what treatment is aiming for".
        // (round 30) And concurring: "both parties concur on what treatment is aiming for".
        ["agree", "settle", "settles", "settling", "concur", "concurs", "concurred", "concurring"],
        // Partners under other names: "teammates who trust each other", "on the same crew".
        ["together", "teammate", "teammates", "crew", "squad"],
        ["connection", "relation", "relations"],
        // Everyone by either word: "treat everybody the same" for "treat everyone the same".
        ["everyone", "everybody"],
        // Talking of something: "never speak about his personal life" for "talk about".
        ["talk", "speak", "speaks", "speaking", "spoke"],
        // Past forms the stemmer leaves apart from their verb: "he dug his heels in", "she
        // gave up", "kept coming".
        ["dig", "dug"],
        ["give", "gave", "given"],
        ["keep", "kept"],
        // A noun and its verb the stemmer leaves apart: "what am I assuming" for "my assumptions".
        ["assumption", "assumptions", "assume", "assumes", "assumed", "assuming"],
        // (round 29) A way of going about it by a sailor's word or a planner's: "time to change
        // tack", "switch tactics" for "change the approach".
        ["approach", "tack", "tactic", "tactics"],
    ]

    /// Lines (and the start of lines) that say "I don't know" or ask for help.
    static let dontKnowCues = [
        "i don't know", "i do not know", "dont know", "don't know", "do not know", "dunno", "idk", "no idea",
        "not sure", "no clue", "zero clue", "zero idea", "i have no clue", "not a clue", "beats me", "i give up",
        "give up", "pass",
        "skip", "help", "help me", "hint", "clue", "i forget", "i forgot", "can't remember", "cannot remember",
        "don't remember", "i'm lost", "lost", "confused", "i'm confused", "no idea honestly", "unsure",
        "haven't learned", "haven't studied", "never learned", "not certain", "what do you mean", "walk me through",
        "explain it", "tell me",
        "can you explain", "who knows", "no answer", "nothing", "none",
        // Cognition denied, and being stuck: "I don't get the question", "never heard of it".
        "i do not get", "i don't get", "i dont get", "do not get it", "don't get it", "dont get it",
        "do not understand", "don't understand", "dont understand",
        "never heard", "never remember", "i'm stuck", "im stuck", "i am stuck", "have to guess", "explain please",
        "please explain",
        // A memory gone blank: "I'm blanking", "drawing a blank", "can't recall".
        "blanking", "i'm blanking", "drawing a blank", "mind went blank", "mind is blank", "blanked",
        // (round 24) And said of oneself: "total blank", "I'm blank" (and the word alone: see
        // `saysDontKnow`).
        "total blank", "complete blank", "i'm blank", "i am blank", "im blank", "going blank",
        "can't recall", "don't recall", "do not recall",
        // "I haven't the foggiest", "not the faintest idea".
        "the foggiest", "the faintest", "the slightest idea",
        // Second-language word order: "know not, sorry".
        "know not", "i know not",
        // Jamaican English: "mi nuh know".
        "nuh know", "no know",
        // A second language's negation with no auxiliary: "I not know this", "me not understand".
        "i not know", "me not know", "i not understand", "me not understand", "i not remember",
        // Knowing denied in the conditional, and Scots: "I wouldn't know where to begin", "dinnae ken".
        "wouldn't know", "wouldnt know", "would not know", "dinnae ken", "dinna ken", "don't ken", "dont ken",
        // (round 23) Tagalog, as learners who speak it type it in English ("hindi ko alam po",
        // "di ko alam", "ewan ko"), and being at a loss ("I am at a loss on this one").
        "hindi ko alam", "di ko alam", "ewan ko", "i am at a loss", "i'm at a loss", "at a complete loss",
        // (round 28) And having no idea in Tagalog ("wala po akong idea"); and declining to say,
        // or mixing the things asked about up ("I really couldn't say", "I couldn't tell you the
        // difference", "I've muddled the stages, which is which?").
        "wala akong idea", "walang idea", "wala akong alam", "i couldn't say", "i could not say",
        "i can't say", "i cannot say", "couldn't tell you", "could not tell you", "which is which",
        "i've muddled", "i have muddled", "all muddled", "muddled up", "got muddled",
        // (round 25) Not knowing in the other languages learners type a word or two of, as they
        // type them in Latin letters without accents: Polish ("nie wiem", "nie mam pojęcia"),
        // Czech and Slovak ("nevím", "neviem"), Russian ("ne znayu"), Hindi and Urdu ("pata
        // nahi", "mujhe nahi pata"), Vietnamese ("không biết"), Indonesian and Malay ("tidak
        // tahu", "nggak tahu"), Turkish ("bilmiyorum"), Dutch ("ik weet het niet"), Swedish
        // ("vet inte"), Japanese ("wakaranai", "shiranai"), Chinese ("bu zhidao").
        "nie wiem", "nie mam pojecia", "nevim", "neviem", "ne znayu", "ne znaju", "pata nahi", "pata nahin",
        "nahi pata", "nahin pata", "mujhe nahi pata", "khong biet", "tidak tahu", "tak tahu", "nggak tahu",
        "gak tahu", "ga tau", "gak tau", "bilmiyorum", "weet ik niet", "ik weet het niet", "weet het niet",
        "vet inte", "jag vet inte", "wakaranai", "shiranai", "bu zhidao", "wo bu zhidao",
        // (round 27) And the languages of Europe's north and east, the Middle East, Africa and
        // South Asia that learners type a word or two of the same way: Dutch ("geen idee"),
        // Icelandic ("ég veit ekki", "ég veit það ekki"), Norwegian and Danish ("vet ikke", "ved
        // ikke", "aner ikke"), Swedish ("ingen aning"), Finnish ("en tiedä"), Estonian ("ma ei
        // tea"), Lithuanian and Latvian ("nežinau", "nezinu"), Hungarian ("nem tudom"),
        // Romanian ("nu știu", "habar n-am"), Serbian, Croatian and Bulgarian ("ne znam",
        // "nemam pojma"), Greek ("den xero"), Albanian ("nuk e di"), Azerbaijani and Uzbek
        // ("bilmirem", "bilmayman"), Persian ("nemidoonam"), Arabic ("ma baaref", "mish
        // 3aref"), Hebrew ("lo yodea"), Swahili ("sijui"), Zulu ("angazi"), Bengali ("jani na"),
        // Nepali ("thaha chaina"), Marathi ("mahit nahi"), Haitian Creole ("m pa konnen"),
        // Catalan ("no ho sé"), Basque ("ez dakit").
        "geen idee", "geen flauw idee", "ik weet niet", "weet niet", "eg veit ekki", "veit ekki",
        "eg veit thad ekki", "veit thad ekki", "veit það ekki", "veit tad ekki", "vet ikke", "jeg vet ikke",
        "ved ikke", "jeg ved ikke", "jeg ved det ikke", "aner ikke", "ingen anelse", "ingen aning",
        "en tieda", "en tiedä", "ei aavistustakaan", "ma ei tea", "ei tea", "nezinau", "nezinu", "nem tudom",
        "fogalmam sincs", "nu stiu", "nu știu", "habar n am", "habar nam", "ne znam", "nemam pojma",
        "den xero", "den ksero", "dhen xero", "nuk e di", "bilmirem", "bilmayman", "nemidoonam", "nemidonam",
        "nemidanam", "ma baaref", "ma baarif", "mish 3aref", "mesh 3aref", "mish aarif", "la adri", "lo yodea",
        "lo yodaat", "sijui", "angazi", "jani na", "ami jani na", "thaha chaina", "mahit nahi", "m pa konnen",
        "mwen pa konnen", "no ho se", "no ho sé", "ez dakit",
    ]

    /// The content words of an idea's text as the grader reads a line's ("right away" is a
    /// time: its "away" is no word of the idea, in the text as in the answer).
    static func patternWords(_ text: String, _ analyzer: Analyzer) -> [Token] {
        var tokens = analyzer.analyze(text, correct: false).tokens
        readIdioms(&tokens, analyzer)
        return tokens.indices.filter { i in
            tokens[i].isContent
                && !(tokens[i].word == "away" && i > 0 && ["right", "straight"].contains(tokens[i - 1].word))
        }.map { tokens[$0] }
    }

    /// The small words that complete a phrasal verb ("start over", "give up").
    static let particles: WordSet = ["up", "over", "out", "down", "off"]

    /// The particle right after `word` in `text`, if it is one.
    static func particle(after word: Token, in text: String, _ analyzer: Analyzer) -> String? {
        let tokens = analyzer.analyze(text, correct: false).tokens
        guard let i = tokens.firstIndex(where: { $0.isContent && $0.stem == word.stem }), i + 1 < tokens.count,
            particles.contains(tokens[i + 1].word)
        else { return nil }
        return tokens[i + 1].word
    }

    /// Whether content word `i` of the line is followed, within its clause and a few words
    /// ("start all over", "give it up"), by `particle`.
    static func hasParticle(_ line: Line, _ i: Int, _ particle: String) -> Bool {
        let p = line.positions[i]
        let end = min(line.tokens.count, p + 4)
        return line.tokens[(p + 1)..<max(p + 1, end)].contains {
            $0.word == particle && $0.clause == line.tokens[p].clause
        }
    }

    /// Canonical stem to class id, over `wordClasses`.
    static func classTable(_ analyzer: Analyzer) -> [String: String] {
        var out: [String: String] = [:]
        for group in wordClasses {
            let id = analyzer.stem(group[0])
            for word in group { out[analyzer.stem(word)] = id }
        }
        return out
    }

    /// More patterns from the words an idea's statement joins with "or": in "it does not
    /// shape the therapeutic relationship or experience", a phrasing that names the
    /// relationship stands for the experience too.
    static func alternatives(_ patterns: [Pattern], in text: String, analyzer: Analyzer) -> [Pattern] {
        let tokens = analyzer.analyze(text, correct: false).tokens
        var swaps: [(String, String)] = []
        for i in tokens.indices.dropFirst().dropLast() where tokens[i].word == "or" {
            let a = tokens[i - 1]
            let b = tokens[i + 1]
            guard a.isContent, b.isContent, a.stem != b.stem else { continue }
            swaps += [(a.stem, b.stem), (b.stem, a.stem)]
        }
        var out: [Pattern] = []
        for (from, to) in swaps {
            for p in patterns where p.stems.contains(from) {
                out.append(Pattern(stems: p.stems.map { $0 == from ? to : $0 }, negated: p.negated))
            }
        }
        return out
    }

    /// Whether a negation in `text` reaches no content word ("closed questions should never
    /// be used"): the statement's content words alone would say the opposite.
    static func lostNegation(_ text: String, _ analyzer: Analyzer) -> Bool {
        let tokens = analyzer.analyze(text, correct: false).tokens
        return tokens.indices.contains { n in
            tokens[n].isNegator
                && !tokens[(n + 1)...].contains { $0.clause == tokens[n].clause && $0.isContent && $0.negated }
        }
    }

    /// Each stem's weight: its inverse document frequency over every idea of every question
    /// (an idea's text and phrasings are one document), so "client" weighs little and
    /// "insurance" much.
    static func weights(_ questions: [Question], analyzer: Analyzer) -> [String: Double] {
        var df: [String: Int] = [:]
        var n = 0
        for q in questions {
            for idea in q.expectations + q.misconceptions {
                n += 1
                var seen: Set<String> = []
                for text in [idea.text] + idea.phrasings {
                    for t in analyzer.analyze(text, correct: false).content { seen.insert(t.stem) }
                }
                for s in seen { df[s, default: 0] += 1 }
            }
        }
        return df.mapValues { log(Double(n + 1) / Double($0 + 1)) + 0.1 }
    }

    /// Compiles a question's expectations and misconceptions, then marks what sets each
    /// idea's statement apart from its siblings'.
    static func compile(_ question: Question, analyzer: Analyzer, weights: [String: Double] = [:]) -> CompiledQuestion {
        let compiler = IdeaCompiler(question: question, analyzer: analyzer, weights: weights)
        var expectations = question.expectations.map(compiler.compile)
        var misconceptions = question.misconceptions.map { compiler.compile($0, particles: true) }
        // What sets a statement apart from its sibling ideas must be said for it to count:
        // "the client's and the family's agreement on goals" is not "client and counselor
        // agree on goals" without the family.
        let all = expectations + misconceptions
        markDistinctive(&expectations, among: all, classes: compiler.classes)
        markDistinctive(&misconceptions, among: all, classes: compiler.classes)
        var compiled = CompiledQuestion(
            question: question, expectations: expectations, misconceptions: misconceptions,
            sharedHeads: sharedHeads(question, analyzer: analyzer),
            objectReferent: objectReferent(question, analyzer: analyzer))
        compiled.questionWords = Set(analyzer.analyze(question.text, correct: false).content.map { echoForm($0.word) })
        return compiled
    }

    /// Marks, for each word of each idea's statement in `list`, whether no other idea of
    /// `all` has it (by word class).
    static func markDistinctive(_ list: inout [CompiledIdea], among all: [CompiledIdea], classes: [String: String]) {
        for i in list.indices {
            guard let statement = list[i].statement else { continue }
            var others: Set<String> = []
            for other in all where other.id != list[i].id || other.statement?.stems != statement.stems {
                for s in other.statement?.stems ?? [] { others.insert(classes[s] ?? s) }
            }
            list[i].distinctive = statement.stems.map { !others.contains(classes[$0] ?? $0) }
        }
    }

    /// Compiles the ideas of one question: its phrasings into patterns, its statement into
    /// weighted evidence, and who does what in it.
    struct IdeaCompiler {
        let analyzer: Analyzer
        let weights: [String: Double]
        let client: String
        let counselor: String
        let heaviest: Double
        /// Stem to word class: patterns hold class keys, so matching compares a line's keys
        /// to them directly.
        let classes: [String: String]
        /// The question's own words, with their polarity: a statement made only of them
        /// ("closed questions" to "what is the difference between open and closed
        /// questions?") restates the question. Phrasings are not held to this: learners rightly
        /// reuse a scenario's words ("change talk", "empathic"), and each phrasing is chosen.
        let asked: Set<String>

        init(question: Question, analyzer: Analyzer, weights: [String: Double]) {
            self.analyzer = analyzer
            self.weights = weights
            client = analyzer.stem("client")
            counselor = analyzer.stem("counselor")
            heaviest = weights.values.max() ?? 1
            let classes = Grader.classTable(analyzer)
            self.classes = classes
            asked = Set(
                analyzer.analyze(question.text, correct: false).content.map {
                    "\(classes[$0.stem] ?? $0.stem)|\($0.negated)"
                })
        }

        func key(_ stem: String) -> String { classes[stem] ?? stem }

        func echoes(_ p: Pattern) -> Bool {
            !p.stems.isEmpty && p.stems.indices.allSatisfy { asked.contains("\(p.stems[$0])|\(p.negated[$0])") }
        }

        /// One idea, compiled.
        func compile(_ idea: Idea) -> CompiledIdea { compile(idea, particles: false) }

        /// One idea, compiled; with `particles`, a one-verb phrasing keeps its particle (a
        /// misconception's: an expectation's "open up" is also said "be open").
        func compile(_ idea: Idea, particles: Bool) -> CompiledIdea {
            let statement = self.statement(idea)
            let stems = statement?.stems ?? []
            // An idea that names both (a relationship between them) has no one agent.
            let agent =
                stems.contains(client) && stems.contains(counselor)
                ? nil : doer(of: idea.text)
            return CompiledIdea(
                id: idea.id, patterns: patterns(idea, particles: particles), statement: statement, agent: agent,
                distinctive: [])
        }

        /// Who does the idea, as its statement says: the first client or counselor it names,
        /// when named as a doer. Not one named after a preposition ("ask and learn from the
        /// client"), nor the object of a statement that opens with its verb ("reflect the
        /// client's feeling", "refer the client"): the counselor does those, and "the counselor
        /// should reflect his feeling" says them.
        func doer(of text: String) -> String? {
            let tokens = analyzer.analyze(text, correct: false).tokens
            if let k = tokens.firstIndex(where: { $0.stem == client || $0.stem == counselor }) {
                var j = k - 1
                while j >= 0, tokens[j].clause == tokens[k].clause, IdeaCompiler.determiners.contains(tokens[j].typed) {
                    j -= 1
                }
                if j >= 0, tokens[j].clause == tokens[k].clause, IdeaCompiler.prepositions.contains(tokens[j].typed) {
                    return nil
                }
                // The statement's own first words: its verb (and particle) and determiners.
                let before = tokens[0..<k].filter {
                    !IdeaCompiler.determiners.contains($0.typed) && !Grader.particles.contains($0.typed)
                }
                if before.count == 1, tokens[0].clause == tokens[k].clause,
                    !IdeaCompiler.determiners.contains(tokens[0].typed)
                {
                    return nil
                }
                return tokens[k].stem
            }
            return nil
        }

        /// Words before a noun that leave it the noun ("the", "every", "their").
        static let determiners: WordSet = [
            "the", "a", "an", "each", "every", "any", "all", "many", "some", "most", "no", "their", "his", "her",
            "your", "my", "our", "its", "this", "that", "these", "those", "other", "s",
        ]
        /// Prepositions, after which a person is not the doer ("learn from the client").
        static let prepositions: WordSet = [
            "from", "with", "to", "toward", "towards", "on", "onto", "for", "about", "at", "of", "between",
            "without", "against", "facing", "into", "like",
        ]

        /// The idea's phrasings as close windows (its own statement too when it has no
        /// phrasing and is short), and the alternatives its statement's "or" gives them.
        func patterns(_ idea: Idea, particles: Bool = false) -> [Pattern] {
            var patterns: [Pattern] = []
            for phrasing in idea.phrasings + [idea.text]
            where phrasing.count < GradingTuning.standard.maxPhrasingLength || phrasing == idea.text {
                let content = Grader.patternWords(phrasing, analyzer)
                guard !content.isEmpty else { continue }
                // The idea's own full statement is only a pattern when short.
                if phrasing == idea.text && !idea.phrasings.isEmpty { continue }
                var pattern = Pattern(stems: content.map { key($0.stem) }, negated: content.map(\.negated))
                if particles, content.count == 1 {
                    pattern.particle = Grader.particle(after: content[0], in: phrasing, analyzer)
                }
                // "My stuff, not the client's" leaves only who it is not: no evidence of any
                // idea ("don't take it out on the client" has it too). "About the helper" stays.
                if pattern.stems.allSatisfy({ $0 == client || $0 == counselor }), !pattern.negated.contains(false) {
                    continue
                }
                patterns.append(pattern)
                // The client named after the verb ("reflects the client's grief", "harm the
                // client") is said as often by a pronoun, which is no content word ("reflects
                // his grief"): the phrasing without it stands too, when two words of its own
                // are left. Not the client who opens it as the doer ("client knows their life").
                // Not a phrasing of someone's "own" ("the client's own emotions"): its owner is its point.
                if pattern.stems.first != client, pattern.stems.contains(client),
                    !pattern.stems.contains(key(analyzer.stem("own"))),
                    pattern.stems.count - pattern.stems.filter({ $0 == client }).count >= 2,
                    !pattern.stems.contains(counselor)
                {
                    let kept = pattern.stems.indices.filter { pattern.stems[$0] != client }
                    patterns.append(
                        Pattern(stems: kept.map { pattern.stems[$0] }, negated: kept.map { pattern.negated[$0] }))
                }
            }
            return patterns + Grader.alternatives(patterns, in: idea.text, analyzer: analyzer)
        }

        /// The idea's statement as weighted words (each word and polarity once), or nil when
        /// it is no evidence for the idea.
        func statement(_ idea: Idea) -> Pattern? {
            var statement = Pattern(stems: [], negated: [])
            // An option's letter is said in the phrasings; the statement ("A is more empathic
            // because …") is weighed by what it says of the option.
            for t in Grader.patternWords(idea.text, analyzer)
            where t.stem != Grader.optionA && t.stem != Grader.pickedA
                && !zip(statement.stems, statement.negated).contains(where: { $0 == (key(t.stem), t.negated) })
            {
                statement.stems.append(key(t.stem))
                statement.negated.append(t.negated)
                statement.weights.append(weights.isEmpty ? 1 : weights[t.stem] ?? heaviest)
            }
            // A statement whose negation reaches only small words ("should never be used")
            // says the opposite once analysed; one made only of the question's own words
            // is the question's topic. Neither is evidence for the idea.
            if Grader.lostNegation(idea.text, analyzer) || echoes(statement) {
                return nil
            }
            return statement.stems.isEmpty ? nil : statement
        }
    }
}
