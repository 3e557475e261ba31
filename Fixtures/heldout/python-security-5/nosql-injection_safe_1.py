"""BlackSheep device registry on MongoEngine, filters built from checked strings."""
from blacksheep import Application, Request, json as json_response
from mongoengine import DateTimeField, Document, StringField

app = Application()
STATUSES = {"active", "retired", "repair"}


class Device(Document):
    serial = StringField(required=True, unique=True)
    owner = StringField()
    status = StringField(default="active")
    last_seen = DateTimeField()


@app.router.post("/devices/search")
async def search(request: Request):
    body = await request.json()
    status = body.get("status", "active")
    if status not in STATUSES:
        return json_response({"error": "unknown status"}, status=400)
    devices = Device.objects(status=status).only("serial", "status")
    return json_response([{"serial": d.serial, "status": d.status} for d in devices])


@app.router.get("/devices/by-owner")
async def by_owner(request: Request):
    owner = str(request.query.get("owner", [""])[0])
    devices = Device.objects(owner=owner, status__ne="retired")
    return json_response([d.serial for d in devices])
