import socket


def scan(host, ports, limit=5):
    open_ports = []
    for port in ports:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.settimeout(0.5)
        try:
            sock.connect((host, port))
            open_ports.append(port)
        except ConnectionRefusedError:
            continue
        finally:
            sock.close()
        if len(open_ports) >= limit:
            break
    return open_ports


def first_reply(host, port):
    conn = socket.create_connection((host, port), timeout=2)
    try:
        return conn.recv(1024)
    finally:
        def describe():
            return f"closed {host}:{port}"
        conn.close()
        print(describe())
