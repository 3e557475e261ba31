import sqlite3


def transfer(conn: sqlite3.Connection, src, dst, amount):
    cur = conn.cursor()
    try:
        cur.execute("UPDATE accounts SET balance = balance - ? WHERE id = ?", (amount, src))
        cur.execute("UPDATE accounts SET balance = balance + ? WHERE id = ?", (amount, dst))
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        cur.close()


def safe_int(text, default=0):
    try:
        return int(text)
    except (TypeError, ValueError):
        return default
