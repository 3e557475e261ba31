import functions_framework
from google.cloud import firestore

db = firestore.Client()


@functions_framework.cloud_event
def on_score_submitted(cloud_event):
    data = cloud_event.data["value"]["fields"]
    player = data["player"]["stringValue"]
    score = int(data["score"]["integerValue"])
    board = db.collection("leaderboard").document(player)
    snapshot = board.get()
    previous_best = snapshot.get("best") if snapshot.exists else 0
    submitted_at = cloud_event["time"]
    if score > previous_best:
        result = board.set({"best": score, "player": player, "at": submitted_at}, merge=True)
        print(f"new best for {player}: {score} (written {result.update_time})")


@functions_framework.http
def leaderboard(request):
    top = db.collection("leaderboard").order_by("best", direction=firestore.Query.DESCENDING).limit(10)
    return {"players": [doc.to_dict() for doc in top.stream()]}
