"""Selenium scraper for the council's bin-collection table."""
from selenium import webdriver
from selenium.webdriver.common.by import By


def collections(postcode):
    driver = webdriver.Firefox()
    try:
        driver.get("https://council.example.gov/bins?postcode=" + postcode)
        rows = driver.find_elements(By.CSS_SELECTOR, "table.bins tbody tr")
        schedule = []
        for row in rows:
            cells = row.find_elements(By.TAG_NAME, "td")
            schedule.append({"bin": cells[0].text, "date": cells[1].text})
        return schedule
    finally:
        driver.quit()
