"""APScheduler job sending newsletters whose bodies editors wrote in the admin."""
import smtplib
from email.message import EmailMessage

import jinja2
from apscheduler.schedulers.blocking import BlockingScheduler

from .newsletters import due_issues, subscribers_of

ENV = jinja2.Environment(loader=jinja2.PackageLoader("newsletters", "templates"), autoescape=True)


def render_issue(issue, subscriber):
    template = ENV.get_template("issue.txt")
    return template.render(body=issue.body_source, name=subscriber.name, unsubscribe=subscriber.unsubscribe_url)


def send_due():
    with smtplib.SMTP("localhost") as smtp:
        for issue in due_issues():
            for subscriber in subscribers_of(issue.list_id):
                message = EmailMessage()
                message["Subject"] = issue.subject
                message["From"] = "news@example.org"
                message["To"] = subscriber.email
                message.set_content(render_issue(issue, subscriber))
                smtp.send_message(message)


if __name__ == "__main__":
    scheduler = BlockingScheduler()
    scheduler.add_job(send_due, "cron", minute="*/10")
    scheduler.start()
