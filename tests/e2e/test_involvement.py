"""Who is involved (issue 4, the verwijsindex): two organisations register that they help the
same resident, each sees the other's contact person, and the resident sees both."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from conftest import assert_no_axe_violations, login_as


def register(page: Page, bsn: str, contact_name: str, contact: str) -> None:
    page.goto("/betrokkenheid")
    assert_no_axe_violations(page)
    page.get_by_label("BSN").fill(bsn)
    page.get_by_label("Contactpersoon", exact=True).fill(contact_name)
    page.get_by_label("Telefoon of e-mail van de contactpersoon").fill(contact)
    with page.expect_navigation():
        page.get_by_role("button", name="Doorgeven").click()
    expect(page.get_by_role("status")).to_contain_text("Gelukt")


def test_two_organisations_see_each_other_and_the_resident_sees_both(page: Page, browser, base_url) -> None:
    login_as(page, "Petra de Vries")
    page.goto("/inwoners?zoek=Yilmaz")
    page.get_by_role("link", name="Mohammed Yilmaz").click()
    bsn = page.locator("dt", has_text="BSN").locator("xpath=following-sibling::dd[1]").inner_text().replace(".", "").strip()
    register(page, bsn, "Petra de Vries", "020 555 0101")

    care_context = browser.new_context(base_url=base_url, locale="nl-NL")
    care = care_context.new_page()
    login_as(care, "Fatima el Amrani")
    register(care, bsn, "Fatima el Amrani", "fatima@zorgoost.nl")
    expect(care.locator("table")).to_contain_text("Gemeente Voorbeeld")
    expect(care.locator("table")).to_contain_text("020 555 0101")
    assert_no_axe_violations(care)
    care_context.close()

    page.goto("/betrokkenheid")
    expect(page.locator("table")).to_contain_text("Zorgcoöperatie Oost")
    expect(page.locator("table")).to_contain_text("fatima@zorgoost.nl")

    resident_context = browser.new_context(base_url=base_url, locale="nl-NL")
    resident = resident_context.new_page()
    login_as(resident, "Mohammed Yilmaz")
    resident.goto("/mijn-plein")
    section = resident.locator("h2#betrokken ~ ul").first
    expect(section).to_contain_text("Gemeente Voorbeeld")
    expect(section).to_contain_text("Zorgcoöperatie Oost")
    assert_no_axe_violations(resident)
    resident_context.close()
