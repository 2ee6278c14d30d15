"""Run Alongside's benchmarks and rewrite their sections of docs/benchmarks.md.

``make bench`` runs this (see the README's "Benchmarks" section). Everything runs on
this machine against PostgreSQL at 127.0.0.1: the app under gunicorn pinned to CPU 0
(``taskset``), locust pinned to CPU 1. The peer, wagtail-lms from PyPI, is installed
into its own virtualenv under ``var/bench/`` and measured the same way.

Options: ``--soak-minutes`` (the issue asks for 30; default 5), ``--learners`` (1000),
``--team`` (500), ``--small-team`` (60), ``--only inprocess,load,quiz,peer`` to run a part.
"""

import argparse
import atexit
import contextlib
import csv
import datetime
import functools
import json
import os
import platform
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var" / "bench"
DOC = ROOT / "docs" / "benchmarks.md"
PY = ROOT / ".venv" / "bin" / "python"
PEER_VENV = VAR / "peer-venv"
PEER_PY = PEER_VENV / "bin" / "python"
PEER_DIR = ROOT / "benchmarks" / "peer"
PEER_PACKAGES = [
    "wagtail-lms==0.11.1",
    "psycopg[binary]~=3.3",
    "gunicorn~=23.0",
    "whitenoise~=6.12",
]
PG = "postgres://postgres@127.0.0.1:5432/"
DB = os.environ.get("BENCH_DB", "alongside_bench_run")
PEER_DB = os.environ.get("BENCH_PEER_DB", "alongside_bench_peer")
APP_PORT, PEER_PORT = 8101, 8102
WORKERS = int(os.environ.get("BENCH_WORKERS", "3"))
SECRET = "bench-only-secret-" + "0123456789abcdef" * 3  # a local run, never deployed


def log(message: str) -> None:
    print(f"[bench {datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def run(cmd, *, env=None, cwd=ROOT, capture=False, check=True, with_errors=False):
    result = subprocess.run(  # noqa: S603 - our own fixed commands
        [str(c) for c in cmd],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=capture,
        text=True,
        check=False,
    )
    if check and result.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}\n{result.stderr or ''}")
    if with_errors:
        return (result.stdout or "") + (result.stderr or "")
    return result.stdout if capture else ""


class _DiscardMail:
    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        return "250 Message accepted and discarded"


@functools.cache
def smtp_sink() -> str:
    """A local SMTP server that takes and discards mail, for as long as this runs.

    Production settings refuse email that goes nowhere, and the Celery benchmark sends
    real certificate emails (with their PDFs), so they go here.
    """
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(_DiscardMail(), hostname="127.0.0.1", port=port)
    controller.start()
    atexit.register(controller.stop)
    return f"smtp://127.0.0.1:{port}"


def app_env(settings="config.settings.production") -> dict:
    VAR.mkdir(parents=True, exist_ok=True)
    return {
        "DJANGO_SETTINGS_MODULE": settings,
        # Production settings refuse to start without a broker, real email and
        # signing keys on a declared, persistent folder.
        "CELERY_BROKER_URL": os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/7"),
        "EMAIL_URL": smtp_sink(),
        "CERTIFICATE_SIGNING_KEY_DIR": str(VAR / "signing-keys"),
        "DATABASE_URL": PG + DB,
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(VAR / "static"),
        "CONN_MAX_AGE": "60",
        # A shared cache on Redis, as in production at scale (sessions read from it).
        "REDIS_CACHE_URL": os.environ.get(
            "BENCH_REDIS_CACHE_URL", "redis://127.0.0.1:6379/6"
        ),
        "PYTHONPATH": str(ROOT),
        "LOG_LEVEL": "WARNING",
    }


def peer_env() -> dict:
    return {
        "DJANGO_SETTINGS_MODULE": "peer_site.settings",
        "PEER_DB": PEER_DB,
        "PEER_STATIC_ROOT": str(VAR / "peer-static"),
        "CONN_MAX_AGE": "60",
        "PYTHONPATH": f"{PEER_DIR}:{ROOT / 'benchmarks'}",
    }


def machine() -> dict:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = int(
        re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1)
    )
    load = Path("/proc/loadavg").read_text().split()[:3]
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gib": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "load": " ".join(load),
    }


def fresh_db(name: str) -> None:
    run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", name])
    run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name])


