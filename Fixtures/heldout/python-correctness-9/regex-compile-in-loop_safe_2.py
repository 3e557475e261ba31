import json
import re
from pathlib import Path

import webview

NOTES_DIR = Path.home() / "Notes"
HEADING = re.compile(r"^#\s+(.+)$", re.MULTILINE)


class NotesApi:
    def list_notes(self):
        return sorted(p.stem for p in NOTES_DIR.glob("*.md"))

    def search(self, query):
        hits = []
        needle = re.compile(re.escape(query), re.IGNORECASE)
        for path in NOTES_DIR.glob("*.md"):
            text = path.read_text(encoding="utf-8")
            match = HEADING.search(text)
            title = match.group(1) if match else path.stem
            if needle.search(text):
                hits.append({"file": path.name, "title": title})
        return json.dumps(hits)

    def read(self, name):
        return (NOTES_DIR / f"{Path(name).name}.md").read_text(encoding="utf-8")


if __name__ == "__main__":
    webview.create_window("Notes", "ui/index.html", js_api=NotesApi(), width=900, height=640)
    webview.start()
