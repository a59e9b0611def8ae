/// Stage 4 of matching: whether the line is about what this tutor teaches, decided once,
/// on its own evidence.
///
/// A line is out of scope when every concept it seemed to name was a word in another
/// field's sense ("a food court", "an insurance policy to buy"), when one weak match sits
/// among mostly unknown words, or when a content question names nothing and does not lean
/// on the previous turn. A content question that names nothing but leans on it ("why does
/// it matter?") is a follow-up.
struct ScopeDecision {
    enum Verdict: Equatable {
        case inScope
        case followUp(confidence: Double)
        case outOfScope(confidence: Double)
    }

    var verdict: Verdict
    /// The concepts left once those used in another sense are set aside.
    var concepts: [Int]
    /// Why, for `tutor match --explain`.
    var evidence: [String] = []
    /// Out of scope for a word used in another field's sense.
    var otherSense = false
    /// Out of scope for naming nothing: the number of unknown words.
    var unknownWhenUnnamed: Int?
}

extension Matcher {
    /// Words that point back at the previous turn.
    static let anaphora: WordSet = [
        "it", "that", "this", "them", "they", "those", "these", "its", "one", "ones", "both", "two", "instead",
    ]
    /// Marks of program code or markup that plain questions do not use (each has one of
    /// `<`, `/`, `(`, `)`, `{`, `}`, `=`, which are looked for first: most lines have none).
    static let codeMarks = ["</", "/>", "(\"", "('", "\")", "')", "{", "}", "=>", "==", "();"]
    static let codeBytes: Set<UInt8> = Set("</(){}=".utf8)
    /// Third persons a counselor tells a case about.
    static let storyPeople: WordSet = ["he", "she", "him", "his", "her", "he's", "she's", "hes", "shes"]
    /// Words of asking that say nothing about a topic ("give me an example"): a line made of
    /// these and cues leans on the previous turn.
    static let requestWords: WordSet = [
        "give", "show", "tell", "explain", "say", "describe", "want", "need", "please", "pls", "plz", "another",
        "again", "also", "else", "then", "now", "ok", "okay", "so", "well", "just", "quick", "mean", "get", "gimme",
        "see", "hear", "have",
    ]

    /// What the scope decision looks at beyond the ranking: the words no term or cue
    /// explains.
    private struct Leftovers {
        /// Content words neither a term nor a cue claimed.
        var unclaimed: [Int]
        /// Of those, the ones the knowledge base does not know (or had to correct).
        var unknown: [Int]
        /// How many unclaimed words are of the domain ("counselor", "session").
        var anchors: Int
        var anchored: Bool { anchors > 0 }
        /// A word unclaimed by any term is on the off-topic list.
        var offTopic: Bool
        /// Content words inside a cue: they say what is asked ("a client quote for each
        /// stage"), so none is a sign of another field's subject.
        var asked: Set<Int> = []
        /// Sentences that hold a cue of a content question ("what exactly is…", "why is it…").
        var asking: Set<Int> = []
        /// The same, by clause.
        var askingClauses: Set<Int> = []
        /// Words inside a content question's cue of two words or more, with no gap ("what's the
        /// right process for…"): the request's own words, not another field's (a gap's words,
        /// "does the nato alliance work", are the line's).
        var phrased: Set<Int> = []
    }

