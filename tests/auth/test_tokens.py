"""Login tokens: signed, expiring, naming one user."""

from datetime import UTC, datetime, timedelta

import jwt
import pytest

from pgpilot.auth.tokens import issue_token, read_token
from pgpilot.errors import Unauthorized

SECRET = "s" * 40
WEEK = timedelta(days=7)


def test_round_trip() -> None:
    token = issue_token(42, secret=SECRET, lifetime=WEEK)
    assert read_token(token.access_token, secret=SECRET) == 42
    assert token.token_type == "bearer"
    assert token.user_id == 42
    left = token.expires_at - datetime.now(UTC)
    assert timedelta(days=6, hours=23) < left <= WEEK
    claims = jwt.decode(token.access_token, SECRET, algorithms=["HS256"])
    assert claims["sub"] == "42"


def test_expired() -> None:
    old = issue_token(1, secret=SECRET, lifetime=WEEK, now=datetime.now(UTC) - timedelta(days=8))
    with pytest.raises(Unauthorized, match="expired"):
        read_token(old.access_token, secret=SECRET)


def _forged(claims: dict[str, object], secret: str = SECRET, algorithm: str = "HS256") -> str:
    return jwt.encode(claims, secret, algorithm=algorithm)


NOW = datetime.now(UTC)
LATER = NOW + timedelta(hours=1)


@pytest.mark.parametrize(
    "token",
    [
        pytest.param("not-a-token", id="garbage"),
        pytest.param("", id="empty"),
        pytest.param(_forged({"sub": "1", "iat": NOW, "exp": LATER}, "x" * 40), id="other-key"),
        pytest.param(_forged({"iat": NOW, "exp": LATER}), id="no-subject"),
        pytest.param(_forged({"sub": "1", "iat": NOW}), id="no-expiry"),
        pytest.param(_forged({"sub": "admin", "iat": NOW, "exp": LATER}), id="subject-not-id"),
        pytest.param(_forged({"sub": "1", "iat": NOW, "exp": LATER}, "", "none"), id="alg-none"),
        pytest.param(
            _forged({"sub": "1", "iat": NOW, "exp": LATER}, "x" * 64, "HS512"), id="other-alg"
        ),
    ],
)
def test_invalid_tokens(token: str) -> None:
    with pytest.raises(Unauthorized):
        read_token(token, secret=SECRET)


def test_tampered_payload() -> None:
    header, _, signature = issue_token(1, secret=SECRET, lifetime=WEEK).access_token.split(".")
    payload = jwt.utils.base64url_encode(b'{"sub":"2","iat":1,"exp":9999999999}').decode()
    with pytest.raises(Unauthorized):
        read_token(f"{header}.{payload}.{signature}", secret=SECRET)


def test_expiry_checked_on_every_read_of_a_remembered_token() -> None:
    token = issue_token(7, secret=SECRET, lifetime=timedelta(hours=1))
    assert read_token(token.access_token, secret=SECRET) == 7  # verified and remembered
    expires = token.expires_at.timestamp()
    assert read_token(token.access_token, secret=SECRET, now=expires - 1) == 7
    with pytest.raises(Unauthorized, match="expired"):
        read_token(token.access_token, secret=SECRET, now=expires)


def test_remembered_token_still_needs_its_secret() -> None:
    token = issue_token(7, secret=SECRET, lifetime=WEEK).access_token
    assert read_token(token, secret=SECRET) == 7
    with pytest.raises(Unauthorized, match="not valid"):
        read_token(token, secret="x" * 40)
