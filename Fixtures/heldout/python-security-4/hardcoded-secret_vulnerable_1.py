"""Celery application and deploy helpers for the reporting stack."""
import boto3
import paramiko
from celery import Celery

app = Celery("reports")
app.conf.update(
    broker_url="amqp://reports:Xq7-rabbit-Pa55@mq.internal:5672/reports",  # expect: hardcoded-secret
    result_backend="redis://cache.internal:6379/3",
    task_acks_late=True,
)

S3_ACCESS_KEY_ID = "AKIAQ3EGRT6YVN7LKD2M"  # expect: hardcoded-secret
S3_SECRET_ACCESS_KEY = "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"  # expect: hardcoded-secret


def s3():
    return boto3.client(
        "s3",
        aws_access_key_id=S3_ACCESS_KEY_ID,
        aws_secret_access_key=S3_SECRET_ACCESS_KEY,
    )


@app.task
def publish_report(report_path, key):
    s3().upload_file(report_path, "nightly-reports", key)
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect("reports-web.internal", username="publisher", password="Publ1sh!2024")  # expect: hardcoded-secret
    try:
        ssh.exec_command("sudo systemctl reload reports-web")
    finally:
        ssh.close()
