"""Written scenarios and quiz essays: drafts, submitting once, and the marking queue."""

import datetime
import json
import re
import uuid

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from assessments import services
from assessments.models import (
    FreeTextScenarioPage,
    FreeTextSubmission,
    QuizAttempt,
    Rubric,
)
from lms.factories import CohortFactory, OrganisationFactory
from lms.models import AuditEvent
from lms.roles import Role
from lms.services import enrolment_create
from tests.assessments.helpers import (
    attempt_answers,
    attempt_url,
    messages_on,
    quiz_create,
    result_url,
)
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

QUEUE = "/admin/marking/"
ANSWER = "I would thank her for telling me, listen, and ask what would help."


def _mark_url(submission) -> str:
    return f"/admin/marking/written/{submission.pk}/"


def _essay_url(attempt) -> str:
    return f"/admin/marking/quiz/{attempt.pk}/"


@pytest.fixture
def rubric(db):
    levels = [
        {"label": "Not yet", "points": 0, "descriptor": "Not shown."},
        {"label": "Secure", "points": 1, "descriptor": "Shown."},
        {"label": "Strong", "points": 2, "descriptor": "Shown well."},
    ]
    criteria = [
        {
            "type": "criterion",
            "id": str(uuid.uuid4()),
            "value": {
                "name": name,
                "levels": [
                    {"type": "item", "value": level, "id": str(uuid.uuid4())}
                    for level in levels
                ],
            },
        }
        for name in ("Listening", "Signposting")
    ]
    return Rubric.objects.create(name="Support skills", criteria=json.dumps(criteria))


@pytest.fixture
def written(quiz_module, rubric):
    page = FreeTextScenarioPage(
        title="A worried dad",
        slug="a-worried-dad",
        prompt="<p>A dad tells you he cannot sleep. What do you say?</p>",
        rubric=rubric,
        pass_points=3,
        model_answer="MODEL-ANSWER-FOR-MARKERS",
    )
    quiz_module.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def learner(client, trainee, cohort):
    enrolment_create(user=trainee, programme=cohort.programme, cohort=cohort)
    client.force_login(trainee)
    return trainee


@pytest.fixture
def other_cohort(programme_tree, roles):
    """Another cohort on the same programme, with its own trainer and trainee."""
    cohort = CohortFactory(
        organisation=OrganisationFactory(), programme=programme_tree[0], name="Other"
    )
    trainer = make_user(Role.TRAINER, full_name="Omar Othertrainer")
    trainee = make_user(Role.TRAINEE, full_name="Olive Otherlearner")
    cohort.trainers.add(trainer)
    enrolment_create(user=trainee, programme=programme_tree[0], cohort=cohort)
    return cohort, trainer, trainee


def _post(client, page, text, *, action, revision):
    return client.post(page.url, {"text": text, "action": action, "revision": revision})


def _submitted(user, page, text=ANSWER) -> FreeTextSubmission:
    submission = services.free_text_current(user=user, scenario=page)
    return services.free_text_save(
        submission=submission, text=text, revision=submission.revision, submit=True
    )


# --- the learner's draft --------------------------------------------------------------


def test_a_draft_is_saved_and_comes_back(client, learner, written):
    saved = _post(client, written, "First thoughts", action="save", revision=0)
    page = client.get(saved["Location"])

    submission = FreeTextSubmission.objects.get(user=learner)
    assert submission.status == FreeTextSubmission.Status.DRAFT
    assert submission.revision == 1
    html = page.content.decode()
    assert "First thoughts</textarea>" in html
    assert 'name="revision" value="1"' in html
    assert "Your draft is saved." in messages_on(page)
    assert "MODEL-ANSWER-FOR-MARKERS" not in html


def test_submitting_happens_once(client, learner, written):
    first = _post(client, written, ANSWER, action="submit", revision=0)
    page = client.get(first["Location"])
    again = _post(client, written, "Changed my mind", action="submit", revision=1)

    submission = FreeTextSubmission.objects.get(user=learner)
    assert submission.status == FreeTextSubmission.Status.SUBMITTED
    assert submission.text == ANSWER
    assert "A trainer will mark it" in page.content.decode()
    assert 'name="action" value="submit"' not in page.content.decode()
    assert again.status_code == 409
    assert "This answer has already been submitted." in again.content.decode()


