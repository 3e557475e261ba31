import tkinter as tk
from functools import partial

SIZES = (8, 12, 16, 24)


class FontPicker(tk.Frame):
    def __init__(self, master, label):
        super().__init__(master)
        self.label = label
        for col, size in enumerate(SIZES):
            tk.Button(self, text=str(size), command=partial(self.set_size, size)).grid(row=0, column=col)
            tk.Button(self, text=f"{size}b", command=lambda s=size: self.set_size(s, bold=True)).grid(row=1, column=col)

    def set_size(self, size, bold=False):
        weight = "bold" if bold else "normal"
        self.label.config(font=("Helvetica", size, weight))


if __name__ == "__main__":
    root = tk.Tk()
    sample = tk.Label(root, text="The quick brown fox")
    sample.pack()
    FontPicker(root, sample).pack()
    root.mainloop()
