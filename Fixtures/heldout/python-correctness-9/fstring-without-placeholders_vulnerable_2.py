from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

OPENING_HOURS = {"mon": "9-17", "tue": "9-17", "wed": "9-20", "thu": "9-17", "fri": "9-15"}


class ActionOpeningHours(Action):
    def name(self) -> Text:
        return "action_opening_hours"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        day = tracker.get_slot("weekday")
        if not day:
            dispatcher.utter_message(text=f"Which day would you like to visit?")  # expect: fstring-without-placeholders
            return []
        hours = OPENING_HOURS.get(day[:3].lower())
        if hours is None:
            dispatcher.utter_message(text=f"We are closed at weekends.")  # expect: fstring-without-placeholders
            return [SlotSet("weekday", None)]
        dispatcher.utter_message(text=f"On {day} we are open {hours}.")
        return [SlotSet("last_hours", hours)]