def test_an_empty_answer_cannot_be_submitted(client, learner, written):
    response = _post(client, written, "   ", action="submit", revision=0)

    assert response.status_code == 400
    assert "Write your answer before submitting it." in messages_on(response)
    assert FreeTextSubmission.objects.get(user=learner).status == "draft"


def test_a_stale_draft_is_refused_and_nothing_changes(client, learner, written):
    _post(client, written, "From my phone", action="save", revision=0)

    stale = _post(client, written, "From my laptop", action="save", revision=0)

    assert stale.status_code == 409
    html = stale.content.decode()
    assert "Your answer was changed somewhere else since this page opened." in html
    assert "Nothing has been changed." in html
    submission = FreeTextSubmission.objects.get(user=learner)
    assert (submission.text, submission.revision) == ("From my phone", 1)


# --- who sees the queue ---------------------------------------------------------------


def test_the_queue_lists_only_the_trainers_own_cohorts(
    client, learner, trainer, written, other_cohort
):
    _cohort, other_trainer, other_learner = other_cohort
    mine = _submitted(learner, written)
    theirs = _submitted(other_learner, written)

    client.force_login(trainer)
    own_queue = client.get(QUEUE).content.decode()
    client.force_login(other_trainer)
    other_queue = client.get(QUEUE).content.decode()
    other_mark = client.get(_mark_url(mine))
    other_post = client.post(_mark_url(mine), {"criterion-0": "2", "criterion-1": "2"})

    assert learner.full_name in own_queue
    assert other_learner.full_name not in own_queue
    assert _mark_url(mine) in own_queue
    assert _mark_url(theirs) not in own_queue
    assert learner.full_name not in other_queue
    assert _mark_url(mine) not in other_queue
    assert (other_mark.status_code, other_post.status_code) == (404, 404)
    mine.refresh_from_db()
    assert mine.status == FreeTextSubmission.Status.SUBMITTED


def test_a_trainer_with_no_cohort_sees_nothing(client, learner, written, roles):
    _submitted(learner, written)
    loner = make_user(Role.TRAINER, full_name="Lone Trainer")
    client.force_login(loner)

    html = client.get(QUEUE).content.decode()

    assert learner.full_name not in html
    assert "Nothing is waiting to be marked." in html


def _refused(response) -> bool:
    """Sent away with a permission message, or plainly forbidden."""
    if response.status_code == 403:
        return True
    said = " ".join(messages_on(response))
    return bool(response.redirect_chain) and "permission" in said


def test_a_trainee_cannot_open_the_marking_queue(client, learner, written, trainer):
    submission = _submitted(learner, written)

    queue = client.get(QUEUE, follow=True)
    mark = client.get(_mark_url(submission), follow=True)

    for response in (queue, mark):
        assert _refused(response)
        assert response.redirect_chain[0][0].startswith(reverse("wagtailadmin_login"))
        assert ANSWER not in response.content.decode()
    assert learner.full_name not in queue.content.decode()


def test_an_admin_user_who_is_not_a_trainer_is_refused(
    client, learner, written, organisation_admin
):
    submission = _submitted(learner, written)
    client.force_login(organisation_admin)

    queue = client.get(QUEUE, follow=True)
    mark = client.get(_mark_url(submission), follow=True)

    for response in (queue, mark):
        assert _refused(response)
        assert learner.full_name not in response.content.decode()
        assert ANSWER not in response.content.decode()


def test_the_queue_filters_by_cohort_and_by_age(
    client, learner, trainer, written, other_cohort
):
    cohort_b, _other_trainer, other_learner = other_cohort
    cohort_b.trainers.add(trainer)
    recent = _submitted(learner, written)
    old = _submitted(other_learner, written)
    FreeTextSubmission.objects.filter(pk=old.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=10)
    )
    client.force_login(trainer)

    everything = client.get(QUEUE).content.decode()
    only_b = client.get(QUEUE, {"cohort": cohort_b.pk}).content.decode()
    older_than_week = client.get(QUEUE, {"older_than": "7"}).content.decode()
    older_than_fortnight = client.get(QUEUE, {"older_than": "14"}).content.decode()

    assert _mark_url(recent) in everything and _mark_url(old) in everything
    assert _mark_url(old) in only_b and _mark_url(recent) not in only_b
    assert _mark_url(old) in older_than_week
    assert _mark_url(recent) not in older_than_week
    assert _mark_url(old) not in older_than_fortnight


