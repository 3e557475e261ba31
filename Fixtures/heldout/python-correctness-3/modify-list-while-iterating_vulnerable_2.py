def clean_emails(emails):
    """Drop blanks and duplicates from a sign-up list (keeps first spelling)."""
    seen = set()
    for address in emails:
        key = address.strip().lower()
        if not key or key in seen:
            emails.remove(address)  # expect: modify-list-while-iterating
        else:
            seen.add(key)
    return emails


def drop_expired(coupons, today):
    for i, coupon in enumerate(coupons):
        if coupon["expires"] < today:
            del coupons[i]  # expect: modify-list-while-iterating
    return coupons


if __name__ == "__main__":
    print(clean_emails(["a@x.org", "A@x.org ", "", "b@y.com"]))
