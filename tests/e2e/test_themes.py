"""Themes per municipality (issue 4 §6): the newcomers' hub in four languages with Arabic right
to left, the turning-18 checklist, and the administrator's themes page."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from conftest import assert_no_axe_violations, login_as


def test_hub_in_arabic_is_right_to_left(page: Page) -> None:
    page.goto("/thema/statushouders")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nieuw in Nederland")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="العربية").click()
    article = page.locator("article")
    expect(article).to_have_attribute("dir", "rtl")
    expect(article).to_have_attribute("lang", "ar")
    expect(page.get_by_role("heading", level=1)).to_have_text("جديد في هولندا")
    assert page.evaluate("getComputedStyle(document.querySelector('article')).direction") == "rtl"
    assert_no_axe_violations(page)
    page.get_by_role("link", name="ትግርኛ").click()
    expect(page.locator("article")).to_have_attribute("lang", "ti")
    assert_no_axe_violations(page)


def test_turning_18_checklist(page: Page) -> None:
    page.goto("/thema/jeugd")
    page.get_by_label("Geboortedatum").fill("14-5-2009")
    page.get_by_role("button", name="Lijst maken").click()
    expect(page.locator("main")).to_contain_text("18 jaar op 14-05-2027")
    expect(page.locator("main")).to_contain_text("Zorgverzekeringswet art. 16")
    assert_no_axe_violations(page)


def test_administrator_manages_themes(page: Page) -> None:
    login_as(page, "Bram Smit")
    page.goto("/beheer/themas")
    assert_no_axe_violations(page)
    page.get_by_role("link", name=re.compile(r"\(Nieuw in Nederland, العربية\)")).click()
    assert_no_axe_violations(page)
    expect(page.get_by_label("Titel")).to_have_value("جديد في هولندا")