# --- marking --------------------------------------------------------------------------


def test_marking_every_criterion_computes_points_and_pass_and_tells_the_learner(
    client,
    learner,
    trainer,
    written,
    django_capture_on_commit_callbacks,
):
    submission = _submitted(learner, written)
    client.force_login(trainer)
    form = client.get(_mark_url(submission)).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            _mark_url(submission),
            {"criterion-0": "2", "criterion-1": "1", "comments": "Warm and clear."},
        )

    assert ANSWER in form
    assert "MODEL-ANSWER-FOR-MARKERS" in form
    assert response.status_code == 302
    assert response["Location"] == reverse("lms_marking_queue")
    submission.refresh_from_db()
    assert submission.status == FreeTextSubmission.Status.MARKED
    assert (submission.points, submission.passed) == (3, True)
    assert submission.marker == trainer
    assert submission.levels == {"0": 2, "1": 1}
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [learner.email]
    assert "A worried dad" in email.subject
    assert written.url in email.body
    assert "/unsubscribe/" in email.body  # they can choose not to get these
    assert _mark_url(submission) not in client.get(QUEUE).content.decode()
    # The mark is in the audit log: who marked whose work, and what they gave.
    (logged,) = AuditEvent.objects.filter(action=AuditEvent.Action.MARK_OVERRIDDEN)
    assert (logged.actor, logged.subject) == (trainer, learner)
    assert logged.detail["work"] == "A worried dad"
    assert logged.detail["mark"] == "3 points, marked, passed"


def test_a_learner_who_turned_off_marked_work_emails_is_told_in_app_only(
    client, learner, trainer, written, django_capture_on_commit_callbacks
):
    from lms.cohorts.models import Notification
    from lms.cohorts.services import email_preferences_set

    email_preferences_set(user_id=learner.pk, off={"work_marked"})
    submission = _submitted(learner, written)
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            _mark_url(submission),
            {"criterion-0": "2", "criterion-1": "1", "comments": "Warm and clear."},
        )

    assert mail.outbox == []
    note = Notification.objects.get(user=learner)
    assert "A worried dad" in note.title
    assert note.url == written.url


def test_points_below_the_pass_mark_do_not_pass(client, learner, trainer, written):
    submission = _submitted(learner, written)
    client.force_login(trainer)

    client.post(_mark_url(submission), {"criterion-0": "1", "criterion-1": "1"})

    submission.refresh_from_db()
    assert (submission.status, submission.points, submission.passed) == (
        "marked",
        2,
        False,
    )


@pytest.mark.parametrize("level", ["²", "٣", "9" * 5000, "-1", "7"])
def test_a_level_that_is_no_level_asks_again_and_marks_nothing(
    client, learner, trainer, written, level
):
    submission = _submitted(learner, written)
    client.force_login(trainer)

    response = client.post(
        _mark_url(submission),
        {"criterion-0": level, "criterion-1": "1", "comments": "Kept for the retry."},
    )

    assert response.status_code == 400
    assert "Choose a level for" in response.content.decode()
    assert "Kept for the retry." in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == FreeTextSubmission.Status.SUBMITTED


def test_the_learner_sees_the_mark_and_the_dashboard_says_so(
    client, learner, trainer, written
):
    submission = _submitted(learner, written)
    client.force_login(trainer)
    client.post(
        _mark_url(submission),
        {"criterion-0": "2", "criterion-1": "2", "comments": "Lovely listening."},
    )
    client.force_login(learner)

    dashboard = client.get(reverse("lms:dashboard")).content.decode()
    page = client.get(written.url).content.decode()
    dashboard_after = client.get(reverse("lms:dashboard")).content.decode()

    assert "Your work has been marked" in dashboard
    assert written.url in dashboard
    assert "Marked: passed" in page
    assert "4 of 4 points." in page
    assert "Lovely listening." in page
    assert "<strong>Listening</strong>: Strong." in page
    assert "Your work has been marked" not in dashboard_after


