"""Selenium scraper for the council's bin-collection table."""
from selenium import webdriver
from selenium.webdriver.common.by import By


def collections(postcode):
    driver = webdriver.Firefox()
    try:
        driver.get("https://council.example.gov/bins?postcode=" + postcode)
        rows = driver.find_elements(By.CSS_SELECTOR, "table.bins tbody tr")
        schedule = []
        for n in range(len(rows)):  # expect: range-len-loop
            cells = rows[n].find_elements(By.TAG_NAME, "td")
            schedule.append({"bin": cells[0].text, "date": cells[1].text})
        return schedule
    finally:
        driver.quit()
