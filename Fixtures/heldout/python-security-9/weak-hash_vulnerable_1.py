import hashlib
import sqlite3
import sys

from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QMessageBox, QPushButton, QWidget

DB = sqlite3.connect("clinic.db")


def password_digest(password: str) -> str:
    return hashlib.sha1(password.encode("utf-8")).hexdigest()  # expect: weak-hash


class LoginWindow(QWidget):
    def __init__(self):
        super().__init__()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        button = QPushButton("Sign in")
        layout = QFormLayout(self)
        layout.addRow("User", self.user)
        layout.addRow("Password", self.password)
        layout.addRow(button)
        button.clicked.connect(self.sign_in)

    def sign_in(self):
        row = DB.execute("SELECT digest FROM staff WHERE login = ?", (self.user.text(),)).fetchone()
        if row is None or row[0] != password_digest(self.password.text()):
            QMessageBox.warning(self, "Sign in", "Wrong user or password")
            return
        QMessageBox.information(self, "Sign in", "Welcome")


if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = LoginWindow()
    window.show()
    sys.exit(app.exec())
