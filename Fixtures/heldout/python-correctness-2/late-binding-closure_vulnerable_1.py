import tkinter as tk


def build_keypad(root, display):
    for digit in range(10):
        button = tk.Button(
            root,
            text=str(digit),
            command=lambda: display.insert(tk.END, str(digit)),  # expect: late-binding-closure
        )
        button.grid(row=digit // 3, column=digit % 3)
    for op in "+-*/":
        tk.Button(root, text=op, command=lambda: display.insert(tk.END, op)).grid(column=4)  # expect: late-binding-closure


if __name__ == "__main__":
    window = tk.Tk()
    entry = tk.Entry(window)
    entry.grid(row=5, columnspan=5)
    build_keypad(window, entry)
    window.mainloop()
