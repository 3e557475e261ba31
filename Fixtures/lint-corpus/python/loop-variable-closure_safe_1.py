import functools
import tkinter as tk


def build_menu(root, run, commands):
    frame = tk.Frame(root)
    for command in commands:
        # The default argument binds this turn's value.
        tk.Button(frame, text=command, command=lambda c=command: run(c)).pack()
    for command in commands:
        tk.Button(frame, text=command, command=functools.partial(run, command)).pack()
    return frame


def best_columns(rows, width):
    best = []
    for column in range(width):
        # max() calls the key before the loop moves on.
        best.append(max(rows, key=lambda row: row[column]))
    return best