    func decideScope(
        _ ranking: Ranking, intent: Intent, hasCue: Bool, terms: TermScan, cues: CueScan, tokens: [Token],
        content: [Int], text: String
    ) -> ScopeDecision {
        // Program code or markup ("print(\"hello\")", "<b>hi</b>") is not a learner's question,
        // whatever cue its words happen to hit.
        let punctuation = text.utf8.contains { Self.codeBytes.contains($0) }
        if punctuation && Self.codeMarks.contains(where: { text.contains($0) }) {
            return ScopeDecision(
                verdict: .outOfScope(confidence: tuning.codeConfidence), concepts: [],
                evidence: ["scope: program code or markup → out-of-scope"])
        }
        if asksTheHour(ranking, tokens) {
            return ScopeDecision(
                verdict: .outOfScope(confidence: tuning.otherSenseConfidence), concepts: [],
                evidence: ["scope: the hour of something asked → out-of-scope"])
        }
        if asksTheCourtsProcedure(tokens) {
            return ScopeDecision(
                verdict: .outOfScope(confidence: tuning.otherSenseConfidence), concepts: [],
                evidence: ["scope: a court's own procedure asked → out-of-scope"], otherSense: true)
        }
        let unclaimed = content.filter { terms.claimed[$0] == nil && !cues.covered[$0] }
        // "help with this app": a word of another field inside a request about the tutor
        // itself names the tutor, not that field.
        // So is a word inside an idiom of a request to the tutor ("throw me a bone").
        let aboutTheTutor = Set(
            cues.hits.filter { $0.intent == .help || !$0.intent.isContent && $0.span.count >= 3 }.flatMap(\.span))
        let left = Leftovers(
            unclaimed: unclaimed, unknown: unclaimed.filter { !tokens[$0].known || tokens[$0].corrected },
            anchors: unclaimed.count { analyzer.domainStems.contains(tokens[$0].stem) },
            offTopic: content.contains {
                terms.claimed[$0] == nil && !aboutTheTutor.contains($0) && isOffTopic(tokens[$0])
            },
            asked: Set(content.filter { cues.covered[$0] }),
            asking: Set(cues.hits.filter(\.intent.isContent).map { tokens[$0.span.lowerBound].sentence }),
            askingClauses: Set(cues.hits.filter(\.intent.isContent).map { tokens[$0.span.lowerBound].clause }),
            phrased: Set(
                cues.hits.filter { $0.intent.isContent && $0.span.count >= 2 && $0.literal == nil }.flatMap(\.span)))
        var concepts = ranking.concepts
        // (round 26) A request of the conversation beside the learner's own day ("go ahead,
        // quiz me, I've had my coffee"): see `requestBesideOwnLife`.
        if concepts.isEmpty || ranking.viaFallback,
            requestBesideOwnLife(intent, cues: cues, terms: terms, tokens: tokens, content: content)
        {
            return ScopeDecision(
                verdict: .inScope, concepts: [],
                evidence: ["scope: a request beside the learner's own day → in scope"])
        }
        // A guess from the concepts' whole text beside a request of the conversation's own
        // ("appreciate it boss") names nothing: the request is said to the tutor, and the
        // guess's words are no other field's subject. So does one beside a request for the list
        // of topics ("give me the whole lineup of what's on the card": round 22), unless a word
        // of the guessed concept's own name is said ("list the stages": the stages of change).
        // (Asked only of a topics request: this runs for every line.)
        let guessNamed = {
            concepts.contains { c in content.contains { self.conceptNameStems[c].contains(tokens[$0].stem) } }
        }
        if ranking.viaFallback,
            [.thanks, .greeting, .goodbye, .feelings].contains(intent) || intent == .topics && !guessNamed()
                || strongRequest(intent, cues: cues)
        {
            return ScopeDecision(verdict: .inScope, concepts: [])
        }
        if !concepts.isEmpty {
            // The clauses the line's own request is said in, apart from every word of the
            // concepts named ("that's me done for tonight, the shop opens early").
            let requestClauses = Set(cues.hits.filter { $0.intent == intent }.map { tokens[$0.span.lowerBound].clause })
            let conceptClauses = Set(concepts.flatMap { terms.tokens[$0] ?? [] }.map { tokens[$0].clause })
            if let out = namedScope(
                &concepts, ranking, intent: intent, left, terms: terms, tokens: tokens, content: content,
                saidApart: !requestClauses.isEmpty && requestClauses.isDisjoint(with: conceptClauses),
                compareCued: cues.hits.contains { $0.intent == .compare }, capitals: Self.capitalWords(text))
            {
                return out
            }
        } else if left.offTopic && !left.anchored && ![.goodbye, .thanks].contains(intent)
            && !(intent == .greeting
                && greetsApartFromOtherFields(cues, tokens: tokens, content: content, claimed: terms.claimed))
            || !intent.isContent && otherSenseWords(left.unclaimed, tokens) >= tuning.otherSenseWordsMin
                && !left.unclaimed.contains(where: {
                    analyzer.domainStems.contains(tokens[$0].stem) && !isContested($0, tokens, content: content)
                })
        {
            // "translate hello into spanish", "how far away is the moon": a cue's words used
            // about another subject. So is a request of the conversation's own made in words of
            // other fields' senses ("can you help me fight a parking ticket in traffic court"): a
            // word of the domain ("court") beside another sense its concepts list ("ticket") is
            // that field's word.
            return ScopeDecision(
                verdict: .outOfScope(confidence: tuning.otherSenseConfidence), concepts: [],
                evidence: ["scope: nothing named, a word of another field → out-of-scope"], otherSense: true)
        }
        if intent == .outOfScope {
            return ScopeDecision(verdict: .outOfScope(confidence: tuning.explicitOutOfScopeConfidence), concepts: [])
        }
        guard concepts.isEmpty, intent.isContent else { return ScopeDecision(verdict: .inScope, concepts: concepts) }
        return unnamed(left, hasCue: hasCue, tokens: tokens)
    }

