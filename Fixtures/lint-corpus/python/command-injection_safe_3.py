import shlex
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/whois/{domain}")
def whois(domain: str):
    command = "whois " + shlex.quote(domain)
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE)
    out, _ = proc.communicate()
    return {"whois": out.decode()}


@app.get("/uptime")
def uptime():
    out = subprocess.check_output("uptime -p", shell=True)
    return {"uptime": out.decode().strip()}
