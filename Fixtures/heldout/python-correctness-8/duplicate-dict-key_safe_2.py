import gradio as gr

from .captioner import caption_image

EXAMPLES = {
    "harbour.jpg": "Boats at dusk",
    "Harbour.jpg": "Fishing boats in the harbour",
    "market.jpg": "A fruit stall",
}
SIZES = {1: "small", "1": "legacy small", 1.5: "medium"}


def describe(image, size):
    caption = caption_image(image, size=SIZES.get(size, "small"))
    return caption, EXAMPLES.get(getattr(image, "filename", ""), "")


demo = gr.Interface(
    fn=describe,
    inputs=[gr.Image(type="pil"), gr.Number(value=1)],
    outputs=[gr.Textbox(label="Caption"), gr.Textbox(label="Reference")],
)

if __name__ == "__main__":
    demo.launch()