    /// The checks on a line that names concepts: those named only in another field's sense
    /// are set aside, and a line whose evidence is too weak for its unknown words is out.
    private func namedScope(
        _ concepts: inout [Int], _ ranking: Ranking, intent: Intent, _ left: Leftovers, terms: TermScan,
        tokens: [Token], content: [Int], saidApart: Bool = false, compareCued: Bool, capitals: Set<String> = []
    ) -> ScopeDecision? {
        setAsideOtherSenses(
            &concepts, left, terms: terms, tokens: tokens, content: content,
            comparing: intent == .compare && compareCued, sampled: intent == .example, capitals: capitals)
        if concepts.isEmpty {
            // (round 22) A leave-taking, thanks, greeting or feeling said in a clause of its own
            // beside words of another field ("that's me done for tonight, the shop opens early")
            // is still said to the tutor: the other clause tells the learner's life, and the line
            // asks nothing of it. (In one clause, "is my car insurance gonna go up", the words
            // are that field's: no one is taking leave.)
            if saidApart, [.goodbye, .thanks, .greeting, .feelings].contains(intent) {
                return ScopeDecision(
                    verdict: .inScope, concepts: [],
                    evidence: ["scope: said to the tutor beside another field's words → in scope"])
            }
            return ScopeDecision(
                verdict: .outOfScope(confidence: tuning.otherSenseConfidence), concepts: [],
                evidence: ["scope: every concept named in another sense → out-of-scope"], otherSense: true)
        }
        // A guess from the concepts' whole text, with no word of the domain and some word
        // the knowledge base lacks: another subject that shares a few words with ours.
        // A story about someone ("she used once at a party and now…") is a case told in
        // the counselor's words: the person is the domain's anchor.
        if ranking.viaFallback && intent.isContent && !left.anchored && !left.unknown.isEmpty
            && !tokens.contains(where: { Self.storyPeople.contains($0.word) })
        {
            return ScopeDecision(
                verdict: .outOfScope(confidence: tuning.weakEvidenceConfidence), concepts: [],
                evidence: ["scope: a guess with no word of the domain, \(left.unknown.count) unknown → out-of-scope"])
        }
        // A guess from the concepts' whole text beside a word some concept lists as another
        // field's sense ("pay a court fine online", "small claims court"), with no word of
        // the domain and no one whose case it could be ("his family sends him texts…"): that
        // other field.
        if ranking.viaFallback && intent.isContent && !tokens.contains(where: { Self.thirdParties.contains($0.word) }),
            let contested = contestedConcepts(left.unclaimed, tokens, guessed: ranking.concepts),
            !left.unclaimed.contains(where: { p in
                analyzer.domainStems.contains(tokens[p].stem)
                    && !(termIndex[tokens[p].stem] ?? []).contains { contested.contains(self.terms[$0].concept) }
            })
        {
            return ScopeDecision(
                verdict: .outOfScope(confidence: tuning.weakEvidenceConfidence), concepts: [],
                evidence: ["scope: a guess beside a word of another field, none of the domain → out-of-scope"],
                otherSense: true)
        }
        // Mostly unknown words around one weak, one-word match: another subject.
        let strength = concepts.reduce(0.0) { $0 + (ranking.scores[$1] ?? 0) }
        if intent.isContent || intent == .quiz, strength <= tuning.weakEvidenceMax,
            subjectWords(left.unknown, tokens).count >= tuning.weakUnknownMin, !left.anchored
        {
            return ScopeDecision(
                verdict: .outOfScope(confidence: tuning.weakEvidenceConfidence), concepts: [],
                evidence: ["scope: one weak match among \(left.unknown.count) unknown words → out-of-scope"])
        }
        // The learner's own life ("build trust with my stepkids", "get my kids to respect my
        // rules"): only generic words of ours, someone of the learner's own, no client.
        // A leave-taking, thanks or a feeling that mentions them ("gotta go pick up my kid,
        // bye") is still said to the tutor.
        if ![.goodbye, .feelings, .thanks, .greeting].contains(intent),
            concepts.allSatisfy({ (ranking.scores[$0] ?? 0) < tuning.oneWordTermMax }), !left.anchored,
            terms.situated.isEmpty, ownLife(tokens)
        {
            return ScopeDecision(
                verdict: .outOfScope(confidence: tuning.weakEvidenceConfidence), concepts: [],
                evidence: ["scope: generic words about the learner's own life → out-of-scope"])
        }
        // One generic word shared with another subject ("buy an insurance policy").
        // A one-word name no other field uses ("metacommunication": the concept lists no other
        // sense) is ours wherever it is said.
        let ownTechnicalWord =
            concepts.count == 1 && otherSenses[concepts[0]].isEmpty
            && (!conceptIDs[concepts[0]].contains("-") || namesByAFieldWord(concepts[0], terms: terms, tokens: tokens))
        // A feeling, goodbye or thanks said beside a guessed concept is still said to the tutor.
        let spokenToTheTutor = [.goodbye, .feelings, .thanks].contains(intent) && ranking.viaFallback
        // A concept asked about in a sentence of its own ("how am i to keep from burning out? i
        // go home and weep after my hospice visits") is asked in our sense: the unknown words
        // of the learner's story in another sentence tell where they come from, not what
        // they ask.
        // So is one named in a sentence of its own that another sentence asks about ("Aye,
        // congruence. Whit's that when it's at home?", "everyone says the alliance is the whole
        // show. why is it the star?"): the other sentence's unknown words are how the learner
        // talks, not another subject's. Another field's subject shares the sentence the word is
        // named in ("an alliance with another civ").
        let termSentences = Set((terms.tokens[concepts[0]] ?? []).map { tokens[$0].sentence })
        let unknown = subjectWords(
            termSentences.isEmpty ? left.unknown : left.unknown.filter { termSentences.contains(tokens[$0].sentence) },
            tokens)
        // "the word transference", "this term discord": a word named as a term is the field's.
        let namedAsATerm = (terms.tokens[concepts[0]] ?? []).contains { p in
            p > 0 && ["word", "term", "phrase", "buzzword", "concept"].contains(tokens[p - 1].word)
        }
        if concepts.count == 1, strength < tuning.oneWordTermMax, !left.anchored, !ownTechnicalWord, !spokenToTheTutor,
            !namedAsATerm, unknown.count >= tuning.sharedWordUnknownMin
        {
            return ScopeDecision(
                verdict: .outOfScope(confidence: tuning.weakEvidenceConfidence), concepts: [],
                evidence: [
                    "scope: one word shared with another subject (unknown: "
                        + unknown.map { tokens[$0].word }.joined(separator: ", ") + ") → out-of-scope"
                ], otherSense: true)
        }
        return nil
    }

