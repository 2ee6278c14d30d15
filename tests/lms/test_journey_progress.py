"""Journeys across roles and days: content changes mid-course, marking that waits,
content notes on locked modules and "before you start" prompts (issue 13, items 1, 2
and two of item 9).

Each test walks what people do through the site itself: the trainee with the test
client, the trainer through the Wagtail admin's own forms and the cohort pages.
"""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from assessments.models import QuestionCategory, QuizAttempt
from assessments.seed import question_create
from courses.factories import LessonPageFactory
from courses.models import LessonPage
from lms.cohorts.models import ConfidenceItem, ModuleSchedule
from lms.cohorts.reports import completion_funnel, time_per_module
from lms.cohorts.selectors import gradebook
from lms.models import ContentNoteChoice, LessonCompletion, ModuleCompletion
from lms.selectors import programme_outline
from lms.services import enrolment_create
from tests.assessments.helpers import attempt_answers, quiz_create, single_choice
from tests.conftest import build_programme

pytestmark = pytest.mark.django_db


def _chain(modules):
    """Each module builds on the first and on the one before it, as in the demo
    programme (where module 5 needs module 1)."""
    first = modules[0][0]
    for (earlier, _lessons), (later, _later_lessons) in zip(
        modules, modules[1:], strict=False
    ):
        later.prerequisites.set({first, earlier})
        later.save_revision().publish()


def _finish(client, lessons):
    for lesson in lessons:
        response = client.post(reverse("lms:lesson_complete", args=[lesson.pk]))
        assert response.status_code == 302


def _carry_on_url(client) -> str:
    html = client.get(reverse("lms:dashboard")).content.decode()
    match = re.search(
        r'class="nhsuk-action-link__link alongside-next" href="([^"]+)"', html
    )
    assert match, "the dashboard offers no next step"
    return match.group(1)


@pytest.fixture
def course(home, trainer, trainee):
    """Five modules of two lessons, each needing the one before; a cohort."""
    from lms.factories import CohortFactory, OrganisationFactory

    programme, _course, modules = build_programme(home, modules=5, lessons=2)
    _chain(modules)
    cohort = CohortFactory(organisation=OrganisationFactory(), programme=programme)
    cohort.trainers.add(trainer)
    enrolment_create(user=trainee, programme=programme, cohort=cohort)
    return programme, modules, cohort


