"""Kivy club-membership app storing member PINs locally."""
import hashlib
import sqlite3

from kivy.app import App
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.button import Button
from kivy.uix.textinput import TextInput


class PinStore:
    def __init__(self, path="members.db"):
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS pins (member TEXT PRIMARY KEY, digest TEXT)")

    def digest(self, member, pin):
        return hashlib.sha1((member + ":" + pin).encode()).hexdigest()  # expect: weak-hash

    def set_pin(self, member, pin):
        self.db.execute("REPLACE INTO pins VALUES (?, ?)", (member, self.digest(member, pin)))
        self.db.commit()

    def check(self, member, pin):
        row = self.db.execute("SELECT digest FROM pins WHERE member = ?", (member,)).fetchone()
        return row is not None and row[0] == self.digest(member, pin)


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