@pytest.mark.parametrize(
    "levels",
    [{"criterion-0": "2"}, {"criterion-0": "2", "criterion-1": "7"}],
    ids=["missing", "out-of-range"],
)
def test_a_missing_criterion_gives_a_clear_error_and_no_mark(
    client, learner, trainer, written, levels, django_capture_on_commit_callbacks
):
    submission = _submitted(learner, written)
    client.force_login(trainer)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_mark_url(submission), {**levels, "comments": "Good."})

    assert response.status_code == 400
    assert "Choose a level for “Signposting”." in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == FreeTextSubmission.Status.SUBMITTED
    assert (submission.points, submission.passed, submission.marker) == (
        None,
        None,
        None,
    )
    assert mail.outbox == []


def test_asking_to_resubmit_lets_the_learner_improve_their_answer(
    client, learner, trainer, written
):
    first = _submitted(learner, written)
    client.force_login(trainer)
    client.post(
        _mark_url(first),
        {
            "criterion-0": "2",
            "criterion-1": "2",
            "comments": "Please add where you would signpost.",
            "resubmit": "on",
        },
    )
    client.force_login(learner)

    sent_back = client.get(written.url).content.decode()
    improve = client.post(written.url, {"action": "resubmit"}, follow=True)
    second = FreeTextSubmission.objects.get(user=learner, number=2)
    resubmitted = _post(
        client, written, ANSWER + " And the GP.", action="submit", revision=0
    )

    first.refresh_from_db()
    assert (first.status, first.passed) == ("resubmit", False)
    assert "Your trainer has asked you to have another go" in sent_back
    assert "Please add where you would signpost." in sent_back
    assert "Improve my answer" in sent_back
    assert "Your earlier answer is ready to improve." in messages_on(improve)
    assert f"{ANSWER}</textarea>" in improve.content.decode()
    assert second.text == ANSWER
    assert resubmitted.status_code == 302
    second.refresh_from_db()
    assert second.status == FreeTextSubmission.Status.SUBMITTED
    client.force_login(trainer)
    assert _mark_url(second) in client.get(QUEUE).content.decode()


# --- nobody marks their own work ------------------------------------------------------


def test_a_trainer_cannot_mark_their_own_written_work(client, trainer, cohort, written):
    enrolment_create(user=trainer, programme=cohort.programme, cohort=cohort)
    own = _submitted(trainer, written)
    client.force_login(trainer)

    queue = client.get(QUEUE).content.decode()
    page = client.get(_mark_url(own))
    post = client.post(_mark_url(own), {"criterion-0": "2", "criterion-1": "2"})

    assert _mark_url(own) not in queue
    assert (page.status_code, post.status_code) == (404, 404)
    with pytest.raises(services.AssessmentError, match="Nobody can mark their own"):
        services.free_text_mark(
            submission=own,
            marker=trainer,
            levels={"0": 2, "1": 2},
            comments="",
            ask_to_resubmit=False,
        )
    own.refresh_from_db()
    assert own.status == FreeTextSubmission.Status.SUBMITTED


def test_a_site_admin_cannot_mark_their_own_work_either(client, site_admin, written):
    own = _submitted(site_admin, written)
    client.force_login(site_admin)

    queue = client.get(QUEUE).content.decode()

    assert _mark_url(own) not in queue
    assert client.get(_mark_url(own)).status_code == 404


# --- quiz essays ----------------------------------------------------------------------


@pytest.fixture
def essay_quiz(quiz_module, questions):
    return quiz_create(
        quiz_module, [questions["true_false"], questions["essay"]], pass_mark=70
    )


def _essay_attempt(client, user, quiz, questions) -> QuizAttempt:
    client.force_login(user)
    client.post(quiz.url + "start/")
    attempt = QuizAttempt.objects.get(user=user, quiz=quiz)
    data = attempt_answers(attempt, [questions["true_false"], questions["essay"]])
    client.post(
        attempt_url(quiz, attempt),
        {**data, "action": "submit", "revision": attempt.revision},
    )
    attempt.refresh_from_db()
    return attempt


