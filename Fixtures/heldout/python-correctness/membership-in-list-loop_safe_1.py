"""Deduplicate sign-up e-mails (fixed): sets for membership, dict for lookups."""
import csv
import sys

BLOCKED_DOMAINS = frozenset({"mailinator.com", "tempmail.org", "example.invalid", "spam.test"})


def unique_emails(rows):
    seen = set()
    result = []
    for row in rows:
        email = row["email"].strip().lower()
        if email not in seen:
            seen.add(email)
            result.append(email)
    return result


def allowed(emails, vip_domains):
    by_domain = {d: True for d in vip_domains}
    kept = []
    for email in emails:
        domain = email.rsplit("@", 1)[-1]
        if domain in by_domain or domain not in BLOCKED_DOMAINS:
            kept.append(email)
    return kept


if __name__ == "__main__":
    with open(sys.argv[1], newline="", encoding="utf-8") as fh:
        emails = unique_emails(csv.DictReader(fh))
    print("\n".join(allowed(emails, ["uni.example.edu"])))
