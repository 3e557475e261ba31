"""Airflow DAG that mirrors partner price sheets given in the trigger conf."""
import pendulum
import requests
from airflow.decorators import dag, task

from .storage import save_sheet

PARTNER_SHEETS = {
    "northwind": "https://sheets.northwind.example/prices.csv",
    "contoso": "https://contoso.example/feeds/prices.csv",
}


@dag(schedule=None, start_date=pendulum.datetime(2026, 1, 1), catchup=False)
def mirror_price_sheets():
    @task
    def sources(**context):
        conf = context["dag_run"].conf or {}
        return [name for name in conf.get("partners", []) if name in PARTNER_SHEETS]

    @task
    def fetch(partner):
        response = requests.get(PARTNER_SHEETS[partner], timeout=20)
        response.raise_for_status()
        save_sheet(partner, response.content)
        return len(response.content)

    fetch.expand(partner=sources())


mirror_price_sheets()