@pytest.mark.parametrize(("mark", "passed"), [("80", True), ("20", False)])
def test_marking_a_quiz_essay_finalises_the_attempt(
    client,
    learner,
    trainer,
    essay_quiz,
    questions,
    mark,
    passed,
    django_capture_on_commit_callbacks,
):
    attempt = _essay_attempt(client, learner, essay_quiz, questions)
    waiting = client.get(result_url(essay_quiz, attempt)).content.decode()
    client.force_login(trainer)
    queue = client.get(QUEUE).content.decode()
    form = client.get(_essay_url(attempt)).content.decode()

    essay = questions["essay"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            _essay_url(attempt), {f"mark-{essay.pk}": mark, f"comment-{essay.pk}": "Ok"}
        )
    client.force_login(learner)
    result = client.get(result_url(essay_quiz, attempt)).content.decode()

    assert (attempt.status, attempt.passed) == ("awaiting_marking", None)
    assert "Part of this quiz is marked by a trainer" in waiting
    assert _essay_url(attempt) in queue
    assert "I would listen first" in form
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.GRADED
    assert attempt.passed is passed
    assert attempt.score_percent == (90.0 if passed else 60.0)
    assert attempt.results[str(essay.pk)]["marked_by_trainer"] is True
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [learner.email]
    assert result_url(essay_quiz, attempt) in mail.outbox[0].body
    if passed:
        assert "You passed with 90.0%" in result
    else:
        assert "Not passed yet (60.0%)" in result
    client.force_login(trainer)
    assert _essay_url(attempt) not in client.get(QUEUE).content.decode()
    (logged,) = AuditEvent.objects.filter(action=AuditEvent.Action.MARK_OVERRIDDEN)
    assert (logged.actor, logged.subject) == (trainer, learner)
    assert logged.detail["mark"] == f"{mark}% for question {essay.pk}"


def test_a_quiz_essay_mark_must_be_a_percentage(
    client, learner, trainer, essay_quiz, questions
):
    attempt = _essay_attempt(client, learner, essay_quiz, questions)
    client.force_login(trainer)

    response = client.post(
        _essay_url(attempt), {f"mark-{questions['essay'].pk}": "150"}
    )

    assert response.status_code == 400
    assert "Give a mark from 0 to 100 for “Your approach”." in response.content.decode()
    attempt.refresh_from_db()
    assert (attempt.status, attempt.passed) == ("awaiting_marking", None)


def test_quiz_essays_of_another_cohort_are_not_found(
    client, learner, essay_quiz, questions, other_cohort
):
    _cohort, other_trainer, _other_learner = other_cohort
    attempt = _essay_attempt(client, learner, essay_quiz, questions)
    client.force_login(other_trainer)

    assert _essay_url(attempt) not in client.get(QUEUE).content.decode()
    assert client.get(_essay_url(attempt)).status_code == 404
    post = client.post(_essay_url(attempt), {f"mark-{questions['essay'].pk}": "100"})
    assert post.status_code == 404
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.AWAITING_MARKING


def test_a_trainer_cannot_mark_their_own_quiz_essay(
    client, trainer, cohort, essay_quiz, questions
):
    enrolment_create(user=trainer, programme=cohort.programme, cohort=cohort)
    attempt = _essay_attempt(client, trainer, essay_quiz, questions)

    queue = client.get(QUEUE).content.decode()
    page = client.get(_essay_url(attempt))

    assert _essay_url(attempt) not in queue
    assert page.status_code == 404
    with pytest.raises(services.AssessmentError, match="Nobody can mark their own"):
        services.essay_mark(
            attempt=attempt,
            question_id=questions["essay"].pk,
            fraction=1.0,
            comment="",
            marker=trainer,
        )
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.AWAITING_MARKING


def test_take_a_break_keeps_a_half_written_answer(client, learner, written):
    """Tuesday evening the trainee is half-way through and needs to stop; Wednesday
    she comes back to every word. Without JavaScript: the buttons submit the form."""
    page = client.get(written.url).content.decode()
    assert 'id="free-text-answer"' in page
    assert 'form="free-text-answer" name="action" value="break"' in page

    left = _post(
        client, written, "I would start by listening", action="break", revision=0
    )
    assert left.status_code == 302
    assert left["Location"].startswith(reverse("lms:take_a_break"))
    assert "Your draft is saved." in messages_on(client.get(left["Location"]))

    again = client.get(written.url).content.decode()
    assert "I would start by listening</textarea>" in again
    assert FreeTextSubmission.objects.get(user=learner).status == "draft"

    support = _post(client, written, "and then ask", action="support", revision=1)
    assert support["Location"] == reverse("lms:support")
    assert FreeTextSubmission.objects.get(user=learner).text == "and then ask"


