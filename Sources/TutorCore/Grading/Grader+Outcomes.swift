/// How treatment turns out and what moves a client to change, said in everyday words: "gets better", "how well it goes",
/// "treatment is working", "what makes therapy work". Each is read as the outcome itself, and
/// a "make" whose object is such an outcome as what decides it, alike in an answer and in the
/// ideas it is graded against: "honestly the insurance decides how well it goes" is the
/// claim that insurance determines success, and "good insurance is what makes treatment
/// work" too.
extension Grader {
    static let getForms: WordSet = ["get", "gets", "getting", "got", "gotten"]
    static let goForms: WordSet = ["go", "goes", "going", "went", "gone"]
    /// Also "succeeds": "coverage decides if treatment succeeds" (said of treatment only: a
    /// bare "succeed" stays its own word, "always succeeds" is a guarantee).
    static let workForms: WordSet = ["work", "works", "working", "worked", "succeed", "succeeds", "succeeded"]
    /// What can be said to work or go well: treatment, or "it" and "things" standing for it.
    static let treatmentWords: WordSet = [
        "treatment", "therapy", "counseling", "counselling", "it", "its", "things", "sessions", "rehab", "recovery",
        "program",
    ]
    /// Small words that may stand between the subject and "working" ("it is working").
    static let copulas: WordSet = [
        "is", "are", "s", "was", "were", "will", "would", "ll", "d", "be", "must", "should", "can", "could", "might",
        "may", "not", "never", "wont", "doesnt", "dont", "isnt", "cant", "to", "going", "gonna", "really", "still",
        "did", "didnt", "does", "do", "has", "hasnt", "wasnt", "arent", "wouldnt", "couldnt", "shouldnt",
    ]
    /// Degree words between "get" and "better" ("get any better", "get much better").
    static let degrees: WordSet = ["any", "much", "a", "lot", "bit", "way", "so", "even"]
    static let makeForms: WordSet = ["make", "makes", "made", "making"]
    /// Words of a relation that decides an outcome, whose sides must be said in its clause:
    /// in "the bond is what determines whether they get better, and insurance has no say in
    /// that", insurance decides nothing.
    static let relationWords = ["determine", "guarantee"]

    static func relationKeys(_ analyzer: Analyzer, classes: [String: String]) -> Set<String> {
        Set(relationWords.map { classes[analyzer.stem($0)] ?? analyzer.stem($0) })
    }

    /// Verbs that bring someone to a change ("shame pushes people to change", "it's what gets
    /// them to quit", "scared into stopping").
    static let causeVerbs: WordSet = [
        "push", "pushes", "pushed", "pushing", "get", "gets", "got", "getting", "make", "makes", "made", "making",
        "force", "forces", "forced", "scare", "scares", "scared", "shock", "shocks", "shocked", "drive", "drives",
        "help", "helps", "helped", "motivate", "motivates", "motivated", "pressure", "pressures", "guilt",
    ]
    /// The change a client makes: to change, quit or stop (the substance), get sober.
    static let changeWords: WordSet = [
        "change", "changing", "quit", "quitting", "stop", "stopping", "sober", "sobriety", "realize",
    ]
    /// What a stop or quit may be of, when it is leaving treatment rather than the substance.
    static let leftThings: WordSet = [
        "coming", "going", "showing", "attending", "treatment", "therapy", "sessions", "counseling", "seeing",
    ]

    /// "Shame pushes people to change", "gets them to quit": a cause moving the client to
    /// change, read as motivating change (the verb) and the change itself, so "quit" here is
    /// not dropping out.
    static func readChange(_ tokens: inout [Token], _ analyzer: Analyzer) {
        let motivate = analyzer.stem("motivate")
        let change = analyzer.stem("change")
        for c in tokens.indices where changeWords.contains(tokens[c].typed) {
            guard
                c + 1 >= tokens.count || tokens[c + 1].clause != tokens[c].clause
                    || !leftThings.contains(tokens[c + 1].typed)
            else { continue }
            // "… to change", "… into stopping", back to the verb over its object.
            guard c >= 2, ["to", "into"].contains(tokens[c - 1].typed) else { continue }
            var v = c - 2
            while v >= 0, c - v <= 4, tokens[v].clause == tokens[c].clause, !causeVerbs.contains(tokens[v].typed) {
                v -= 1
            }
            guard v >= 0, c - v <= 4, tokens[v].clause == tokens[c].clause, causeVerbs.contains(tokens[v].typed)
            else { continue }
            tokens[v].isStop = false
            tokens[v].stem = motivate
            tokens[c].isStop = false
            tokens[c].stem = change
        }
    }

