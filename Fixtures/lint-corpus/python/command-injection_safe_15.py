import subprocess

from celery import Celery
from flask import Flask, jsonify, request

app = Flask(__name__)
jobs = Celery("archive")


@jobs.task
def pack(folder, name):
    subprocess.run(["tar", "czf", f"/srv/archives/{name}.tgz", folder], check=True)


@app.post("/archives")
def create_archive():
    body = request.get_json()
    pack.delay(body["folder"], body["name"])
    return jsonify(queued=True), 202
