"""BlackSheep config import with ruamel's safe loader and JSON kernel state."""
import json

from blacksheep import Application, Request, json as json_response
from ruamel.yaml import YAML

from .kernels import attach_state, apply_config

app = Application()
STATE_KEYS = {"cells", "variables", "cursor"}


@app.router.post("/kernels/{kernel_id}/restore")
async def restore(request: Request, kernel_id: str):
    body = await request.json()
    state = json.loads(body["state"])
    if not isinstance(state, dict) or not set(state) <= STATE_KEYS:
        return json_response({"error": "bad state"}, status=400)
    await attach_state(kernel_id, state)
    return json_response({"restored": True})


@app.router.post("/config/import")
async def import_config(request: Request):
    text = (await request.read()).decode("utf-8")
    config = YAML(typ="safe").load(text)
    if not isinstance(config, dict):
        return json_response({"error": "expected a mapping"}, status=400)
    await apply_config(config)
    return json_response({"keys": sorted(config)})
