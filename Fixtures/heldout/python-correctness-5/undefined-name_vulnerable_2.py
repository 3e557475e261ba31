"""Prefect flow that pulls exchange rates and writes a parquet file."""
import httpx
from prefect import flow, task

CURRENCIES = ("USD", "GBP", "CHF", "JPY")


@task(retries=2)
def fetch_rates(day):
    response = httpx.get(f"https://rates.example/api/{day}", params={"base": "EUR"})
    response.raise_for_status()
    return response.json()["rates"]


@task
def to_frame(rates):
    rows = [{"currency": code, "rate": rates[code]} for code in CURRENCIES if code in rates]
    return pd.DataFrame(rows)  # expect: undefined-name


@flow(name="daily-rates")
def daily_rates(day: str):
    frame = to_frame(fetch_rates(day))
    frame.to_parquet(f"rates/{day}.parquet")
    logger.info("wrote %d rates for %s", len(frame), day)  # expect: undefined-name
    return len(frame)
