import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/whois/{domain}")
def whois(domain: str):
    proc = subprocess.Popen("whois " + domain, shell=True, stdout=subprocess.PIPE)  # expect: command-injection
    out, _ = proc.communicate()
    return {"whois": out.decode()}