# --- preparation ------------------------------------------------------------------


def prepare_app(learners: int) -> dict:
    log(f"Alongside: fresh database {DB}, demo content, {learners} learners")
    fresh_db(DB)
    dev = app_env("config.settings.dev")
    run([PY, "manage.py", "migrate", "--noinput", "-v0"], env=dev)
    run([PY, "manage.py", "seed_demo"], env=dev, capture=True)
    run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], env=app_env())
    out = VAR / "app.json"
    run([PY, "-m", "benchmarks.fixtures", learners, out], env=app_env())
    run([PY, "benchmarks/export_body.py", VAR / "body.json"], env=app_env())
    return json.loads(out.read_text())


def prepare_peer(learners: int) -> dict:
    if not PEER_PY.exists():
        log("Peer: installing wagtail-lms into its own virtualenv")
        run([sys.executable, "-m", "venv", PEER_VENV])
    run([PEER_PY, "-m", "pip", "install", "--quiet", *PEER_PACKAGES], capture=True)
    version = run(
        [
            PEER_PY,
            "-c",
            "import importlib.metadata as m;print(m.version('wagtail-lms'))",
        ],
        capture=True,
    ).strip()
    log(f"Peer: wagtail-lms {version}, fresh database {PEER_DB}")
    fresh_db(PEER_DB)
    env = peer_env()
    run([PEER_PY, "manage.py", "migrate", "--noinput", "-v0"], env=env, cwd=PEER_DIR)
    run(
        [PEER_PY, "manage.py", "collectstatic", "--noinput", "-v0"],
        env=env,
        cwd=PEER_DIR,
    )
    out = VAR / "peer.json"
    run(
        [PEER_PY, "seed.py", VAR / "body.json", learners, out],
        env=env,
        cwd=PEER_DIR,
        capture=True,
    )
    data = json.loads(out.read_text())
    data["version"] = version
    return data


# --- measurements -----------------------------------------------------------------


def inprocess(python, env, cwd, user, url, runs=200) -> dict:
    out = run(
        [
            python,
            ROOT / "benchmarks" / "inprocess.py",
            "--user",
            user,
            "--url",
            url,
            "--runs",
            runs,
        ],
        env=env,
        cwd=cwd,
        capture=True,
    )
    return json.loads(out.strip().splitlines()[-1])


def quiz_start_inprocess() -> dict:
    out = run(
        [PY, ROOT / "benchmarks" / "quiz_start.py", "--data", VAR / "app.json"],
        env=app_env(),
        cwd=ROOT,
        capture=True,
    )
    return json.loads(out.strip().splitlines()[-1])


