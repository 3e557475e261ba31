"""Dagster op that imports partner product feeds and logs rejected rows."""
import csv
import io

import requests
from dagster import OpExecutionContext, job, op

from .catalog import upsert_product


@op(config_schema={"feed_url": str})
def import_feed(context: OpExecutionContext):
    response = requests.get(context.op_config["feed_url"], timeout=30)
    reader = csv.DictReader(io.StringIO(response.text))
    accepted = 0
    rejected = 0
    for line_number, row in enumerate(reader, start=2):
        if not row.get("sku") or not row.get("price"):
            context.log.warning(f"rejected row at line {line_number}")
            rejected += 1
            continue
        upsert_product(row)
        accepted += 1
    context.log.info(f"imported {accepted} rows, rejected {rejected}")
    return accepted


@job
def partner_feed():
    import_feed()
