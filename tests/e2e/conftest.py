"""Fixtures and helpers for Plein's browser tests.

Run them with `scripts/test --only e2e`: it builds and starts the app and sets PLEIN_BASE_URL.
To test an app that is already running: `scripts/test --only e2e --base-url http://127.0.0.1:8080`.

Fixtures:   playwright, browser, base_url, page, page_no_js
Helpers:    login_as(page, account_label), assert_no_axe_violations(page)
            (import them in a test module: `from conftest import login_as, assert_no_axe_violations`)

The browser is Debian's chromium (/usr/bin/chromium, or PLEIN_CHROMIUM), driven by the driver
inside the playwright wheel; `playwright install` is never used.
"""

from __future__ import annotations

import os
import re
import weakref
from pathlib import Path
from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

CHROMIUM = os.environ.get("PLEIN_CHROMIUM", "/usr/bin/chromium")
RESULTS_DIR = Path(os.environ.get("PLEIN_TEST_RESULTS", "test-results"))

# The WCAG 2.2 level A and AA rules, as axe-core tags them. Best-practice rules (e.g. "region")
# are left out on purpose: the bar is the law (EN 301 549 / WCAG), not axe's house style.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Passed straight to axe.run(context, options) by axe-playwright-python. resultTypes keeps the
# (large) passes/incomplete/inapplicable lists to one node each: we only read "violations".
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
_AXE = Axe()  # loads axe.min.js shipped in the axe-playwright-python wheel

# Contexts made with JavaScript off. In those, page.evaluate() never returns (seen with Chromium
# 156 and Playwright 1.64), so axe cannot run there; locators and expect() work normally.
_NO_JS_CONTEXTS: "weakref.WeakSet[BrowserContext]" = weakref.WeakSet()


# --------------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def base_url() -> str:
    url = os.environ.get("PLEIN_BASE_URL", "").rstrip("/")
    if not url:
        pytest.fail(
            "PLEIN_BASE_URL is not set. Run `scripts/test --only e2e` (builds and starts the app), "
            "or set PLEIN_BASE_URL to a running Plein, e.g. http://127.0.0.1:8080",
            pytrace=False,
        )
    return url


@pytest.fixture(scope="session")
def playwright() -> Playwright:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Browser:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no browser at {CHROMIUM}: install Debian's chromium (scripts/test does)", pytrace=False)
    args = []
    if os.geteuid() == 0:
        # Chromium refuses to start its sandbox as root (CI and our containers run as root).
        args.append("--no-sandbox")
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
    yield browser
    browser.close()


def _new_context(browser: Browser, base_url: str, **options) -> BrowserContext:
    # base_url lets tests write page.goto("/inloggen"); a Dutch locale as our users have.
    return browser.new_context(base_url=base_url, locale="nl-NL", timezone_id="Europe/Amsterdam", **options)


@pytest.fixture
def page(browser: Browser, base_url: str, request: pytest.FixtureRequest) -> Page:
    """A fresh page in its own context (own cookies) for every test, with JavaScript on."""
    context = _new_context(browser, base_url)
    page = context.new_page()
    yield page
    _screenshot_if_failed(request, page)
    context.close()


@pytest.fixture
def page_no_js(browser: Browser, base_url: str, request: pytest.FixtureRequest) -> Page:
    """A fresh page with JavaScript switched off: every page must work without it.

    Use locators and expect() on it; page.evaluate() (and so axe) hangs when JavaScript is off.
    """
    context = _new_context(browser, base_url, java_script_enabled=False)
    _NO_JS_CONTEXTS.add(context)
    page = context.new_page()
    yield page
    _screenshot_if_failed(request, page, suffix="-no-js")
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    # Remember each phase's report on the test item, so fixtures can tell whether the test failed.
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def _screenshot_if_failed(request: pytest.FixtureRequest, page: Page, suffix: str = "") -> None:
    report = getattr(request.node, "rep_call", None)
    if report is None or not report.failed:
        return
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)
    try:
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(RESULTS_DIR / f"{name}{suffix}.png"), full_page=True)
    except Exception:  # a screenshot is a courtesy; never let it hide the real failure
        pass


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def login_as(page: Page, account_label: str) -> None:
    """Log in with the one-click demo login.

    In demo mode /inloggen has one form per demo account; its submit button's accessible name
    is the account's display name (e.g. "Sanne de Vries"). This clicks that button and waits
    for the page the app sends us to.
    """
    __tracebackhide__ = True
    page.goto("/inloggen")
    button = page.get_by_role("button", name=account_label, exact=True)
    count = button.count()
    if count != 1:
        names = [n.strip() for n in page.get_by_role("button").all_inner_texts()]
        raise AssertionError(
            f"expected exactly one demo-login button named {account_label!r} on /inloggen, "
            f"found {count}; buttons on the page: {names}"
        )
    with page.expect_navigation():
        button.click()
    if urlparse(page.url).path.rstrip("/") == "/inloggen":
        raise AssertionError(f"logging in as {account_label!r} left us on /inloggen: did the login fail?")


def assert_no_axe_violations(page: Page, context: str | list | dict | None = None) -> None:
    """Run axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the current page and fail on any violation.

    `context` is axe's context argument (e.g. "main" to check one part of the page); by default
    the whole document. Needs JavaScript: use it with `page`, not `page_no_js`.
    """
    __tracebackhide__ = True
    if page.context in _NO_JS_CONTEXTS:
        raise AssertionError("axe needs JavaScript: call assert_no_axe_violations with `page`, not `page_no_js`")
    results = _AXE.run(page, context=context, options=AXE_OPTIONS)
    violations = results.response["violations"]
    if violations:
        raise AssertionError(format_axe_violations(violations, page.url, results.response))


def format_axe_violations(violations: list[dict], url: str, response: dict | None = None) -> str:
    engine = ((response or {}).get("testEngine") or {}).get("version", "?")
    lines = [f"{len(violations)} accessibility violation(s) on {url} (axe {engine}, tags {', '.join(AXE_TAGS)}):"]
    for v in violations:
        lines.append(f"- {v['id']} [{v.get('impact') or 'n/a'}] {v['help']}")
        lines.append(f"    {v.get('helpUrl', '')}")
        nodes = v.get("nodes", [])
        for node in nodes[:10]:
            target = " ".join(str(t) for t in node.get("target", []))
            html = re.sub(r"\s+", " ", node.get("html", ""))[:160]
            lines.append(f"    * {target}    {html}")
            summary = (node.get("failureSummary") or "").strip()
            for s in summary.splitlines()[:4]:
                lines.append(f"        {s.strip()}")
        if len(nodes) > 10:
            lines.append(f"    ... and {len(nodes) - 10} more element(s)")
    return "\n".join(lines)