def _publish_lesson_as_trainer(client, module, title) -> str:
    """The trainer adds and publishes a lesson through the admin's own form; returns
    the warning the add form showed first."""
    url = f"/admin/pages/add/courses/lessonpage/{module.pk}/"
    form = client.get(url)
    assert form.status_code == 200
    warning = " ".join(str(m) for m in form.context["messages"])
    data = nested_form_data(
        {
            "title": title,
            "slug": "what-is-new",
            "summary": "Something we have learnt since.",
            "estimated_minutes": 10,
            "body": streamfield(
                [("rich_text", rich_text("<p>A new thing to know.</p>"))]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert LessonPage.objects.live().get(slug="what-is-new").get_parent().pk == (
        module.pk
    )
    return warning


def test_publishing_into_a_finished_module_never_relocks_a_trainee(
    client, course, trainee, trainer
):
    programme, modules, cohort = course
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    ModuleSchedule.objects.create(cohort=cohort, module=modules[0][0], due_on=yesterday)
    # Day 1: the trainee finishes modules 1 to 4.
    client.force_login(trainee)
    _finish(client, [lesson for _m, lessons in modules[:4] for lesson in lessons])

    # Day 2: the trainer adds a lesson to module 1, warned before publishing.
    client.force_login(trainer)
    warning = _publish_lesson_as_trainer(client, modules[0][0], "What is new")

    # Day 3: the trainee carries on where they were.
    client.force_login(trainee)
    module_five = client.get(modules[4][0].url, follow=True)
    first_lesson = client.get(modules[4][1][0].url)
    module_one = client.get(modules[0][0].url).content.decode()
    carry_on = _carry_on_url(client)
    carry_on_page = client.get(carry_on)
    # The trainer's reports that day.
    book = gradebook(programme=programme, user_ids=[trainee.pk])
    funnel = {step.label: step.count for step in completion_funnel(book)}
    client.force_login(trainer)
    overview = client.get(reverse("trainer:cohort_overview", args=[cohort.pk]))

    html = module_five.content.decode()
    assert module_five.redirect_chain == []
    assert "Finish Module 1" not in html
    assert f'href="{modules[4][1][0].url}"' in html
    assert first_lesson.status_code == 200
    assert "I've finished this lesson" in first_lesson.content.decode()
    assert "What is new" in module_one
    assert "New since you finished" in module_one
    assert carry_on == modules[4][1][0].url
    assert carry_on_page.status_code == 200
    assert [funnel[f"Finished Module {n}"] for n in range(1, 6)] == [1, 1, 1, 1, 0]
    assert not book.rows[0].stuck
    assert re.search(r"<strong>0</strong> may be stuck", overview.content.decode())
    assert "1 person has finished this module; they will see this lesson" in warning


def test_reading_a_new_lesson_counts_once_read(client, course, trainee):
    programme, modules, _cohort = course
    client.force_login(trainee)
    _finish(client, modules[0][1])
    new = LessonPageFactory(parent=modules[0][0], title="Added later")

    before = programme_outline(user=trainee, programme=programme).modules[0]
    _finish(client, [new])
    after = programme_outline(user=trainee, programme=programme).modules[0]

    assert [ls.pk for ls in before.new_lessons] == [new.pk]
    assert (before.progress.done, before.progress.total) == (2, 2)
    assert before.is_finished and before.next_lesson is None
    assert after.new_lessons == []
    assert (after.progress.done, after.progress.total) == (3, 3)


def test_moving_or_removing_lessons_loses_no_progress(client, course, trainee):
    programme, modules, _cohort = course
    client.force_login(trainee)
    _finish(client, [lesson for _m, lessons in modules[:2] for lesson in lessons])

    # The trainer moves an unread lesson from module 3 into module 1, a read one
    # from module 1 into module 4, and takes one of module 2's lessons down.
    modules[2][1][0].move(modules[0][0], pos="last-child")
    modules[0][1][1].move(modules[3][0], pos="last-child")
    modules[1][1][0].unpublish()
    outline = programme_outline(user=trainee, programme=programme)
    module_two_lesson = client.get(modules[1][1][1].url)
    module_three = client.get(modules[2][0].url, follow=True)
    book = gradebook(programme=programme, user_ids=[trainee.pk])

    assert module_two_lesson.status_code == 200
    assert module_three.redirect_chain == []
    assert f'href="{modules[2][1][1].url}"' in module_three.content.decode()
    assert [c.complete for c in book.rows[0].cells] == [True, True, False, False, False]
    assert [m.is_finished for m in outline.modules] == [True, True, False, False, False]
    assert [ls.pk for ls in outline.modules[0].new_lessons] == [modules[2][1][0].pk]
    assert outline.modules[3].progress.done == 1


def test_moving_a_lesson_into_a_finished_module_warns_first(
    client, course, trainee, trainer
):
    """Wagtail's "Are you sure?" page for a move says who has finished the module
    the lesson is going into, as the add form does before publishing."""
    programme, modules, _cohort = course
    client.force_login(trainee)
    _finish(client, [lesson for _m, lessons in modules[:2] for lesson in lessons])
    moving = modules[3][1][0]

    client.force_login(trainer)
    into_finished = client.get(
        reverse("wagtailadmin_pages:move_confirm", args=[moving.pk, modules[0][0].pk])
    )
    into_unfinished = client.get(
        reverse("wagtailadmin_pages:move_confirm", args=[moving.pk, modules[4][0].pk])
    )
    moved = client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[moving.pk, modules[0][0].pk])
    )

    assert into_finished.status_code == 200
    html = into_finished.content.decode()
    assert "1 person has finished this module; they will see this lesson" in html
    assert "Yes, move this page" in html
    assert "has finished this module" not in into_unfinished.content.decode()
    assert moved.status_code == 302
    moving.refresh_from_db()
    assert moving.get_parent().pk == modules[0][0].pk
    # And, as promised, the trainee is not held back by it.
    outline = programme_outline(user=trainee, programme=programme)
    assert outline.modules[0].is_finished
    assert [ls.pk for ls in outline.modules[0].new_lessons] == [moving.pk]


def test_deleting_a_lesson_keeps_learners_history(client, course, trainee, trainer):
    """A trainer deletes a finished lesson in the admin: the trainee keeps the module
    they finished and the time they spent, and the reports agree with what they see."""
    programme, modules, _cohort = course
    # Day 1: the trainee reads module 1, ten minutes on each lesson.
    client.force_login(trainee)
    _finish(client, modules[0][1])
    LessonCompletion.objects.filter(user=trainee).update(seconds_spent=600)
    before = time_per_module(
        gradebook(programme=programme, user_ids=[trainee.pk]), [trainee.pk]
    )[0]
    gone = modules[0][1][0]

    # Day 2: the trainer deletes the first lesson through the admin.
    client.force_login(trainer)
    response = client.post(f"/admin/pages/{gone.pk}/delete/")
    assert response.status_code == 302
    assert not LessonPage.objects.filter(pk=gone.pk).exists()

    # Day 3: what the trainee sees, and what the trainer's reports say.
    client.force_login(trainee)
    module_page = client.get(modules[0][0].url).content.decode()
    module_two = client.get(modules[1][1][0].url)
    outline = programme_outline(user=trainee, programme=programme)
    book = gradebook(programme=programme, user_ids=[trainee.pk])
    funnel = {step.label: step.count for step in completion_funnel(book)}
    after = time_per_module(book, [trainee.pk])[0]

    kept = LessonCompletion.objects.get(user=trainee, lesson=None)
    assert (kept.lesson_title, kept.seconds_spent) == (gone.title, 600)
    assert LessonCompletion.objects.filter(user=trainee).count() == 2
    assert "You finished this module on" in module_page
    assert module_two.status_code == 200
    assert outline.modules[0].is_finished and outline.modules[1].prerequisites_met
    assert book.rows[0].cells[0].complete
    assert funnel["Finished Module 1"] == 1
    assert (after.people, after.minutes) == (before.people, before.minutes) == (1, 20)

    # Even the whole module deleted (by a site admin) leaves the record that they
    # finished it.
    modules[0][0].delete()
    record = ModuleCompletion.objects.get(user=trainee)
    assert (record.module, record.module_title) == (None, modules[0][0].title)


# --- item 2: an essay in a quiz --------------------------------------------------


@pytest.fixture
def essay_course(home, trainer, trainee):
    from lms.factories import CohortFactory, OrganisationFactory

    programme, _course, modules = build_programme(home, modules=2, lessons=2)
    _chain(modules)
    category = QuestionCategory.objects.create(name="Foundations")
    choice = single_choice(category, "Who you are")
    essay = question_create(
        data={
            "type": "essay",
            "name": "Your approach",
            "text": "Describe your approach.",
            "answers": [],
        },
        category=category,
        lessons={},
    )
    quiz = quiz_create(modules[0][0], [choice, essay], title="Foundations check")
    cohort = CohortFactory(organisation=OrganisationFactory(), programme=programme)
    cohort.trainers.add(trainer)
    enrolment_create(user=trainee, programme=programme, cohort=cohort)
    return programme, modules, quiz, [choice, essay]


def test_an_essay_waiting_for_marking_never_freezes_the_trainee(
    client, essay_course, trainee, trainer, django_capture_on_commit_callbacks
):
    programme, modules, quiz, questions = essay_course
    client.force_login(trainee)
    _finish(client, modules[0][1])
    # With the lessons read, the dashboard sends them to the quiz.
    assert _carry_on_url(client) == quiz.url

    with django_capture_on_commit_callbacks(execute=True):
        client.post(quiz.url + "start/")
        attempt = QuizAttempt.objects.get(user=trainee, quiz=quiz)
        client.post(
            f"{quiz.url}attempts/{attempt.pk}/",
            {
                **attempt_answers(attempt, questions),
                "action": "submit",
                "revision": attempt.revision,
            },
        )
    attempt.refresh_from_db()
    sent_on = f"sent on {timezone.localdate():%-d %B %Y}"
    quiz_page = client.get(quiz.url).content.decode()
    module_page = client.get(modules[0][0].url).content.decode()
    next_lesson = client.get(modules[1][1][0].url)
    carry_on = _carry_on_url(client)
    _finish(client, modules[1][1])
    finished_dashboard = client.get(reverse("lms:dashboard")).content.decode()
    waiting = programme_outline(user=trainee, programme=programme)

    assert attempt.status == QuizAttempt.Status.AWAITING_MARKING
    assert f"Waiting for your trainer to mark part of this quiz ({sent_on})" in (
        quiz_page
    )
    assert (
        f"Waiting for your trainer to mark part of Foundations check ({sent_on})"
        in (module_page)
    )
    assert "Pass the quiz to finish this module" not in module_page
    assert next_lesson.status_code == 200
    assert carry_on == modules[1][1][0].url
    assert "Waiting for your trainer to mark part of Foundations check" in (
        finished_dashboard
    )
    assert f'href="{programme.url}">Look back over' in finished_dashboard
    # The certificate still waits for the mark.
    assert waiting.modules[0].is_finished and not waiting.modules[0].is_complete
    assert not waiting.is_complete

    # The trainer marks the essay; now the programme is complete.
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("lms_mark_essays", args=[attempt.pk]),
            {f"mark-{questions[1].pk}": "100", f"comment-{questions[1].pk}": "Good"},
        )
    assert response.status_code == 302
    marked = programme_outline(user=trainee, programme=programme)
    assert marked.is_complete
    assert (
        ModuleCompletion.objects.get(user=trainee, module=modules[0][0]).passed_at
        is not None
    )


