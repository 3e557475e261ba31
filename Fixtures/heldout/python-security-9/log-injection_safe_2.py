import re
import socketserver
import syslog

from .kiosk import verify_badge

BADGE = re.compile(r"[0-9A-F]{8}")
DOOR = re.compile(r"[a-z0-9-]{1,24}")


class BadgeHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode("utf-8", "replace").rstrip("\r\n")
        badge, _, door = line.partition(" ")
        if not BADGE.fullmatch(badge) or not DOOR.fullmatch(door):
            syslog.syslog(syslog.LOG_WARNING, "malformed badge request")
            self.wfile.write(b"DENY\n")
            return
        if verify_badge(badge, door):
            self.wfile.write(b"OPEN\n")
            return
        syslog.syslog(syslog.LOG_WARNING, "door " + door + " refused badge " + badge)
        self.wfile.write(b"DENY\n")


if __name__ == "__main__":
    syslog.openlog("badge-gate", syslog.LOG_PID, syslog.LOG_AUTH)
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7401), BadgeHandler) as server:
        server.serve_forever()
