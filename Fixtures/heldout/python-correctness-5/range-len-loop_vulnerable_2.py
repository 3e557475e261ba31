"""gspread: copy quiz scores from a Google Form sheet to the grade sheet."""
import gspread


class GradeSync:
    def __init__(self, key_file, form_sheet, grade_sheet):
        client = gspread.service_account(filename=key_file)
        self.form = client.open(form_sheet).sheet1
        self.grades = client.open(grade_sheet).worksheet("Quiz 3")

    def rows(self):
        return self.form.get_all_records()

    def sync(self):
        rows = self.rows()
        updates = []
        for n in range(len(rows)):  # expect: range-len-loop
            updates.append([rows[n]["Email"], rows[n]["Score"]])
        self.grades.update("A2", updates)
        return len(updates)
