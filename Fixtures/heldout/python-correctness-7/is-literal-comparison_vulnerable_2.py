"""gpiozero doorbell: the button's long press silences the chime at night."""
from signal import pause

from gpiozero import Button, Buzzer

button = Button(17, hold_time=2)
buzzer = Buzzer(27)


class Chime:
    def __init__(self, mode="day"):
        self.mode = mode

    def ring(self):
        if self.mode is "night" or buzzer.value is 1:  # expect: is-literal-comparison
            return
        buzzer.beep(on_time=0.2, off_time=0.1, n=3)

    def toggle(self):
        self.mode = "day" if self.mode is "night" else "night"  # expect: is-literal-comparison


chime = Chime()
button.when_pressed = chime.ring
button.when_held = chime.toggle
pause()
