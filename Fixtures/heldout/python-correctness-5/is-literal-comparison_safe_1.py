"""Kivy flashcard app for learning hiragana."""
from enum import Enum

from kivy.app import App
from kivy.properties import NumericProperty, StringProperty
from kivy.uix.boxlayout import BoxLayout

from kana.deck import load_deck

MISSING = object()


class Level(Enum):
    BEGINNER = "beginner"
    FLUENT = "fluent"


class CardView(BoxLayout):
    front = StringProperty("")
    answer = StringProperty("")
    streak = NumericProperty(0)

    def check(self, typed, hint=MISSING):
        if typed.strip() == "":
            return
        if hint is not MISSING:
            self.front = hint
        self.streak = self.streak + 1 if typed.strip() == self.answer else 0
        if self.streak == 10 and self.parent.level is Level.BEGINNER:
            self.parent.promote()


class KanaApp(App):
    level = Level.BEGINNER

    def build(self):
        deck = load_deck("hiragana.json")
        view = CardView()
        card = deck.draw()
        view.front, view.answer = card.kana, card.romaji
        return view

    def promote(self):
        if type(self.level) is Level and self.level is not Level.FLUENT:
            self.level = Level.FLUENT