def test_a_submitted_answer_has_nothing_to_save_on_a_break(client, learner, written):
    _submitted(learner, written)

    page = client.get(written.url).content.decode()

    assert 'form="free-text-answer"' not in page


# --- must-meet criteria


def _must_meet(rubric, name):
    """Mark one criterion as must-meet, as a trainer would in the admin."""
    data = rubric.criteria.raw_data
    for block in data:
        if block["value"]["name"] == name:
            block["value"]["must_meet"] = True
    rubric.criteria = json.dumps(list(data))
    rubric.save()


@pytest.fixture
def strict_written(written, rubric):
    # Four criteria worth 2 each, pass at 6: 0 + 2 + 2 + 2 passes on total alone.
    data = list(rubric.criteria.raw_data)
    for name in ("Staying in the peer role", "Signposting and escalation"):
        block = json.loads(json.dumps(data[0]))
        block["id"] = str(uuid.uuid4())
        block["value"]["name"] = name
        data.append(block)
    rubric.criteria = json.dumps(data)
    rubric.save()
    _must_meet(rubric, "Staying in the peer role")
    _must_meet(rubric, "Signposting and escalation")
    written.pass_points = 6
    written.save_revision().publish()
    return written


def test_zero_on_a_must_meet_criterion_is_not_yet_competent_whatever_the_total(
    client, learner, trainer, strict_written
):
    submission = _submitted(learner, strict_written)
    client.force_login(trainer)
    form = client.get(_mark_url(submission)).content.decode()

    # Gives medication advice: 0 for the peer role, full marks for everything else.
    client.post(
        _mark_url(submission),
        {
            "criterion-0": "2",
            "criterion-1": "2",
            "criterion-2": "0",
            "criterion-3": "2",
        },
    )
    submission.refresh_from_db()
    client.force_login(learner)
    page = client.get(strict_written.url).content.decode()

    assert "Staying in the peer role</strong> (must be met" in form
    assert (submission.points, submission.passed) == (6, False)
    assert "Not yet competent" in page
    assert "Marked: passed" not in page


def test_the_same_total_with_every_must_meet_criterion_met_passes(
    client, learner, trainer, strict_written
):
    submission = _submitted(learner, strict_written)
    client.force_login(trainer)

    client.post(
        _mark_url(submission),
        {
            "criterion-0": "0",
            "criterion-1": "2",
            "criterion-2": "2",
            "criterion-3": "2",
        },
    )
    submission.refresh_from_db()
    client.force_login(learner)
    page = client.get(strict_written.url).content.decode()

    assert (submission.points, submission.passed) == (6, True)
    assert "Marked: passed" in page
    assert "Not yet competent" not in page


def test_a_trainer_marks_a_criterion_must_meet_in_the_rubric_editor(
    client, trainer, rubric
):
    client.force_login(trainer)

    from wagtail.admin.admin_url_finder import AdminURLFinder

    edit = client.get(AdminURLFinder(trainer).get_edit_url(rubric))

    assert edit.status_code == 200
    assert "Must be met" in edit.content.decode()


# --- finding one's way through the queue ---------------------------------------------


def _age(item, days):
    type(item).objects.filter(pk=item.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=days, hours=1)
    )


def _next_link(html: str) -> str | None:
    found = re.search(r'href="([^"]+)" data-next-item', html)
    return found.group(1) if found else None


