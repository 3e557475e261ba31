"""Luigi pipeline that exports invoices to S3 and mails the finance team."""
import os
import smtplib
from email.message import EmailMessage

import boto3
import luigi

from .invoices import export_month

s3 = boto3.client("s3")


class mailer(luigi.Config):
    user = luigi.Parameter(default="reports@example.com")
    password = luigi.Parameter(default="")


class ExportInvoices(luigi.Task):
    month = luigi.Parameter()

    def output(self):
        return luigi.LocalTarget(f"exports/invoices-{self.month}.csv")

    def run(self):
        with self.output().open("w") as handle:
            export_month(self.month, handle)
        s3.upload_file(self.output().path, "finance-exports", f"invoices/{self.month}.csv")
        self.notify()

    def notify(self):
        settings = mailer()
        message = EmailMessage()
        message["Subject"] = f"Invoices {self.month}"
        message["From"] = settings.user
        message["To"] = "finance@example.com"
        message.set_content("The monthly export is in the bucket.")
        with smtplib.SMTP_SSL("smtp.example.com", 465) as smtp:
            smtp.login(settings.user, settings.password or os.environ["MAILER_PASSWORD"])
            smtp.send_message(message)
