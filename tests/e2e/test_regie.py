"""Mijn Plein and regie (issue 4): the resident's overview with income and appointments, one
plan with actions for two organisations and the involvement match, consent for the whole plan
given and withdrawn, help requests routed to the wijk's team."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from conftest import assert_no_axe_violations, login_as


def annas_bsn(page: Page) -> str:
    page.goto("/inwoners?zoek=Jansen")
    page.get_by_role("link", name="Anna Jansen").click()
    return page.locator("dt", has_text="BSN").locator("xpath=following-sibling::dd[1]").inner_text().replace(".", "").strip()


def register_involvement(page: Page, bsn: str, name: str, contact: str) -> None:
    page.goto("/betrokkenheid")
    page.get_by_label("BSN").fill(bsn)
    page.get_by_label("Contactpersoon", exact=True).fill(name)
    page.get_by_label("Telefoon of e-mail van de contactpersoon").fill(contact)
    with page.expect_navigation():
        page.get_by_role("button", name="Doorgeven").click()


def add_action(page: Page, text: str, assignee: str) -> None:
    page.get_by_label("Wat moet er gebeuren?").fill(text)
    page.get_by_label("Bij welk doel?").select_option(label="Vaste lasten op tijd betalen")
    page.get_by_label("Wie doet het?").select_option(label=assignee)
    with page.expect_navigation():
        page.get_by_role("button", name="Actie toevoegen").click()
    expect(page.get_by_role("status")).to_contain_text("Opgeslagen")


def test_plan_for_two_organisations_match_and_consent(page: Page, browser, base_url) -> None:
    # The regisseur makes Anna's plan, with actions for the municipality and for Wijkzorg West.
    login_as(page, "Ruben Bakker")
    bsn = annas_bsn(page)
    register_involvement(page, bsn, "Ruben Bakker", "020 555 0199")
    page.goto("/plannen")
    assert_no_axe_violations(page)
    page.get_by_label("BSN van de inwoner").fill(bsn)
    page.get_by_label("Titel").fill("Samen naar rust in de financiën")
    with page.expect_navigation():
        page.get_by_role("button", name="Plan maken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Samen naar rust in de financiën")
    page.get_by_label("Doel", exact=True).fill("Vaste lasten op tijd betalen")
    with page.expect_navigation():
        page.get_by_role("button", name="Doel toevoegen").click()
    add_action(page, "Bijzondere bijstand beoordelen", "Gemeente Voorbeeld")
    add_action(page, "Budgetcoaching starten", "Wijkzorg West")
    add_action(page, "Post elke week openmaken", "De inwoner")
    expect(page.locator("table")).to_contain_text("Wijkzorg West")
    assert_no_axe_violations(page)
    plan_url = page.url.split("?")[0]

    # Wijkzorg West registers involvement too: both get the match.
    care_context = browser.new_context(base_url=base_url, locale="nl-NL")
    care = care_context.new_page()
    login_as(care, "Jeroen Visser")
    register_involvement(care, bsn, "Jeroen Visser", "jeroen@wijkzorgwest.nl")
    expect(care.locator("table").first).to_contain_text("020 555 0199")
    page.goto("/betrokkenheid")
    expect(page.locator("table").first).to_contain_text("jeroen@wijkzorgwest.nl")

    # Without consent Wijkzorg West sees only its own action, and moves it on.
    care.goto(plan_url)
    expect(care.get_by_text("U ziet alleen de acties van uw organisatie")).to_be_visible()
    expect(care.locator("main")).not_to_contain_text("Bijzondere bijstand beoordelen")
    assert_no_axe_violations(care)
    with care.expect_navigation():
        care.get_by_role("button", name=re.compile(r"^Mee bezig\W+Budgetcoaching starten$")).click()
    expect(care.locator("table")).to_contain_text("Mee bezig")

    # Anna sees her plan on Mijn Plein, marks her own action done, and shares the whole plan.
    resident_context = browser.new_context(base_url=base_url, locale="nl-NL")
    resident = resident_context.new_page()
    login_as(resident, "Anna Jansen")
    expect(resident).to_have_url(re.compile(r"/mijn-plein$"))
    expect(resident.locator("main")).to_contain_text("Post elke week openmaken")
    assert_no_axe_violations(resident)
    resident.get_by_role("link", name="Samen naar rust in de financiën").click()
    with resident.expect_navigation():
        resident.get_by_role("button", name=re.compile(r"^Klaar\W+Post elke week openmaken$")).click()
    resident.get_by_label("Uw reactie").fill("Dinsdagochtend kan ik niet.")
    with resident.expect_navigation():
        resident.get_by_role("button", name="Plaatsen").click()
    expect(resident.locator("main")).to_contain_text("Dinsdagochtend kan ik niet.")
    assert_no_axe_violations(resident)
    resident.goto("/toestemmingen")
    group = resident.get_by_role("group", name="Wijkzorg West")
    group.get_by_label(re.compile("Uw hele plan")).check()
    with resident.expect_navigation():
        resident.get_by_role("button", name=re.compile(r"^Opslaan\W+Wijkzorg West$")).click()
    care.goto(plan_url)
    expect(care.locator("main")).to_contain_text("Bijzondere bijstand beoordelen")

    # Withdrawn: the next read shows only Wijkzorg West's own action again.
    resident.goto("/toestemmingen")
    group = resident.get_by_role("group", name="Wijkzorg West")
    group.get_by_label(re.compile("Uw hele plan")).uncheck()
    with resident.expect_navigation():
        resident.get_by_role("button", name=re.compile(r"^Opslaan\W+Wijkzorg West$")).click()
    care.goto(plan_url)
    expect(care.locator("main")).not_to_contain_text("Bijzondere bijstand beoordelen")
    care_context.close()
    resident_context.close()


def test_income_on_mijn_plein(page: Page) -> None:
    login_as(page, "Lisa de Boer")
    page.goto("/mijn-plein/inkomen")
    assert_no_axe_violations(page)
    page.get_by_label("Wat voor inkomen?").select_option(label="Loon")
    page.get_by_label("Van wie krijgt u het?").fill("Bakkerij Brood")
    page.get_by_label("Bedrag per keer, in euro").fill("600,00")
    page.get_by_label("Hoe vaak?").select_option(label="per 4 weken")
    page.get_by_label("Datum van een betaling").fill("1-12-2026")
    with page.expect_navigation():
        page.get_by_role("button", name="Toevoegen").click()
    expect(page.locator("table")).to_contain_text("Bakkerij Brood")
    # 600 × 13 / 12 = 650 per month on average.
    expect(page.locator("tfoot")).to_contain_text("€ 650,00")
    expect(page.locator("main")).to_contain_text("01-12-2026")
    assert_no_axe_violations(page)


def test_help_request_goes_to_the_wijk_team(page: Page, browser, base_url) -> None:
    login_as(page, "Mohammed Yilmaz")
    page.goto("/hulp-vragen")
    # 1015CD lies in wijk Oost, served by Zorgcoöperatie Oost.
    expect(page.locator("main")).to_contain_text("Zorgcoöperatie Oost")
    assert_no_axe_violations(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Vraag versturen").click()
    expect(page.get_by_role("alert")).to_contain_text("Vertel in een paar zinnen")
    page.get_by_label("Wat gaat er moeilijk?").fill("Mijn vrouw is ziek en ik kan het huishouden niet alleen.")
    page.get_by_label("Telefoon of e-mail").fill("06 11112222")
    with page.expect_navigation():
        page.get_by_role("button", name="Vraag versturen").click()
    expect(page.locator("main")).to_contain_text("Hulp in het huishouden")

    team_context = browser.new_context(base_url=base_url, locale="nl-NL")
    team = team_context.new_page()
    login_as(team, "Fatima el Amrani")
    team.goto("/hulpvragen")
    assert_no_axe_violations(team)
    team.get_by_role("link", name="Mohammed Yilmaz").click()
    team.get_by_label("Datum").fill("1-12-2099")
    team.get_by_label("Tijd").fill("10:30")
    team.get_by_label("Waar").fill("Bij u thuis")
    with team.expect_navigation():
        team.get_by_role("button", name="Gesprek plannen").click()
    expect(team.get_by_role("status")).to_contain_text("Opgeslagen")
    assert_no_axe_violations(team)
    team_context.close()

    page.goto("/mijn-plein")
    expect(page.locator("main")).to_contain_text("01-12-2099 om 10:30")
    expect(page.locator("main")).to_contain_text("Bij u thuis")
