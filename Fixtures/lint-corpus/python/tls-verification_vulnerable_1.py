import requests

INTERNAL_API = "https://billing.internal.example/api"


def fetch_invoices(customer_id):
    reply = requests.get(f"{INTERNAL_API}/invoices", params={"customer": customer_id}, verify=False, timeout=10)  # expect: tls-verification
    reply.raise_for_status()
    return reply.json()


def upload_report(data):
    session = requests.Session()
    session.verify = False  # expect: tls-verification
    return session.post(f"{INTERNAL_API}/reports", json=data, timeout=10).status_code
