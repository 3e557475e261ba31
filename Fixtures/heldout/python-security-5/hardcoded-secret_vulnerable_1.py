"""Click CLI that deploys the reporting database and notifies the on-call phone."""
import os

import click
import oracledb
from twilio.rest import Client

TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_AUTH_TOKEN = "9b2f6c1e8d4a7f3b0c5e2d9a6f1b8c4e"  # expect: hardcoded-secret
ONCALL_NUMBER = "+15550100"


def connect(dsn):
    return oracledb.connect(
        user="report_owner",
        password="Rep0rt!Owner#2024",  # expect: hardcoded-secret
        dsn=dsn,
    )


@click.command()
@click.option("--dsn", default="db-prod.internal:1521/REPORTS")
@click.argument("script", type=click.File("r"))
def deploy(dsn, script):
    with connect(dsn) as conn:
        cur = conn.cursor()
        for statement in script.read().split(";\n"):
            if statement.strip():
                cur.execute(statement)
        conn.commit()
    sms = Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)
    sms.messages.create(to=ONCALL_NUMBER, from_="+15550199", body="reports schema deployed")
    click.echo("done")


if __name__ == "__main__":
    deploy()
