"""Gradio tool that highlights lines containing pasted text in server logs."""
import re

import gradio as gr


def _pattern(text, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(re.escape(text), flags)


def highlight(log_text, text, ignore_case):
    pattern = _pattern(text, ignore_case)
    lines = [line for line in log_text.splitlines() if pattern.search(line)]
    return "\n".join(lines)


def count_hits(log_text, word):
    return log_text.split().count(word)


with gr.Blocks() as demo:
    logs = gr.Textbox(lines=20, label="Logs")
    expr = gr.Textbox(label="Text")
    case = gr.Checkbox(label="Ignore case")
    out = gr.Textbox(lines=20, label="Matches")
    gr.Button("Filter").click(highlight, inputs=[logs, expr, case], outputs=out)
    word = gr.Textbox(label="Word")
    hits = gr.Number(label="Hits")
    gr.Button("Count").click(count_hits, inputs=[logs, word], outputs=hits)
