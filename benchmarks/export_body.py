"""Write the benchmark lesson's body, rendered block by block, as a JSON list of HTML.

The peer's lesson is built from this list, so both lessons carry the same content.
Usage (Alongside's virtualenv, settings set): ``python export_body.py OUT.json``.
"""

import json
import sys
from pathlib import Path

import django


def main(out: str) -> None:
    django.setup()
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    from benchmarks.fixtures import bench_lesson

    lesson = bench_lesson()
    request = RequestFactory().get(lesson.url)
    request.user = AnonymousUser()
    chunks = [
        str(block.render(context={"page": lesson, "request": request}))
        for block in lesson.body
    ]
    Path(out).write_text(json.dumps(chunks), encoding="utf-8")
    print(json.dumps({"blocks": len(chunks), "chars": sum(map(len, chunks))}))


if __name__ == "__main__":
    main(sys.argv[1])
