"""The bijstand journey in a real browser: a resident applies with an upload, the professional
reviews an assignment, they exchange messages, the professional decides and the resident reads
the letter. axe checks every page on the way; applying also works with JavaScript off."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from conftest import assert_no_axe_violations, login_as

UNDER_27 = "Lisa de Boer"
OVER_27 = "Anna Jansen"
PROFESSIONAL = "Petra de Vries"

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def checked(page: Page) -> None:
    __tracebackhide__ = True
    assert_no_axe_violations(page)


def next_page(page: Page, button: str = "Volgende") -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=button).click()


def start_application(page: Page, *, check: bool) -> bool:
    """Opens the application start page and starts or continues. False when the resident
    already has an application under way (a rerun against the same server)."""
    page.goto("/aanvraag")
    if check:
        checked(page)
    start = page.get_by_role("button", name=re.compile("Start uw aanvraag|Ga verder met uw aanvraag"))
    if start.count() == 0:
        return False
    with page.expect_navigation():
        start.click()
    return True


def answer_questions(page: Page, *, check: bool) -> None:
    """The household comes from the municipality's record; the resident answers the rest."""
    answers = {
        "woning": lambda: page.get_by_label("Ja, ik huur").check(),
        "huur": lambda: (page.get_by_label("Kale huur per maand in euro").fill("650"),
                         page.get_by_label("Servicekosten per maand in euro").fill("25")),
        "inkomen": lambda: (page.get_by_label("Uw netto inkomen per maand in euro").fill("0"),
                            page.get_by_label("Uw bruto inkomen per jaar in euro").fill("0")),
        "vermogen": lambda: page.get_by_label(re.compile("Hoeveel spaargeld en bezit")).fill("300"),
        "contact": lambda: (page.get_by_label("E-mailadres").fill("inwoner@voorbeeld.nl"),
                            page.get_by_label("Telefoonnummer").fill("06 12345678")),
        "rekening": lambda: page.get_by_label("Op welke bankrekening wilt u de bijstand krijgen?").fill("NL91 ABNA 0417 1643 00"),
    }
    while "/aanvraag/vraag/" in page.url:
        slug = page.url.rsplit("/", 1)[-1].split("?")[0]
        assert slug in answers, f"unexpected question {slug}"
        if check:
            checked(page)
        answers[slug]()
        next_page(page)


