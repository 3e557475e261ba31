import xlsxwriter

HEADERS = ["Date", "Runner", "Distance (km)", "Time (min)"]


class RunLogWorkbook:
    def __init__(self, path: str):
        self.book = xlsxwriter.Workbook(path)
        self.sheet = self.book.add_worksheet("Runs")
        self.bold = self.book.add_format({"bold": True})

    def write(self, runs: list[tuple]) -> None:
        self.sheet.write_row(0, 0, HEADERS, self.bold)
        for row in range(len(runs)):  # expect: range-len-loop
            self.sheet.write_row(row + 1, 0, runs[row])
        for col in range(0, len(HEADERS)):  # expect: range-len-loop
            self.sheet.set_column(col, col, max(12, len(HEADERS[col]) + 2))

    def close(self) -> None:
        self.book.close()
