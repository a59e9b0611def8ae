/// Words another word before or around them makes into something else, read alike in an
/// answer and in the ideas it is graded against (no token added or removed):
///
/// - "substance abuse", "drug abuse", "alcohol abuse" are the client's use, not abuse of a
///   child or an elder ("substance abuse records have their own federal law" names no
///   reportable abuse);
/// - paying said slow or late ("insurance companies are slow to pay", "take forever to pay",
///   "pay late") is the insurer's bookkeeping, not whether a client can pay for treatment.
extension Grader {
    /// What is used, before "abuse" (as typed).
    static let usedSubstances: WordSet = [
        "substance", "substances", "drug", "drugs", "alcohol", "opioid", "opioids", "opiate", "opiates", "sud",
    ]
    static let abuseForms: WordSet = ["abuse", "abuser", "abusers", "abusing"]
    static let payForms: WordSet = ["pay", "pays", "paid", "paying", "payment", "payments", "reimburse", "reimburses"]
    /// Words of a payment's slowness (as typed), before it ("slow to pay") or after ("pay late").
    static let slowness: WordSet = [
        "slow", "slowly", "late", "forever", "delay", "delays", "delayed", "behind", "ages", "months", "weeks",
    ]

    static func readCompounds(_ tokens: inout [Token]) {
        for i in tokens.indices {
            let w = tokens[i].typed
            if abuseForms.contains(w), i > 0, usedSubstances.contains(tokens[i - 1].typed) {
                tokens[i].isStop = true
            } else if payForms.contains(w) {
                let lo = max(0, i - 3)
                let hi = min(tokens.count, i + 3)
                let slow = (lo..<hi).contains { j in
                    j != i && tokens[j].clause == tokens[i].clause && slowness.contains(tokens[j].typed)
                }
                if slow { tokens[i].isStop = true }
            }
        }
    }
}
