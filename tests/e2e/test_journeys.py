"""Whole journeys in a real browser: a resident, a professional and an administrator log in and
use Plein; axe checks every page they reach; the same paths work with JavaScript off."""

from __future__ import annotations

import random
import re

from playwright.sync_api import Page, expect

from conftest import assert_no_axe_violations, login_as

RESIDENT = "Anna Jansen"
PROFESSIONAL = "Petra de Vries"
CARE_PROFESSIONAL = "Fatima el Amrani"
ADMINISTRATOR = "Bram Smit"


def random_bsn() -> str:
    """A BSN that passes the 11-proef, new on every run, so the test can run again on the same data."""
    while True:
        digits = [random.randint(1, 9)] + [random.randint(0, 9) for _ in range(7)]
        check = sum((9 - i) * d for i, d in enumerate(digits)) % 11
        if check < 10:
            return "".join(map(str, digits)) + str(check)


def visit(page: Page, path: str) -> None:
    """Go to a page, expect it to answer 200, and check it with axe."""
    __tracebackhide__ = True
    response = page.goto(path)
    assert response is not None and response.status == 200, f"{path} answered {response and response.status}"
    assert_no_axe_violations(page)


def expect_refused(page: Page, path: str) -> None:
    """Opening `path` is refused with the 403 page, which is itself checked with axe."""
    __tracebackhide__ = True
    response = page.goto(path)
    assert response is not None and response.status == 403, f"{path} answered {response and response.status}"
    expect(page.get_by_role("heading", level=1)).to_have_text("Geen toegang")
    assert_no_axe_violations(page)


def logout(page: Page) -> None:
    page.get_by_role("button", name="Uitloggen").click()
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("link", name="Inloggen").first).to_be_visible()


def fill_date(page: Page, field: str, day: str, month: str, year: str) -> None:
    page.locator(f"#veld-{field}").fill(day)
    page.locator(f"#veld-{field}-maand").fill(month)
    page.locator(f"#veld-{field}-jaar").fill(year)


# How a single parent of two, renting, without income answers each question page.
ANSWERS = {
    "samenwonen": lambda page: page.get_by_label("Nee, ik woon zonder partner").check(),
    "geboortedatum": lambda page: fill_date(page, "geboortedatum", "12", "4", "1988"),
    "kinderen": lambda page: page.get_by_label("Hoeveel kinderen jonger dan 18 jaar wonen bij u?").fill("2"),
    "kinderen-geboortedata": lambda page: (fill_date(page, "kind1", "3", "9", "2015"), fill_date(page, "kind2", "20", "1", "2019")),
    "huisgenoten": lambda page: page.get_by_label(re.compile("Hoeveel andere volwassenen")).fill("0"),
    "woning": lambda page: page.get_by_label("Ja, ik huur").check(),
    "huur": lambda page: (page.get_by_label("Kale huur per maand in euro").fill("750"),
                          page.get_by_label("Servicekosten per maand in euro").fill("40")),
    "inkomen": lambda page: (page.get_by_label("Uw netto inkomen per maand in euro").fill("0"),
                             page.get_by_label("Uw bruto inkomen per jaar in euro").fill("0")),
    "laag-inkomen": lambda page: page.get_by_label(re.compile("Hoeveel maanden heeft uw huishouden al een laag inkomen")).fill("40"),
    "vermogen": lambda page: page.get_by_label(re.compile("Hoeveel spaargeld en bezit")).fill("1200"),
}


def answer_rights_check(page: Page, *, check_each_page: bool) -> None:
    """Start "Check je rechten" and answer each question page it shows (a logged-in resident
    skips the ones that were prefilled) until the result."""
    page.goto("/check-je-rechten")
    if check_each_page:
        assert_no_axe_violations(page)
    page.get_by_role("link", name="Start").click()
    for _ in range(len(ANSWERS) + 1):
        slug = page.url.rstrip("/").rsplit("/", 1)[-1]
        if slug == "uitkomst":
            return
        assert slug in ANSWERS, f"unexpected page {page.url}"
        if check_each_page:
            assert_no_axe_violations(page)
        ANSWERS[slug](page)
        page.get_by_role("button", name="Volgende").click()
    raise AssertionError(f"did not reach the result; stuck at {page.url}")


