"""A client for an old appliance, pinned to protocol versions that are broken."""
import socket
import ssl


def legacy_context():
    context = ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # expect: weak-crypto
    return context


def tolerant_context():
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_1  # expect: weak-crypto
    return context


def connect(host):
    raw = socket.create_connection((host, 443))
    return tolerant_context().wrap_socket(raw, server_hostname=host)