# --- item 9: content notes and "before you start" prompts ------------------------


def test_a_content_note_on_a_locked_module_is_not_used_up(client, course, trainee):
    _programme, modules, _cohort = course
    locked = modules[1][0]
    locked.is_difficult = True
    locked.content_note = "This module talks about baby loss."
    locked.save_revision().publish()
    client.force_login(trainee)

    while_locked = client.get(locked.url).content.decode()
    refused = client.post(
        reverse("lms:content_note_choose", args=[locked.pk]),
        {"choice": "continue"},
        follow=True,
    )
    _finish(client, modules[0][1])
    once_open = client.get(locked.url).content.decode()

    # The note can be read, but not accepted, while the module is locked.
    assert "Before you start: a content note" in while_locked
    assert 'value="continue"' not in while_locked
    assert "once this module opens for you" in while_locked
    assert "Finish Module 1 first, then this module opens." in (
        refused.content.decode()
    )
    assert not ContentNoteChoice.objects.filter(user=trainee, module=locked).exists()
    assert "Before you start: a content note" in once_open
    assert 'value="continue"' in once_open


def test_before_you_start_prompts_stop_once_started(client, course, trainee):
    programme, modules, _cohort = course
    difficult = modules[0][0]
    difficult.is_difficult = True
    difficult.content_note = "This module talks about difficult births."
    difficult.save_revision().publish()
    ConfidenceItem.objects.create(
        programme=programme, topic="Listening", statement="I can listen well."
    )
    ContentNoteChoice.objects.create(
        user=trainee, module=difficult, choice=ContentNoteChoice.Choice.CONTINUE
    )
    client.force_login(trainee)
    fresh = client.get(reverse("lms:dashboard")).content.decode()

    _finish(client, modules[0][1][:1])  # half-way through module 1
    half_way = client.get(reverse("lms:dashboard")).content.decode()
    _finish(client, [ls for _m, lessons in modules for ls in lessons])
    finished = client.get(reverse("lms:dashboard")).content.decode()

    assert "A few questions before you start" in fresh
    assert "Check in before Module 1" in fresh
    for later in (half_way, finished):
        assert "A few questions before you start" not in later
        assert "Check in before" not in later
    assert "Check in after Module 1" in finished


