import os

from django.conf import settings
from django.http import FileResponse, Http404, JsonResponse
from django.views import View


class AttachmentStore:
    def __init__(self, root):
        self.root = root

    def path_for(self, ticket_id, filename):
        return os.path.join(self.root, str(ticket_id), filename)

    def read(self, ticket_id, filename):
        full = self.path_for(ticket_id, filename)
        return open(full, "rb")  # expect: path-traversal


store = AttachmentStore(settings.MEDIA_ROOT)


class AttachmentView(View):
    def get(self, request, ticket_id):
        name = request.GET.get("name")
        if not name:
            raise Http404()
        return FileResponse(store.read(ticket_id, name))

    def post(self, request, ticket_id):
        upload = request.FILES["file"]
        dest = settings.MEDIA_ROOT + "/" + str(ticket_id) + "/" + upload.name
        with open(dest, "wb") as out:  # expect: path-traversal
            for chunk in upload.chunks():
                out.write(chunk)
        return JsonResponse({"stored": upload.name})
