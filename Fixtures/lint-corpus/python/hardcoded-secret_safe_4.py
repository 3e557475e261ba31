import os
from dataclasses import dataclass

SECRET_NAME = "prod/billing/db-password"
PASSWORD_RESET_URL = "https://example.com/account/reset"


@dataclass
class Settings:
    api_token: str = ""
    token_type: str = "bearer"
    password_min_length: int = 12
    secret_backend: str = "vault"


def load():
    return Settings(api_token=os.environ.get("API_TOKEN", ""))


EXAMPLE_CONFIG = {
    "api_key": "<your-api-key>",
    "password": "${DB_PASSWORD}",
}