    /// How many of these words are words some concept lists as another field's sense of its
    /// own ("parking", "ticket" for court orders): with nothing named, two of them tell the
    /// other field ("help me fight a parking ticket in traffic court").
    func otherSenseWords(_ positions: [Int], _ tokens: [Token]) -> Int {
        // (round 29) A word said twice for emphasis counts once (`Matcher+Reduplication.swift`).
        positions.count {
            (foreignStems.contains(tokens[$0].stem) || foreignStems.contains(tokens[$0].word))
                && !Self.repeatsTheWordBefore(tokens, $0)
        }
    }

    /// Whether the word at `p` is a word of some concept that lists, as another field's sense,
    /// some other content word of the line: beside that word it is the other field's ("court"
    /// beside "parking ticket"). Only words some term uses are looked up.
    func isContested(_ p: Int, _ tokens: [Token], content: [Int]) -> Bool {
        guard let owners = termIndex[tokens[p].stem], !owners.isEmpty else { return false }
        let others = content.filter {
            $0 != p && (foreignStems.contains(tokens[$0].stem) || foreignStems.contains(tokens[$0].word))
        }
        guard !others.isEmpty else { return false }
        return owners.contains { t in
            let senses = otherSenses[terms[t].concept]
            return others.contains { senses.contains(tokens[$0].stem) || senses.contains(tokens[$0].word) }
        }
    }

    /// The people the field works with, as a term's word names them.
    static let fieldPeople: WordSet = ["client", "clients", "patient", "patients", "client's", "clients'"]

