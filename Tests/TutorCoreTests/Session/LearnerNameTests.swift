import Testing
import TutorCore

/// Learner names: one name per learner, whatever its compatibility form, and no name that
/// passes for another in a different script.
@Suite struct LearnerNameTests {
    @Test(arguments: [("ａｎｎ", "ann"), ("Ann", "Ann"), ("ﬁona", "fiona"), ("José", "José")])
    func compatibilityFormsAreOneName(given: String, stored: String) {
        #expect(LearnerName.normalized(given) == stored)
        #expect(LearnerName.problem(LearnerName.normalized(given)) == nil)
    }

    @Test(arguments: ["аnn", "pаypal", "Ολγα-olga", "ann-анна"])
    func mixedScriptsAreRefused(name: String) {
        #expect(LearnerName.problem(name)?.hasPrefix("it mixes ") == true)
    }

    @Test(arguments: ["асе", "ОРЕХ", "ορο"])
    func wholeScriptLookalikesAreRefused(name: String) {
        #expect(LearnerName.problem(name)?.contains("look like Latin") == true)
    }

    @Test(arguments: ["Ольга", "Δημήτρης", "李雷", "ann_b@x.org"])
    func namesInOneScriptAreFine(name: String) {
        #expect(LearnerName.problem(name) == nil)
    }
}
