import socketserver
import syslog

from .kiosk import verify_badge


class BadgeHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode("utf-8", "replace").rstrip("\r\n")
        badge, _, door = line.partition(" ")
        if verify_badge(badge, door):
            self.wfile.write(b"OPEN\n")
            return
        message = "door " + door + " refused badge " + badge
        syslog.syslog(syslog.LOG_WARNING, message)  # expect: log-injection
        self.wfile.write(b"DENY\n")


if __name__ == "__main__":
    syslog.openlog("badge-gate", syslog.LOG_PID, syslog.LOG_AUTH)
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7401), BadgeHandler) as server:
        server.serve_forever()
