"""Read out the day's agenda with pyttsx3."""
import datetime as dt

import pyttsx3

from .calendar_store import events_on


def agenda_text(day: dt.date) -> str:
    events = events_on(day)
    if not events:
        return "Your calendar is empty today."
    parts = [f"You have {len(events)} events today."]
    for event in events:
        parts.append(f"At {event.start:%H:%M}, {event.title}.")
        if event.location:
            parts.append(f"That is in {event.location}.")
    return " ".join(parts)


def read_agenda() -> None:
    engine = pyttsx3.init()
    engine.say(agenda_text(dt.date.today()))
    engine.runAndWait()
