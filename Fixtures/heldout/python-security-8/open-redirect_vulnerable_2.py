"""Tiny link shortener on the standard library HTTP server."""
import sqlite3
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DB = sqlite3.connect("links.db", check_same_thread=False)


def target_for(slug):
    row = DB.execute("SELECT target FROM links WHERE slug = ?", (slug,)).fetchone()
    return row[0] if row else None


class LinkHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        slug = self.path.strip("/")
        target = target_for(slug)
        if target is None:
            self.send_error(404, "no such link")
            return
        DB.execute("UPDATE links SET hits = hits + 1 WHERE slug = ?", (slug,))
        DB.commit()
        self.send_response(302)
        self.send_header("Location", target)  # expect: open-redirect
        self.end_headers()


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8088), LinkHandler).serve_forever()
