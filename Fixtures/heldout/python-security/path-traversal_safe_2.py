import os
import uuid

from django.conf import settings
from django.http import FileResponse, Http404, JsonResponse
from django.views import View

from .models import Attachment


class AttachmentView(View):
    def get(self, request, ticket_id):
        try:
            key = uuid.UUID(request.GET.get("id", ""))
        except ValueError:
            raise Http404() from None
        att = Attachment.objects.filter(ticket_id=ticket_id, key=key).first()
        if att is None:
            raise Http404()
        full = os.path.join(settings.MEDIA_ROOT, str(ticket_id), att.key.hex)
        return FileResponse(open(full, "rb"), filename=att.original_name)

    def post(self, request, ticket_id):
        upload = request.FILES["file"]
        key = uuid.uuid4()
        folder = os.path.join(settings.MEDIA_ROOT, str(int(ticket_id)))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, key.hex), "wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        Attachment.objects.create(ticket_id=ticket_id, key=key, original_name=upload.name)
        return JsonResponse({"id": str(key)})
