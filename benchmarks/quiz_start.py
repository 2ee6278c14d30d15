"""Time a quiz start in-process: the start form posted through Django's test client by
different signed-in learners, median of N, and its SQL.

``python quiz_start.py --data var/bench/app.json [--runs 200]`` with the app's
settings in the environment (``benchmarks/run.py`` runs it). Every attempt it starts
is deleted again. Prints one JSON object.
"""

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import django


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True, help="JSON written by fixtures.py")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    data = json.loads(Path(args.data).read_text(encoding="utf-8"))
    django.setup()

    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from assessments.models import QuizAttempt

    sessions = data["sessions"]
    if len(sessions) < args.runs + 11:
        sys.exit(f"need {args.runs + 11} signed-in learners, have {len(sessions)}")
    url = data["quiz_url"] + "start/"
    client = Client(HTTP_HOST=args.host, secure=True)

    def start(session: str):
        client.cookies[settings.SESSION_COOKIE_NAME] = session
        response = client.post(url)
        if response.status_code != 302 or "/attempts/" not in response["Location"]:
            sys.exit(f"{url} answered {response.status_code}, not a new attempt")

    QuizAttempt.objects.filter(quiz_id=data["quiz_id"]).delete()
    try:
        for session in sessions[:10]:  # warm this process's caches
            start(session)
        statements = []
        with connection.execute_wrapper(
            lambda execute, sql, params, many, ctx: (
                statements.append(sql) or execute(sql, params, many, ctx)
            )
        ):
            start(sessions[10])
        timings = []
        for session in sessions[11 : 11 + args.runs]:
            begin = time.perf_counter()
            start(session)
            timings.append((time.perf_counter() - begin) * 1000)
    finally:
        QuizAttempt.objects.filter(quiz_id=data["quiz_id"]).delete()
    timings.sort()
    print(
        json.dumps(
            {
                "runs": args.runs,
                "median_ms": round(statistics.median(timings), 2),
                "p95_ms": round(timings[int(0.95 * len(timings)) - 1], 2),
                "queries": len(statements),
            }
        )
    )


if __name__ == "__main__":
    main()
