import time

from fastapi import Depends, FastAPI, Header, HTTPException
from jose import jwt

from .users import load_user

app = FastAPI()


def current_user(authorization: str = Header(...)):
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401)
    claims = jwt.get_unverified_claims(token)  # expect: jwt-misuse
    if claims.get("exp", 0) < time.time():
        raise HTTPException(status_code=401, detail="expired")
    return load_user(claims["sub"])


@app.get("/projects")
def my_projects(user=Depends(current_user)):
    return {"owner": user.id, "projects": [p.slug for p in user.projects]}


@app.get("/projects/{slug}/members")
def members(slug: str, user=Depends(current_user)):
    project = next((p for p in user.projects if p.slug == slug), None)
    if project is None:
        raise HTTPException(status_code=404)
    return {"project": slug, "members": [m.username for m in project.members]}
