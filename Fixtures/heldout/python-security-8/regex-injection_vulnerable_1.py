"""Tkinter log viewer with a highlight box."""
import re
import tkinter as tk
from tkinter import filedialog


class LogViewer(tk.Tk):
    def __init__(self):
        super().__init__()
        self.title("Log viewer")
        self.pattern = tk.StringVar()
        tk.Entry(self, textvariable=self.pattern).pack(fill="x")
        tk.Button(self, text="Open", command=self.open_file).pack()
        tk.Button(self, text="Highlight", command=self.highlight).pack()
        self.text = tk.Text(self)
        self.text.pack(fill="both", expand=True)

    def open_file(self):
        path = filedialog.askopenfilename()
        if path:
            with open(path, encoding="utf-8", errors="replace") as handle:
                self.text.delete("1.0", "end")
                self.text.insert("1.0", handle.read())

    def highlight(self):
        self.text.tag_remove("hit", "1.0", "end")
        content = self.text.get("1.0", "end")
        matcher = re.compile(self.pattern.get(), re.IGNORECASE)  # expect: regex-injection
        for match in matcher.finditer(content):
            self.text.tag_add("hit", f"1.0+{match.start()}c", f"1.0+{match.end()}c")
        self.text.tag_config("hit", background="yellow")


if __name__ == "__main__":
    LogViewer().mainloop()
