import random

from fastapi import FastAPI

from .store import save_invite

app = FastAPI()


@app.post("/groups/{group_id}/invites")
def invite(group_id: int):
    code = "".join(random.choices("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", k=8))  # expect: insecure-random
    save_invite(group_id, code)
    return {"group": group_id}
