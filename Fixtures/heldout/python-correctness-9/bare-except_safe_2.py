import json
import os

import sublime
import sublime_plugin

SNIPPET_FILE = "team_snippets.json"


def load_snippets(folder):
    path = os.path.join(folder, SNIPPET_FILE)
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as error:
        print(f"[team-snippets] {path}: {error}")
        return {}


class InsertTeamSnippetCommand(sublime_plugin.TextCommand):
    def run(self, edit, name=None):
        window = self.view.window()
        folders = window.folders() if window else []
        if not folders:
            sublime.status_message("Open a project folder first")
            return
        snippets = load_snippets(folders[0])
        body = snippets.get(name)
        if body is None:
            sublime.status_message(f"No snippet called {name}")
            return
        for region in self.view.sel():
            self.view.replace(edit, region, body)

    def is_enabled(self):
        return self.view.file_name() is not None
