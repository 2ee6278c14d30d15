"""Writing authored content: used by the demo seed and by imports."""

import datetime
import json
import uuid

from django.db import transaction
from wagtail.models import Page, Site

from .models import (
    CoursePage,
    HomePage,
    LessonPage,
    ModulePage,
    ProgrammePage,
    Signpost,
)

_NAMESPACE = uuid.UUID("6f1c1d8e-4d0c-4c5e-9a51-6a1a0f3b7c10")

HOME_INTRO = (
    "<p>Alongside trains parents with lived experience of perinatal mental health "
    "difficulties to support others through pregnancy and the first year after "
    "birth. Learn at your own pace, on your phone or a computer.</p>"
)


@transaction.atomic
def _date_or_none(value: str | None) -> datetime.date | None:
    """A date written as YYYY-MM-DD, or None when the seed leaves it empty."""
    return datetime.date.fromisoformat(value) if value else None


def signposts_sync(*, entries: list[dict]) -> list[Signpost]:
    """Create or update directory entries by name (idempotent)."""
    saved = []
    for order, entry in enumerate(entries):
        nations = set(entry.get("nations", []))
        signpost, _created = Signpost.objects.update_or_create(
            name=entry["name"],
            defaults={
                "category": entry["category"],
                "purpose": entry["purpose"],
                "phone": entry.get("phone", ""),
                "phone_note": entry.get("phone_note", ""),
                "hours": entry.get("hours", ""),
                "website": entry.get("website", ""),
                "covers_england": "england" in nations,
                "covers_wales": "wales" in nations,
                "covers_scotland": "scotland" in nations,
                "covers_northern_ireland": "northern_ireland" in nations,
                "is_crisis": entry.get("is_crisis", False),
                "sort_order": order,
                "last_verified": _date_or_none(entry.get("last_verified")),
                "verified_by": entry.get("verified_by") or "",
            },
        )
        saved.append(signpost)
    return saved


@transaction.atomic
def home_page_ensure(*, title: str = "Alongside") -> HomePage:
    """The site's home page, replacing Wagtail's placeholder on a new install."""
    home = HomePage.objects.first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    home = HomePage(title=title, slug="alongside", intro=HOME_INTRO)
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    placeholder = site.root_page if site else None
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    else:
        site.root_page = home
        site.site_name = "Alongside"
        site.save()
    if placeholder is not None and placeholder.specific_class is Page:
        placeholder.delete()
    return home


def _publish_child(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def _stream(blocks: list[tuple[str, object]], *, key: str, signposts: dict) -> str:
    raw = []
    for index, (block_type, value) in enumerate(blocks):
        if block_type == "signpost":
            ids = [signposts[name] for name in value["names"] if name in signposts]
            value = {
                "heading": value.get("heading", "Where to find help"),
                "entries": ids,
            }
        raw.append(
            {
                "type": block_type,
                "value": value,
                "id": str(uuid.uuid5(_NAMESPACE, f"{key}:{index}")),
            }
        )
    return json.dumps(raw)


@transaction.atomic
def curriculum_seed(
    *, home: HomePage, programme: dict, modules: list[dict]
) -> ProgrammePage:
    """Create the programme, its course, modules and lessons if missing (idempotent)."""
    page = _child(home, ProgrammePage, programme["slug"])
    if page is None:
        page = _publish_child(
            home,
            ProgrammePage(
                title=programme["title"],
                slug=programme["slug"],
                summary=programme["summary"],
                intro=programme["intro"],
                who_it_is_for=programme["who_it_is_for"],
                self_enrolment=True,
            ),
        )
    course_data = programme["course"]
    course = _child(page, CoursePage, course_data["slug"])
    if course is None:
        course = _publish_child(
            page,
            CoursePage(
                title=course_data["title"],
                slug=course_data["slug"],
                summary=course_data["summary"],
            ),
        )
    signposts = dict(Signpost.objects.values_list("name", "pk"))
    by_code: dict[str, ModulePage] = {}
    for data in modules:
        module = _child(course, ModulePage, data["slug"])
        if module is None:
            module = ModulePage(
                title=data["title"],
                slug=data["slug"],
                code=data["code"],
                summary=data["summary"],
                learning_outcomes=json.dumps(
                    [
                        {
                            "type": "outcome",
                            "value": text,
                            "id": str(uuid.uuid5(_NAMESPACE, f"{data['slug']}:lo:{i}")),
                        }
                        for i, text in enumerate(data["learning_outcomes"])
                    ]
                ),
                estimated_minutes=data["estimated_minutes"],
                is_difficult=data["difficult"],
                content_note=data.get("content_note", ""),
                is_safety_critical=data.get("safety_critical", False),
                reviewer_role=data.get("reviewer_role", ""),
                last_reviewed=_date_or_none(data.get("last_reviewed")),
                next_review=_date_or_none(data.get("next_review")),
            )
            module.content_tags.add(*data.get("content_tags", []))
            _publish_child(course, module)
        by_code[data["code"]] = module
        for lesson_data in data["lessons"]:
            if _child(module, LessonPage, lesson_data["slug"]) is None:
                key = f"{data['slug']}/{lesson_data['slug']}"
                _publish_child(
                    module,
                    LessonPage(
                        title=lesson_data["title"],
                        slug=lesson_data["slug"],
                        summary=lesson_data.get("summary", ""),
                        estimated_minutes=lesson_data.get("estimated_minutes", 15),
                        body=_stream(lesson_data["body"], key=key, signposts=signposts),
                    ),
                )
    for data in modules:
        wanted = [by_code[c] for c in data.get("prerequisites", []) if c in by_code]
        module = by_code[data["code"]]
        if wanted and set(module.prerequisites.values_list("pk", flat=True)) != {
            m.pk for m in wanted
        }:
            module.prerequisites.set(wanted)
            module.save_revision().publish()
    return page