    /// People of the learner's own life, after "my".
    static let ownPeople: WordSet = [
        "kids", "kid", "children", "child", "son", "daughter", "stepkids", "stepson", "stepdaughter", "stepchildren",
        "baby", "toddler", "teenager", "teen", "brother", "sister", "mom", "mum", "dad", "mother", "father", "parents",
        "wife", "husband", "spouse", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "family", "friend",
        "friends", "roommate", "roommates", "neighbor", "neighbors", "neighbour", "team", "teammates", "classmates",
        "boss", "manager", "coworker", "coworkers", "in-laws", "grandma", "grandpa", "aunt", "uncle", "cousin",
        "dog", "cat", "puppy", "ex", "ex-boyfriend", "ex-girlfriend", "ex-wife", "ex-husband", "date", "crush",
        "bestie", "bff", "landlord", "teacher", "professor", "coach",
    ]

    /// Whether the line speaks of someone of the learner's own ("my kids"), and of no client
    /// or person whose case it could be.
    private func ownLife(_ tokens: [Token]) -> Bool {
        let mine = tokens.indices.contains { i in
            tokens[i].word == "my"
                && tokens[(i + 1)..<min(tokens.count, i + 3)].contains { Self.ownPeople.contains($0.word) }
        }
        return mine && !tokens.contains { ["client", "clients", "patient", "patients"].contains($0.word) }
            && !tokens.contains { Self.storyPeople.contains($0.word) }
    }

    /// Drops the concepts whose word is used in another field's sense: not named, unless the
    /// domain's own words outweigh the other field's ("a tendon rupture in recovery").
    private func setAsideOtherSenses(
        _ concepts: inout [Int], _ left: Leftovers, terms: TermScan, tokens: [Token], content: [Int],
        comparing: Bool, sampled: Bool = false, capitals: Set<String> = []
    ) {
        // "in sales we mirror the customer's words. is that what reflective listening is?": the
        // learner's own field is the other side of a comparison, not the line's subject.
        let compared = comparedWithOwnField(tokens, terms: terms)
        // Concepts named by a term of their own, before any is set aside.
        let named = concepts.filter { !(terms.tokens[$0] ?? []).isEmpty }
        let setAside = Self.setAsideByNot(tokens).union(Self.glossedByLike(tokens)).union(
            Self.exampleByLikeWhen(tokens))
        concepts.removeAll { c in
            if let asked = compared,
                asked.namesField || (terms.tokens[c] ?? []).contains(where: { tokens[$0].sentence == asked.sentence })
            {
                return false
            }
            let senses = otherSenses[c]
            let own = terms.tokens[c] ?? []
            // A term typed in capitals in a line that is not shouted ("DARN CAT? sounds like a cat
            // meme") is the field's own acronym, whatever the learner jokes it sounds like.
            if !own.isEmpty, own.allSatisfy({ capitals.contains(tokens[$0].typed) }) { return false }
            // A sample asked of a concept said by its own name ("a sample reflection for a guy
            // who says his boss hates him") sets the sample's scene in anyone's life: only the
            // senses the concept itself lists ("a reflection in physics") are another field's.
            let generalOffTopicCounts = !(sampled && sharesItsName(c, terms: terms, tokens: tokens))
            // Where the other field's words are weighed. A concept asked about in a sentence of
            // its own ("what exactly is a safe space? i always figured that was a campus thing",
            // "why is empathy so important? at my old job i was just nice to passengers") is
            // asked in our sense; the learner's story in another sentence tells where they
            // met the word, not what they ask. A word of another sense the learner sets aside, in
            // a verbless "not …" clause or negated in a clause other than the concept's own
            // ("discord, what is it? not the chat app"), is no sign of that sense. (In the
            // concept's own clause it still is: "why doesn't the nato alliance work" is NATO's.)
            var termSentences = Set((terms.tokens[c] ?? []).map { tokens[$0].sentence })
            // (round 29) "Congruence. What is it? Sounds like geometry class.": the bare question
            // after a term said alone asks about it (`Matcher+RemarkAfterAsking.swift`).
            if let asked = Self.askedOfAFrontedTerm(terms.tokens[c] ?? [], tokens) { termSentences.insert(asked) }
            let termClauses = Set((terms.tokens[c] ?? []).map { tokens[$0].clause })
            let askedOnItsOwn =
                !termSentences.isEmpty && !termSentences.isDisjoint(with: left.asking)
                && content.contains { !termSentences.contains(tokens[$0].sentence) }
            // The same within a sentence: a concept asked about in a clause that asks ("why does
            // trust matter so much, I sell cars on trust but…") is asked in our sense, and a clause
            // in which the learner tells their own work ("I sell cars…", "we mirror…") is where
            // they met the word.
            let toldOwn = Self.learnersOwnClauses(tokens)
            let ownTelling = termClauses.intersection(left.askingClauses).subtracting(toldOwn).isEmpty ? [] : toldOwn
            let weighed = content.filter {
                !setAside.contains($0) && !(tokens[$0].negated && !termClauses.contains(tokens[$0].clause))
                    && (!askedOnItsOwn || termSentences.contains(tokens[$0].sentence))
                    && !ownTelling.contains(tokens[$0].clause)
            }
            let foreign =
                weighed.count { p in
                    terms.claimed[p] != c && !left.phrased.contains(p)
                        && (senses.contains(tokens[p].stem) || senses.contains(tokens[p].word)
                            || generalOffTopicCounts && terms.claimed[p] == nil && !left.asked.contains(p)
                                && isOffTopic(tokens[p]))
                }
                + senses.count {
                    $0.utf8.contains(UInt8(ascii: " ")) && Self.says($0, content: weighed, tokens: tokens)
                }
            // A situation told about a client ("a client asked me to be friends on instagram")
            // is anchored by the client even where a term of the story took the word.
            let anchoring = terms.situated[c] != nil ? content : left.unclaimed
            // A situation told in our own words, two or more of them (a frame filled, slot by
            // slot), is itself a word of the domain: "i cry in my car after every shift" is
            // self-care, the car only where it happens. One word beside a pronoun ("take him to
            // court") is too little to outweigh another field's word.
            let told = (terms.toldAt[c] ?? []).count { tokens[$0].isContent } >= 2 ? 1 : 0
            let anchors = anchoring.count {
                analyzer.domainStems.contains(tokens[$0].stem) && !senses.contains(tokens[$0].stem)
            }
            // A name of several words that holds a word of the domain ("ending counseling",
            // "counselor burnout", "trauma informed") is itself said in our field's words; a
            // second concept of ours compared with it ("a sympathy card and being empathic") sets
            // the line in our field as well. Each outweighs one word of another field.
            // (The domain word must be one of the concept's own name: "health insurance" holds a
            // word of the field, but buying a plan is still another field's business.)
            let ownStems = nameStems(of: conceptIDs[c])
            let ownName =
                terms.situated[c] == nil
                    && terms.named.contains { n in
                        n.concept == c && n.stems.count >= 2
                            && n.stems.contains {
                                analyzer.domainStems.contains($0) && !senses.contains($0) && ownStems.contains($0)
                            }
                    } ? 1 : 0
            // A term said of the field's own people ("used to shame clients", "a noncompliant
            // patient") tells what is done to a client: the other field's word beside it ("my old
            // boss") is where the learner saw it done.
            let ofClients = own.contains { Self.fieldPeople.contains(tokens[$0].word) } ? 1 : 0
            let company = comparing && named.contains { $0 != c } ? 1 : 0
            return foreign > anchors + told + ownName + company + ofClients
        }
    }

