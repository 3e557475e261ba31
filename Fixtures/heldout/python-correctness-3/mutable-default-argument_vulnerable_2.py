import httpx


class GitHubClient:
    def __init__(self, token, base_url="https://api.github.com", default_headers=dict()):  # expect: mutable-default-argument
        self.headers = default_headers
        self.headers["Authorization"] = f"Bearer {token}"
        self.client = httpx.Client(base_url=base_url, headers=self.headers, timeout=10)

    def list_issues(
        self,
        repo,
        labels=list(),  # expect: mutable-default-argument
        state="open",
    ):
        params = {"state": state}
        if labels:
            params["labels"] = ",".join(labels)
        resp = self.client.get(f"/repos/{repo}/issues", params=params)
        resp.raise_for_status()
        return resp.json()
