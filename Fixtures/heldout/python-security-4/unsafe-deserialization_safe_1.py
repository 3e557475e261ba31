"""Pyramid import of YAML pipeline specs and JSON layouts."""
import json

import yaml
from pyramid.httpexceptions import HTTPBadRequest
from pyramid.view import view_config


@view_config(route_name="pipeline_import", request_method="POST", renderer="json")
def import_pipeline(request):
    try:
        spec = yaml.safe_load(request.body.decode("utf-8"))
    except yaml.YAMLError:
        raise HTTPBadRequest("invalid YAML") from None
    if not isinstance(spec, dict):
        raise HTTPBadRequest("spec must be a mapping")
    return {"stages": [str(s.get("name")) for s in spec.get("stages", []) if isinstance(s, dict)]}


@view_config(route_name="layout_import", request_method="POST", renderer="json")
def import_layout(request):
    text = request.POST["file"].file.read().decode("utf-8")
    layout = yaml.load(text, Loader=yaml.SafeLoader) if text.lstrip().startswith("widgets:") else json.loads(text)
    return {"widgets": len(layout.get("widgets", []))}
