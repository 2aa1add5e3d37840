import Foundation

// How the case vocabulary reads for residents and professionals, in plain Dutch and English.

extension CaseFile.Status {
    var label: LocalizedText {
        switch self {
        case .concept: .init(nl: "Nog niet verstuurd", en: "Not sent yet")
        case .zoekperiode: .init(nl: "Zoekperiode", en: "Search period")
        case .inBehandeling: .init(nl: "In behandeling", en: "Being processed")
        case .besloten: .init(nl: "Besluit genomen", en: "Decided")
        }
    }
}

extension CaseEvent.Kind {
    var label: LocalizedText {
        switch self {
        case .ingediend: .init(nl: "Aanvraag ontvangen", en: "Application received")
        case .zoekperiodeGestart: .init(nl: "Zoekperiode begonnen", en: "Search period started")
        case .inBehandeling: .init(nl: "Aanvraag in behandeling", en: "Application being processed")
        case .behandelaarToegewezen: .init(nl: "Consulent gekoppeld", en: "Case worker assigned")
        case .opdrachtGegeven: .init(nl: "Opdracht gekregen", en: "Assignment given")
        case .opdrachtIngeleverd: .init(nl: "Opdracht ingeleverd", en: "Assignment handed in")
        case .opdrachtGeaccepteerd: .init(nl: "Opdracht goedgekeurd", en: "Assignment accepted")
        case .opdrachtAanvullen: .init(nl: "Opdracht moet worden aangevuld", en: "Assignment needs more")
        case .documentToegevoegd: .init(nl: "Document toegevoegd", en: "Document added")
        case .besluit: .init(nl: "Besluit genomen", en: "Decision taken")
        }
    }
}

extension Decision.Kind {
    var label: LocalizedText {
        switch self {
        case .toekenning: .init(nl: "Toekenning", en: "Granted")
        case .afwijzing: .init(nl: "Afwijzing", en: "Refused")
        case .buitenBehandeling: .init(nl: "Buiten behandeling gesteld", en: "Not processed")
        }
    }
}

extension Assignment.Status {
    var label: LocalizedText {
        switch self {
        case .open: .init(nl: "Nog doen", en: "To do")
        case .ingeleverd: .init(nl: "Ingeleverd, wacht op beoordeling", en: "Handed in, waiting for review")
        case .geaccepteerd: .init(nl: "Goedgekeurd", en: "Accepted")
        case .aanvullen: .init(nl: "Aanvullen", en: "Needs more")
        }
    }
}

extension Assignment.Proof {
    var label: LocalizedText {
        switch self {
        case .upload: .init(nl: "Een bestand (PDF, JPG of PNG)", en: "A file (PDF, JPG or PNG)")
        case .link: .init(nl: "Een link", en: "A link")
        case .tekst: .init(nl: "Een korte tekst", en: "A short text")
        }
    }
}
