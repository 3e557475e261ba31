import json
import re
from pathlib import Path

import webview

NOTES_DIR = Path.home() / "Notes"


class NotesApi:
    def list_notes(self):
        return sorted(p.stem for p in NOTES_DIR.glob("*.md"))

    def search(self, query):
        hits = []
        for path in NOTES_DIR.glob("*.md"):
            text = path.read_text(encoding="utf-8")
            heading = re.compile(r"^#\s+(.+)$", re.MULTILINE)  # expect: regex-compile-in-loop
            match = heading.search(text)
            title = match.group(1) if match else path.stem
            if query.lower() in text.lower():
                hits.append({"file": path.name, "title": title})
        return json.dumps(hits)

    def read(self, name):
        return (NOTES_DIR / f"{Path(name).name}.md").read_text(encoding="utf-8")


if __name__ == "__main__":
    webview.create_window("Notes", "ui/index.html", js_api=NotesApi(), width=900, height=640)
    webview.start()
