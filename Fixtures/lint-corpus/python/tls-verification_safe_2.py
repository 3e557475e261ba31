import ssl
import urllib.request

STATUS_URL = "https://status.example.com/health"


def check_status():
    context = ssl.create_default_context()
    with urllib.request.urlopen(STATUS_URL, context=context) as resp:
        return resp.status


def strict_context():
    context = ssl.create_default_context(cafile="/etc/ssl/certs/internal-ca.pem")
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context
