import Fluent
import Foundation
import PleinDomain
import Vapor

/// Seeds "Gemeente Voorbeeld": wijken by postcode, two care providers serving different wijken,
/// a temp agency, a housing corporation, twenty residents in varied households (valid test
/// BSNs from the 99999xxxx range), professionals in different roles and a functional
/// administrator. All names and numbers are made up.
public enum DemoSeeder {
    /// The password of every demo account. Demo mode also offers one-click login.
    public static let password = "plein-demo-2026"

    struct Person {
        let given: String, family: String, birth: String, postcode: String, number: String, role: String
    }

    static let households: [(name: String, members: [Person])] = [
        ("Huishouden Jansen", [
            Person(given: "Anna", family: "Jansen", birth: "1988-04-12", postcode: "1011AB", number: "12", role: "aanvrager"),
            Person(given: "Noah", family: "Jansen", birth: "2015-09-03", postcode: "1011AB", number: "12", role: "kind"),
            Person(given: "Emma", family: "Jansen", birth: "2019-01-20", postcode: "1011AB", number: "12", role: "kind")]),
        ("Huishouden Yilmaz", [
            Person(given: "Mohammed", family: "Yilmaz", birth: "1975-06-30", postcode: "1015CD", number: "8", role: "aanvrager"),
            Person(given: "Ayşe", family: "Yilmaz", birth: "1978-11-02", postcode: "1015CD", number: "8", role: "partner"),
            Person(given: "Elif", family: "Yilmaz", birth: "2008-03-14", postcode: "1015CD", number: "8", role: "kind"),
            Person(given: "Can", family: "Yilmaz", birth: "2012-07-22", postcode: "1015CD", number: "8", role: "kind")]),
        ("Huishouden De Boer", [
            Person(given: "Lisa", family: "de Boer", birth: "2004-02-29", postcode: "1021EF", number: "3a", role: "aanvrager")]),
        ("Huishouden Van Dijk", [
            Person(given: "Pieter", family: "van Dijk", birth: "1958-10-01", postcode: "1022GH", number: "41", role: "aanvrager"),
            Person(given: "Gerda", family: "van Dijk", birth: "1957-12-24", postcode: "1022GH", number: "41", role: "partner")]),
        ("Huishouden Tesfay", [
            Person(given: "Yonas", family: "Tesfay", birth: "1995-05-05", postcode: "1013JK", number: "17", role: "aanvrager")]),
        ("Huishouden Kramer", [
            Person(given: "Sophie", family: "Kramer", birth: "1990-08-08", postcode: "1024LM", number: "5", role: "aanvrager"),
            Person(given: "Daan", family: "Kramer", birth: "1989-03-03", postcode: "1024LM", number: "5", role: "partner"),
            Person(given: "Mila", family: "Kramer", birth: "2025-12-01", postcode: "1024LM", number: "5", role: "kind")]),
        ("Huishouden De Wit", [
            Person(given: "Henk", family: "de Wit", birth: "1965-01-15", postcode: "1017NP", number: "90", role: "aanvrager"),
            Person(given: "Tim", family: "de Wit", birth: "2001-06-18", postcode: "1017NP", number: "90", role: "overig")]),
        ("Huishouden Hoekstra", [
            Person(given: "Ingrid", family: "Hoekstra", birth: "1980-04-04", postcode: "1026RS", number: "2", role: "aanvrager"),
            Person(given: "Maria", family: "Hoekstra", birth: "2007-11-11", postcode: "1026RS", number: "2", role: "kind")]),
        ("Huishouden Nguyen", [
            Person(given: "Linh", family: "Nguyen", birth: "1985-09-09", postcode: "1012TV", number: "66", role: "aanvrager")]),
    ]

    /// Nine-digit numbers from 999990000 upwards that pass the 11-proef: the BRP's test range.
    static func testBSNs(count: Int) -> [String] {
        var result: [String] = []
        var candidate = 999_990_000
        while result.count < count {
            if BSN(String(candidate)) != nil { result.append(String(candidate)) }
            candidate += 1
        }
        return result
    }

    /// A demo database made before themes existed gets the demo municipality's themes, pages
    /// and plan template; one that has them is left alone.
    public static func addThemesIfMissing(_ database: any Database) async throws -> Bool {
        guard let municipality = try await Organisation.query(on: database).filter(\.$name == "Gemeente Voorbeeld")
                .filter(\.$kind == .gemeente).first(), let id = municipality.id,
              try await MunicipalitySettings.query(on: database).filter(\.$organisationID == id).count() == 0 else { return false }
        try await database.transaction { db in
            try await DemoThemes.settings(for: id).create(on: db)
            try await DemoThemes.pages(for: id).create(on: db)
            try await DemoThemes.planTemplates(for: id).create(on: db)
        }
        return true
    }

