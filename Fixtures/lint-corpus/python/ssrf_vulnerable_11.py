"""Airflow TaskFlow DAG mirroring the feeds named in the trigger's conf."""
import pendulum
import requests
from airflow.decorators import dag, task


@dag(schedule=None, start_date=pendulum.datetime(2026, 1, 1), catchup=False)
def mirror_feeds():
    @task
    def feeds(**context):
        conf = context["dag_run"].conf or {}
        return conf.get("feeds", [])

    @task
    def download(feed):
        return requests.get(feed["url"], timeout=30).text  # expect: ssrf

    download.expand(feed=feeds())


mirror_feeds()
