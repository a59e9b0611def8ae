/// Thanks in a learner's first language, of more than one word ("muchas gracias", "merci
/// beaucoup", "dank je wel", "takk fyrir", "grazie mille", "danke schön"), said while a question
/// is open. The matcher reads them as thanks, but the grader took the second word ("muchas",
/// "beaucoup", "wel") for a word of an attempt, so the courtesy was graded as a wrong answer and
/// the hint ladder walked on. A lone "gracias" or an English "thank you so much" was already a
/// courtesy; this reads the longer forms the same way: a courtesy to the tutor, answered beside
/// the question, which stays open.
extension LineForm {
    /// Words that thank, in the languages learners mix in (folded, as typed).
    static let thanksInAnyLanguage: WordSet = [
        "thanks", "thank", "thx", "ty", "tysm", "tyvm", "thnx", "thanx", "cheers", "gracias", "merci", "danke",
        "dankeschon", "dankeschoen", "dank", "dankjewel", "dankuwel", "bedankt", "grazie", "obrigado", "obrigada",
        "takk", "tack", "dyakuyu", "diakuiu", "dyakuju", "spasibo", "spasiba", "dziekuje", "dekuji",
        "arigato", "arigatou", "xiexie", "shukran", "salamat", "kiitos", "efharisto", "tesekkurler", "tesekkur",
        "mahalo", "asante", "hvala", "koszonom", "multumesc", "mersi", "kamsahamnida", "gamsahamnida",
    ]

    /// The words that go with thanks in those languages: "much", "very", "a thousand", "you",
    /// "for", the polite forms. None of them is a word of an answer.
    static let wordsAroundThanks: WordSet = [
        "muchas", "muchisimas", "mil", "muito", "muita", "muitissimo", "molto", "mille", "tante", "beaucoup",
        "bien", "vielen", "vielmals", "schon", "schoen", "sehr", "je", "wel", "u", "hartelijk", "fyrir",
        "kaerlega", "tusen", "bardzo", "bolshoe", "bolshoye", "duze", "domo", "gozaimasu", "po", "nang", "marami",
        "amigo", "amiga", "senor", "profe", "tak", "ja", "vam", "te", "lo", "per", "tutto", "pour", "tout", "por",
        "todo", "so", "very", "much", "many", "a", "lot", "you", "ya", "again", "for", "that", "this", "it", "all",
        "ok", "okay", "oh", "well", "de", "nada", "mate", "buddy",
    ]

    /// Whether the whole line thanks, in any language: every word a word of thanks or one
    /// that goes with it, at least one of them thanking, no question, at most six words.
    static func onlyThanks(_ analysis: Analysis) -> Bool {
        guard !analysis.text.contains("?") else { return false }
        let words = analysis.tokens.map(\.typed).filter { $0.contains(where: \.isLetter) }
        guard !words.isEmpty, words.count <= 6 else { return false }
        return words.contains(where: thanksInAnyLanguage.contains)
            && words.allSatisfy { thanksInAnyLanguage.contains($0) || wordsAroundThanks.contains($0) }
    }
}