def test_guest_checks_rights_and_whether_work_pays(page: Page) -> None:
    answer_rights_check(page, check_each_page=True)
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw uitkomst")
    expect(page.get_by_role("heading", name="Bijstand (Participatiewet)")).to_be_visible()
    expect(page.get_by_role("heading", name="Zorgtoeslag")).to_be_visible()
    assert_no_axe_violations(page)
    # The computation opens without JavaScript tricks: a native <details>.
    page.get_by_text("Hoe is dit berekend?").first.click()
    expect(page.get_by_role("link", name=re.compile(r"Participatiewet art\. 2[01]")).first).to_be_visible()

    page.get_by_role("link", name="Bereken of werken loont").click()
    assert_no_axe_violations(page)
    page.get_by_label("Hoeveel uur per week gaat u werken?").fill("24")
    page.get_by_label("Netto uurloon in euro").fill("13,50")
    page.get_by_role("button", name="Bereken").click()
    expect(page.get_by_role("img", name=re.compile("Inkomen van uw huishouden per maand"))).to_be_visible()
    expect(page.get_by_role("table")).to_be_visible()
    assert_no_axe_violations(page)


def test_wrong_answer_shows_error_summary(page: Page) -> None:
    page.goto("/check-je-rechten/geboortedatum")
    page.get_by_label("Dag").fill("31")
    page.get_by_label("Maand").fill("2")
    page.get_by_label("Jaar").fill("1990")
    page.get_by_role("button", name="Volgende").click()
    expect(page.get_by_role("alert")).to_contain_text("Er is een probleem")
    expect(page.get_by_role("alert")).to_contain_text("Deze datum bestaat niet")
    expect(page.get_by_label("Dag")).to_have_value("31")
    expect(page).to_have_title(re.compile("^Fout: "))
    assert_no_axe_violations(page)


def test_resident_sees_own_data_and_who_used_it(page: Page) -> None:
    # A professional looks at Anna's record first, so her access log has an entry.
    login_as(page, PROFESSIONAL)
    page.goto("/inwoners?zoek=jansen")
    page.get_by_role("link", name="Anna Jansen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Anna Jansen")
    logout(page)

    login_as(page, RESIDENT)
    expect(page).to_have_url(re.compile(r"/mijn-plein$"))
    page.goto("/mijn-gegevens")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn gegevens")
    expect(page.get_by_role("table")).to_contain_text("Gemeente Voorbeeld")
    expect(page.get_by_role("table")).to_contain_text("Uitvoering dienstverlening sociaal domein")
    assert_no_axe_violations(page)

    # Prefilled rights check for a logged-in resident.
    visit(page, "/check-je-rechten")
    expect(page.get_by_text("alvast ingevuld")).to_be_visible()
    visit(page, "/check-je-rechten/geboortedatum")
    expect(page.get_by_label("Jaar")).to_have_value("1988")

    # Answer the rest, keep the result on Mijn gegevens.
    answer_rights_check(page, check_each_page=False)
    page.get_by_role("button", name="Uitkomst bewaren bij Mijn gegevens").click()
    expect(page.get_by_role("status")).to_contain_text("Uw uitkomst is bewaard.")
    expect(page.get_by_role("table").first).to_be_visible()
    assert_no_axe_violations(page)
    visit(page, "/wachtwoord")

    # A resident cannot open the professional's pages.
    expect_refused(page, "/inwoners")
    page.goto("/mijn-gegevens")
    logout(page)


def test_professional_works_with_residents(page: Page) -> None:
    login_as(page, PROFESSIONAL)
    expect(page).to_have_url(re.compile(r"/inwoners$"))
    assert_no_axe_violations(page)
    page.get_by_label("Zoeken").fill("yil")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_role("status").first).to_contain_text("4 inwoners gevonden")
    page.get_by_role("link", name="Mohammed Yilmaz").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mohammed Yilmaz")
    assert_no_axe_violations(page)

    visit(page, "/inwoners/nieuw")
    page.get_by_label("BSN").fill("123456789")
    page.get_by_label("Voornamen").fill("Kees")
    page.get_by_label("Postcode").fill("1234 SS")
    page.get_by_role("button", name="Registreren").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("11-proef")
    expect(summary).to_contain_text("Vul de achternaam in.")
    expect(page.get_by_label("Voornamen")).to_have_value("Kees")
    assert_no_axe_violations(page)

    page.get_by_label("BSN").fill(random_bsn())
    page.get_by_label("Achternaam").fill("Klaassen")
    page.get_by_label("Geboortedatum").fill("1990-02-28")
    page.get_by_label("Postcode").fill("1011 AB")
    page.get_by_label("Huisnummer").fill("4")
    page.get_by_label("Woonplaats").fill("Voorbeeld")
    page.get_by_role("button", name="Registreren").click()
    expect(page.get_by_role("status")).to_contain_text("De inwoner is geregistreerd.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Kees Klaassen")
    assert_no_axe_violations(page)

    # English, switched with a plain link.
    page.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Nederlands").click()
    logout(page)


