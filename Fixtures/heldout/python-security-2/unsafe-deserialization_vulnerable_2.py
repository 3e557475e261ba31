"""FastAPI model registry: teams upload trained scikit-learn pipelines."""
import pickle

import jsonpickle
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
    model = pickle.load(artifact.file)  # expect: unsafe-deserialization
    REGISTRY[name] = model
    return {"name": name, "type": type(model).__name__}


@app.post("/configs")
def upload_config(cfg: ConfigIn):
    parsed = yaml.unsafe_load(cfg.spec)  # expect: unsafe-deserialization
    return {"name": cfg.name, "keys": sorted(parsed)}


@app.post("/models/{name}/params")
async def set_params(name: str, body: str = File(...)):
    params = jsonpickle.decode(body)  # expect: unsafe-deserialization
    REGISTRY[name].set_params(**params)
    return {"ok": True}