    /// The words of a clause that opens on "not" and holds no verb of its own ("discord, what
    /// is it? not the chat app"): the learner sets that sense aside, so its words are no sign
    /// that the line is about it.
    static func setAsideByNot(_ tokens: [Token]) -> Set<Int> {
        var out: Set<Int> = []
        for (i, t) in tokens.enumerated() where t.word == "not" && (i == 0 || tokens[i - 1].clause != t.clause) {
            let rest = tokens.indices.filter { $0 > i && tokens[$0].clause == t.clause }
            guard !rest.contains(where: { Self.clauseVerbs.contains(tokens[$0].word) }) else { continue }
            out.formUnion(rest)
        }
        return out
    }

    /// The words of a later clause that opens on "like" and holds no verb of its own ("whats
    /// cohesion in a group, like team chemistry?"): the learner's own gloss of what was named,
    /// not the line's subject. A setting ("like in physics") is still where the word is asked.
    static func glossedByLike(_ tokens: [Token]) -> Set<Int> {
        var out: Set<Int> = []
        for (i, t) in tokens.enumerated() where t.word == "like" && i > 0 && tokens[i - 1].clause != t.clause {
            let rest = tokens.indices.filter { $0 > i && tokens[$0].clause == t.clause }
            guard let first = rest.first, !["in", "at", "for", "on", "from"].contains(tokens[first].word),
                !rest.contains(where: { Self.clauseVerbs.contains(tokens[$0].word) })
            else { continue }
            out.formUnion(rest)
        }
        return out
    }

