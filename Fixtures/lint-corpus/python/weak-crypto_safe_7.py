"""The same client with the library's defaults and a TLS 1.2 floor."""
import socket
import ssl


def modern_context():
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_default_certs()
    return context


def connect(host):
    raw = socket.create_connection((host, 443))
    return modern_context().wrap_socket(raw, server_hostname=host)
