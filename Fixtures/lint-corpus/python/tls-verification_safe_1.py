import requests

INTERNAL_API = "https://billing.internal.example/api"
CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"


def fetch_invoices(customer_id):
    reply = requests.get(f"{INTERNAL_API}/invoices", params={"customer": customer_id}, verify=CA_BUNDLE, timeout=10)
    reply.raise_for_status()
    return reply.json()


def upload_report(data):
    session = requests.Session()
    session.verify = True
    return session.post(f"{INTERNAL_API}/reports", json=data, timeout=10).status_code
