import functools
import tkinter as tk


def build_keypad(root, display):
    for digit in range(10):
        tk.Button(
            root,
            text=str(digit),
            command=lambda d=digit: display.insert(tk.END, str(d)),
        ).grid(row=digit // 3, column=digit % 3)
    for op in "+-*/":
        tk.Button(root, text=op, command=functools.partial(display.insert, tk.END, op)).grid(column=4)


def sort_columns(rows, columns):
    views = {}
    for col in columns:
        views[col] = sorted(rows, key=lambda row: row[col])
    return views
