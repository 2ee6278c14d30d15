"""Learning: enrolment, joining, lessons, modules, content notes and breaks."""

from django.core.exceptions import (
    PermissionDenied,
    ValidationError,
)
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import (
    Page,
)

from courses.models import (
    LessonPage,
    ModulePage,
    ProgrammePage,
)
from courses.selectors import lesson_place, programme_of

from ..models import (
    Cohort,
    ContentNoteChoice,
    Enrolment,
    LessonCompletion,
    ModuleCompletion,
    Team,
    User,
)
from ..roles import (
    Role,
)
from ..selectors import (
    content_note_needed,
    module_missing_prerequisites,
    module_outline,
)
from .role_groups import user_add_role, user_has_no_role


class LearningError(ValidationError):
    """A learner asked for something they cannot do yet, with a kind explanation."""


def enrolment_create(
    *, user: User, programme: ProgrammePage, cohort: Cohort | None = None
) -> Enrolment:
    """Enrol a person on a programme (idempotent); self-enrolment only where allowed."""
    if cohort is None and not programme.self_enrolment:
        raise LearningError(
            _("This programme is by invitation. Ask your trainer for an invite link.")
        )
    if not programme.live:
        raise LearningError(_("This programme is not open at the moment."))
    try:
        with transaction.atomic():
            enrolment, created = Enrolment.objects.get_or_create(
                user=user, programme=programme, defaults={"cohort": cohort}
            )
    except IntegrityError:  # a double click raced us to it
        enrolment, created = (
            Enrolment.objects.get(user=user, programme=programme),
            False,
        )
    if not created and cohort is not None and enrolment.cohort_id is None:
        enrolment.cohort = cohort
        enrolment.save(update_fields=["cohort"])
    if user_has_no_role(user):
        user_add_role(user=user, role=Role.TRAINEE)
    return enrolment


def cohort_join(*, user: User, cohort: Cohort) -> Enrolment:
    """Join a cohort through its invite link, enrolling on its programme."""
    if not cohort.is_open:
        raise LearningError(_("This invite link is no longer open."))
    enrolment = enrolment_create(user=user, programme=cohort.programme, cohort=cohort)
    cohort.organisation.members.add(user)
    return enrolment


def team_join(*, user: User, code: str) -> Team:
    """Join a team with the short code a team lead shared, as one of its attendees.

    Joining gives a place in the team and nothing more: not membership of the
    organisation, and no right to see or run anything of anyone else's.
    """
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    team = Team.objects.filter(join_code=cleaned).select_related("organisation").first()
    if team is None:
        raise LearningError(
            _("We could not find a team with that code. Check it and try again.")
        )
    team.members.add(user)
    return team


def _enrolment_for_lesson(*, user: User, programme: ProgrammePage) -> Enrolment:
    enrolment = Enrolment.objects.filter(user=user, programme=programme).first()
    if enrolment is None:
        raise PermissionDenied(_("Enrol on this programme to record your progress."))
    return enrolment


def lesson_check_access(
    *, user: User, lesson_module: ModulePage, programme: ProgrammePage
) -> Enrolment:
    """The enrolment that opens a lesson, or a LearningError saying why not."""
    enrolment = _enrolment_for_lesson(user=user, programme=programme)
    missing = module_missing_prerequisites(user=user, module=lesson_module)
    if missing:
        raise LearningError(
            _("Finish %(modules)s first, then this module opens.")
            % {"modules": ", ".join(m.title for m in missing)}
        )
    if content_note_needed(user=user, module=lesson_module):
        raise LearningError(_("Please read the content note for this module first."))
    return enrolment


# Reading the same lesson again soon after need not write: "last active" is kept to
# within this many seconds, which spares a write on most page views.
# Opening the same lesson again within this time keeps the first opening time: fewer
# writes, and the time from opening to finishing it is what reports show.
LAST_ACTIVE_RESOLUTION = 60 * 60


