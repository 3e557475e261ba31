"""Tkinter exercise: one button per colour that repaints the canvas."""
import tkinter as tk

COLOURS = ["red", "green", "blue", "orange"]


def build(root, canvas):
    for colour in COLOURS:
        button = tk.Button(root, text=colour.title(),
                           command=lambda: canvas.configure(bg=colour))  # expect: late-binding-closure
        button.pack(side=tk.LEFT)


def make_scalers():
    return [lambda x: x * factor for factor in range(1, 5)]  # expect: late-binding-closure


def main():
    root = tk.Tk()
    canvas = tk.Canvas(root, width=200, height=100)
    canvas.pack()
    build(root, canvas)
    print([scale(10) for scale in make_scalers()])
    root.mainloop()


if __name__ == "__main__":
    main()
