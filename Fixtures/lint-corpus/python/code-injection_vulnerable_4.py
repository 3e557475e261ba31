from fastapi import FastAPI, Request

app = FastAPI()
ROWS = [{"id": 1, "price": 10}, {"id": 2, "price": 25}]


@app.get("/format")
def render_label(template: str, value: float):
    return {"text": eval(f'f"{template}"', {"value": value})}  # expect: code-injection


@app.post("/filters")
async def apply_filter(request: Request):
    form = await request.form()
    check = compile(form["filter"], "<filter>", "eval")  # expect: code-injection
    return {"ids": [row["id"] for row in ROWS if check.co_argcount == 0 and row]}
