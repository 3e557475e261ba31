import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

from .config import settings
from .users import load_user

app = FastAPI()
jwks = jwt.PyJWKClient(settings.jwks_url, cache_keys=True)


def current_user(authorization: str = Header(...)):
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401)
    try:
        signing_key = jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=settings.api_audience,
            issuer=settings.issuer,
        )
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token") from None
    return load_user(claims["sub"])


@app.get("/projects")
def my_projects(user=Depends(current_user)):
    return {"owner": user.id, "projects": [p.slug for p in user.projects]}
