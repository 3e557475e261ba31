"""MIDI arpeggiator: notes wait in a list until their tick comes."""
import time

import mido


class Arpeggiator:
    def __init__(self, port_name, bpm=120):
        self.port = mido.open_output(port_name)
        self.pending = []
        self.history = []
        self.tick = 60 / bpm / 4

    def hold(self, chord):
        for note in chord:
            self.pending.append(note)

    def urgent(self, note):
        self.pending.insert(0, note)  # expect: list-pop-front

    def remember(self, note):
        self.history.append(note)
        if len(self.history) > 64:
            del self.history[0]  # expect: list-pop-front

    def play(self):
        while self.pending:
            note = self.pending.pop(0)  # expect: list-pop-front
            self.port.send(mido.Message("note_on", note=note, velocity=90))
            time.sleep(self.tick)
            self.port.send(mido.Message("note_off", note=note))
            self.remember(note)
