"""The web app for people: page shells (Jinja2 layout, no user data) and their static files.

Pages hold nothing of anyone's data: their scripts sign in, keep the token in the tab's
sessionStorage and call the same REST and WebSocket API as every other client.
"""

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.templating import Jinja2Templates


def templates() -> Jinja2Templates:
    """The page templates of this package, autoescaped."""
    env = Environment(
        loader=PackageLoader("pgpilot.web", "templates"),
        autoescape=select_autoescape(default=True),
        auto_reload=False,
    )
    return Jinja2Templates(env=env)
