"""Azure Function: look up a colleague's manager by e-mail (ldap3 paged search)."""
import json
import os

import azure.functions as func
from ldap3 import ALL, Connection, Server

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
SERVER = Server(os.environ["LDAP_HOST"], use_ssl=True, get_info=ALL)


@app.route(route="people/manager")
def manager(req: func.HttpRequest) -> func.HttpResponse:
    email = req.params.get("email", "")
    search_filter = "(&(objectClass=user)(mail=%s))" % email
    conn = Connection(SERVER, os.environ["LDAP_USER"], os.environ["LDAP_PASSWORD"], auto_bind=True)
    results = conn.extend.standard.paged_search(  # expect: ldap-injection
        search_base="dc=corp,dc=example,dc=com",
        search_filter=search_filter,
        attributes=["manager"],
        paged_size=50,
        generator=False,
    )
    managers = [r["attributes"]["manager"] for r in results if r.get("type") == "searchResEntry"]
    return func.HttpResponse(json.dumps({"managers": managers}), mimetype="application/json")