class Server:
    """gunicorn on CPU 0 with production-like settings."""

    def __init__(self, python, app, port, env, cwd, warm=None):
        self.cmd = [
            "taskset",
            "-c",
            "0",
            python,
            "-m",
            "gunicorn",
            app,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            WORKERS,
            "--worker-class",
            "sync",
            "--backlog",
            "2048",
            "--timeout",
            "60",
        ]
        self.port, self.env, self.cwd = port, env, cwd
        self.warm = warm  # (path, session key): pages to load before measuring

    def __enter__(self):
        self.proc = subprocess.Popen(  # noqa: S603
            [str(c) for c in self.cmd],
            cwd=self.cwd,
            env={**os.environ, **self.env},
            stdout=subprocess.DEVNULL,
            stderr=open(VAR / f"gunicorn-{self.port}.log", "w"),  # noqa: SIM115
        )
        for _try in range(100):
            try:
                urllib.request.urlopen(  # noqa: S310 - our own local server
                    f"http://127.0.0.1:{self.port}/", timeout=2
                )
                break
            except urllib.error.HTTPError:
                break
            except OSError:
                time.sleep(0.3)
        if self.warm:
            path, session = self.warm
            for _n in range(10 * WORKERS):  # every worker imports and fills its caches
                request = urllib.request.Request(  # noqa: S310
                    f"http://127.0.0.1:{self.port}{path}",
                    headers={
                        "Cookie": f"sessionid={session}",
                        "X-Forwarded-Proto": "https",
                    },
                )
                urllib.request.urlopen(request, timeout=30).read()  # noqa: S310
        return self

    def drain(self, limit: float = 180) -> None:
        """Wait until requests queued by the last phase are served, so the next
        phase measures only itself."""
        if not self.warm:
            return
        path, session = self.warm
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            start = time.monotonic()
            request = urllib.request.Request(  # noqa: S310
                f"http://127.0.0.1:{self.port}{path}",
                headers={
                    "Cookie": f"sessionid={session}",
                    "X-Forwarded-Proto": "https",
                },
            )
            with contextlib.suppress(OSError):
                urllib.request.urlopen(request, timeout=60).read()  # noqa: S310
            if time.monotonic() - start < 1:
                return
            time.sleep(1)

    def worker_rss_mb(self) -> list[float]:
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        sizes = []
        for pid in children.read_text().split():
            status = Path(f"/proc/{pid}/status").read_text()
            kb = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
            sizes.append(round(kb / 1024, 1))
        return sizes

    def __exit__(self, *exc):
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def locust(data_file, port, user_class, users, rate, seconds, think) -> dict:
    prefix = VAR / f"locust-{port}-{user_class}-{users}"
    stats = Path(f"{prefix}_stats.csv")
    stats.unlink(missing_ok=True)  # never report an earlier run's figures
    output = run(
        [
            "taskset",
            "-c",
            "1",
            ROOT / ".venv" / "bin" / "locust",
            "-f",
            ROOT / "benchmarks" / "locustfile.py",
            "--headless",
            "--users",
            users,
            "--spawn-rate",
            rate,
            "--run-time",
            f"{seconds}s",
            "--host",
            f"http://127.0.0.1:{port}",
            "--csv",
            prefix,
            "--only-summary",
            "--stop-timeout",
            "10",
            "--loglevel",
            "WARNING",
            user_class,
        ],
        env={"BENCH_DATA": str(data_file), "BENCH_THINK": think},
        capture=True,
        check=False,
        with_errors=True,
    )
    if not stats.exists():
        sys.exit(f"locust wrote no figures for {user_class}:\n{output}")
    with open(stats, newline="") as f:
        rows = {row["Name"]: row for row in csv.DictReader(f)}
    row = rows.get("Aggregated") or {}

    def number(name):
        try:
            return float(row.get(name) or 0)
        except ValueError:  # "N/A" when nothing was sent
            return 0.0

    return {
        "requests": int(number("Request Count")),
        "failures": int(number("Failure Count")),
        "p50_ms": number("50%"),
        "p95_ms": number("95%"),
        "p99_ms": number("99%"),
        "rps": round(number("Requests/s"), 1),
        "users": users,
        "seconds": seconds,
    }


def quiz_attempts(quiz_id: int) -> int:
    code = (
        "from assessments.models import QuizAttempt;"
        f"print(QuizAttempt.objects.filter(quiz_id={quiz_id},"
        "user__email__startswith='bench-learner-').count())"
    )
    out = run([PY, "manage.py", "shell", "-c", code], env=app_env(), capture=True)
    return int(out.strip().splitlines()[-1])


def quiz_attempts_clear(quiz_id: int) -> None:
    code = (
        "from assessments.models import QuizAttempt;"
        f"QuizAttempt.objects.filter(quiz_id={quiz_id},"
        "user__email__startswith='bench-learner-').delete()"
    )
    run([PY, "manage.py", "shell", "-c", code], env=app_env(), capture=True)


