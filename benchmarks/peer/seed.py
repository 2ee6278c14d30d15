"""Build the peer's comparable lesson: one course, one lesson with the same body HTML.

Run inside the peer virtualenv: ``python seed.py BODY.json USERS OUT.json``. BODY.json is a list
of HTML chunks (the Alongside lesson's blocks, rendered), so both lessons carry the same
content size. Idempotent: the tree is rebuilt on each run.
"""

import json
import os
import sys
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peer_site.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.templatetags.static import static  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402
from wagtail_lms.models import CourseEnrollment, CoursePage, H5PLessonPage  # noqa: E402

PASSWORD = "alongside-bench"  # noqa: S105


def main(body_path: str, users: int, out: str) -> None:
    chunks = json.loads(Path(body_path).read_text(encoding="utf-8"))
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = root.add_child(instance=Page(title="Home", slug="home"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "127.0.0.1", "port": 80, "root_page": home},
    )
    course = home.add_child(
        instance=CoursePage(title="Foundation course", slug="course")
    )
    lessons = []
    for n in range(1, 4):
        lesson = course.add_child(
            instance=H5PLessonPage(
                title=f"Lesson {n}",
                slug=f"lesson-{n}",
                body=[("paragraph", chunk) for chunk in chunks],
            )
        )
        lesson.save_revision().publish()
        lessons.append(lesson)
    course.save_revision().publish()
    User.objects.filter(username__startswith="learner").delete()
    hashed = User(username="x")
    hashed.set_password(PASSWORD)
    people = User.objects.bulk_create(
        [User(username=f"learner{n}", password=hashed.password) for n in range(users)]
    )
    CourseEnrollment.objects.bulk_create(
        [CourseEnrollment(user=u, course=course) for u in people]
    )
    sessions = []
    for person in people:
        client = Client()
        client.force_login(person)
        sessions.append(client.cookies[settings.SESSION_COOKIE_NAME].value)
    data = {
        "lesson_url": lessons[1].url,
        "learner": people[0].username,
        "static_url": static("wagtail_lms/css/course.css"),
        "sessions": sessions,
    }
    Path(out).write_text(json.dumps(data), encoding="utf-8")
    print(json.dumps({"lesson_url": data["lesson_url"], "users": users}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