def test_the_backfill_records_modules_already_finished(client, course, trainee):
    """People who finished modules before this release keep them (the migration)."""
    import importlib

    from django.apps import apps

    backfill = importlib.import_module(
        "lms.migrations.0007_module_completion_backfill"
    ).backfill
    _programme, modules, _cohort = course
    client.force_login(trainee)
    _finish(client, [*modules[0][1], *modules[1][1], modules[2][1][0]])
    ModuleCompletion.objects.all().delete()

    backfill(apps, None)
    backfill(apps, None)  # running it again changes nothing

    assert set(
        ModuleCompletion.objects.filter(user=trainee).values_list(
            "module_id", flat=True
        )
    ) == {modules[0][0].pk, modules[1][0].pk}


# --- the whole journey, across days and roles -----------------------------------


def test_a_trainees_journey_across_days_and_roles(
    client,
    essay_course,
    trainee,
    trainer,
    organisation_admin,
    settings,
    tmp_path,
    django_capture_on_commit_callbacks,
):
    """Content changes mid-course, marking that waits, a certificate that issues
    and is later revoked: each person sees what the others did, in order."""
    import io

    from pypdf import PdfReader

    from certificates.models import AccreditationRules, Certificate
    from lms.models import Enrolment

    settings.CERTIFICATE_SIGNING_KEY_DIR = tmp_path / "keys"
    programme, modules, quiz, questions = essay_course
    cohort = Enrolment.objects.get(user=trainee, programme=programme).cohort
    AccreditationRules.objects.create(
        programme=programme,
        issuing_organisation=cohort.organisation,
        description="Trained to offer peer support safely.",
        criteria="Finish every module and pass its quiz.",
        learning_hours=2,
        validity_months=24,
        requirements='[{"type": "modules_passed", "value": {"modules": []}}]',
    )
    cohort.organisation.admins.add(organisation_admin)
    organisation_admin.is_staff = True
    organisation_admin.save()

    # Monday: the trainee reads module 1 and sends its quiz, essay and all.
    client.force_login(trainee)
    _finish(client, modules[0][1])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(quiz.url + "start/")
        attempt = QuizAttempt.objects.get(user=trainee, quiz=quiz)
        client.post(
            f"{quiz.url}attempts/{attempt.pk}/",
            {
                **attempt_answers(attempt, questions),
                "action": "submit",
                "revision": attempt.revision,
            },
        )
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.AWAITING_MARKING

    # Tuesday: the trainer adds a lesson to module 1, warned who has finished it.
    client.force_login(trainer)
    warning = _publish_lesson_as_trainer(client, modules[0][0], "What is new")
    assert "1 person has finished this module; they will see this lesson" in warning

    # Wednesday: the trainee carries on into module 2, not held back by the new
    # lesson or by the essay waiting for marking.
    client.force_login(trainee)
    carry_on = _carry_on_url(client)
    module_one = client.get(modules[0][0].url).content.decode()
    assert carry_on == modules[1][1][0].url
    assert client.get(carry_on).status_code == 200
    assert "New since you finished" in module_one and "What is new" in module_one
    assert "Waiting for your trainer to mark part of Foundations check" in module_one
    _finish(client, modules[1][1])
    assert not Certificate.objects.filter(user=trainee).exists(), "the mark waits"

    # Thursday: the trainer marks the essay; the certificate issues.
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        marked = client.post(
            reverse("lms_mark_essays", args=[attempt.pk]),
            {f"mark-{questions[1].pk}": "100", f"comment-{questions[1].pk}": "Good"},
        )
    assert marked.status_code == 302
    certificate = Certificate.objects.get(user=trainee, programme=programme)
    assert certificate.status == "valid"
    client.force_login(trainee)
    assert certificate.number in client.get(reverse("lms:dashboard")).content.decode()

    # A month later the organisation's admin revokes it, through its own page.
    client.force_login(organisation_admin)
    url = reverse("certificates_admin_action", args=[certificate.pk, "revoke"])
    assert "Revoke this certificate?" in client.get(url).content.decode()
    done = client.post(url, {"reason": "Issued in error.", "confirmed": "yes"})
    assert done.status_code == 302

    # Anyone checking it sees that it was revoked, on the page and on the PDF.
    client.logout()
    verify = client.get(reverse("certificates:verify", args=[certificate.token]))
    assert "This certificate has been revoked" in verify.content.decode()
    pdf = client.get(reverse("certificates:pdf", args=[certificate.token]))
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "Revoked on" in text and "no longer valid" in text
    assert "Valid until" not in text
