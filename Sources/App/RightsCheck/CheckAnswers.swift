import Foundation
import PleinDomain
import PleinRules

/// The answers given so far in "Check je rechten", as validated text per field name. Turned
/// into the engine's household only when the result is asked for.
struct CheckAnswers: Codable, Sendable, Equatable {
    private(set) var values: [String: String] = [:]

    func value(_ name: String) -> String? { values[name] }

    mutating func set(_ name: String, _ value: String) { values[name] = value }

    mutating func keepOnly(_ names: Set<String>) { values = values.filter { names.contains($0.key) } }

    /// Fills in what the municipality's household record says: birth dates, partner, children
    /// under 18 and adults of 27 or older. Returns false when there is no record.
    @discardableResult
    mutating func prefill(from household: [Resident], today: CivilDate) -> Bool {
        guard let own = household.first else { return false }
        set("geboortedatum", own.birthDate)
        let partner = household.first { $0.householdRole == "partner" }
        set("samenwonen", partner == nil ? "nee" : "ja")
        if let partner { set("partnerGeboortedatum", partner.birthDate) }
        let children = household.filter { member in
            member.householdRole == "kind" && (CivilDate(iso: member.birthDate).map { $0.age(on: today) < 18 } ?? false)
        }
        set("kinderen", String(children.count))
        for (index, child) in children.enumerated() { set("kind\(index + 1)", child.birthDate) }
        // Other adults count as kostendelers from 27 (Participatiewet art. 19a); the question asks
        // about them only.
        let others = household.dropFirst().filter { member in
            member.householdRole != "partner" && (CivilDate(iso: member.birthDate).map { $0.age(on: today) >= 27 } ?? false)
        }
        set("huisgenoten", String(others.count))
        return true
    }

    var hasPartner: Bool { values["samenwonen"] == "ja" }
    var childCount: Int { values["kinderen"].flatMap(Int.init) ?? 0 }

    /// Adults other than the applicant and partner are counted only; the engine needs a birth
    /// date, so they are taken to be 30 on the peildatum (27 or older, which is what makes
    /// them kostendelers: Participatiewet art. 19a). The result page says so.
    static let assumedHousemateAge = 30

    private func money(_ name: String) -> Money { Money(cents: values[name].flatMap { Int64($0) } ?? 0) }
    private func date(_ name: String) -> CivilDate? { values[name].flatMap { CivilDate(iso: $0) } }

    func huishouden(peildatum: CivilDate, gemeente: String?) -> Huishouden? {
        guard let birthDate = date("geboortedatum") else { return nil }
        var personen = [Persoon(rol: .aanvrager, geboortedatum: birthDate, toetsingsinkomen: money("brutoPerJaar"),
                                nettoInkomenPerMaand: money("nettoPerMaand"))]
        if hasPartner, let partnerBirth = date("partnerGeboortedatum") {
            personen.append(Persoon(rol: .partner, geboortedatum: partnerBirth, toetsingsinkomen: money("partnerBrutoPerJaar"),
                                    nettoInkomenPerMaand: money("partnerNettoPerMaand")))
        }
        for index in stride(from: 1, through: childCount, by: 1) {
            if let childBirth = date("kind\(index)") { personen.append(Persoon(rol: .kind, geboortedatum: childBirth)) }
        }
        let housemates = values["huisgenoten"].flatMap(Int.init) ?? 0
        for _ in stride(from: 0, to: housemates, by: 1) {
            personen.append(Persoon(rol: .overig, geboortedatum: peildatum.adding(years: -Self.assumedHousemateAge)))
        }
        let woning: Woning? = switch values["woning"] {
        case "huur": Woning(soort: .huur, kaleHuur: money("kaleHuur"), servicekosten: money("servicekosten"))
        case "koop": Woning(soort: .koop)
        case "geen": Woning(soort: .geen)
        default: nil
        }
        return Huishouden(peildatum: peildatum, personen: personen,
                          vermogen: values["vermogen"] == nil ? nil : money("vermogen"),
                          woning: woning, gemeente: gemeente,
                          maandenLaagInkomen: values["maandenLaagInkomen"].flatMap(Int.init))
    }
}
