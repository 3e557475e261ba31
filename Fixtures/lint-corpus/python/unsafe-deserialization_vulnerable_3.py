import jsonpickle
import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/import")
async def import_items(request: Request):
    body = await request.body()
    items = yaml.load(body, Loader=yaml.UnsafeLoader)  # expect: unsafe-deserialization
    return {"count": len(items)}


@app.post("/restore")
async def restore(request: Request):
    payload = (await request.body()).decode()
    state = jsonpickle.decode(payload)  # expect: unsafe-deserialization
    return {"restored": bool(state)}
