import Foundation

/// The search-period assignments of the demo municipality, written as a municipality would.
enum DemoAssignmentTemplates {
    static func make(for organisationID: UUID) -> [AssignmentTemplate] {
        [
            AssignmentTemplate(organisationID: organisationID, title: "Maak een cv",
                               instructions: "Schrijf op welk werk en welke opleidingen u heeft gedaan. Hulp nodig? Ga naar de bibliotheek of het werkplein. Lever uw cv in als bestand.",
                               proof: .upload, daysToComplete: 7, givenAtSearchPeriod: true),
            AssignmentTemplate(organisationID: organisationID, title: "Solliciteer op 4 banen",
                               instructions: "Zoek 4 banen die bij u passen, bijvoorbeeld op werk.nl. Solliciteer en schrijf op: bij welk bedrijf, voor welke baan en wanneer.",
                               proof: .tekst, daysToComplete: 21, givenAtSearchPeriod: true),
            AssignmentTemplate(organisationID: organisationID, title: "Schrijf u in bij een uitzendbureau",
                               instructions: "Schrijf u in bij minstens één uitzendbureau. Lever de bevestiging van de inschrijving in.",
                               proof: .upload, daysToComplete: 14, givenAtSearchPeriod: true),
            AssignmentTemplate(organisationID: organisationID, title: "Maak een LinkedIn-profiel",
                               instructions: "Maak een profiel op LinkedIn met uw werkervaring en opleidingen. Lever de link naar uw profiel in.",
                               proof: .link, daysToComplete: 14, givenAtSearchPeriod: false),
            AssignmentTemplate(organisationID: organisationID, title: "Regel kinderopvang",
                               instructions: "Zoek kinderopvang voor de uren dat u gaat werken. Schrijf op welke opvang het is en vanaf wanneer.",
                               proof: .tekst, daysToComplete: 28, givenAtSearchPeriod: false),
        ]
    }
}
