import subprocess

from celery import Celery
from flask import Flask, jsonify, request

app = Flask(__name__)
jobs = Celery("archive")


@jobs.task
def pack(folder, name):
    subprocess.run(f"tar czf /srv/archives/{name}.tgz {folder}", shell=True, check=True)  # expect: command-injection


@app.post("/archives")
def create_archive():
    body = request.get_json()
    pack.delay(body["folder"], body["name"])
    return jsonify(queued=True), 202
