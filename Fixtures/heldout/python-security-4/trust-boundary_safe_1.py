"""Django class-based view that switches the active workspace."""
import time

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.shortcuts import redirect
from django.views import View

from .models import Membership


class SwitchWorkspaceView(LoginRequiredMixin, View):
    def post(self, request):
        slug = request.POST.get("workspace", "")
        membership = (
            Membership.objects.select_related("workspace")
            .filter(user=request.user, workspace__slug=slug, active=True)
            .first()
        )
        if membership is None:
            raise Http404("no such workspace")
        request.session["workspace_id"] = membership.workspace.pk
        request.session["workspace_role"] = membership.role
        request.session["switched_at"] = int(time.time())
        return redirect("workspace-home")
