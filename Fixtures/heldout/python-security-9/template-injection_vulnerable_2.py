import airspeed
from werkzeug.wrappers import Request, Response

from .mailer import send_preview
from .templates import load_campaign


@Request.application
def preview_campaign(request):
    campaign = load_campaign(request.args["campaign"])
    subject = request.form.get("subject", campaign.subject)
    body_source = request.form.get("body", campaign.body)
    namespace = {"first_name": "Sam", "unsubscribe": "https://mail.example.com/u/xyz"}
    template = airspeed.Template(body_source)  # expect: template-injection
    rendered = template.merge(namespace)
    if request.form.get("send_to_me"):
        send_preview(campaign.owner_email, subject, rendered)
    return Response(rendered, mimetype="text/plain")