def celery_memory(count: int) -> dict | None:
    """A Celery worker (one process) issues `count` certificates, with their PDFs and
    emails, from a real Redis queue; its resident memory afterwards."""
    if not (ROOT / "certificates" / "tasks.py").exists():
        return None  # certificate issuing is not in this checkout
    broker = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/7")
    env = {**app_env(), "CELERY_BROKER_URL": broker}
    code = f"""
from certificates.models import Certificate
from courses.selectors import programme_list
from lms.models import User
programme = programme_list().first()
trainer = User.objects.get(email='trainer@example.org')
from certificates.tasks import certificate_issue_task
for user in User.objects.filter(email__startswith='bench-learner-').order_by('pk')[:{count}]:
    certificate_issue_task.delay(user_id=user.pk, programme_id=programme.pk,
        issued_by_id=trainer.pk, reason='Benchmark run')
"""
    count_code = (
        "from certificates.models import Certificate;"
        "print(Certificate.objects.filter(user__email__startswith='bench-learner-',"
        "emailed_at__isnull=False).count())"
    )
    log(f"celery: one worker issues {count} certificates")
    command = [
        "taskset",
        "-c",
        "0",
        ROOT / ".venv" / "bin" / "celery",
        "-A",
        "config",
        "worker",
        "--concurrency",
        "1",
        "--pool",
        "prefork",
        "--loglevel",
        "WARNING",
        "--without-heartbeat",
        "--without-gossip",
        "--without-mingle",
    ]
    worker = subprocess.Popen(  # noqa: S603
        [str(c) for c in command],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=open(VAR / "celery.log", "w"),  # noqa: SIM115
    )
    started = time.monotonic()
    try:
        run([PY, "manage.py", "shell", "-c", code], env=env, capture=True)
        done = 0
        while done < count and time.monotonic() - started < 1800:
            time.sleep(5)
            out = run(
                [PY, "manage.py", "shell", "-c", count_code], env=env, capture=True
            )
            done = int(out.strip().splitlines()[-1])
        seconds = round(time.monotonic() - started)
        children = Path(f"/proc/{worker.pid}/task/{worker.pid}/children").read_text()
        rss = {}
        for label, pid in [("main", worker.pid)] + [
            ("child", int(p)) for p in children.split()
        ]:
            status = Path(f"/proc/{pid}/status").read_text()
            kb = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
            rss[label] = round(kb / 1024, 1)
        return {"certificates": done, "seconds": seconds, "rss_mb": rss}
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=60)
        except subprocess.TimeoutExpired:
            worker.kill()


# --- the report -------------------------------------------------------------------


def section(name: str, body: str, *, stamp: str = "") -> None:
    """Replace (or add) the part of docs/benchmarks.md between this name's markers,
    with `stamp` (which run measured it) under the section's heading."""
    if stamp:
        heading, _newline, rest = body.strip().partition("\n")
        body = f"{heading}\n\n_{stamp}_\n{rest}"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else HEADER
    start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
    block = f"{start}\n{body.strip()}\n{end}"
    if start in text and end in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")


HEADER = """# Benchmarks

Written by `make bench` (`benchmarks/run.py`); each section below is rewritten only by
the benchmark named in its marker comments, so sections written by others are kept.
Speed is measured here and never asserted in tests. How to run: see the README's
"Benchmarks" section.
"""


def verdict(met: bool) -> str:
    return "met" if met else "not met"