def test_resident_applies_professional_decides(page: Page, browser, base_url) -> None:
    login_as(page, UNDER_27)
    assert start_application(page, check=True), "Lisa already has an application under way"
    expect(page).to_have_url(re.compile("/aanvraag/vraag/woning$"))

    # A wrong IBAN: the error summary names the field, and the typed value stays.
    page.goto("/aanvraag/vraag/rekening")
    page.get_by_label("Op welke bankrekening wilt u de bijstand krijgen?").fill("NL91 ABNA 0417 1643 01")
    next_page(page)
    expect(page.get_by_role("alert")).to_contain_text("Dit IBAN klopt niet")
    expect(page.get_by_label("Op welke bankrekening wilt u de bijstand krijgen?")).to_have_value("NL91 ABNA 0417 1643 01")
    checked(page)
    page.goto("/aanvraag/vraag/woning")
    answer_questions(page, check=True)

    # Documents: a text file named .pdf is refused, a real PDF is kept.
    expect(page).to_have_url(re.compile("/aanvraag/documenten$"))
    checked(page)
    page.get_by_label("Wat voor document is het?").select_option("identiteitsbewijs")
    page.get_by_label("Bestand", exact=True).set_input_files({"name": "paspoort.pdf", "mimeType": "application/pdf", "buffer": b"MZ\x90\x00 not a pdf"})
    next_page(page, "Document toevoegen")
    expect(page.get_by_role("alert")).to_contain_text("Dit bestand kan niet")
    checked(page)
    page.get_by_label("Bestand", exact=True).set_input_files({"name": "paspoort.pdf", "mimeType": "application/pdf", "buffer": PDF})
    next_page(page, "Document toevoegen")
    expect(page.get_by_role("status")).to_contain_text("Het document is toegevoegd")
    expect(page.get_by_role("link", name="paspoort.pdf")).to_be_visible()

    # Far too large: the server refuses to read it, and says so in plain words.
    page.get_by_label("Bestand", exact=True).set_input_files({"name": "groot.pdf", "mimeType": "application/pdf", "buffer": PDF + b" " * (11 * 1024 * 1024)})
    next_page(page, "Document toevoegen")
    expect(page.get_by_role("heading", level=1)).to_have_text("Het bestand is te groot")
    checked(page)
    page.goto("/aanvraag/documenten")

    page.get_by_role("link", name="Verder naar het overzicht").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Controleer uw aanvraag")
    checked(page)
    page.get_by_label(re.compile("Ik heb alle vragen eerlijk en volledig beantwoord")).check()
    next_page(page, "Aanvraag versturen")
    expect(page.get_by_role("status")).to_contain_text("Uw aanvraag is verstuurd")
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw aanvraag bijstand")
    expect(page.locator(".steps")).to_contain_text("Zoekperiode")
    checked(page)
    reference = page.locator("p", has_text="Aanvraagnummer").locator("strong").inner_text()
    case_url = page.url.split("?")[0]

    # The resident hands in an assignment and writes to the case worker.
    assignment = page.locator(".assignment", has=page.get_by_role("heading", name="Solliciteer op 4 banen"))
    assignment.get_by_label("Wat heeft u gedaan?").fill("Gesolliciteerd bij vier bedrijven in de stad.")
    with page.expect_navigation():
        assignment.get_by_role("button", name=re.compile("Inleveren")).click()
    page.get_by_label("Bericht aan uw consulent").fill("Wanneer hoor ik iets?")
    next_page(page, "Versturen")
    expect(page.locator(".messages")).to_contain_text("Wanneer hoor ik iets?")
    checked(page)

    # The professional finds the case in the work queue and works it.
    work = browser.new_context(base_url=base_url, locale="nl-NL")
    professional = work.new_page()
    login_as(professional, PROFESSIONAL)
    professional.goto("/werkvoorraad")
    checked(professional)
    professional.get_by_label("Zoek op BSN, achternaam of aanvraagnummer").fill(reference)
    next_page(professional, "Toon")
    professional.get_by_role("link", name=reference).click()
    expect(professional.get_by_role("heading", level=1)).to_contain_text("Lisa de Boer")
    checked(professional)
    next_page(professional, "Ik pak deze aanvraag op")
    handed_in = professional.locator(".assignment", has=professional.get_by_role("heading", name="Solliciteer op 4 banen"))
    expect(handed_in).to_contain_text("Gesolliciteerd bij vier bedrijven")
    with professional.expect_navigation():
        handed_in.get_by_role("button", name="Goedkeuren").click()
    expect(professional.locator(".messages")).to_contain_text("Wanneer hoor ik iets?")
    professional.get_by_label("Bericht aan de inwoner").fill("Ik kijk er deze week naar.")
    next_page(professional, "Versturen")
    # The resident's case page is still open: the reply arrives live, without reloading.
    expect(page.locator(".messages")).to_contain_text("Ik kijk er deze week naar.")
    expect(page.locator("#berichten-live")).to_contain_text("Nieuw bericht van Petra de Vries")
    # Logged out in another tab (think of a library computer): the page left open shows nothing new.
    other_tab = page.context.new_page()
    other_tab.goto("/mijn-plein")
    with other_tab.expect_navigation():
        other_tab.get_by_role("button", name="Uitloggen").click()
    other_tab.close()
    professional.get_by_label("Bericht aan de inwoner").fill("Stuurt u ook uw loonstrook van mei?")
    next_page(professional, "Versturen")
    expect(professional.locator(".messages")).to_contain_text("Stuurt u ook uw loonstrook van mei?")
    page.wait_for_timeout(2000)
    expect(page.locator(".messages")).not_to_contain_text("Stuurt u ook uw loonstrook van mei?")
    professional.get_by_text("Zoekperiode eerder beëindigen").click()
    professional.get_by_label("Reden").fill("Valt onder een uitzondering van artikel 41 lid 4.")
    next_page(professional, "Zoekperiode beëindigen")
    professional.get_by_role("link", name="Besluit nemen").click()
    expect(professional.get_by_role("heading", level=2, name="Berekening door Plein")).to_be_visible()
    checked(professional)
    professional.get_by_role("radio", name="Toekenning").check()
    professional.get_by_label("Motivering").fill("U heeft te weinig inkomen en vermogen om van te leven (Participatiewet art. 11).")
    next_page(professional, "Besluit vastleggen")
    expect(professional.get_by_role("heading", level=1)).to_have_text("Besluit over uw aanvraag bijstand")
    work.close()

    # The resident logs in again and sees the decision, the reply and the letter with the way to object.
    login_as(page, UNDER_27)
    page.goto(case_url)
    expect(page.locator(".messages")).to_contain_text("Ik kijk er deze week naar.")
    expect(page.locator(".assignment", has=page.get_by_role("heading", name="Solliciteer op 4 banen"))).to_contain_text("Goedgekeurd")
    page.get_by_role("link", name="Lees de besluitbrief").click()
    expect(page.get_by_text(re.compile("U krijgt bijstand vanaf"))).to_be_visible()
    expect(page.get_by_role("heading", name="Bent u het niet eens met dit besluit?")).to_be_visible()
    checked(page)


def test_applying_works_without_javascript(page_no_js: Page) -> None:
    page = page_no_js
    login_as(page, OVER_27)
    if start_application(page, check=False):
        expect(page).to_have_url(re.compile("/aanvraag/vraag/woning$"))
        answer_questions(page, check=False)
        page.get_by_role("link", name="Verder naar het overzicht").click()
        page.get_by_label(re.compile("Ik heb alle vragen eerlijk en volledig beantwoord")).check()
        next_page(page, "Aanvraag versturen")
        # 27 or older: no search period, straight into treatment.
        expect(page.locator(".steps")).not_to_contain_text("Zoekperiode")
    else:
        page.get_by_role("link", name="Bekijk uw aanvraag").click()
    page.get_by_label("Bericht aan uw consulent").fill("Ik heb geen printer, kan ik foto's sturen?")
    next_page(page, "Versturen")
    expect(page.locator(".messages")).to_contain_text("Ik heb geen printer")
