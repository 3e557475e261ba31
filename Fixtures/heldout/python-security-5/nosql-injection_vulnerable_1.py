"""BlackSheep device registry on MongoEngine."""
from blacksheep import Application, Request, json as json_response
from mongoengine import DateTimeField, Document, StringField

app = Application()


class Device(Document):
    serial = StringField(required=True, unique=True)
    owner = StringField()
    status = StringField(default="active")
    last_seen = DateTimeField()


@app.router.post("/devices/search")
async def search(request: Request):
    body = await request.json()
    filter_doc = body.get("filter", {})
    devices = Device.objects(__raw__=filter_doc).only("serial", "status")  # expect: nosql-injection
    return json_response([{"serial": d.serial, "status": d.status} for d in devices])


@app.router.get("/devices/by-owner")
async def by_owner(request: Request):
    owner = request.query.get("owner", [""])[0]
    predicate = "this.owner == '" + owner + "' && this.status != 'retired'"
    devices = Device.objects(__raw__={"$where": predicate})  # expect: nosql-injection
    return json_response([d.serial for d in devices])
