"""Smoke tests of the running app: the shared layout, accessibility, 404, health, no-JS."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from conftest import assert_no_axe_violations

UNKNOWN_PATH = "/deze-pagina-bestaat-niet"


def first_tab_stop(page: Page) -> dict:
    """Press Tab once on a freshly loaded page and describe the element that got focus."""
    page.keyboard.press("Tab")
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            return {tag: el.tagName.toLowerCase(), href: el.getAttribute("href"),
                    text: (el.textContent || "").trim()};
        }"""
    )


def assert_skip_link_first(page: Page) -> None:
    """The first Tab stop is a visible skip link to an element in <main> (WCAG 2.4.1, 2.4.7)."""
    __tracebackhide__ = True
    focused = first_tab_stop(page)
    assert focused is not None, "pressing Tab focused nothing"
    assert focused["tag"] == "a" and (focused["href"] or "").startswith("#") and len(focused["href"]) > 1, (
        f"the first focusable element is not a skip link (<a href='#...'>): {focused}"
    )
    expect(page.locator(":focus")).to_be_visible()  # hidden until focused is fine, hidden when focused is not
    target_id = focused["href"][1:]
    in_main = page.evaluate(
        "id => { const t = document.getElementById(id); return t ? !!t.closest('main') : null; }", target_id
    )
    assert in_main is not None, f"the skip link points to #{target_id}, but no element has that id"
    assert in_main, f"the skip link points to #{target_id}, which is not <main> or inside it"


def layout(page: Page) -> dict:
    """The parts of the page every Plein page shares: its landmarks and the skip link."""
    return {
        "banner": page.get_by_role("banner").count(),
        "main": page.get_by_role("main").count(),
        "contentinfo": page.get_by_role("contentinfo").count(),
        "skip link": page.evaluate(
            "() => { const a = document.querySelector('a[href^=\"#\"]'); return a && a.getAttribute('href'); }"
        ),
    }


def test_health_answers_200(page: Page) -> None:
    response = page.request.get("/health")
    assert response.status == 200, f"/health answered {response.status}"


def test_home_page_loads_in_dutch(page: Page) -> None:
    response = page.goto("/")
    assert response is not None and response.status == 200, f"/ answered {response and response.status}"
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page).to_have_title(re.compile(r"\S"))


def test_home_page_has_one_main_landmark(page: Page) -> None:
    page.goto("/")
    expect(page.get_by_role("main")).to_have_count(1)


def test_home_page_skip_link_is_first_focusable(page: Page) -> None:
    page.goto("/")
    assert_skip_link_first(page)


def test_home_page_has_no_axe_violations(page: Page) -> None:
    page.goto("/")
    assert_no_axe_violations(page)


def test_login_page_has_no_axe_violations(page: Page) -> None:
    response = page.goto("/inloggen")
    assert response is not None and response.status == 200, f"/inloggen answered {response and response.status}"
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    assert_no_axe_violations(page)


def test_unknown_path_is_404_in_the_site_layout(page: Page) -> None:
    page.goto("/")
    home = layout(page)
    response = page.goto(UNKNOWN_PATH)
    assert response is not None and response.status == 404, f"{UNKNOWN_PATH} answered {response and response.status}"
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    assert layout(page) == home, "the 404 page does not share the layout of the home page"
    expect(page.get_by_role("main")).to_have_count(1)
    assert_skip_link_first(page)
    assert_no_axe_violations(page)


def test_home_page_works_without_javascript(page_no_js: Page) -> None:
    response = page_no_js.goto("/")
    assert response is not None and response.status == 200
    expect(page_no_js.get_by_role("main")).to_be_visible()
