import smtplib
from email.message import EmailMessage


def send_reminders(members, smtp_host="localhost"):
    sent = 0
    failed = []  # expect: unused-variable
    with smtplib.SMTP(smtp_host) as server:
        for member in members:
            msg = EmailMessage()
            msg["From"] = "club@example.org"
            msg["To"] = member["email"]
            msg["Subject"] = "Your membership renews soon"
            body = f"Hi {member['name']},\n\nyour membership ends on {member['ends']}."  # expect: unused-variable
            msg.set_content(f"Hi {member['name']}, see you at the club!")
            try:
                server.send_message(msg)
            except smtplib.SMTPRecipientsRefused as err:  # expect: unused-variable
                print("refused:", member["email"])
                continue
            sent += 1
    return sent
