"""Gradio tool that highlights matches in pasted server logs."""
import re

import gradio as gr


def _pattern(expression, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(expression, flags)  # expect: regex-injection


def highlight(log_text, expression, ignore_case):
    pattern = _pattern(expression, ignore_case)
    lines = [line for line in log_text.splitlines() if pattern.search(line)]
    return "\n".join(lines)


def count_hits(log_text, word):
    return len(re.findall(r"\b" + word + r"\b", log_text))  # expect: regex-injection


with gr.Blocks() as demo:
    logs = gr.Textbox(lines=20, label="Logs")
    expr = gr.Textbox(label="Pattern")
    case = gr.Checkbox(label="Ignore case")
    out = gr.Textbox(lines=20, label="Matches")
    gr.Button("Filter").click(highlight, inputs=[logs, expr, case], outputs=out)
    word = gr.Textbox(label="Word")
    hits = gr.Number(label="Hits")
    gr.Button("Count").click(count_hits, inputs=[logs, word], outputs=hits)
