"""Django class-based sign-in view that honours ?next= only for this site."""
from django.contrib.auth import login
from django.contrib.auth.forms import AuthenticationForm
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic.edit import FormView


class SignInView(FormView):
    form_class = AuthenticationForm
    template_name = "accounts/sign_in.html"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["request"] = self.request
        return kwargs

    def safe_next(self):
        candidate = self.request.POST.get("next") or self.request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(
            candidate,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        ):
            return candidate
        return reverse("dashboard")

    def form_valid(self, form):
        login(self.request, form.get_user())
        return redirect(self.safe_next())
