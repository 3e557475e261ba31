"""Nameko service over SQL Server (pyodbc) for the timesheet app."""
import os

import pyodbc
from nameko.rpc import rpc

ORDERS = {"day": "day", "hours": "hours DESC"}


class TimesheetService:
    name = "timesheets"

    @rpc
    def entries(self, employee, week=None, order="day"):
        sql = "SELECT day, hours FROM timesheets WHERE employee = ?"
        params = [employee]
        if week:
            sql += " AND iso_week = ?"
            params.append(int(week))
        sql += f" ORDER BY {ORDERS.get(order, 'day')}"
        with pyodbc.connect(os.environ["TIMESHEET_DSN"]) as conn:
            cursor = conn.cursor()
            cursor.execute(sql, params)
            return [tuple(row) for row in cursor.fetchall()]

    @rpc
    def approve(self, ids):
        numbers = [int(i) for i in ids]
        marks = ",".join("?" for _ in numbers)
        with pyodbc.connect(os.environ["TIMESHEET_DSN"]) as conn:
            conn.execute(f"UPDATE timesheets SET approved = 1 WHERE id IN ({marks})", numbers)
            conn.commit()
