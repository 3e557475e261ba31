"""pyautogui macro that files the daily timesheet in the legacy desktop app."""
import datetime
import sys
import time

import pyautogui

pyautogui.PAUSE = 0.4


def file_timesheet(today):
    if today.weekday() >= 5:
        return False
    window = pyautogui.locateOnScreen("timesheet_icon.png", confidence=0.8)
    pyautogui.click(pyautogui.center(window))
    time.sleep(2)
    pyautogui.write(today.strftime("%d/%m/%Y"))
    pyautogui.press("tab")
    pyautogui.write("7.5")
    pyautogui.hotkey("ctrl", "s")
    return True


if __name__ == "__main__":
    sys.exit(0 if file_timesheet(datetime.date.today()) else 1)
