import gradio as gr


def dedupe_playlist(text: str) -> str:
    tracks = [line.strip() for line in text.splitlines() if line.strip()]
    seen = set()
    unique = []
    for track in tracks:
        key = track.casefold()
        if key not in seen:
            seen.add(key)
            unique.append(track)
    tracks[:] = unique
    return "\n".join(tracks)


demo = gr.Interface(fn=dedupe_playlist, inputs=gr.Textbox(lines=12), outputs=gr.Textbox(lines=12))

if __name__ == "__main__":
    demo.launch()