    /// The words after "like when" or "like if" to the end of their clause ("active listening
    /// vs regular listening, like when i nod at a customer"): the learner's own example of what
    /// was named, not the line's subject.
    static func exampleByLikeWhen(_ tokens: [Token]) -> Set<Int> {
        var out: Set<Int> = []
        for i in tokens.indices.dropFirst()
        where tokens[i].word == "like" && i + 1 < tokens.count
            && ["when", "if"].contains(tokens[i + 1].word)
        {
            out.formUnion(tokens.indices.filter { $0 > i + 1 && tokens[$0].clause == tokens[i].clause })
        }
        return out
    }

    /// Clauses after the line's first that open on the learner telling their own doing ("I
    /// sell cars on trust", "we mirror the customer"): a first person and a verb of theirs.
    static func learnersOwnClauses(_ tokens: [Token]) -> Set<Int> {
        var out: Set<Int> = []
        for i in tokens.indices.dropFirst() where tokens[i].clause != tokens[i - 1].clause {
            guard ["i", "we"].contains(tokens[i].word), i + 1 < tokens.count,
                tokens[i + 1].clause == tokens[i].clause, !tokens[i + 1].isStop
            else { continue }
            out.insert(tokens[i].clause)
        }
        return out
    }

    /// Verbs that make a clause opening on "not" a statement ("not sure it works"), not a
    /// sense set aside.
    static let clauseVerbs: WordSet = [
        "is", "are", "was", "were", "be", "do", "does", "did", "have", "has", "had", "can", "will", "would",
        "should", "sure", "know", "think", "mean", "want", "need", "work", "works", "help", "helps",
    ]

    /// Words that ask whether two things resemble each other.
    static let resemblanceWords: WordSet = [
        "like", "same", "similar", "just", "basically", "equivalent", "analogous", "fancy", "different",
    ]
    /// Names of our field, as in "what does it mean in counseling".
    static let ownFieldNames: WordSet = [
        "counseling", "counselling", "therapy", "psychotherapy", "counselors", "counsellors", "therapists",
    ]

    /// Words only our work uses for itself.
    static let wordsOfTheWork: WordSet = [
        "treatment", "counseling", "counselling", "therapy", "session", "sessions", "counselor", "counselors",
        "therapist", "therapists", "recovery", "sobriety",
    ]

    /// A career-changer's analogy: a first sentence tells the learner's own field ("in HR…",
    /// "in sales we…", "teacher here, we…", "as a coach i…"), and the last asks, in words of no
    /// other field, whether something of ours resembles it ("is that what reflective
    /// listening is", "kind of like that?", "just rapport with a fancy name") or what it means
    /// in our field ("what does it mean in counseling"), or asks about a client or treatment
    /// ("in business we'd call it customer engagement. how do i keep a client engaged in
    /// treatment"). The other field's words are then the side compared with: a concept the
    /// question names is ours, and so is every concept named when the question names our
    /// field. Nil when the line is no such analogy; else
    /// the question's sentence and whether it names our field.
    func comparedWithOwnField(_ tokens: [Token], terms: TermScan) -> (sentence: Int, namesField: Bool)? {
        guard let last = tokens.last?.sentence, last > 0 else { return nil }
        let first = tokens.indices.filter { tokens[$0].sentence == 0 }
        let asked = tokens.indices.filter { tokens[$0].sentence == last }
        let isForeign = { (p: Int) in
            let t = tokens[p]
            return terms.claimed[p] == nil
                && (self.foreignStems.contains(t.stem) || self.foreignStems.contains(t.word) || self.isOffTopic(t))
        }
        guard first.count >= 2, asked.count >= 3 else { return nil }
        let namesField = asked.dropFirst().contains { p in
            Self.ownFieldNames.contains(tokens[p].word) && ["in", "for"].contains(tokens[p - 1].word)
        }
        // The question may say the other field's word when it sets it beside ours ("is
        // termination in counseling anything like firing someone").
        guard namesField || !asked.contains(where: isForeign) else { return nil }
        let opening = first.prefix(4)
        let framed =
            tokens[first[0]].word == "in" && opening.dropFirst().contains(where: isForeign)
            || tokens[first[0]].word == "as" && ["a", "an"].contains(tokens[first[1]].word)
            || opening.dropFirst().contains { tokens[$0].word == "here" }
            || first.indices.dropLast().contains { i in
                ["i", "we"].contains(tokens[first[i]].word) && first[(i + 1)...].prefix(3).contains(where: isForeign)
            }
        guard framed else { return nil }
        // A question about treatment or sessions ("how do i keep a client engaged in
        // treatment") asks about our work, whatever the first sentence called it. ("Client"
        // alone is not enough: sales has clients too.)
        let ofTheWork = asked.contains { Self.wordsOfTheWork.contains(tokens[$0].word) }
        let resembles = asked.contains { Self.resemblanceWords.contains(tokens[$0].word) }
        let whatItIs = tokens[asked[asked.count - 1]].word == "is" && asked.contains { tokens[$0].word == "what" }
        return resembles || namesField || whatItIs || ofTheWork ? (last, namesField) : nil
    }

