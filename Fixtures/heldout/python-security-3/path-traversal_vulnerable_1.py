import os

from flask import Flask, request, send_file

app = Flask(__name__)
app.config["ATTACHMENTS"] = "/var/lib/helpdesk/attachments"


def attachment_path(ticket, filename):
    root = app.config["ATTACHMENTS"]
    return os.path.join(root, ticket, filename)


@app.get("/tickets/<ticket>/files/<path:filename>")
def download(ticket, filename):
    path = attachment_path(ticket, filename)
    return send_file(path, as_attachment=True)  # expect: path-traversal


@app.post("/tickets/<ticket>/files/delete")
def delete(ticket):
    name = request.form["name"]
    target = attachment_path(ticket, name)
    os.remove(target)  # expect: path-traversal
    return {"removed": name}
