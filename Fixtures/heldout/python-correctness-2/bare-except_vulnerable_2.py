import sqlite3
import time


def run_with_retry(conn, sql, params=(), attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            cur = conn.execute(sql, params)
            conn.commit()
            return cur.rowcount
        except:  # expect: bare-except
            time.sleep(0.2 * attempt)
            continue
    return -1


def main():
    conn = sqlite3.connect("library.db")
    changed = run_with_retry(conn, "UPDATE loans SET returned = 1 WHERE due < date('now')")
    print(f"{changed} loans closed")
    conn.close()


if __name__ == "__main__":
    main()
