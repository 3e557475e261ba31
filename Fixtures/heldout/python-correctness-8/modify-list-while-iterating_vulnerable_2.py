import gradio as gr


def dedupe_playlist(text: str) -> str:
    tracks = [line.strip() for line in text.splitlines() if line.strip()]
    seen = set()
    for track in tracks:
        key = track.casefold()
        if key in seen:
            tracks.remove(track)  # expect: modify-list-while-iterating
        else:
            seen.add(key)
    return "\n".join(tracks)


demo = gr.Interface(
    fn=dedupe_playlist,
    inputs=gr.Textbox(lines=12, label="Playlist, one track per line"),
    outputs=gr.Textbox(lines=12, label="Without duplicates"),
)

if __name__ == "__main__":
    demo.launch()
