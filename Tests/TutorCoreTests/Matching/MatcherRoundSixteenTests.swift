import Foundation
import Testing

@testable import TutorCore

/// Round 16's single-line mechanisms, each pinned on lines of our own in other words than the
/// development lines that showed the miss.
@Suite struct MatcherRoundSixteenTests {
    let matcher = Fixtures.tutor.matcher

    /// "folks" is a family only when it is someone's; said of no one it is people.
    @Test func folksAreAFamilyOnlyWhenSomeonesFolks() {
        let analyzer = matcher.analyzer
        let people = analyzer.stem("people")
        let family = analyzer.stem("family")
        let stem = { (text: String) in analyzer.analyze(text).tokens.first { $0.word == "folks" }?.stem }
        #expect(stem("the hospital folks keep saying it") == people)
        #expect(stem("folks who stick around") == people)
        #expect(stem("my folks keep nagging him") == family)
        #expect(stem("the client's folks called me") == family)
        #expect(
            matcher.match("why do the hospital folks keep talking about the alliance").concepts.first
                == "therapeutic-alliance")
    }

    /// A family doctor is a doctor: the line sets the alliance beside the doctor's bond, not the
    /// family's alliance.
    @Test(
        "a family doctor names the doctor-patient bond",
        arguments: [
            "so is the alliance pretty much the bond you have with a family physician",
            "is the counseling alliance the same thing as what i have with my family physician",
        ])
    func familyDoctor(_ text: String) {
        let m = matcher.match(text)
        #expect(m.concepts.contains("doctor-patient-bond"), "\(m.evidence)")
        #expect(!m.concepts.contains("family-alliance"), "\(m.evidence)")
    }

    /// "call it" with a name after it names a thing; "calling it" alone takes leave.
    @Test func callingItANameIsNoGoodbye() {
        #expect(matcher.match("why do people call it discord now instead of resistance").intent != .goodbye)
        #expect(matcher.match("who started calling it a working alliance").intent != .goodbye)
        #expect(matcher.match("ok im calling it for today").intent == .goodbye)
        #expect(matcher.match("lets call it a night").intent == .goodbye)
    }

    /// The learner telling of their own exam tells no client's case.
    @Test(
        "a worry about one's own exam is a feeling",
        arguments: [
            "failed my licensing test last spring and im terrified it will happen again",
            "i flunked this exam before and i am so scared of flunking it again",
        ])
    func ownExamWorry(_ text: String) {
        let m = matcher.match(text)
        #expect(m.intent == .feelings, "\(m.evidence)")
    }

    /// The learner's own studying asked about, with no concept named, asks for study advice.
    @Test(
        "asking how to study is study advice",
        arguments: [
            "boards in ten days, review what first?",
            "how do you recommend i prepare",
            "test is next month. cram what first",
        ])
    func ownStudying(_ text: String) {
        let m = matcher.match(text)
        #expect(m.intent == .studyAdvice, "\(m.evidence)")
    }

    /// A modifier said once beside another concept's head noun names, with that head, its own
    /// concept: the empathic kind of confrontation, not empathy.
    @Test(
        "a modifier shares the other side's head noun",
        arguments: [
            "empathetic vs harsh confrontation",
            "is confronting someone empathetically different from harsh confrontation",
        ])
    func sharedHead(_ text: String) {
        let m = matcher.match(text)
        #expect(m.intent == .compare)
        #expect(Set(m.concepts.prefix(2)) == ["empathic-confrontation", "strong-confrontation"], "\(m.evidence)")
    }

    /// A noun that only names the other concept stays that concept: "empathy" is no modifier.
    @Test func aNounIsNoSharedModifier() {
        let m = matcher.match("how is empathy different from confronting a client")
        #expect(m.concepts.contains("empathy"), "\(m.evidence)")
    }

    /// The phrasing prior may not put the alliance (the frame) ahead of a specific concept the
    /// line names by a term of two words or more when the line names the alliance by no term of
    /// its own; where it does, the prior may.
    @Test func thePriorKeepsTheSpecificConceptOverAnUnnamedFrame() {
        var r = MatchResult(intent: .define, concepts: ["self-alliance"], confidence: 0.8)
        r.basis.named = [MatchBasis.Named(concept: "self-alliance", stems: ["allianc", "yourself"])]
        #expect(matcher.framesOverSpecific("therapeutic-alliance", r))
        #expect(!matcher.framesOverSpecific("trust", r))
        r.basis.named.append(MatchBasis.Named(concept: "therapeutic-alliance", stems: ["allianc"]))
        #expect(!matcher.framesOverSpecific("therapeutic-alliance", r))
        var weak = MatchResult(intent: .define, concepts: ["active-listening"], confidence: 0.8)
        weak.basis.named = [MatchBasis.Named(concept: "active-listening", stems: ["heard"])]
        #expect(!matcher.framesOverSpecific("therapeutic-alliance", weak))
    }

    /// A comparison that names only the word two concepts' names share, speaking of its kinds or
    /// ways, sets the two side by side.
    @Test(
        "the kinds of a shared name are both sides",
        arguments: [
            "the right kind of confrontation versus the wrong kind, what is the difference",
            "compare the two kinds of confrontation for me",
        ])
    func kindsOfASharedName(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(Set(m.concepts.prefix(2)) == ["strong-confrontation", "empathic-confrontation"], "\(m.evidence)")
    }
}