def ratio(a, b) -> str:
    numbers = isinstance(a, int | float) and isinstance(b, int | float)
    return f"{a / b:.2f}×" if numbers and a and b else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--soak-minutes", type=float, default=5)
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--team", type=int, default=500)
    parser.add_argument(
        "--small-team",
        type=int,
        default=60,
        help="a second, smaller team starting the quiz (0 to skip)",
    )
    parser.add_argument("--saturation-seconds", type=int, default=30)
    parser.add_argument("--only", default="inprocess,load,saturation,quiz,peer,celery")
    parser.add_argument(
        "--reuse-db",
        action="store_true",
        help="keep the databases of the last run (migrated, not rebuilt)",
    )
    parser.add_argument("--certificates", type=int, default=1000)
    parser.add_argument(
        "--quiz-seconds",
        type=int,
        default=180,
        help="how long the team's requests may take to finish",
    )
    args = parser.parse_args()
    parts = set(args.only.split(","))
    VAR.mkdir(parents=True, exist_ok=True)
    box = machine()
    log(f"machine: {box}")

    need = max(args.learners, args.team, args.certificates)
    if args.reuse_db and (VAR / "app.json").exists():
        run([PY, "manage.py", "migrate", "--noinput", "-v0"], env=app_env())
        app = json.loads((VAR / "app.json").read_text())
    else:
        app = prepare_app(need)
    peer = None
    if parts & {"inprocess", "peer"}:
        if args.reuse_db and (VAR / "peer.json").exists():
            peer = json.loads((VAR / "peer.json").read_text())
            peer.setdefault("version", PEER_PACKAGES[0].split("==")[1])
        else:
            peer = prepare_peer(args.learners)
    results: dict = {"machine": box, "app": {}, "peer": {}}
    app_data, peer_data = VAR / "app.json", VAR / "peer.json"

    if "inprocess" in parts:
        log("in-process: the lesson page through Django's test client, 200 runs each")
        results["app"]["inprocess"] = inprocess(
            PY, app_env(), ROOT, app["learner"], app["lesson_url"]
        )
        results["peer"]["inprocess"] = inprocess(
            PEER_PY, peer_env(), PEER_DIR, peer["learner"], peer["lesson_url"]
        )
        log(json.dumps(results["app"]["inprocess"]))
        log(json.dumps(results["peer"]["inprocess"]))

    if "quiz" in parts and app.get("quiz_id"):
        log("in-process: a quiz start through Django's test client, 200 learners")
        results["app"]["quiz_inprocess"] = quiz_start_inprocess()
        log(json.dumps(results["app"]["quiz_inprocess"]))

    soak_seconds = int(args.soak_minutes * 60)
    if parts & {"load", "saturation", "quiz"}:
        warm = (app["lesson_url"], app["sessions"][0])
        with Server(
            PY, "config.wsgi:application", APP_PORT, app_env(), ROOT, warm
        ) as server:
            if "load" in parts:
                log(f"load: {args.learners} learners, 5-15 s think, {soak_seconds} s")
                results["app"]["load"] = locust(
                    app_data,
                    APP_PORT,
                    "LessonReader",
                    args.learners,
                    50,
                    soak_seconds,
                    "5,15",
                )
                results["app"]["rss_mb"] = server.worker_rss_mb()
                log(json.dumps(results["app"]["load"]))
            if "saturation" in parts:
                server.drain()
                log("saturation: the lesson page, then a static file")
                results["app"]["saturation"] = locust(
                    app_data,
                    APP_PORT,
                    "LessonReader",
                    32,
                    32,
                    args.saturation_seconds,
                    "0",
                )
                server.drain()
                results["app"]["static"] = locust(
                    app_data,
                    APP_PORT,
                    "StaticReader",
                    32,
                    32,
                    args.saturation_seconds,
                    "0",
                )
                log(
                    json.dumps([results["app"]["saturation"], results["app"]["static"]])
                )
            if "quiz" in parts and app.get("quiz_id"):
                server.drain()
                log(f"quiz: {args.team} learners start the same quiz within a second")
                quiz_attempts_clear(app["quiz_id"])
                results["app"]["quiz"] = locust(
                    app_data,
                    APP_PORT,
                    "QuizStarter",
                    args.team,
                    args.team,
                    args.quiz_seconds,
                    "0",
                )
                results["app"]["quiz"]["attempts"] = quiz_attempts(app["quiz_id"])
                log(json.dumps(results["app"]["quiz"]))
                if args.small_team:
                    server.drain()
                    log(f"quiz: a team of {args.small_team} within a second")
                    quiz_attempts_clear(app["quiz_id"])
                    small = locust(
                        app_data,
                        APP_PORT,
                        "QuizStarter",
                        args.small_team,
                        args.small_team,
                        30,
                        "0",
                    )
                    small["attempts"] = quiz_attempts(app["quiz_id"])
                    results["app"]["quiz_small"] = small
                    log(json.dumps(small))

    if "peer" in parts and parts & {"load", "saturation"}:
        env = peer_env()
        warm = (peer["lesson_url"], peer["sessions"][0])
        with Server(
            PEER_PY, "peer_site.wsgi:application", PEER_PORT, env, PEER_DIR, warm
        ) as server:
            if "load" in parts:
                log("peer: the same load on wagtail-lms's lesson page")
                results["peer"]["load"] = locust(
                    peer_data,
                    PEER_PORT,
                    "LessonReader",
                    args.learners,
                    50,
                    min(soak_seconds, 120),
                    "5,15",
                )
            if "saturation" in parts:
                server.drain()
                results["peer"]["saturation"] = locust(
                    peer_data,
                    PEER_PORT,
                    "LessonReader",
                    32,
                    32,
                    args.saturation_seconds,
                    "0",
                )
                server.drain()
                results["peer"]["static"] = locust(
                    peer_data,
                    PEER_PORT,
                    "StaticReader",
                    32,
                    32,
                    args.saturation_seconds,
                    "0",
                )

    if "celery" in parts:
        results["app"]["celery"] = celery_memory(args.certificates)
        log(json.dumps(results["app"]["celery"]))

    (VAR / "results.json").write_text(json.dumps(results, indent=2))
    write_report(results, args, peer)
    log(f"wrote {DOC.relative_to(ROOT)}")


