def clean_emails(emails):
    seen = set()
    kept = []
    for address in emails:
        key = address.strip().lower()
        if key and key not in seen:
            seen.add(key)
            kept.append(address.strip())
    emails[:] = kept
    return emails


def drop_expired(coupons, today):
    for i in reversed(range(len(coupons))):
        if coupons[i]["expires"] < today:
            del coupons[i]
    return coupons


def redeem(coupons, code):
    for coupon in coupons:
        if coupon["code"] == code:
            coupons.remove(coupon)
            return coupon
    return None