    /// Seeds once: does nothing when organisations exist already.
    /// `passwordHash` is the bcrypt hash of `password`, made by the caller (tests make it once)
    /// and only when seeding is needed: bcrypt is deliberately slow.
    public static func seedIfEmpty(_ database: any Database, passwordHash: @autoclosure () throws -> String) async throws -> Bool {
        guard try await Organisation.query(on: database).count() == 0 else { return false }
        let hash = try passwordHash()
        try await database.transaction { db in
            let gemeente = Organisation(name: "Gemeente Voorbeeld", kind: .gemeente)
            let zorgOost = Organisation(name: "Zorgcoöperatie Oost", kind: .zorgaanbieder)
            let zorgWest = Organisation(name: "Wijkzorg West", kind: .zorgaanbieder)
            let uitzend = Organisation(name: "Uitzendbureau Aan de Slag", kind: .uitzendbureau)
            let woning = Organisation(name: "Woonstichting Voorbeeld", kind: .woningcorporatie)
            for organisation in [gemeente, zorgOost, zorgWest, uitzend, woning] { try await organisation.create(on: db) }
            let g = try gemeente.requireID()
            for area in [
                Area(gemeenteID: g, name: "Centrum", postcodeFrom: 1011, postcodeThrough: 1014, servedByID: zorgWest.id),
                Area(gemeenteID: g, name: "Oost", postcodeFrom: 1015, postcodeThrough: 1019, servedByID: zorgOost.id),
                Area(gemeenteID: g, name: "West", postcodeFrom: 1020, postcodeThrough: 1029, servedByID: zorgWest.id),
            ] { try await area.create(on: db) }

            var bsns = testBSNs(count: households.reduce(0) { $0 + $1.members.count }).makeIterator()
            var residentsByName: [String: Resident] = [:]
            for household in households {
                let record = Household(organisationID: g, name: household.name)
                try await record.create(on: db)
                for person in household.members {
                    let resident = Resident(
                        organisationID: g, bsn: bsns.next()!, givenNames: person.given, familyName: person.family,
                        birthDate: person.birth, postcode: person.postcode, houseNumber: person.number, town: "Voorbeeld",
                        email: person.role == "kind" ? nil : "\(person.given.lowercased()).\(person.family.lowercased().replacingOccurrences(of: " ", with: ""))@voorbeeld.nl",
                        iban: person.role == "kind" ? nil : "NL91ABNA0417164300",
                        householdID: record.id, householdRole: person.role)
                    try await resident.create(on: db)
                    residentsByName[person.given] = resident
                }
            }
            // Care providers hold their own records of the clients they serve.
            for (name, provider) in [("Mohammed", zorgOost), ("Ayşe", zorgOost), ("Henk", zorgWest), ("Anna", zorgWest)] {
                let known = residentsByName[name]!
                try await Resident(organisationID: try provider.requireID(), bsn: known.bsn, givenNames: known.givenNames,
                                   familyName: known.familyName, birthDate: known.birthDate, postcode: known.postcode,
                                   houseNumber: known.houseNumber, town: known.town).create(on: db)
            }

            let accounts: [(Organisation, User.Role, String, String, String?)] = [
                (gemeente, .professional, "Petra de Vries", "petra@gemeente-voorbeeld.nl", nil),
                (gemeente, .regisseur, "Ruben Bakker", "ruben@gemeente-voorbeeld.nl", nil),
                (gemeente, .functioneelBeheerder, "Bram Smit", "bram@gemeente-voorbeeld.nl", nil),
                (zorgOost, .professional, "Fatima el Amrani", "fatima@zorgoost.nl", nil),
                (zorgWest, .professional, "Jeroen Visser", "jeroen@wijkzorgwest.nl", nil),
                (uitzend, .professional, "Sanne Mulder", "sanne@aandeslag.nl", nil),
                (woning, .professional, "Karin Peters", "karin@woonstichting-voorbeeld.nl", nil),
                (gemeente, .inwoner, "Anna Jansen", "anna.jansen@voorbeeld.nl", residentsByName["Anna"]!.bsn),
                (gemeente, .inwoner, "Mohammed Yilmaz", "mohammed.yilmaz@voorbeeld.nl", residentsByName["Mohammed"]!.bsn),
                (gemeente, .inwoner, "Lisa de Boer", "lisa.deboer@voorbeeld.nl", residentsByName["Lisa"]!.bsn),
            ]
            try await DemoAssignmentTemplates.make(for: try gemeente.requireID()).create(on: db)
            try await DemoThemes.settings(for: g).create(on: db)
            try await DemoThemes.pages(for: g).create(on: db)
            try await DemoThemes.planTemplates(for: g).create(on: db)
            for (organisation, role, name, username, bsn) in accounts {
                try await User(organisationID: try organisation.requireID(), role: role, displayName: name,
                               username: username, passwordHash: hash, bsn: bsn).create(on: db)
            }
        }
        return true
    }
}
