import mysql.connector


class TimesheetExporter:
    def __init__(self, **db):
        self.conn = mysql.connector.connect(**db)

    def project_names(self) -> dict[int, str]:
        cursor = self.conn.cursor()
        cursor.execute("SELECT id, name FROM projects")
        names = dict(cursor.fetchall())
        cursor.close()
        return names

    def export(self, week: str) -> list[dict]:
        cursor = self.conn.cursor(dictionary=True)
        cursor.execute("SELECT employee, project_id, hours FROM entries WHERE iso_week = %s", (week,))
        entries = cursor.fetchall()
        cursor.close()
        names = self.project_names()
        return [
            {"employee": e["employee"], "project": names.get(e["project_id"], "(deleted)"), "hours": e["hours"]}
            for e in entries
        ]
