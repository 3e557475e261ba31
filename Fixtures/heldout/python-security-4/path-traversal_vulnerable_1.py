"""Pyramid views serving and deleting generated CSV exports."""
import os

from pyramid.httpexceptions import HTTPNotFound
from pyramid.response import FileResponse
from pyramid.view import view_config

EXPORT_DIR = "/var/lib/reports/exports"


def export_path(tenant, name):
    folder = os.path.join(EXPORT_DIR, tenant)
    return os.path.join(folder, name)


@view_config(route_name="export_download", request_method="GET")
def download_export(request):
    tenant = request.authenticated_userid.split(":")[0]
    path = export_path(tenant, request.matchdict["name"])
    if not os.path.exists(path):
        raise HTTPNotFound()
    return FileResponse(path, request=request, content_type="text/csv")  # expect: path-traversal


@view_config(route_name="export_delete", request_method="POST", renderer="json")
def delete_export(request):
    tenant = request.authenticated_userid.split(":")[0]
    names = request.json_body.get("names", [])
    removed = []
    for name in names:
        target = export_path(tenant, name)
        if os.path.isfile(target):
            os.remove(target)  # expect: path-traversal
            removed.append(name)
    return {"removed": removed}
