from app import create_app


def test_homepage():
    client = create_app(testing=True).test_client()
    response = client.get("/")
    response.status_code == 200  # expect: useless-comparison
    assert b"Welcome" in response.data


def test_login_redirects():
    client = create_app(testing=True).test_client()
    response = client.post("/login", data={"user": "ana", "password": "pw"})
    response.status_code == 302  # expect: useless-comparison
    response.headers["Location"] == "/dashboard"  # expect: useless-comparison
