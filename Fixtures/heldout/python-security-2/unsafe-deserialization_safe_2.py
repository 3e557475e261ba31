"""FastAPI model registry: models exported as ONNX, configs as JSON/YAML."""
import json
import pickle

import onnx
import yaml
from fastapi import FastAPI, File, UploadFile
from pydantic import BaseModel

app = FastAPI()
REGISTRY: dict[str, object] = {}


class ConfigIn(BaseModel):
    name: str
    spec: str


@app.post("/models/{name}")
async def upload_model(name: str, artifact: UploadFile = File(...)):
    model = onnx.load_model_from_string(await artifact.read())
    onnx.checker.check_model(model)
    REGISTRY[name] = model
    return {"name": name, "inputs": [i.name for i in model.graph.input]}


@app.post("/configs")
def upload_config(cfg: ConfigIn):
    parsed = yaml.load(cfg.spec, Loader=yaml.SafeLoader)
    return {"name": cfg.name, "keys": sorted(parsed)}


@app.post("/models/{name}/params")
async def set_params(name: str, body: str = File(...)):
    params = json.loads(body)
    return {"name": name, "params": sorted(params)}


def snapshot(path: str) -> None:
    with open(path, "wb") as fh:
        pickle.dump(sorted(REGISTRY), fh)
