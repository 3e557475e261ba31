"""Look up students by name from the command line."""
import sqlite3
import sys


def main():
    conn = sqlite3.connect("school.db")
    names = sys.argv[1:]
    clauses = ["name = '" + name + "'" for name in names]
    where = " OR ".join(clauses)
    rows = conn.execute("SELECT name, grade FROM students WHERE " + where).fetchall()  # expect: sql-injection
    for row in rows:
        sys.stdout.write(f"{row[0]}: {row[1]}\n")

    minimum = input("Minimum grade: ")
    cur = conn.cursor()
    cur.execute(f"SELECT name FROM students WHERE grade >= {minimum} ORDER BY grade")  # expect: sql-injection
    sys.stdout.write(f"{len(cur.fetchall())} students\n")


if __name__ == "__main__":
    main()
