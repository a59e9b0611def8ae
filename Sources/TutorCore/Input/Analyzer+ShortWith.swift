/// "The one who gets on w the counselor": texters write "with" as a bare "w" (the slash form
/// "w/" is read in `slashShorthand`). Inside a multi-word synonym of the lexicon ("get on
/// with") a "w" stands for "with", so the phrase is read whichever way it was typed. Only
/// inside a phrase: a "w" alone is still a small word, and nothing else.
extension Analyzer {
    /// Whether `token` fills the slot of stem `stem` in a multi-word synonym.
    static func fillsPhraseSlot(_ token: Token, _ stem: String) -> Bool {
        token.stem == stem || stem == "with" && token.typed == "w"
    }
}
