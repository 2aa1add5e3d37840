/// The questions municipal and bijstand schemes ask when vermogen facts are missing.
enum VermogensVraag {
    static let vermogen = Vraag(veld: "vermogen", tekst: "Hoeveel spaargeld en ander vermogen heeft uw "
        + "huishouden samen, min uw schulden? Tel uw eigen huis niet mee.")
    static let overwaarde = Vraag(veld: "woning.overwaarde", tekst: "Hoeveel is uw huis waard min de "
        + "hypotheek die u nog moet aflossen?")

    static func vraag(_ ontbrekend: BijstandsUitkomst.Ontbrekend) -> Vraag {
        switch ontbrekend {
        case .vermogen: return vermogen
        case .eigenWoningVermogen: return overwaarde
        }
    }
}
