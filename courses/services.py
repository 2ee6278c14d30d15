"""Writing authored content: used by the demo seed and by imports."""

import json
import uuid

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Site

from .models import (
    ContentReview,
    CoursePage,
    HomePage,
    LessonPage,
    ModulePage,
    ProgrammePage,
    ReviewOutcome,
    Signpost,
    SignpostVerification,
)

_NAMESPACE = uuid.UUID("6f1c1d8e-4d0c-4c5e-9a51-6a1a0f3b7c10")

HOME_INTRO = (
    "<p>Alongside trains parents with lived experience of perinatal mental health "
    "difficulties to support others through pregnancy and the first year after "
    "birth. Learn at your own pace, on your phone or a computer.</p>"
)


def signposts_sync(*, entries: list[dict]) -> list[Signpost]:
    """Create or update directory entries by name (idempotent). Each entry is
    checked as the admin's form checks it (``full_clean``): an entry an editor
    could not save stops the sync with the reasons."""
    saved = []
    for order, entry in enumerate(entries):
        nations = set(entry.get("nations", []))
        fields = {
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
        }
        signpost = Signpost.objects.filter(name=entry["name"]).first() or Signpost(
            name=entry["name"]
        )
        for name, value in fields.items():
            setattr(signpost, name, value)
        signpost.full_clean()
        signpost.save()
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


def _html_document(title: str, html: str) -> int:
    """A printable HTML page as a document in the shared collection (idempotent)."""
    from django.core.files.base import ContentFile
    from django.utils.text import slugify
    from wagtail.documents import get_document_model

    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(
            f"{slugify(title)}.html", ContentFile(html.encode("utf-8")), save=False
        )
        document.save()
    return document.pk


def _stream(blocks: list[tuple[str, object]], *, key: str, signposts: dict) -> str:
    raw = []
    for index, (block_type, value) in enumerate(blocks):
        if block_type == "resource" and "html" in value:
            value = {
                "title": value["title"],
                "document": _html_document(value["document_title"], value["html"]),
                "description": value.get("description", ""),
            }
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
                is_clinical=data.get("clinical", False),
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


def content_review_record(
    *,
    module: Page,
    user,
    role: str,
    checked: str,
    approved: bool,
    comment: str = "",
) -> ContentReview:
    """Record a reviewer's decision on the module's latest version.

    The latest revision is the one the workflow publishes when it finishes, so an
    approval is tied to exactly the version learners will then read.
    """
    module = module.specific
    return ContentReview.objects.create(
        module=module,
        revision=module.get_latest_revision(),
        reviewer=user,
        reviewer_name=user.get_full_name() or user.get_username(),
        reviewer_role=role.strip(),
        checked=checked.strip(),
        outcome=ReviewOutcome.APPROVED if approved else ReviewOutcome.CHANGES_NEEDED,
        comment=comment.strip(),
    )


def signpost_check_record(
    *, signpost: Signpost, user, phone_checked: str, website_checked: str, notes: str
) -> SignpostVerification:
    """Record that the signed-in person checked a directory entry today."""
    return SignpostVerification.objects.create(
        signpost=signpost,
        checked_by=user,
        checked_by_name=user.get_full_name() or user.get_username(),
        checked_on=timezone.localdate(),
        phone_checked=phone_checked.strip(),
        website_checked=website_checked.strip(),
        notes=notes.strip(),
    )


CLINICAL_REVIEWERS = "Clinical reviewers"  # lms.roles.Role.CLINICAL_REVIEWER
CLINICAL_REVIEW = "Clinical review"


def clinical_review_workflow_sync(*, dry_run: bool = False) -> list[str]:
    """Make sure the Clinical review workflow exists, active, with a clinical review
    task that the Clinical reviewers group approves; say what changed.

    Run by roles_sync (a new site gets the same from courses migration 0004).
    """
    from django.contrib.auth.models import Group
    from wagtail.models import Workflow, WorkflowTask

    from .models import ClinicalReviewTask

    changes: list[str] = []
    task = ClinicalReviewTask.objects.order_by("pk").first()
    if task is None:
        changes.append(f"{CLINICAL_REVIEW}: create the clinical review task")
    elif not task.active:
        changes.append(f"{CLINICAL_REVIEW}: reactivate the clinical review task")
    group = Group.objects.filter(name=CLINICAL_REVIEWERS).first()
    if task is None or group is None or not task.groups.filter(pk=group.pk).exists():
        changes.append(f"{CLINICAL_REVIEW}: approved by {CLINICAL_REVIEWERS}")
    workflow = (
        Workflow.objects.filter(workflow_tasks__task=task).order_by("pk").first()
        if task is not None
        else None
    )
    if workflow is None:
        changes.append(f"{CLINICAL_REVIEW}: create the workflow")
    elif not workflow.active:
        changes.append(f"{CLINICAL_REVIEW}: reactivate the workflow")
    if dry_run or not changes:
        return changes
    with transaction.atomic():
        group, _created = Group.objects.get_or_create(name=CLINICAL_REVIEWERS)
        if task is None:
            task = ClinicalReviewTask.objects.create(name=CLINICAL_REVIEW)
        elif not task.active:
            task.active = True
            task.save(update_fields=["active"])
        task.groups.add(group)
        if workflow is None:
            workflow = Workflow.objects.create(name=CLINICAL_REVIEW)
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        elif not workflow.active:
            workflow.active = True
            workflow.save(update_fields=["active"])
    return changes
