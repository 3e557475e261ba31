from app import create_app


def test_homepage():
    client = create_app(testing=True).test_client()
    response = client.get("/")
    assert response.status_code == 200
    assert b"Welcome" in response.data


def test_login_redirects():
    client = create_app(testing=True).test_client()
    response = client.post("/login", data={"user": "ana", "password": "pw"})
    redirected = response.status_code == 302
    assert redirected, response.status_code
    return response.headers["Location"] == "/dashboard"
