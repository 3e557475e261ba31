import gradio as gr

from .captioner import caption_image

THEME_OVERRIDES = {
    "button_primary_background_fill": "#1f6feb",
    "button_primary_text_color": "white",
    "block_radius": "10px",
    "body_text_size": "15px",
}

EXAMPLES = {
    "harbour.jpg": "Boats at dusk",
    "market.jpg": "A fruit stall",
    "harbour.jpg": "Fishing boats in the harbour",  # expect: duplicate-dict-key
}


def describe(image, style):
    caption = caption_image(image, style=style)
    return caption, EXAMPLES.get(getattr(image, "filename", ""), "")


theme = gr.themes.Soft().set(**THEME_OVERRIDES)
demo = gr.Interface(
    fn=describe,
    inputs=[gr.Image(type="pil"), gr.Radio(["plain", "poetic"], value="plain")],
    outputs=[gr.Textbox(label="Caption"), gr.Textbox(label="Reference")],
    theme=theme,
)

if __name__ == "__main__":
    demo.launch()
