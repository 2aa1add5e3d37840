import PleinDomain
@testable import PleinRules
import Testing

@Test func juriconnectNamesArticleLidOnderdeelAndDate() {
    let reference = Wet.participatiewet.artikel("31", lid: "2", onderdeel: "n")
    #expect(reference.juriconnect(on: .ymd(2026, 1, 1))
            == "jci1.3:c:BWBR0015703&artikel=31&lid=2&onderdeel=n&g=2026-01-01")
    #expect(reference.label == "Participatiewet art. 31 lid 2 sub n")
}

@Test func referenceWithoutOfficialIdHasNoJuriconnect() {
    let reference = LegalReference(wet: Wet(id: "", titel: "Beleidsregels"), artikel: nil,
                                   label: "Beleidsregels minima Gemeente Voorbeeld")
    #expect(reference.juriconnect(on: .ymd(2026, 1, 1)) == nil)
    #expect(reference.label == "Beleidsregels minima Gemeente Voorbeeld")
}

@Test func referencesAreEqualAndHashAlikeByValueNotByStorage() {
    let eerste = Wet.participatiewet.artikel("31", lid: "2", onderdeel: "n")
    let tweede = Wet.participatiewet.artikel("31", lid: "2", onderdeel: "n")
    #expect(eerste == tweede)
    #expect(eerste.hashValue == tweede.hashValue)
    #expect(Set([eerste, tweede]).count == 1)
    #expect(eerste != Wet.participatiewet.artikel("31", lid: "2", onderdeel: "m"))
    #expect(eerste != Wet.participatiewet.artikel("31", lid: "2"))
    let metLabel = LegalReference(wet: .participatiewet, artikel: "31", lid: "2", onderdeel: "n", label: "Eigen label")
    #expect(eerste != metLabel)
    #expect(metLabel.label == "Eigen label")
}
