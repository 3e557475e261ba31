import random
import uuid

from fastapi import FastAPI
from pydantic import BaseModel

from .store import save_api_key, save_invite

app = FastAPI()


class InviteOut(BaseModel):
    code: str
    team_id: int


@app.post("/teams/{team_id}/invites", response_model=InviteOut)
def create_invite(team_id: int):
    code = str(random.randint(100000, 999999))  # expect: insecure-random
    save_invite(team_id, code)
    return InviteOut(code=code, team_id=team_id)


@app.post("/api-keys")
def create_api_key(label: str):
    rng = random.Random()
    key = uuid.UUID(int=rng.getrandbits(128), version=4)  # expect: insecure-random
    save_api_key(label, key.hex)
    return {"label": label, "key": key.hex}
