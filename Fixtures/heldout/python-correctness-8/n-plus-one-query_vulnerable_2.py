import mysql.connector


class TimesheetExporter:
    def __init__(self, **db):
        self.conn = mysql.connector.connect(**db)

    def project_name(self, project_id: int) -> str:
        cursor = self.conn.cursor()
        cursor.execute("SELECT name FROM projects WHERE id = %s", (project_id,))  # expect: n-plus-one-query
        row = cursor.fetchone()
        cursor.close()
        return row[0] if row else "(deleted)"

    def export(self, week: str) -> list[dict]:
        cursor = self.conn.cursor(dictionary=True)
        cursor.execute("SELECT employee, project_id, hours FROM entries WHERE iso_week = %s", (week,))
        entries = cursor.fetchall()
        cursor.close()
        return [
            {"employee": e["employee"], "project": self.project_name(e["project_id"]), "hours": e["hours"]}
            for e in entries
        ]
