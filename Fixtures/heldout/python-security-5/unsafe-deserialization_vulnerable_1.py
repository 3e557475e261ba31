"""BlackSheep endpoints for the notebook service: restore a saved kernel state, import a config."""
import base64

import dill
from blacksheep import Application, Request, json as json_response
from ruamel.yaml import YAML

from .kernels import attach_state, apply_config

app = Application()


def _restore(blob):
    return dill.loads(base64.b64decode(blob))  # expect: unsafe-deserialization


@app.router.post("/kernels/{kernel_id}/restore")
async def restore(request: Request, kernel_id: str):
    body = await request.json()
    state = _restore(body["state"])
    await attach_state(kernel_id, state)
    return json_response({"restored": True})


@app.router.post("/config/import")
async def import_config(request: Request):
    text = (await request.read()).decode("utf-8")
    loader = YAML(typ="unsafe", pure=True)
    config = loader.load(text)  # expect: unsafe-deserialization
    await apply_config(config)
    return json_response({"keys": sorted(config)})