def test_every_marking_page_leads_on_to_the_oldest_other_item_and_back_to_the_queue(
    client, learner, trainer, written, essay_quiz, questions, other_cohort
):
    _cohort_b, _other_trainer, other_learner = other_cohort
    essay_attempt = _essay_attempt(client, learner, essay_quiz, questions)
    _age(essay_attempt, 1)
    oldest = _submitted(learner, written)
    _age(oldest, 5)
    # Older still, but another cohort's: never this trainer's next item.
    not_theirs = _submitted(other_learner, written)
    _age(not_theirs, 30)
    client.force_login(trainer)

    # Ages keep their number and unit together (a non-breaking space).
    on_oldest = client.get(_mark_url(oldest)).content.decode().replace("\xa0", " ")
    on_essay = client.get(_essay_url(essay_attempt)).content.decode()
    on_essay = on_essay.replace("\xa0", " ")

    assert _next_link(on_oldest) == _essay_url(essay_attempt)
    assert _next_link(on_essay) == _mark_url(oldest)
    for page in (on_oldest, on_essay):
        assert f'href="{QUEUE}">Back to queue</a>' in page
    assert "waiting 5 days" in on_oldest
    assert "waiting 1 day" in on_essay


def test_the_last_item_says_nothing_else_is_waiting(client, learner, trainer, written):
    only = _submitted(learner, written)
    client.force_login(trainer)

    page = client.get(_mark_url(only)).content.decode()

    assert _next_link(page) is None
    assert "Nothing else is waiting to be marked." in page
    assert f'href="{QUEUE}">Back to queue</a>' in page


def test_the_queue_shows_how_long_every_row_has_waited(
    client, learner, trainer, written, essay_quiz, questions
):
    essay_attempt = _essay_attempt(client, learner, essay_quiz, questions)
    _age(essay_attempt, 3)
    submission = _submitted(learner, written)
    _age(submission, 8)
    client.force_login(trainer)

    html = client.get(QUEUE).content.decode().replace("\xa0", " ")

    assert "<td data-waiting>waiting 1 week</td>" in html
    assert "<td data-waiting>waiting 3 days</td>" in html
    assert html.count("<td data-waiting>") == 2


def test_the_model_answer_is_a_labelled_disclosure_for_markers(
    client, learner, trainer, written
):
    submission = _submitted(learner, written)
    client.force_login(trainer)

    html = client.get(_mark_url(submission)).content.decode()

    disclosure = re.search(
        r'<details class="alongside-disclosure" data-disclosure="model-answer">\s*'
        r"<summary>([^<]+)</summary>.*?</details>",
        html,
        re.S,
    )
    assert disclosure is not None
    assert "model answer" in disclosure.group(1)
    assert "never sees it" in disclosure.group(1)
    assert "MODEL-ANSWER-FOR-MARKERS" in disclosure.group(0)
    assert "lms/marking.css" in html  # the admin's styling for it


# --- quiz essays marked against a rubric ----------------------------------------------


@pytest.fixture
def rubric_essay(questions, rubric):
    """The quiz's essay marked against the rubric: Signposting must be met."""
    _must_meet(rubric, "Signposting")
    essay = questions["essay"]
    essay.rubric = rubric
    essay.model_answer = "ESSAY-MODEL-ANSWER"
    essay.save()
    return essay


def _levels(essay, listening, signposting) -> dict:
    return {
        f"criterion-{essay.pk}-0": listening,
        f"criterion-{essay.pk}-1": signposting,
    }


def test_a_quiz_essay_with_a_rubric_is_marked_by_its_criteria(
    client, learner, trainer, essay_quiz, questions, rubric_essay
):
    attempt = _essay_attempt(client, learner, essay_quiz, questions)
    client.force_login(trainer)
    form = client.get(_essay_url(attempt)).content.decode()

    response = client.post(
        _essay_url(attempt),
        {**_levels(rubric_essay, "2", "1"), f"comment-{rubric_essay.pk}": "Warm."},
    )
    attempt.refresh_from_db()
    client.force_login(learner)
    result = client.get(result_url(essay_quiz, attempt)).content.decode()

    assert f'name="criterion-{rubric_essay.pk}-1"' in form
    assert "Signposting</strong> (must be met" in form
    assert f'name="mark-{rubric_essay.pk}"' not in form  # no percentage to give
    assert 'data-disclosure="model-answer"' in form
    assert "ESSAY-MODEL-ANSWER" in form
    assert response.status_code == 302
    # The true/false is right (1 mark) and the essay has 3 of 4 points: 87.5%.
    assert (attempt.status, attempt.passed, attempt.score_percent) == (
        "graded",
        True,
        87.5,
    )
    assert "How your trainer marked your written answer" in result
    assert "Your approach: 3 of 4 points" in result
    assert "Your trainer said: Warm." in result
    assert "Not yet competent" not in result
    assert "ESSAY-MODEL-ANSWER" not in result  # for markers only


