"""Selenium smoke check of the checkout page, run after each deploy."""
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By


def checkout_loads(base_url):
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    driver = webdriver.Chrome(options=options)
    try:
        driver.get(base_url + "/checkout")
        return driver.find_element(By.ID, "pay-button").is_displayed()
    except WebDriverException:
        return False
    finally:
        driver.quit()
