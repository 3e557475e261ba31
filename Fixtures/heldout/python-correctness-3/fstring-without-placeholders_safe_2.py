import re
import sqlite3


def search_titles(db_path, word, limit=20):
    pattern = rf"\b{re.escape(word)}\b"
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT title FROM articles WHERE title LIKE ? ORDER BY published DESC LIMIT ?",
            (f"%{word}%", limit),
        ).fetchall()
    finally:
        conn.close()
    return [title for (title,) in rows if re.search(pattern, title, re.IGNORECASE)]


def banner(title):
    return (
        f"=== {title.upper()} ===\n"
        "results are ordered by date"
    )
