import ssl
import urllib.request

STATUS_URL = "https://status.example.com/health"


def check_status():
    context = ssl._create_unverified_context()  # expect: tls-verification
    with urllib.request.urlopen(STATUS_URL, context=context) as resp:
        return resp.status


def legacy_context():
    context = ssl.create_default_context()
    context.check_hostname = False  # expect: tls-verification
    context.verify_mode = ssl.CERT_NONE  # expect: tls-verification
    return context