    /// Rereads the outcomes of `tokens` in place (no token added or removed): "goes well" is
    /// the outcome, and a "make" before an outcome decides it ("what makes treatment work";
    /// the treatment is then part of the outcome, not a word of its own).
    static func readOutcomes(_ tokens: inout [Token], _ analyzer: Analyzer) {
        let success = analyzer.stem("success")
        let determine = analyzer.stem("determine")
        for o in tokens.indices where isOutcome(tokens, o) {
            if tokens[o].typed == "well" {
                tokens[o].isStop = false
                tokens[o].stem = success
            }
            var j = o - 1
            while j >= 0, o - j <= 4, tokens[j].clause == tokens[o].clause {
                if makeForms.contains(tokens[j].typed), !(j + 1 < tokens.count && tokens[j + 1].typed == "sure") {
                    tokens[j].isStop = false
                    tokens[j].stem = determine
                    for k in (j + 1)..<o where treatmentWords.contains(tokens[k].typed) { tokens[k].isStop = true }
                    break
                }
                j -= 1
            }
        }
    }

    /// For each content word of `line`, the outcome it also stands for, with its own polarity:
    /// "he'll get better", "the treatment is working" are success, and keep their own words.
    /// So is option A picked as the answer ("A, it's warmer") option A itself ("a is warmer").
    func outcomes(_ line: Line) -> [[String]?] {
        let success = classes[analyzer.stem("success")] ?? analyzer.stem("success")
        return line.positions.map { t in
            if line.tokens[t].stem == Self.pickedA { return [Self.optionA] }
            return line.tokens[t].typed != "well" && Self.isOutcome(line.tokens, t) ? [success] : nil
        }
    }

    /// Whether token `i` says how treatment turns out: "better" after "get", "well" beside
    /// "go", a form of "work" after treatment or "it".
    static func isOutcome(_ tokens: [Token], _ i: Int) -> Bool {
        func typed(_ j: Int) -> String? {
            tokens.indices.contains(j) && tokens[j].clause == tokens[i].clause ? tokens[j].typed : nil
        }
        switch tokens[i].typed {
        case "finish", "finishes", "finished", "complete", "completes", "completed", "graduate", "graduates":
            // "He'll finish the program": the treatment's success.
            var j = i + 1
            while let w = typed(j), ["the", "his", "her", "their", "a"].contains(w) { j += 1 }
            return typed(j).map(treatmentWords.contains) == true && typed(j) != "it"
        case "better":
            var j = i - 1
            while let w = typed(j), degrees.contains(w) { j -= 1 }
            // "Get a better lawyer" is no outcome ("get a bit better", "a lot better" are).
            return typed(j).map(getForms.contains) == true && typed(i - 1) != "a"
        case "well":
            // "goes well", "how well it goes", "how well treatment went".
            if typed(i - 1).map(goForms.contains) == true { return true }
            if let w = typed(i + 1), treatmentWords.contains(w) || w == "the" {
                let k = w == "the" ? i + 3 : i + 2
                return typed(k).map(goForms.contains) == true
            }
            return false
        default:
            guard workForms.contains(tokens[i].typed) else { return false }
            var j = i - 1
            // "It's working", "the treatment is obviously working".
            while let w = typed(j), copulas.contains(w) || w.hasSuffix("ly") { j -= 1 }
            return typed(j).map(treatmentWords.contains) == true
        }
    }
}