def test_zero_on_a_must_meet_criterion_of_a_quiz_essay_fails_whatever_the_total(
    client,
    learner,
    trainer,
    essay_quiz,
    questions,
    rubric_essay,
    django_capture_on_commit_callbacks,
):
    attempt = _essay_attempt(client, learner, essay_quiz, questions)
    client.force_login(trainer)

    # 1 + 2 of 4 points is 75%, over the pass mark of 70: but no signposting.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_essay_url(attempt), _levels(rubric_essay, "2", "0"))
    attempt.refresh_from_db()
    client.force_login(learner)
    result = client.get(result_url(essay_quiz, attempt)).content.decode()

    assert (attempt.status, attempt.score_percent) == ("graded", 75.0)
    assert attempt.passed is False
    assert attempt.results[str(rubric_essay.pk)]["not_yet_competent"] is True
    assert "Not passed yet (75.0%)" in result
    assert "Not yet competent" in result
    assert "not yet met, so not yet competent" in result
    (logged,) = AuditEvent.objects.filter(action=AuditEvent.Action.MARK_OVERRIDDEN)
    assert "not yet competent" in logged.detail["mark"]


def test_a_missing_criterion_on_a_quiz_essay_marks_nothing_and_keeps_the_choices(
    client, learner, trainer, essay_quiz, questions, rubric_essay
):
    attempt = _essay_attempt(client, learner, essay_quiz, questions)
    client.force_login(trainer)

    response = client.post(
        _essay_url(attempt),
        {
            f"criterion-{rubric_essay.pk}-0": "2",
            f"comment-{rubric_essay.pk}": "KEPT-COMMENT",
        },
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert "Choose a level for “Signposting”." in html
    assert "KEPT-COMMENT" in html
    assert f'id="c{rubric_essay.pk}-0-2" name="criterion-{rubric_essay.pk}-0"' in html
    assert re.search(rf'id="c{rubric_essay.pk}-0-2"[^>]* checked', html)
    attempt.refresh_from_db()
    assert (attempt.status, attempt.passed) == ("awaiting_marking", None)


def test_an_essay_question_offers_a_rubric_and_a_model_answer_to_its_author(
    client, trainer, questions
):
    client.force_login(trainer)
    edit = reverse(
        "wagtailsnippets_assessments_essayquestion:edit", args=[questions["essay"].pk]
    )

    html = client.get(edit).content.decode()

    assert 'name="rubric"' in html
    assert 'name="model_answer"' in html


def test_save_and_mark_the_next_one_goes_on_to_the_oldest_item_still_waiting(
    client, learner, trainer, written, essay_quiz, questions
):
    essay_attempt = _essay_attempt(client, learner, essay_quiz, questions)
    _age(essay_attempt, 1)
    oldest = _submitted(learner, written)
    _age(oldest, 5)
    client.force_login(trainer)
    form = client.get(_mark_url(oldest)).content.decode()
    assert "Save and mark the next one" in form

    response = client.post(
        _mark_url(oldest),
        {"criterion-0": "2", "criterion-1": "1", "comments": "Kind.", "then": "next"},
    )

    assert response.status_code == 302
    assert response["Location"] == _essay_url(essay_attempt)
    oldest.refresh_from_db()
    assert oldest.status == FreeTextSubmission.Status.MARKED
    # On the last item there is no "next one" to offer, and "Save" goes to the queue.
    last = client.get(_essay_url(essay_attempt)).content.decode()
    assert "Save and mark the next one" not in last


def test_save_and_mark_the_next_one_with_nothing_left_goes_back_to_the_queue(
    client, learner, trainer, written
):
    only = _submitted(learner, written)
    client.force_login(trainer)

    response = client.post(
        _mark_url(only),
        {"criterion-0": "2", "criterion-1": "1", "comments": "Kind.", "then": "next"},
    )

    assert response.status_code == 302
    assert response["Location"] == QUEUE
