from fastapi import FastAPI, HTTPException
from lxml import etree

app = FastAPI()
FIELDS = {"email", "phone", "department", "title"}


class UserDirectory:
    def __init__(self, path):
        self.root = etree.parse(path).getroot()

    def field(self, user_id: int, field: str):
        if field not in FIELDS:
            raise ValueError(field)
        expr = f"/users/user[@id='{user_id:d}']/{field}/text()"
        return self.root.xpath(expr)


directory = UserDirectory("/etc/app/users.xml")


@app.get("/directory/{user_id}")
def user_field(user_id: int, field: str = "email"):
    try:
        values = directory.field(user_id, field)
    except ValueError:
        raise HTTPException(status_code=422, detail="unknown field") from None
    if not values:
        raise HTTPException(status_code=404)
    return {"id": user_id, field: values[0]}
