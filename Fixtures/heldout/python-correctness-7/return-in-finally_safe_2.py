"""Playwright smoke test of the login page, run after each deploy."""
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright


def login_works(base_url, user, password):
    with sync_playwright() as p:
        browser = p.firefox.launch()
        try:
            page = browser.new_page()
            page.goto(base_url + "/login")
            page.fill("#user", user)
            page.fill("#password", password)
            page.click("button[type=submit]")
            return page.url.endswith("/dashboard")
        except PlaywrightError:
            return False
        finally:
            browser.close()
