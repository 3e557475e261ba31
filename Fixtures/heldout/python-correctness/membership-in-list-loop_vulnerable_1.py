"""Deduplicate e-mail addresses from the sign-up exports and drop blocked domains."""
import csv
import sys

BLOCKED_DOMAINS = ["mailinator.com", "tempmail.org", "example.invalid", "spam.test"]


def unique_emails(rows):
    seen = []
    result = []
    for row in rows:
        email = row["email"].strip().lower()
        if email not in seen:  # expect: membership-in-list-loop
            seen.append(email)
            result.append(email)
    return result


def allowed(emails):
    kept = []
    for email in emails:
        domain = email.rsplit("@", 1)[-1]
        if domain in BLOCKED_DOMAINS:  # expect: membership-in-list-loop
            continue
        kept.append(email)
    return kept


if __name__ == "__main__":
    with open(sys.argv[1], newline="", encoding="utf-8") as fh:
        print("\n".join(allowed(unique_emails(csv.DictReader(fh)))))
