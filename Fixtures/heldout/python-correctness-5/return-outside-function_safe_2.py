"""Airflow DAG file: a short-circuit task skips the DAG on holidays."""
from datetime import date, datetime

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import ShortCircuitOperator

from etl.calendar import is_holiday


def working_day(**context):
    return not is_holiday(context.get("logical_date", date.today()))


with DAG("nightly_ledger", start_date=datetime(2026, 1, 1), schedule="@daily", catchup=False) as dag:
    gate = ShortCircuitOperator(task_id="working_day", python_callable=working_day)
    extract = BashOperator(task_id="extract", bash_command="ledger-extract --day {{ ds }}")
    load = BashOperator(task_id="load", bash_command="ledger-load --day {{ ds }}")
    gate >> extract >> load
