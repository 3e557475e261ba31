"""Report helpers: the SQL text is built only from constants and numbers."""
import sqlite3
import sys

COLUMNS = ("name", "grade", "year")


def main():
    conn = sqlite3.connect("school.db")
    year = int(sys.argv[1])
    column_list = ", ".join(COLUMNS)
    query = "SELECT " + column_list + " FROM students WHERE year = " + str(year)
    rows = conn.execute(query).fetchall()
    placeholders = ", ".join("?" for _ in sys.argv[2:])
    picked = conn.execute(f"SELECT name FROM students WHERE name IN ({placeholders})", sys.argv[2:]).fetchall()
    sys.stdout.write(f"{len(rows)} students, {len(picked)} picked\n")


if __name__ == "__main__":
    main()
