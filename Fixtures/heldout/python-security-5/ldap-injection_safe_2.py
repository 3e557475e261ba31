"""Azure Function: look up a colleague's manager; the e-mail is checked and escaped."""
import json
import os
import re

import azure.functions as func
from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
SERVER = Server(os.environ["LDAP_HOST"], use_ssl=True, get_info=ALL)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@corp\.example\.com")


@app.route(route="people/manager")
def manager(req: func.HttpRequest) -> func.HttpResponse:
    email = req.params.get("email", "")
    if not EMAIL.fullmatch(email):
        return func.HttpResponse("bad e-mail", status_code=400)
    search_filter = "(&(objectClass=user)(mail=%s))" % escape_filter_chars(email)
    conn = Connection(SERVER, os.environ["LDAP_USER"], os.environ["LDAP_PASSWORD"], auto_bind=True)
    results = conn.extend.standard.paged_search(
        search_base="dc=corp,dc=example,dc=com",
        search_filter=search_filter,
        attributes=["manager"],
        paged_size=50,
        generator=False,
    )
    managers = [r["attributes"]["manager"] for r in results if r.get("type") == "searchResEntry"]
    return func.HttpResponse(json.dumps({"managers": managers}), mimetype="application/json")
