"""Time one signed-in page through Django's test client: median of N, and its SQL.

The same file measures Alongside and the peer (each in its own virtualenv), so both
are timed the same way: ``python inprocess.py --user NAME --url URL [--runs 200]``
with DJANGO_SETTINGS_MODULE set. Prints one JSON object.
"""

import argparse
import json
import statistics
import sys
import time

import django


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--user", required=True, help="email or username")
    parser.add_argument("--url", required=True)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    django.setup()

    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    model = get_user_model()
    user = model.objects.get(**{model.USERNAME_FIELD: args.user})
    client = Client(HTTP_HOST=args.host, secure=True)
    client.force_login(user)
    for _warm in range(10):
        response = client.get(args.url)
        if response.status_code != 200:
            sys.exit(f"{args.url} answered {response.status_code}")
    # Counted with a wrapper: the request's own signals reset Django's query log.
    statements = []
    with connection.execute_wrapper(
        lambda execute, sql, params, many, ctx: (
            statements.append(sql) or execute(sql, params, many, ctx)
        )
    ):
        response = client.get(args.url)
    timings = []
    for _run in range(args.runs):
        start = time.perf_counter()
        client.get(args.url)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    print(
        json.dumps(
            {
                "url": args.url,
                "runs": args.runs,
                "median_ms": round(statistics.median(timings), 2),
                "p95_ms": round(timings[int(0.95 * len(timings)) - 1], 2),
                "queries": len(statements),
                "bytes": len(response.content),
            }
        )
    )


if __name__ == "__main__":
    main()
