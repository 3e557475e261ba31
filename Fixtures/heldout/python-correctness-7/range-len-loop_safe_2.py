"""PyQt6 table of the print jobs waiting at the copy shop."""
from PyQt6.QtWidgets import QTableWidget, QTableWidgetItem


class JobTable(QTableWidget):
    def __init__(self, jobs, parent=None):
        super().__init__(len(jobs), 3, parent)
        self.setHorizontalHeaderLabels(["customer", "pages", "colour"])
        self.jobs = jobs
        self.fill()

    def fill(self):
        for row, job in enumerate(self.jobs):
            self.setItem(row, 0, QTableWidgetItem(job.customer))
            self.setItem(row, 1, QTableWidgetItem(str(job.pages)))
            self.setItem(row, 2, QTableWidgetItem("yes" if job.colour else "no"))
