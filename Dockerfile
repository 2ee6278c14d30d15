# syntax=docker/dockerfile:1
# Alongside's one image: compose.yaml (or a platform) runs it as the web process,
# the Celery worker, Celery beat and the one-off release step, each with its own
# command. Build: `docker build -t alongside .`

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- 1. Build: the locked dependencies, then the static files ------------------
FROM ${PYTHON_IMAGE} AS build

ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# uv from PyPI, pinned exactly (the Makefile allows the same minor release, ~=0.13.9).
RUN pip install --no-cache-dir "uv==0.13.9"

WORKDIR /app

# Dependencies first (cached until pyproject.toml or uv.lock change); no dev tools.
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev

COPY . .

# collectstatic needs production settings to load, so they get placeholders here.
# None of them is used for anything but this command, and none reaches the final
# image: nothing is connected to, and the real values come from the environment at
# run time (compose's .env, or the platform's settings).
RUN DJANGO_SETTINGS_MODULE=config.settings.production \
    SECRET_KEY="build-time-placeholder-never-used-at-run-time-0123456789abcdefghij" \
    ALLOWED_HOSTS=build.invalid \
    DATABASE_URL=postgres://build@build.invalid:5432/build \
    REDIS_CACHE_URL=redis://build.invalid:6379/1 \
    CELERY_BROKER_URL=redis://build.invalid:6379/0 \
    EMAIL_URL=smtp://build.invalid:25 \
    CERTIFICATE_SIGNING_KEY_DIR=/build-placeholder/signing-keys \
    STATIC_ROOT=/app/static \
    /app/.venv/bin/python manage.py collectstatic --noinput --verbosity 0

# --- 2. Run: the application, its environment and static files; no build tools --
FROM ${PYTHON_IMAGE} AS run

ENV PATH="/app/.venv/bin:${PATH}" \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    STATIC_ROOT=/app/static \
    MEDIA_ROOT=/app/media \
    CELERY_BEAT_SCHEDULE_FILENAME=/app/var/beat/celerybeat-schedule \
    PORT=8000

# A user of its own: the application cannot change its code or its static files.
RUN groupadd --system --gid 10001 alongside \
    && useradd --system --uid 10001 --gid alongside --no-create-home \
        --home-dir /app --shell /usr/sbin/nologin alongside

WORKDIR /app
COPY --from=build /app /app

# The only places it writes: uploaded files, the signing keys and beat's state
# (named volumes in compose.yaml take their owner from these folders). Where the
# signing keys live is not set here: production refuses to start until the deployment
# says (CERTIFICATE_SIGNING_KEY_DIR), so they are never lost with a container.
RUN mkdir -p /app/media /app/var/signing-keys /app/var/beat \
    && chown -R alongside:alongside /app/media /app/var \
    && chmod 700 /app/var/signing-keys

USER alongside
EXPOSE 8000

CMD ["gunicorn", "--config", "gunicorn.conf.py"]
