"""Reporting a move once: the administrator registers a webhook receiver (a small HTTP server in
this test), the resident reports the move, and the receiver gets a correctly signed message."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

from playwright.sync_api import Page, expect

from conftest import assert_no_axe_violations, login_as


class Receiver(BaseHTTPRequestHandler):
    received: list[tuple[dict, bytes]] = []

    def do_POST(self) -> None:  # noqa: N802 (the http.server API)
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        Receiver.received.append((dict(self.headers), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


def test_move_reaches_the_organisations_system(page: Page, browser, base_url) -> None:
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hook = f"http://127.0.0.1:{server.server_port}/plein"
    try:
        admin_context = browser.new_context(base_url=base_url, locale="nl-NL")
        admin = admin_context.new_page()
        login_as(admin, "Bram Smit")
        admin.goto("/beheer/webhooks")
        assert_no_axe_violations(admin)
        admin.get_by_label("Adres van de ontvanger").fill(hook)
        with admin.expect_navigation():
            admin.get_by_role("button", name="Webhook maken").click()
        secret = admin.locator(".token").inner_text().strip()
        assert secret.startswith("whsec_")

        login_as(page, "Anna Jansen")
        page.get_by_role("link", name="Verhuizing doorgeven").click()
        assert_no_axe_violations(page)
        page.get_by_label("Nieuwe postcode").fill("1015 CD")
        page.get_by_label("Huisnummer").fill("21b")
        page.get_by_label("Woonplaats").fill("Voorbeeld")
        page.get_by_label("Datum van de verhuizing").fill("bijna")
        with page.expect_navigation():
            page.get_by_role("button", name="Verhuizing doorgeven").click()
        expect(page.get_by_role("alert")).to_contain_text("Vul de datum van de verhuizing in")
        expect(page.get_by_label("Huisnummer")).to_have_value("21b")
        assert_no_axe_violations(page)
        page.get_by_label("Datum van de verhuizing").fill(time.strftime("%d-%m-%Y"))
        with page.expect_navigation():
            page.get_by_role("button", name="Verhuizing doorgeven").click()
        expect(page.get_by_role("status")).to_contain_text("Gemeente Voorbeeld")
        expect(page.get_by_role("status")).to_contain_text("Wijkzorg West")

        # The server delivers webhooks every ten seconds.
        deadline = time.time() + 40
        while not Receiver.received and time.time() < deadline:
            time.sleep(0.5)
        assert Receiver.received, "the webhook did not arrive within 40 seconds"
        headers, body = Receiver.received[0]
        signature = dict(part.split("=", 1) for part in headers["Plein-Signature"].split(","))
        expected = hmac.new(secret.encode(), f"{signature['t']}.".encode() + body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(signature["v1"], expected)
        payload = json.loads(body)
        assert payload["gebeurtenis"] == "verhuizing"
        assert payload["nieuwAdres"] == {"postcode": "1015CD", "huisnummer": "21b", "woonplaats": "Voorbeeld"}

        admin.goto("/beheer/webhooks")
        expect(admin.locator("table").last).to_contain_text("Afgeleverd")
        assert_no_axe_violations(admin)
        # The administrator's other pages for the journey.
        for path in ("/beheer/opdrachten", "/beheer/uitgaande-mail", "/beheer"):
            response = admin.goto(path)
            assert response is not None and response.status == 200, path
            assert_no_axe_violations(admin)
        admin_context.close()
    finally:
        server.shutdown()
