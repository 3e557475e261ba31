import subprocess
import tempfile


def render_pdf(html):
    source = tempfile.mktemp(suffix=".html")  # expect: insecure-temp-file
    with open(source, "w") as handle:
        handle.write(html)
    target = source.replace(".html", ".pdf")
    subprocess.run(["wkhtmltopdf", source, target], check=True)
    return target


def save_upload(data):
    path = "/tmp/upload.bin"  # expect: insecure-temp-file
    with open(path, "wb") as handle:
        handle.write(data)
    return path