    /// Whether the line's content words hold a sense of several words, its stems in a row.
    static func says(_ phrase: String, content: [Int], tokens: [Token]) -> Bool {
        let stems = phrase.split(separator: " ")
        guard stems.count <= content.count else { return false }
        return (0...(content.count - stems.count)).contains { i in
            stems.indices.allSatisfy { k in
                let t = tokens[content[i + k]]
                return t.stem == stems[k] || t.word == stems[k]
            }
        }
    }

    /// The concepts whose word the line uses beside one of their other senses ("court" beside
    /// "fine" for court orders), possibly none when a word is on the off-topic list; nil
    /// when the line uses neither. A sense word of a guessed concept's own terms is that concept's
    /// ("culture" is cultural humility's, whatever "pop culture" is), and a concept's sense
    /// counts only beside its own word ("meeting" alone is no sign of meeting software).
    private func contestedConcepts(_ positions: [Int], _ tokens: [Token], guessed: [Int]) -> Set<Int>? {
        // A sense kept as typed ("fitness") is looked for as typed.
        let stems = positions.map { foreignStems.contains(tokens[$0].word) ? tokens[$0].word : tokens[$0].stem }
        let foreign = stems.filter { stem in
            foreignStems.contains(stem) && !(termIndex[stem] ?? []).contains { guessed.contains(terms[$0].concept) }
        }
        guard !foreign.isEmpty else { return nil }
        let contested = Set(
            otherSenses.indices.filter { c in
                foreign.contains { otherSenses[c].contains($0) }
                    && stems.contains { s in
                        !otherSenses[c].contains(s) && (termIndex[s] ?? []).contains { terms[$0].concept == c }
                    }
            })
        return contested.isEmpty && !foreign.contains(where: offTopic.contains) ? nil : contested
    }

    /// A content question that names no concept: a follow-up when it leans on the last
    /// turn with known words, else out of scope, the surer the more unknown words.
    private func unnamed(_ left: Leftovers, hasCue: Bool, tokens: [Token]) -> ScopeDecision {
        let leansOnContext =
            tokens.contains { Self.anaphora.contains($0.word) }
            || (hasCue || !left.unclaimed.isEmpty)  // a lone "A" leans on nothing
                && left.unclaimed.allSatisfy { Self.requestWords.contains(tokens[$0].word) }
        if left.unknown.isEmpty && !left.offTopic {
            if leansOnContext {
                return ScopeDecision(
                    verdict: .followUp(confidence: tuning.followUpConfidence), concepts: [],
                    evidence: ["scope: nothing named, leans on the last turn → follow-up"])
            }
            if hasCue && left.unclaimed.allSatisfy({ analyzer.domainStems.contains(tokens[$0].stem) }) {
                return ScopeDecision(
                    verdict: .followUp(confidence: tuning.domainFollowUpConfidence), concepts: [],
                    evidence: ["scope: nothing named, only words of the domain → follow-up"])
            }
        }
        // A question about "it" with one word the knowledge base lacks ("how do I give it
        // without overstepping?") still asks about the last turn's topic.
        let pronoun = tokens.contains { Self.anaphora.contains($0.word) && $0.word != "one" }
        if pronoun && hasCue && !left.offTopic && left.unknown.count <= tuning.followUpUnknownMax {
            return ScopeDecision(
                verdict: .followUp(confidence: tuning.domainFollowUpConfidence), concepts: [],
                evidence: ["scope: nothing named, a pronoun and \(left.unknown.count) unknown word → follow-up"])
        }
        let confidence = min(tuning.unknownCap, tuning.unknownBase + tuning.unknownStep * Double(left.unknown.count))
        return ScopeDecision(
            verdict: .outOfScope(confidence: confidence), concepts: [],
            evidence: ["scope: nothing named, \(left.unknown.count) unknown words → out-of-scope"],
            unknownWhenUnnamed: left.unknown.count)
    }
}
