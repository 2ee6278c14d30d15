"""Load for `benchmarks/run.py`: signed-in learners reading the lesson, a team starting
the same quiz at once, and a static file for the server's ceiling.

Settings come from the environment: BENCH_DATA (JSON written by
``benchmarks.fixtures`` or the peer's seed: lesson_url, quiz_url, sessions) and
BENCH_THINK ("5,15" seconds between pages, "0" for saturation). Sessions were made in
advance, so sign-in (deliberately slow password hashing) is not what is measured.
"""

import itertools
import json
import os
import secrets
from pathlib import Path

import gevent
from locust import HttpUser, between, constant, task
from locust.exception import StopUser

DATA = json.loads(Path(os.environ["BENCH_DATA"]).read_text(encoding="utf-8"))
SESSIONS = itertools.cycle(DATA.get("sessions") or [""])
TEAM_PLACES = itertools.count()
THINK = [float(x) for x in os.environ.get("BENCH_THINK", "5,15").split(",")]
COOKIE = os.environ.get("BENCH_SESSION_COOKIE", "sessionid")
# The app runs behind a TLS-terminating proxy in production; say so, as it would.
PROXY = {"X-Forwarded-Proto": "https"}


def _wait():
    return between(*THINK) if len(THINK) == 2 else constant(THINK[0])


class LessonReader(HttpUser):
    """A signed-in learner reading the lesson page, pausing between pages."""

    wait_time = _wait()

    def on_start(self):
        self.cookie = f"{COOKIE}={next(SESSIONS)}"

    @task
    def lesson(self):
        with self.client.get(
            DATA["lesson_url"],
            headers={**PROXY, "Cookie": self.cookie},
            name="lesson page",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(f"status {response.status_code}")


class StaticReader(HttpUser):
    """The same server handing out a static file: the ceiling on this box."""

    wait_time = _wait()

    @task
    def stylesheet(self):
        self.client.get(DATA["static_url"], headers=PROXY, name="static file")


class QuizStarter(HttpUser):
    """One learner of a team starting the quiz together, once.

    Locust starts all the team's users in the same instant; the team's presses are
    spread evenly over one second instead, as the issue asks ("within one second").
    """

    wait_time = constant(0)

    def on_start(self):
        self.session = next(SESSIONS)
        place = next(TEAM_PLACES)
        gevent.sleep(place / max(1, self.environment.parsed_options.num_users))

    @task
    def start_quiz(self):
        token = secrets.token_hex(16)  # a CSRF secret of our own, as a browser keeps
        origin = self.host.replace("http://", "https://")
        with self.client.post(
            DATA["quiz_url"] + "start/",
            data={"csrfmiddlewaretoken": token},
            headers={
                **PROXY,
                "Cookie": f"{COOKIE}={self.session}; csrftoken={token}",
                "Origin": origin,
                "Referer": origin + DATA["quiz_url"],
            },
            name="quiz start",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302 or "/attempts/" not in response.headers.get(
                "Location", ""
            ):
                response.failure(
                    f"status {response.status_code} to "
                    f"{response.headers.get('Location', '')}"
                )
        raise StopUser()
