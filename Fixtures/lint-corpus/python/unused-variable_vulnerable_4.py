class ReportService:
    def __init__(self, db):
        self.db = db

    def monthly(self, year, month):
        rows = self.db.query("SELECT day, amount FROM sales WHERE year = ? AND month = ?", (year, month))
        total = sum(r[1] for r in rows)  # expect: unused-variable
        best = max(rows, key=lambda r: r[1], default=None)
        return {"best_day": best[0] if best else None, "days": len(rows)}

    def yearly(self, year):
        start, end = f"{year}-01-01", f"{year}-12-31"
        result = self.db.query("SELECT SUM(amount) FROM sales WHERE day BETWEEN ? AND ?", (start, end))
        average = result[0][0] / 12  # expect: unused-variable
        return result[0][0]
