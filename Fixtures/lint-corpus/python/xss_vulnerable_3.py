from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/profile", response_class=HTMLResponse)
def profile(username: str):
    rows = ["<li>" + part + "</li>" for part in username.split(",")]
    page = "<ul>" + "".join(rows) + "</ul>"
    return HTMLResponse(content=page)  # expect: xss
