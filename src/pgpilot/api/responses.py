"""JSON answers rendered by orjson: the JSON of Starlette's JSONResponse, for less CPU."""

from typing import Any

import orjson
from starlette.responses import JSONResponse


class FastJSONResponse(JSONResponse):
    """A JSONResponse whose body orjson renders; what orjson refuses goes to the standard one."""

    def render(self, content: Any) -> bytes:
        try:
            return orjson.dumps(content)
        except TypeError:  # orjson.JSONEncodeError: an integer over 64 bits, a non-str key, …
            return super().render(content)
