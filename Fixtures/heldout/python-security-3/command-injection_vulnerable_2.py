import os
import subprocess

from django.http import JsonResponse
from django.views import View


class DiagnosticsView(View):
    timeout = 20

    def ping(self, host, count):
        argv = ["bash", "-c"]
        argv.append("ping -c %s -W 2 %s" % (count, host))
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=self.timeout)  # expect: command-injection
        return proc.stdout

    def whois(self, domain):
        with os.popen("whois " + domain + " | head -n 40") as pipe:  # expect: command-injection
            return pipe.read()

    def get(self, request):
        target = request.GET.get("target", "")
        if request.GET.get("tool") == "whois":
            output = self.whois(target)
        else:
            output = self.ping(target, request.GET.get("count", "3"))
        return JsonResponse({"target": target, "output": output})
