from flask import Flask, jsonify, request

app = Flask(__name__)


def paginate(items, page=1, per_page=20, filters=dict()):  # expect: mutable-default-argument
    filters.update(request.args.to_dict())
    wanted = [item for item in items if all(str(item.get(k)) == v for k, v in filters.items())]
    start = (page - 1) * per_page
    return wanted[start:start + per_page]


def log_event(event, history=list()):  # expect: mutable-default-argument
    history.append(event)
    return len(history)


@app.get("/events")
def events():
    page = request.args.get("page", 1, type=int)
    count = log_event({"path": request.path})
    return jsonify(page=page, seen=count)