def lesson_visit(*, enrolment: Enrolment, lesson: LessonPage) -> None:
    """Remember the lesson as the place to resume."""
    now = timezone.now()
    if (
        enrolment.last_lesson_id == lesson.pk
        and enrolment.last_active_at is not None
        and (now - enrolment.last_active_at).total_seconds() < LAST_ACTIVE_RESOLUTION
    ):
        return
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_lesson=lesson, last_active_at=now
    )
    enrolment.last_lesson_id, enrolment.last_active_at = lesson.pk, now


# A lesson left open in a tab for longer is not more learning.
MAX_SECONDS_ON_A_LESSON = LAST_ACTIVE_RESOLUTION


def _seconds_on_lesson(enrolment: Enrolment, lesson: LessonPage) -> int | None:
    """Time since the learner opened this lesson, if it is the one they opened."""
    if enrolment.last_lesson_id != lesson.pk or enrolment.last_active_at is None:
        return None
    seconds = (timezone.now() - enrolment.last_active_at).total_seconds()
    return int(min(max(seconds, 0), MAX_SECONDS_ON_A_LESSON))


@transaction.atomic
def lesson_complete(
    *, user: User, lesson: LessonPage, programme: ProgrammePage
) -> bool:
    """Mark a lesson finished (idempotent); returns True if newly finished."""
    enrolment = _enrolment_for_lesson(user=user, programme=programme)
    _completion, created = LessonCompletion.objects.get_or_create(
        user=user,
        lesson=lesson,
        defaults={
            "lesson_path": lesson.path,
            "lesson_title": lesson.title,
            "seconds_spent": _seconds_on_lesson(enrolment, lesson),
        },
    )
    lesson_visit(enrolment=enrolment, lesson=lesson)
    if created:
        module_completion_record(user=user, module=lesson_place(lesson).module)
    return created


def module_completion_record(
    *, user: User, module: ModulePage
) -> ModuleCompletion | None:
    """Remember for good that the learner finished a module, once every lesson is
    done and every quiz passed or sent for marking; note when every quiz is passed.

    Idempotent. Called when a lesson is finished and when a quiz is passed or sent
    for marking, so later changes to the module never take it away.
    """
    outline = module_outline(user=user, module=module)
    if not outline.is_finished:
        return None
    now = timezone.now()
    passed = outline.is_complete
    record = outline.record
    if record is None:
        record, _created = ModuleCompletion.objects.get_or_create(
            user=user,
            module=module,
            defaults={
                "finished_at": now,
                "passed_at": now if passed else None,
                "module_title": module.title,
            },
        )
    if passed and record.passed_at is None:
        ModuleCompletion.objects.filter(pk=record.pk, passed_at__isnull=True).update(
            passed_at=now
        )
        record.passed_at = now
    return record


def module_completion_record_for_page(*, user_id: int, page_id: int) -> None:
    """A quiz was passed or sent for marking: record its module if now finished."""
    page = Page.objects.filter(pk=page_id).only("path", "depth").first()
    user = User.objects.filter(pk=user_id).first()
    if page is None or user is None:
        return
    module = ModulePage.objects.filter(path=page.path[: -Page.steplen]).first()
    if module is not None:
        module_completion_record(user=user, module=module)


def content_note_choose(
    *, user: User, module: ModulePage, choice: str
) -> ContentNoteChoice:
    """Record what a learner chose at a content note (no penalty for "later").

    Refused while the module is locked: the note is shown, and accepted, only when
    the learner can go straight on to the module.
    """
    if choice not in ContentNoteChoice.Choice.values:
        raise LearningError(_("Please choose one of the options."))
    missing = module_missing_prerequisites(user=user, module=module)
    if missing:
        raise LearningError(
            _("Finish %(modules)s first, then this module opens.")
            % {"modules": ", ".join(m.title for m in missing)}
        )
    return ContentNoteChoice.objects.create(user=user, module=module, choice=choice)


def break_take(*, user: User, lesson: LessonPage | None) -> None:
    """Save the learner's place so they can step away and come back."""
    if lesson is None:
        return
    programme = programme_of(lesson)
    enrolment = Enrolment.objects.filter(user=user, programme=programme).first()
    if enrolment is not None:
        lesson_visit(enrolment=enrolment, lesson=lesson)
