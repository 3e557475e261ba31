"""Tiny link shortener on the standard library HTTP server."""
import sqlite3
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DB = sqlite3.connect("links.db", check_same_thread=False)
DESTINATIONS = {
    "docs": "https://docs.example.org/",
    "status": "https://status.example.org/",
    "jobs": "https://example.org/careers",
}


class LinkHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        slug = self.path.strip("/")
        target = DESTINATIONS.get(slug)
        if target is None:
            self.send_error(404, "no such link")
            return
        DB.execute("INSERT INTO hits (slug) VALUES (?)", (slug,))
        DB.commit()
        self.send_response(302)
        self.send_header("Location", target)
        self.end_headers()


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8088), LinkHandler).serve_forever()
