"""A tiny menu for a Tk app: one button per command."""
import tkinter as tk

COMMANDS = ["new", "open", "save", "quit"]


def build_menu(root, run):
    frame = tk.Frame(root)
    for command in COMMANDS:
        button = tk.Button(frame, text=command.title(),
                           command=lambda: run(command))  # expect: loop-variable-closure
        button.pack(side=tk.LEFT)
    return frame


def schedule(jobs, timer):
    for delay, job in jobs:
        def fire():
            job.start(delay)  # expect: loop-variable-closure
        timer.after(delay, fire)
