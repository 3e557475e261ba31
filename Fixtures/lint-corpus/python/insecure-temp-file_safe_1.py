import os
import subprocess
import tempfile


def render_pdf(html):
    fd, source = tempfile.mkstemp(suffix=".html")
    with os.fdopen(fd, "w") as handle:
        handle.write(html)
    target = source.replace(".html", ".pdf")
    subprocess.run(["wkhtmltopdf", source, target], check=True)
    os.unlink(source)
    return target


def save_upload(data):
    with tempfile.NamedTemporaryFile(delete=False, suffix=".bin") as handle:
        handle.write(data)
        return handle.name
