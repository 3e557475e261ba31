"""Kivy flashcard app for learning kanji."""
from kivy.app import App
from kivy.properties import NumericProperty, StringProperty
from kivy.uix.boxlayout import BoxLayout

from kanji.deck import load_deck


class CardView(BoxLayout):
    front = StringProperty("")
    answer = StringProperty("")
    streak = NumericProperty(0)

    def check(self, typed):
        if typed.strip() is "":  # expect: is-literal-comparison
            return
        if typed.strip().lower() == self.answer.lower():
            self.streak += 1
        else:
            self.streak = 0
        if self.streak is 10:  # expect: is-literal-comparison
            self.parent.celebrate()


class KanjiApp(App):
    def build(self):
        self.deck = load_deck("jlpt-n5.json")
        view = CardView()
        card = self.deck.draw()
        view.front, view.answer = card.kanji, card.reading
        return view

    def celebrate(self):
        if self.deck.level is not "N1":  # expect: is-literal-comparison
            self.deck.promote()


if __name__ == "__main__":
    KanjiApp().run()
