"""Click CLI that deploys the reporting database; credentials come from the environment or a prompt."""
import os

import click
import oracledb
from twilio.rest import Client

PASSWORD_ENV = "REPORT_OWNER_PASSWORD"
TWILIO_TOKEN_ENV = "TWILIO_AUTH_TOKEN"
TOKEN_URL = "https://api.twilio.com/2010-04-01"
ONCALL_NUMBER = "+15550100"


def connect(dsn, password):
    return oracledb.connect(user="report_owner", password=password, dsn=dsn)


@click.command()
@click.option("--dsn", default="db-prod.internal:1521/REPORTS")
@click.argument("script", type=click.File("r"))
def deploy(dsn, script):
    password = os.environ.get(PASSWORD_ENV) or click.prompt("Password", hide_input=True)
    with connect(dsn, password) as conn:
        cur = conn.cursor()
        for statement in script.read().split(";\n"):
            if statement.strip():
                cur.execute(statement)
        conn.commit()
    sms = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ[TWILIO_TOKEN_ENV])
    sms.messages.create(to=ONCALL_NUMBER, from_="+15550199", body="reports schema deployed")
    click.echo("done")
