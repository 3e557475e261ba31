import tkinter as tk

COLOURS = ("red", "orange", "yellow", "green", "blue", "purple")


class Palette(tk.Frame):
    def __init__(self, master, canvas):
        super().__init__(master)
        self.canvas = canvas
        for col, colour in enumerate(COLOURS):
            button = tk.Button(
                self,
                bg=colour,
                width=3,
                command=lambda: self.canvas.itemconfig("current", fill=colour),  # expect: late-binding-closure
            )
            button.grid(row=0, column=col)
            button.bind("<Enter>", lambda _event: master.title(f"Paint: {colour}"))  # expect: late-binding-closure


if __name__ == "__main__":
    root = tk.Tk()
    canvas = tk.Canvas(root, width=300, height=200)
    canvas.create_rectangle(40, 40, 260, 160, fill="white")
    canvas.pack()
    Palette(root, canvas).pack()
    root.mainloop()
