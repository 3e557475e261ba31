"""python-statemachine model of a parcel locker door."""
from statemachine import State, StateMachine


class LockerDoor(StateMachine):
    closed = State(initial=True)
    opened = State()
    jammed = State()

    unlock = closed.to(opened)
    shut = opened.to(closed)
    fail = opened.to(jammed) | closed.to(jammed)

    def __init__(self, locker_id):
        self.locker_id = locker_id
        self.failures = 0
        super().__init__()

    def on_enter_closed(self):
        self.failures == 0  # expect: useless-comparison

    def on_enter_jammed(self):
        self.failures += 1
        self.failures > 3  # expect: useless-comparison
