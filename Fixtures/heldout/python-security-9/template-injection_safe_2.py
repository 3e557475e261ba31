import airspeed
from werkzeug.wrappers import Request, Response

from .mailer import send_preview
from .templates import load_campaign, load_layout


@Request.application
def preview_campaign(request):
    campaign = load_campaign(request.args["campaign"])
    layout = airspeed.Template(load_layout(campaign.layout_id))
    namespace = {
        "first_name": "Sam",
        "body": request.form.get("body", campaign.body),
        "unsubscribe": "https://mail.example.com/u/xyz",
    }
    rendered = layout.merge(namespace)
    if request.form.get("send_to_me"):
        send_preview(campaign.owner_email, campaign.subject, rendered)
    return Response(rendered, mimetype="text/plain")
