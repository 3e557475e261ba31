"""gspread: copy quiz scores from a Google Form sheet to the grade sheet."""
import gspread


class GradeSync:
    def __init__(self, key_file, form_sheet, grade_sheet):
        client = gspread.service_account(filename=key_file)
        self.form = client.open(form_sheet).sheet1
        self.grades = client.open(grade_sheet).worksheet("Quiz 3")

    def sync(self):
        rows = self.form.get_all_records()
        updates = [[row["Email"], row["Score"]] for row in rows]
        self.grades.update("A2", updates)
        return len(updates)

    def moving_average(self, scores, window=3):
        return [sum(scores[i:i + window]) / window for i in range(len(scores) - window + 1)]
