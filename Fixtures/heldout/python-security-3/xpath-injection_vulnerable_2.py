import elementpath
from fastapi import FastAPI, HTTPException
from lxml import etree

app = FastAPI()


class UserDirectory:
    def __init__(self, path):
        self.root = etree.parse(path).getroot()

    def lookup_expr(self, username, field):
        expr = "/users/user[login='" + username + "']"
        expr += "/" + field
        return expr

    def field(self, username, field):
        values = elementpath.select(self.root, self.lookup_expr(username, field))  # expect: xpath-injection
        return [getattr(v, "text", v) for v in values]


directory = UserDirectory("/etc/app/users.xml")


@app.get("/directory/{username}")
def user_field(username: str, field: str = "email"):
    values = directory.field(username, field)
    if not values:
        raise HTTPException(status_code=404)
    return {"user": username, field: values[0]}
