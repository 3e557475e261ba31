"""Azure Function: accept a meter photo upload and queue it for reading."""
import json
import logging

import azure.functions as func

app = func.FunctionApp()


@app.route(route="meters/{meter_id}/photo", methods=["POST"])
@app.queue_output(arg_name="jobs", queue_name="meter-photos", connection="AzureWebJobsStorage")
def upload_photo(req: func.HttpRequest, jobs: func.Out[str]) -> func.HttpResponse:
    meter_id = req.route_params.get("meter_id")
    uploaded_by = req.headers.get("x-ms-client-principal-name", "anonymous")  # expect: unused-variable
    try:
        body = req.get_body()
        taken_at = req.params["taken_at"]
    except KeyError as missing:  # expect: unused-variable
        return func.HttpResponse("taken_at is required", status_code=400)
    jobs.set(json.dumps({"meter": meter_id, "taken_at": taken_at, "size": len(body)}))
    logging.info("queued photo for meter %s", meter_id)
    return func.HttpResponse(status_code=202)
