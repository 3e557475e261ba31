"""Selenium smoke check of the checkout page, run after each deploy."""
from selenium import webdriver
from selenium.webdriver.common.by import By


def checkout_loads(base_url):
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    driver = webdriver.Chrome(options=options)
    ok = False
    try:
        driver.get(base_url + "/checkout")
        ok = driver.find_element(By.ID, "pay-button").is_displayed()
    finally:
        driver.quit()
        if not ok:
            return False  # expect: return-in-finally
    return ok
