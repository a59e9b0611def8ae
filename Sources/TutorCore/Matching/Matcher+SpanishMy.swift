/// "mi tía forced my cousin into rehab", "mi clienta me dijo…", "mi cousin": Spanish "mi" is
/// "my" before the person it owns, not motivational interviewing. A line with a single
/// Spanish word has too few to be read as Spanish throughout (`mixedInFunctionWords` needs two),
/// so "mi" right before a person (a relative, a client, a boss, in Spanish or English) is a
/// small word; "MI techniques", "mi and cbt", "is mi good" still name the approach.
extension Matcher {
    static let ownedPeople: WordSet = [
        "tia", "tio", "tias", "tios", "hermano", "hermana", "hermanos", "mama", "papa", "madre", "padre", "abuela",
        "abuelo", "prima", "primo", "cliente", "clienta", "clientes", "esposo", "esposa", "hijo", "hija", "hijos",
        "novio", "novia", "amigo", "amiga", "familia", "jefe", "jefa", "terapeuta", "consejero", "consejera",
        "maestra", "maestro", "profe", "profesor", "profesora", "sobrino", "sobrina", "suegra", "suegro",
        "vecino", "vecina", "pareja", "cousin", "brother", "sister", "mom", "dad", "uncle", "aunt", "wife",
        "husband", "son", "daughter", "friend", "boss", "grandma", "grandpa",
    ]

    func settingAsideSpanishMy(_ tokens: [Token]) -> [Token] {
        var out = tokens
        for i in out.indices.dropLast() where out[i].typed == "mi" && Self.ownedPeople.contains(out[i + 1].typed) {
            out[i].isStop = true
        }
        return out
    }
}
