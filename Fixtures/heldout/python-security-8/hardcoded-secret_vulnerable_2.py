"""Luigi pipeline that exports invoices to S3 and mails the finance team."""
import smtplib
from email.message import EmailMessage

import boto3
import luigi

from .invoices import export_month

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAQX7PLM4ZT2RW9KDE",  # expect: hardcoded-secret
    aws_secret_access_key="k8Yf2hQw9Zr+T1uVb3NcXeL0pAs7DmGjW5oIyR6t",  # expect: hardcoded-secret
)


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
        message = EmailMessage()
        message["Subject"] = f"Invoices {self.month}"
        message["From"] = "reports@example.com"
        message["To"] = "finance@example.com"
        message.set_content("The monthly export is in the bucket.")
        with smtplib.SMTP_SSL("smtp.example.com", 465) as smtp:
            smtp.login("reports@example.com", "Inv0ice-Mailer#88")  # expect: hardcoded-secret
            smtp.send_message(message)
