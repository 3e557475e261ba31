import socket


def scan(host, ports):
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
            if len(open_ports) >= 5:
                break  # expect: return-in-finally
    return open_ports


def first_reply(host, port):
    conn = socket.create_connection((host, port), timeout=2)
    try:
        return conn.recv(1024)
    finally:
        conn.close()
        return b""  # expect: return-in-finally
