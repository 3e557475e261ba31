"""Azure Function that mails receipts; the SMTP password lives in Key Vault."""
import os
import smtplib
from email.message import EmailMessage

import azure.functions as func
from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient

app = func.FunctionApp()
VAULT_URL = "https://receipts-kv.vault.azure.net/"
SMTP_PASSWORD_SECRET = "smtp-password"
SMTP_USER = "receipts@mail.example.com"

_vault = SecretClient(vault_url=VAULT_URL, credential=DefaultAzureCredential())


@app.queue_trigger(arg_name="msg", queue_name="receipts", connection="AzureWebJobsStorage")
def send_receipt(msg: func.QueueMessage) -> None:
    order = msg.get_json()
    mail = EmailMessage()
    mail["From"] = SMTP_USER
    mail["To"] = order["email"]
    mail["Subject"] = "Your receipt"
    mail.set_content("Thank you for your order.")
    password = _vault.get_secret(SMTP_PASSWORD_SECRET).value
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "smtp.example.com"), 587) as smtp:
        smtp.starttls()
        smtp.login(SMTP_USER, password)
        smtp.send_message(mail)