def test_care_provider_cannot_open_municipality_record(page: Page) -> None:
    login_as(page, PROFESSIONAL)
    page.goto("/inwoners?zoek=de+boer")
    page.get_by_role("link", name="Lisa de Boer").click()
    lisa_url = page.url
    logout(page)

    login_as(page, CARE_PROFESSIONAL)
    expect_refused(page, lisa_url)
    expect(page.get_by_text("de Boer")).to_have_count(0)
    page.goto("/inwoners")
    logout(page)


def test_administrator_sees_accounts_and_makes_an_api_connection(page: Page) -> None:
    login_as(page, ADMINISTRATOR)
    expect(page).to_have_url(re.compile(r"/beheer$"))
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Koppeling maken").click()
    expect(page.get_by_role("alert")).to_contain_text("Geef de koppeling een naam")
    assert_no_axe_violations(page)
    page.get_by_label("Naam van de nieuwe koppeling").fill("Zaaksysteem")
    page.get_by_role("button", name="Koppeling maken").click()
    expect(page.get_by_role("status")).to_contain_text("u ziet hem maar één keer")
    token = page.locator(".token").inner_text()
    assert re.fullmatch(r"plein_[A-Za-z0-9_-]{43}", token), token
    assert_no_axe_violations(page)

    # The token works on the API, scoped to the administrator's organisation.
    response = page.request.get("/api/v1/inwoners", headers={"Authorization": f"Bearer {token}"})
    assert response.status == 200
    assert response.headers.get("api-version") == "1.0.0"
    assert response.json()["totaal"] >= 20
    page.goto("/beheer")
    logout(page)


def test_login_with_password_and_wrong_password(page: Page) -> None:
    visit(page, "/inloggen")
    page.get_by_label("Inlognaam").fill("petra@gemeente-voorbeeld.nl")
    page.get_by_label("Wachtwoord").fill("niet-goed-genoeg")
    page.get_by_role("button", name="Inloggen", exact=True).click()
    expect(page.get_by_role("alert")).to_contain_text("Uw inlognaam of wachtwoord klopt niet")
    expect(page.get_by_label("Inlognaam")).to_have_value("petra@gemeente-voorbeeld.nl")
    assert_no_axe_violations(page)
    page.get_by_label("Wachtwoord").fill("plein-demo-2026")
    page.get_by_role("button", name="Inloggen", exact=True).click()
    expect(page).to_have_url(re.compile(r"/inwoners$"))
    logout(page)


def test_pages_fit_a_320_pixel_screen(page: Page) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ["/", "/inloggen", "/check-je-rechten", "/check-je-rechten/samenwonen"]:
        page.goto(path)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px wide (WCAG 1.4.10)"


def test_everything_works_without_javascript(page_no_js: Page) -> None:
    page = page_no_js
    answer_rights_check(page, check_each_page=False)
    expect(page.get_by_role("heading", name="Zorgtoeslag")).to_be_visible()
    page.get_by_text("Hoe is dit berekend?").first.click()
    page.get_by_role("link", name="Bereken of werken loont").click()
    page.get_by_label("Of: netto loon per maand in euro").fill("1400")
    page.get_by_role("button", name="Bereken").click()
    expect(page.get_by_role("table")).to_be_visible()

    login_as(page, PROFESSIONAL)
    expect(page).to_have_url(re.compile(r"/inwoners$"))
    page.get_by_label("Zoeken").fill("nguyen")
    page.get_by_role("button", name="Zoeken").click()
    page.get_by_role("link", name="Linh Nguyen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Linh Nguyen")
    logout(page)
