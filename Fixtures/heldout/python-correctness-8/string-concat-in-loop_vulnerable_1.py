"""Read out the day's agenda with pyttsx3."""
import datetime as dt

import pyttsx3

from .calendar_store import events_on


def agenda_text(day: dt.date) -> str:
    events = events_on(day)
    if not events:
        return "Your calendar is empty today."
    speech = f"You have {len(events)} events today. "
    for event in events:
        speech += f"At {event.start:%H:%M}, {event.title}. "  # expect: string-concat-in-loop
        if event.location:
            speech = speech + f"That is in {event.location}. "  # expect: string-concat-in-loop
    return speech


def read_agenda() -> None:
    engine = pyttsx3.init()
    engine.setProperty("rate", 170)
    engine.say(agenda_text(dt.date.today()))
    engine.runAndWait()


if __name__ == "__main__":
    read_agenda()
