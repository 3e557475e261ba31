"""Tkinter exercise (model answer): bind the loop value when the callback is created."""
import functools
import tkinter as tk

COLOURS = ["red", "green", "blue", "orange"]


def build(root, canvas):
    for colour in COLOURS:
        button = tk.Button(root, text=colour.title(),
                           command=lambda c=colour: canvas.configure(bg=c))
        button.pack(side=tk.LEFT)


def build_partial(root, canvas):
    for colour in COLOURS:
        tk.Button(root, text=colour, command=functools.partial(canvas.configure, bg=colour)).pack()


def make_scalers():
    return [functools.partial(lambda factor, x: x * factor, factor) for factor in range(1, 5)]


def main():
    root = tk.Tk()
    canvas = tk.Canvas(root, width=200, height=100)
    canvas.pack()
    build(root, canvas)
    build_partial(root, canvas)
    print([scale(10) for scale in make_scalers()])
    root.mainloop()


if __name__ == "__main__":
    main()
