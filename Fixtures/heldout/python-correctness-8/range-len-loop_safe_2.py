import xlsxwriter

HEADERS = ["Date", "Runner", "Distance (km)", "Time (min)"]


class RunLogWorkbook:
    def __init__(self, path: str):
        self.book = xlsxwriter.Workbook(path)
        self.sheet = self.book.add_worksheet("Runs")

    def write(self, runs: list[tuple]) -> None:
        self.sheet.write_row(0, 0, HEADERS)
        for row, run in enumerate(runs, start=1):
            self.sheet.write_row(row, 0, run)
        for col, header in enumerate(HEADERS):
            self.sheet.set_column(col, col, max(12, len(header) + 2))
        for start in range(0, len(runs), 50):
            self.sheet.set_row(start + 1, None, None, {"level": 1})

    def close(self) -> None:
        self.book.close()
