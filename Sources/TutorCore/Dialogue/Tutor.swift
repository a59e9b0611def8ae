import Foundation

/// The dialogue policy: one learner line in, one reply out, as a pure function of the
/// state and the input. The turn's stages (analyze → match → route → decide → render) are
/// in `Tutor+Turn.swift`; `decide` returns `Move`s and `TurnRenderer` writes them out.
///
/// Logging is the caller's (`TutorSession`): it writes the turn's events before showing the reply.
public final class Tutor: Sendable {
    public let kb: KnowledgeBase
    public let analyzer: Analyzer
    public let matcher: Matcher
    public let grader: Grader
    public let responder: Responder
    public let tracer: KnowledgeTracer
    /// What to practise next, with mastered concepts coming back for review.
    public let scheduler: ReviewScheduler
    /// The instructors' lessons that `:lesson NAME` can start.
    public let lessons: [Lesson]
    /// The lessons' inline questions, compiled for grading, by id.
    let lessonQuestions: [String: Grader.CompiledQuestion]
    /// The question a quiz request describes by its scenario.
    let questionFinder: QuestionFinder
    /// The graded answers, indexed (`Grader+Exemplars`).
    let exemplars: CompactLazy<[String: Grader.Exemplars]>

    /// Builds the whole pipeline over a loaded knowledge base and the lessons.
    public convenience init(kb: KnowledgeBase, lessons: [Lesson] = []) {
        self.init(image: Image(kb: kb, lessons: lessons), lessons: lessons)
    }

    /// A tutor over a built (or cached) image. The image must have been built with the same
    /// lessons' inline questions (`Image.lessonFingerprint` tells); if not, the lessons'
    /// questions are compiled again here.
    public init(image: Image, lessons: [Lesson] = []) {
        kb = image.kb
        self.lessons = lessons
        analyzer = image.analyzer
        matcher = image.matcher
        grader = image.grader
        responder = Responder(kb: kb)
        tracer = KnowledgeTracer(kb: kb)
        scheduler = ReviewScheduler(kb: kb)
        questionFinder = image.questionFinder
        exemplars = image.exemplars
        let inline = lessons.flatMap(\.inlineQuestions)
        lessonQuestions =
            Set(inline.map(\.id)) == Set(image.lessonQuestions.keys)
            ? image.lessonQuestions : Image.compile(inline, analyzer: image.analyzer)
    }

    /// What to say when a session starts on a learner's resumed state, if anything.
    public func welcome(_ state: TutorState) -> String? {
        if lessonIsPaused(state), let progress = state.lesson, let lesson = lesson(named: progress.lesson) {
            return "Welcome back to the lesson \"\(lesson.title)\". Say \"go on\" to pick up where we stopped."
        }
        guard let open = state.open, let q = question(open.id) else { return nil }
        if let progress = state.lesson, progress.waiting == q.id, let lesson = lesson(named: progress.lesson) {
            return "Welcome back to the lesson \"\(lesson.title)\". We were on this question: \(q.text)"
        }
        return "Welcome back. We were working on this question: \(q.text)"
    }
}
