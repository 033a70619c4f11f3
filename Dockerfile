# syntax=docker/dockerfile:1
# pgpilot: build with uv from uv.lock, run as a non-root user with no build tools.
#   docker build -t pgpilot . && docker run -p 8000:8000 -e DATABASE_URL=… -e REDIS_URL=… \
#     -e JWT_SECRET="$(openssl rand -base64 48)" pgpilot
# See docs/DEPLOYMENT.md.

ARG PYTHON_VERSION=3.12

FROM python:${PYTHON_VERSION}-slim AS build
COPY --from=ghcr.io/astral-sh/uv:0.9 /uv /bin/uv
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /src
# Dependencies first: this layer is reused until pyproject.toml or uv.lock change.
COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-dev --no-install-project
COPY README.md ./
COPY src ./src
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-dev --no-editable

FROM python:${PYTHON_VERSION}-slim AS runtime
RUN groupadd --system --gid 10001 pgpilot \
    && useradd --system --uid 10001 --gid pgpilot --create-home --home-dir /home/pgpilot pgpilot
COPY --from=build --chown=root:root /app/.venv /app/.venv
COPY --chmod=0755 deploy/docker-entrypoint.sh /usr/local/bin/pgpilot-entrypoint
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    APP_ENV=production \
    PGPILOT_HOST=0.0.0.0 \
    PGPILOT_PORT=8000 \
    PGPILOT_HOME=/home/pgpilot/.local/share/pgpilot \
    PROMETHEUS_MULTIPROC_DIR=/tmp/pgpilot-metrics
USER pgpilot:pgpilot
WORKDIR /home/pgpilot
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health/ready' % os.environ.get('PGPILOT_PORT', '8000'), timeout=4)"]
ENTRYPOINT ["pgpilot-entrypoint"]
CMD ["serve"]
