"""Kivy club-membership app storing member PINs locally."""
import hashlib
import hmac
import os
import sqlite3

from kivy.app import App
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.button import Button
from kivy.uix.textinput import TextInput


class PinStore:
    def __init__(self, path="members.db"):
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS pins (member TEXT PRIMARY KEY, salt BLOB, digest BLOB)")

    def digest(self, pin, salt):
        return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 600_000)

    def set_pin(self, member, pin):
        salt = os.urandom(16)
        self.db.execute("REPLACE INTO pins VALUES (?, ?, ?)", (member, salt, self.digest(pin, salt)))
        self.db.commit()

    def check(self, member, pin):
        row = self.db.execute("SELECT salt, digest FROM pins WHERE member = ?", (member,)).fetchone()
        return row is not None and hmac.compare_digest(row[1], self.digest(pin, row[0]))


class CheckInApp(App):
    def build(self):
        self.store = PinStore()
        layout = BoxLayout(orientation="vertical")
        self.member = TextInput(hint_text="member number")
        self.pin = TextInput(hint_text="PIN", password=True)
        button = Button(text="Check in")
        button.bind(on_press=lambda _: self.check_in())
        for widget in (self.member, self.pin, button):
            layout.add_widget(widget)
        return layout

    def check_in(self):
        self.pin.text = "" if self.store.check(self.member.text, self.pin.text) else self.pin.text


if __name__ == "__main__":
    CheckInApp().run()