def write_report(results: dict, args, peer) -> None:
    box, app, other = results["machine"], results["app"], results["peer"]
    # `--only` rewrites some sections and keeps the rest: each says which run it is.
    stamp = f"Measured in the run of {box['date']} (load average {box['load']})."
    section(
        "machine",
        f"""## Machine and run

Run on {box["date"]}: {box["nproc"]} CPUs ({box["cpu"]}), {box["memory_gib"]} GiB
memory, Python {box["python"]}; load average {box["load"]} when the run started (the
box is shared, so absolute times move with it; ratios from the same run are the
figures to compare). Options: soak {args.soak_minutes} min, {args.learners} learners,
a team of {args.team}; parts run: {args.only.replace(",", ", ")}. Each section below
says which run measured it.""",
    )
    if "inprocess" in app:
        a, p = app["inprocess"], other.get("inprocess", {})
        section(
            "inprocess",
            f"""## Lesson page in-process (Django test client, median of {a["runs"]})

| | median | p95 | SQL queries | bytes |
| --- | --- | --- | --- | --- |
| Alongside | {a["median_ms"]} ms | {a["p95_ms"]} ms | {a["queries"]} | {a["bytes"]} |
| wagtail-lms {peer["version"] if peer else ""} | {p.get("median_ms")} ms \
| {p.get("p95_ms")} ms | {p.get("queries")} | {p.get("bytes")} |

Alongside is **{ratio(p.get("median_ms", 0), a["median_ms"])}** the peer's speed at the
median, with {ratio(p.get("queries", 0), a["queries"])} fewer queries per page. Both
lessons carry the same body (the Alongside demo lesson's blocks, rendered, as the
peer's rich-text paragraphs); both signed in and enrolled; production-like settings
(DEBUG off, persistent database connections) on the same PostgreSQL.""",
            stamp=stamp,
        )
    if "load" in app:
        load = app["load"]
        rss = app.get("rss_mb", [])
        section(
            "load",
            f"""## Lesson page under load (gunicorn, {WORKERS} sync workers on CPU 0; \
locust on CPU 1)

| run | users | length | requests | failures | p50 | p95 | p99 | requests/s |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| learners, 5–15 s think | {load["users"]} | {load["seconds"]} s | {load["requests"]} \
| {load["failures"]} | {load["p50_ms"]} ms | {load["p95_ms"]} ms | {load["p99_ms"]} ms \
| {load["rps"]} |

Target: p95 ≤ 50 ms and 0 errors: **{verdict(load["p95_ms"] <= 50 and not load["failures"])}**
in this run. The figures include the first {load["users"] // 50} s, while the learners
arrive (50 a second, each first request writing their session and their place in the
course).

Memory: gunicorn worker resident memory after the {load["seconds"]} s soak:
{", ".join(f"{r} MB" for r in rss) or "n/a"} (target ≤ 250 MB; the issue asks for a
30-minute soak: `make bench SOAK_MINUTES=30`).""",
            stamp=stamp,
        )
    if "saturation" in app:
        rows = []
        for name, side in (("Alongside", app), ("wagtail-lms", other)):
            for label, key in (
                ("lesson page", "saturation"),
                ("static file", "static"),
            ):
                r = side.get(key)
                if r:
                    rows.append(
                        f"| {name} | {label} | {r['users']} | {r['seconds']} s "
                        f"| {r['requests']} | {r['failures']} | {r['p50_ms']} ms "
                        f"| {r['p95_ms']} ms | {r['rps']} |"
                    )
        table = "\n".join(rows)
        section(
            "saturation",
            f"""## Saturation: the lesson page beside a static file, same server, same run

| site | what | users (no think time) | length | requests | failures | p50 | p95 \
| requests/s |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
{table}

Alongside's lesson page runs at {ratio(app["saturation"]["rps"], app["static"]["rps"])}
of the static file's rate (the ceiling on this box); wagtail-lms's at
{ratio(other.get("saturation", {}).get("rps", 0), other.get("static", {}).get("rps", 0))}.
Alongside ÷ peer throughput: \
{ratio(app["saturation"]["rps"], other.get("saturation", {}).get("rps", 0))}.""",
            stamp=stamp,
        )
    if "quiz" in app:
        quiz = app["quiz"]
        # 95% of the starts done within 1.3 s of the first (1 s of arrivals + 300 ms)
        needed = quiz["users"] * 0.95 / 1.3
        inproc = app.get("quiz_inprocess", {})
        rows = "\n".join(
            f"| {q['users']} | {q['requests']} | {q['failures']} | {q['p50_ms']} ms "
            f"| {q['p95_ms']} ms | {q['p99_ms']} ms | {q['rps']} | {q['attempts']} "
            f"| {verdict(q['p95_ms'] <= 300 and q['attempts'] == q['users'])} |"
            for q in (quiz, app.get("quiz_small"))
            if q
        )
        section(
            "quiz",
            f"""## A team starts the same quiz ({
                quiz["users"]
            } learners within one second)

| team | requests | failures | p50 | p95 | p99 | starts/s | attempts in the database \
| p95 ≤ 300 ms, every attempt |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
{rows}

Target: a team of {quiz["users"]}, p95 ≤ 300 ms and exactly {quiz["users"]} attempts:
**{verdict(quiz["p95_ms"] <= 300 and quiz["attempts"] == quiz["users"])}** in this
run. Each learner posts the quiz's start form once (a new attempt with its questions
frozen, then a redirect to its first page); the team's presses are spread evenly over
one second, and the server is the same single core as the lesson page's. It started
attempts at {quiz["rps"]} a second; for 95% of {quiz["users"]} starts sent within one
second to finish within 300 ms, one core would have to serve about {round(needed)} a
second, under {1000 / needed:.1f} ms each, including Django's own request handling
(sessions, sign-in, CSRF, security headers). The second row is a smaller team on the
same core (`--small-team`).

In-process (Django's test client, {
                inproc.get("runs", "n/a")
            } learners one after another,
`benchmarks/quiz_start.py`): a start takes {inproc.get("median_ms", "n/a")} ms at the
median (p95 {inproc.get("p95_ms", "n/a")} ms) with {inproc.get("queries", "n/a")} SQL
queries.""",
            stamp=stamp,
        )
    if "load" in other:
        pl, al = other["load"], app.get("load", {})
        # Counted by the in-process part; "n/a" when this run left it out.
        queries_app = app.get("inprocess", {}).get("queries", "n/a")
        queries_peer = other.get("inprocess", {}).get("queries", "n/a")
        section(
            "peer",
            f"""## Side by side with wagtail-lms under the same load

| | users, think | length | p50 | p95 | failures | requests/s | SQL per page |
| --- | --- | --- | --- | --- | --- | --- | --- |
| Alongside | {al.get("users")}, 5–15 s | {al.get("seconds")} s | {al.get("p50_ms")} ms \
| {al.get("p95_ms")} ms | {al.get("failures")} | {al.get("rps")} | {queries_app} |
| wagtail-lms | {pl["users"]}, 5–15 s | {pl["seconds"]} s | {pl["p50_ms"]} ms \
| {pl["p95_ms"]} ms | {pl["failures"]} | {pl["rps"]} | {queries_peer} |

Ratio of medians under load (peer ÷ Alongside): {ratio(pl["p50_ms"], al.get("p50_ms"))};
of SQL queries per page (peer ÷ Alongside): {ratio(queries_peer, queries_app)}. The
peer's run lasts min(soak, 2 min). Target: Alongside at least 3× faster at the
median: **{verdict(bool(al.get("p50_ms")) and pl["p50_ms"] >= 3 * al["p50_ms"])}** in
this run.""",
            stamp=stamp,
        )
    celery = app.get("celery")
    if celery:
        rss = celery["rss_mb"]
        body = f"""## Celery worker memory after issuing {celery["certificates"]} certificates

One worker process (prefork, concurrency 1, CPU 0) took {celery["certificates"]}
certificate-issue tasks from Redis: each issues the certificate, draws its PDF
(reportlab) and emails it (to a dummy mail backend) — {celery["seconds"]} s in all.
Resident memory afterwards: the worker's pool process {rss.get("child", "n/a")} MB,
its parent {rss.get("main", "n/a")} MB (target ≤ 250 MB)."""
    else:
        body = """## Celery worker memory after issuing 1,000 certificates

Pending: certificate issuing is not in this checkout, so this row has no figure."""
    if "celery" in set(args.only.split(",")):
        section("celery-memory", body, stamp=stamp)


if __name__ == "__main__":
    main()
