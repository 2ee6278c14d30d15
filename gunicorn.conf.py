"""gunicorn's settings for Alongside: `gunicorn --config gunicorn.conf.py`.

Everything an operator might change comes from the environment, so the same file
serves compose, a platform-as-a-service and a plain server:

- ``PORT`` (default 8000) and ``GUNICORN_HOST`` (default all interfaces, as in a
  container behind the reverse proxy) make the address to listen on;
- ``WEB_CONCURRENCY``: worker processes (default 2; about two per CPU core, and
  each needs about 175 MB of memory);
- ``GUNICORN_TIMEOUT``: seconds before a stuck request's worker is restarted;
- ``FORWARDED_ALLOW_IPS`` (read by gunicorn itself): the proxies trusted to say
  the request came over HTTPS.
"""

import os

wsgi_app = "config.wsgi:application"

_host = os.environ.get("GUNICORN_HOST", "0.0.0.0")  # noqa: S104 - behind the proxy
bind = [f"{_host}:{os.environ.get('PORT', '8000')}"]
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Long enough for the slowest page (a cohort's certificates as one ZIP file).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Restart each worker now and then, so a slow leak never becomes an outage.
max_requests = 1000
max_requests_jitter = 100

# Logs to standard output and error, for `docker compose logs` or the platform.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# Workers' heartbeat files in memory: a container's disk can stall them. (Only
# gunicorn's own files go here, never anything of ours.)
_SHM = "/dev/shm"  # noqa: S108
if os.path.isdir(_SHM):
    worker_tmp_dir = _SHM

# No run-time control socket (gunicornc): compose or the platform manages processes,
# and the application's user cannot write to its home folder.
control_socket_disable = True
