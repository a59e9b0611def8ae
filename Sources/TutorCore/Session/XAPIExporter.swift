import Foundation

/// A learner's session log as xAPI 1.0.3 statements, for learning record stores. The
/// mapping is documented in the README ("The xAPI mapping"); in short:
///
/// | event | verb | object |
/// | --- | --- | --- |
/// | `session-start` | `initialized` | the course (the activity base itself) |
/// | `turn` asking about a concept | `asked` | `<base>/concepts/<id>` |
/// | `grade` | `answered` | `<base>/questions/<id>` or `<base>/exam-items/<id>` |
/// | `mastery`, crossing 0.95 | `mastered` | `<base>/concepts/<id>` |
/// | `mastery`, otherwise | `progressed` | `<base>/concepts/<id>` |
/// | `session-end` | `terminated` | the course |
/// | `turn` that starts a lesson | `attempted` | `<base>/lessons/<name>` |
/// | `turn` that ends a lesson | `completed` | `<base>/lessons/<name>` |
///
/// Other turns (hints, commands, quiz requests) make no statement. A statement's id is a
/// version-5 UUID of the learner, session and sequence number in a namespace named by the
/// activity base (and the verb, for a lesson's statements, which share their turn's
/// number), so exporting twice gives the same ids and a record store can tell a re-sent
/// statement from a new one. Statements carry no `version`: that is the record store's to
/// set (xAPI 1.0.3, part 2, 2.4.10); the push sends `X-Experience-API-Version`. Pure: events
/// and the knowledge base in, JSON out.
public struct XAPIExporter: Sendable {
    /// The activity base when none is given: the reserved `.invalid` domain, so nothing
    /// is mistaken for a real institution's identifiers. Schools set their own.
    public static let defaultActivityBase = "https://tutor.invalid/xapi"
    /// The xAPI version the statements follow (sent as `X-Experience-API-Version` on a push).
    public static let xAPIVersion = "1.0.3"
    /// The ADL verbs used, by name (`http://adlnet.gov/expapi/verbs/<name>`).
    public static let verbs = [
        "initialized", "asked", "answered", "progressed", "mastered", "terminated", "attempted", "completed",
    ]

    /// Activity ids start with this IRI (no trailing slash).
    public let activityBase: String
    /// The actor's account home page (the system the learner names belong to).
    public let homePage: String
    public let kb: KnowledgeBase?
    private let namespace: [UInt8]

    public init(activityBase: String = XAPIExporter.defaultActivityBase, homePage: String? = nil, kb: KnowledgeBase?) {
        var base = activityBase
        while base.hasSuffix("/") { base.removeLast() }
        self.activityBase = base
        self.homePage = homePage ?? base
        self.kb = kb
        namespace = NameBasedUUID.bytes(namespace: NameBasedUUID.urlNamespace, name: base)
    }

