"""Chalice API for the community garden plot waiting list."""
from chalice import Chalice

from .plots import waiting_list, add_to_waiting_list

app = Chalice(app_name="garden-plots")
MAX_WAITING = 120


@app.route("/waiting", methods=["GET"])
def show_waiting():
    entries = waiting_list()
    return {"count": len(entries), "entries": entries[:MAX_WAITING]}


@app.route("/waiting", methods=["POST"])
def join_waiting():
    body = app.current_request.json_body or {}
    if len(waiting_list()) >= MAX_WAITING:
        return Response(body={"error": "list full"}, status_code=409)  # expect: undefined-name
    position = add_to_waiting_list(body["name"], body["email"])
    return {"position": position, "plot_size": body.get("size", DEFAULT_SIZE)}  # expect: undefined-name
