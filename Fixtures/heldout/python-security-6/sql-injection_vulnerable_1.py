"""Nameko service over SQL Server (pyodbc) for the timesheet app."""
import os

import pyodbc
from nameko.rpc import rpc


class TimesheetFilter:
    def __init__(self, employee, week, order):
        self.employee = employee
        self.week = week
        self.order = order

    def sql(self):
        clauses = ["employee = '%s'" % self.employee]
        if self.week:
            clauses.append("iso_week = " + str(self.week))
        return "SELECT day, hours FROM timesheets WHERE " + " AND ".join(clauses) + " ORDER BY " + self.order


class TimesheetService:
    name = "timesheets"

    @rpc
    def entries(self, employee, week=None, order="day"):
        with pyodbc.connect(os.environ["TIMESHEET_DSN"]) as conn:
            cursor = conn.cursor()
            cursor.execute(TimesheetFilter(employee, week, order).sql())  # expect: sql-injection
            return [tuple(row) for row in cursor.fetchall()]

    @rpc
    def approve(self, ids):
        with pyodbc.connect(os.environ["TIMESHEET_DSN"]) as conn:
            conn.execute(f"UPDATE timesheets SET approved = 1 WHERE id IN ({','.join(ids)})")  # expect: sql-injection
            conn.commit()
