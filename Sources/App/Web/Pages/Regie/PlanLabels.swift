// How the plan vocabulary reads, in plain Dutch and English.

extension PlanAction.Status {
    var label: LocalizedText {
        switch self {
        case .voorgesteld: .init(nl: "Voorgesteld door de inwoner", en: "Proposed by the resident")
        case .open: .init(nl: "Nog te doen", en: "To do")
        case .bezig: .init(nl: "Mee bezig", en: "In progress")
        case .klaar: .init(nl: "Klaar", en: "Done")
        case .vervallen: .init(nl: "Gaat niet door", en: "Dropped")
        }
    }

    /// The button that moves an action to this status.
    func buttonLabel(from current: Self) -> LocalizedText {
        switch self {
        case .open where current == .voorgesteld: .init(nl: "Overnemen in het plan", en: "Take into the plan")
        case .open: .init(nl: "Terug naar nog te doen", en: "Back to to do")
        case .bezig: .init(nl: "Mee bezig", en: "Start")
        case .klaar: .init(nl: "Klaar", en: "Done")
        case .vervallen: .init(nl: "Gaat niet door", en: "Drop")
        case .voorgesteld: label
        }
    }
}
