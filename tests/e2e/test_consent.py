"""Consent (issue 4): the resident lets a care provider see their contact details from the
municipality, the care provider sees them, the resident withdraws, and at once they are gone."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from conftest import assert_no_axe_violations, login_as


def open_record(page: Page) -> None:
    page.goto("/inwoners?zoek=Yilmaz")
    page.get_by_role("link", name="Mohammed Yilmaz").click()


def test_consent_given_and_withdrawn(page: Page, browser, base_url) -> None:
    login_as(page, "Mohammed Yilmaz")
    page.goto("/toestemmingen")
    assert_no_axe_violations(page)
    form = page.locator("form.consent", has_text="Zorgcoöperatie Oost")
    form.get_by_label("Adres, e-mail en telefoon").check()
    with page.expect_navigation():
        form.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("opgeslagen")

    care_context = browser.new_context(base_url=base_url, locale="nl-NL")
    care = care_context.new_page()
    login_as(care, "Fatima el Amrani")
    open_record(care)
    shared = care.locator("section", has=care.locator("h2#gedeeld"))
    expect(shared).to_contain_text("mohammed.yilmaz@voorbeeld.nl")
    assert_no_axe_violations(care)

    page.goto("/toestemmingen")
    form = page.locator("form.consent", has_text="Zorgcoöperatie Oost")
    form.get_by_label("Adres, e-mail en telefoon").uncheck()
    with page.expect_navigation():
        form.get_by_role("button", name="Opslaan").click()

    open_record(care)
    expect(care.locator("section", has=care.locator("h2#gedeeld"))).not_to_contain_text("mohammed.yilmaz@voorbeeld.nl")
    expect(care.locator("section", has=care.locator("h2#gedeeld"))).to_contain_text("Niet zichtbaar")
    care_context.close()
