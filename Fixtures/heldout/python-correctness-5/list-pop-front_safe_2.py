"""MIDI arpeggiator: notes wait in a deque until their tick comes."""
import time
from collections import deque

import mido


class Arpeggiator:
    def __init__(self, port_name, bpm=120):
        self.port = mido.open_output(port_name)
        self.pending = deque()
        self.history = deque(maxlen=64)
        self.velocities = {}
        self.tick = 60 / bpm / 4

    def hold(self, chord, velocity=90):
        for note in chord:
            self.pending.append(note)
            self.velocities[note] = velocity

    def urgent(self, note):
        self.pending.appendleft(note)

    def play(self):
        while self.pending:
            note = self.pending.popleft()
            velocity = self.velocities.pop(note, 90)
            self.port.send(mido.Message("note_on", note=note, velocity=velocity))
            time.sleep(self.tick)
            self.port.send(mido.Message("note_off", note=note))
            self.history.append(note)