    /// Why an activity base cannot be used, or nil when it can: it must be an absolute IRI
    /// with a scheme and no query, fragment or spaces.
    public static func problem(activityBase: String) -> String? {
        guard let colon = activityBase.firstIndex(of: ":"), colon != activityBase.startIndex else {
            return "it must be an absolute IRI such as https://school.example/xapi/tutor"
        }
        let scheme = activityBase[..<colon]
        guard scheme.first!.isLetter, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) else {
            return "its scheme '\(scheme)' is not valid"
        }
        if activityBase.contains(where: { $0 == "?" || $0 == "#" || $0.isWhitespace }) {
            return "it may not contain a query, a fragment or spaces"
        }
        return nil
    }

    /// The statements for `events`, in order, with a lesson's `attempted` and `completed`
    /// where its turns start and end it.
    public func statements(for events: [SessionEvent]) -> [JSON] {
        var out: [JSON] = []
        var lessonBefore: [String: String] = [:]  // per session: the lesson the last turn left running
        for event in events {
            if case .turn(let t) = event.body {
                let before = lessonBefore[event.session]
                let now = t.state?["lesson"]?["lesson"]?.stringValue
                // The closing words of a lesson (`Tutor.endOfLesson`) end the one that was running.
                if let before, t.reply.contains(Tutor.endOfLesson("").dropLast(2)) {
                    out.append(lessonStatement(event, verb: "completed", lesson: before))
                }
                if let now, now != before || t.reply.contains(Tutor.endOfLesson("").dropLast(2)) {
                    out.append(lessonStatement(event, verb: "attempted", lesson: now))
                }
                lessonBefore[event.session] = now
            }
            if let statement = statement(for: event) { out.append(statement) }
        }
        return out
    }

    /// `attempted` or `completed` for the lesson `name`, at a turn.
    private func lessonStatement(_ event: SessionEvent, verb: String, lesson name: String) -> JSON {
        build(
            event, verb: verb,
            object: activity("lessons/" + name, type: "http://adlnet.gov/expapi/activities/lesson", name: name),
            result: verb == "completed" ? .object([("completion", .bool(true))]) : nil,
            id: NameBasedUUID.string(
                namespace: namespace, name: "\(event.learner)\n\(event.session)\n\(event.seq)\n\(verb)"))
    }

    /// The statement id for the event at `seq` in `learner`'s `session`.
    public func statementID(learner: String, session: String, seq: Int) -> String {
        NameBasedUUID.string(namespace: namespace, name: "\(learner)\n\(session)\n\(seq)")
    }

    /// The statement for one event, or nil for events that make none.
    public func statement(for event: SessionEvent) -> JSON? {
        switch event.body {
        case .sessionStart:
            return build(event, verb: "initialized", object: course, result: nil)
        case .sessionEnd:
            return build(event, verb: "terminated", object: course, result: nil)
        case .turn(let t):
            guard t.graded == nil, let intent = t.intent, intent.isContent, let first = t.concepts.first else {
                return nil
            }
            let result: JSON = .object([
                ("response", .string(t.input)),
                ("extensions", .object([(ext("intent"), .string(intent.rawValue))])),
            ])
            let others = t.concepts.dropFirst().map(conceptActivity)
            return build(event, verb: "asked", object: conceptActivity(first), result: result, other: Array(others))
        case .grade(let g):
            return answered(event, g)
        case .mastery(let m):
            guard let concept = m.concept, let after = m.after else { return nil }
            let crossed = KnowledgeTracer.isMastered(after) && !KnowledgeTracer.isMastered(m.before ?? 0)
            var extensions: [(String, JSON)] = [(ext("mastery-before"), m.before.map(JSON.number) ?? .null)]
            if let q = m.question { extensions.append((ext("question"), .string(q))) }
            let result: JSON = .object([
                ("score", .object([("scaled", .number(Self.clamp(after)))])),
                ("success", .bool(KnowledgeTracer.isMastered(after))),
                ("extensions", .object(extensions)),
            ])
            return build(
                event, verb: crossed ? "mastered" : "progressed", object: conceptActivity(concept), result: result)
        }
    }

    // MARK: Parts

    private func answered(_ event: SessionEvent, _ g: GradeRecord) -> JSON? {
        guard let id = g.question, let verdictName = g.verdict else { return nil }
        let verdict = Verdict(rawValue: verdictName)
        let covered = g.covered
        let isExam = g.option != nil || kb?.examItems.contains { $0.id == id } == true
        let question = isExam ? nil : kb?.question(id)
        let scaled: Double
        if isExam {
            scaled = verdict == .correct ? 1 : 0
        } else if let question, !question.expectations.isEmpty {
            // A correct answer scores 1 even when it needs only some of the ideas; otherwise
            // the share of all the ideas the answer covered.
            scaled = verdict == .correct ? 1 : min(1, Double(covered.count) / Double(question.expectations.count))
        } else {
            scaled = verdict == .correct ? 1 : verdict == .partial ? 0.5 : 0
        }
        let response = isExam ? (g.response ?? g.answer) : g.answer
        let result: JSON = .object([
            ("score", .object([("scaled", .number(scaled))])),
            ("success", .bool(verdict == .correct)),
            ("response", .string(response ?? "")),
            (
                "extensions",
                .object([
                    (ext("verdict"), .string(verdictName)),
                    (ext("covered"), .array(covered.map(JSON.string))),
                    (ext("misconceptions"), .array(g.misconceptions.map(JSON.string))),
                ])
            ),
        ])
        let object: JSON
        var parents: [JSON] = []
        if isExam {
            let item = kb?.examItems.first { $0.id == id }
            object = activity(
                "exam-items/" + id, type: "http://adlnet.gov/expapi/activities/cmi.interaction", name: item?.stem,
                interaction: "choice")
            parents = (item?.concepts ?? []).map(conceptActivity)
        } else {
            object = activity(
                "questions/" + id, type: "http://adlnet.gov/expapi/activities/cmi.interaction", name: question?.text,
                interaction: "long-fill-in")
            if let question { parents = [conceptActivity(question.concept)] }
        }
        return build(event, verb: "answered", object: object, result: result, parents: parents)
    }

    private func build(
        _ event: SessionEvent, verb: String, object: JSON, result: JSON?, parents: [JSON] = [], other: [JSON] = [],
        id: String? = nil
    ) -> JSON {
        var contextActivities: [(String, JSON)] = []
        if !parents.isEmpty { contextActivities.append(("parent", .array(parents))) }
        if object["id"]?.stringValue != activityBase { contextActivities.append(("grouping", .array([course]))) }
        if !other.isEmpty { contextActivities.append(("other", .array(other))) }
        var context: [(String, JSON)] = [
            (
                "registration",
                .string(NameBasedUUID.string(namespace: namespace, name: "\(event.learner)\n\(event.session)"))
            )
        ]
        if !contextActivities.isEmpty { context.append(("contextActivities", .object(contextActivities))) }
        context += [
            ("platform", .string("tutor")), ("language", .string("en-US")),
            (
                "extensions",
                .object([(ext("session"), .string(event.session)), (ext("seq"), .number(Double(event.seq)))])
            ),
        ]
        var fields: [(String, JSON)] = [
            ("id", .string(id ?? statementID(learner: event.learner, session: event.session, seq: event.seq))),
            (
                "actor",
                .object([
                    ("objectType", .string("Agent")),
                    ("account", .object([("homePage", .string(homePage)), ("name", .string(event.learner))])),
                ])
            ),
            (
                "verb",
                .object([
                    ("id", .string("http://adlnet.gov/expapi/verbs/" + verb)),
                    ("display", .object([("en-US", .string(verb))])),
                ])
            ),
            ("object", object),
        ]
        if let result { fields.append(("result", result)) }
        fields += [
            ("context", .object(context)), ("timestamp", .string(event.time)),
        ]
        return .object(fields)
    }

    /// The tutor as a whole: the course every other activity is grouped under.
    private var course: JSON {
        .object([
            ("objectType", .string("Activity")), ("id", .string(activityBase)),
            (
                "definition",
                .object([
                    ("type", .string("http://adlnet.gov/expapi/activities/course")),
                    ("name", .object([("en-US", .string("The therapeutic alliance"))])),
                ])
            ),
        ])
    }

    private func conceptActivity(_ id: String) -> JSON {
        activity("concepts/" + id, type: "http://adlnet.gov/expapi/activities/objective", name: kb?.concept(id)?.name)
    }

    private func activity(_ path: String, type: String, name: String?, interaction: String? = nil) -> JSON {
        var definition: [(String, JSON)] = []
        if let name { definition.append(("name", .object([("en-US", .string(name))]))) }
        definition.append(("type", .string(type)))
        if let interaction { definition.append(("interactionType", .string(interaction))) }
        return .object([
            ("objectType", .string("Activity")), ("id", .string(activityBase + "/" + Self.encode(path))),
            ("definition", .object(definition)),
        ])
    }

    private func ext(_ name: String) -> String { activityBase + "/extensions/" + name }

    /// Ids come from the knowledge base (kebab case), but an IRI must never break.
    private static func encode(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    private static func clamp(_ x: Double) -> Double { min(1, max(0, x)) }
}
