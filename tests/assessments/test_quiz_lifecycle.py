"""A learner's way through a quiz: start, save, submit once, results, retries, gates."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from assessments import services
from assessments.models import (
    FeedbackTiming,
    QuestionCategory,
    QuizAttempt,
    QuizQuestionSlot,
)
from assessments.seed import question_create
from lms.models import ContentNoteChoice
from lms.selectors import programme_outline
from lms.services import enrolment_create, lesson_complete
from tests.assessments.helpers import (
    attempt_answers,
    attempt_url,
    by_text,
    main_html,
    messages_on,
    querydict,
    quiz_create,
    result_url,
    single_choice,
)
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def auto_marked(questions):
    """One question of every type a computer can mark (no essay)."""
    return [q for kind, q in questions.items() if kind != "essay"]


@pytest.fixture
def quiz(quiz_module, auto_marked):
    return quiz_create(quiz_module, auto_marked)


@pytest.fixture
def learner(client, enrolled_trainee):
    client.force_login(enrolled_trainee)
    return enrolled_trainee


def _start(client, quiz) -> QuizAttempt:
    response = client.post(quiz.url + "start/")
    assert response.status_code == 302
    attempt = QuizAttempt.objects.filter(quiz=quiz).order_by("-pk").first()
    assert response["Location"] == attempt_url(quiz, attempt)
    return attempt


def _post(client, quiz, attempt, data, *, action, revision=None):
    form = {
        **data,
        "action": action,
        "revision": attempt.revision if revision is None else revision,
    }
    return client.post(attempt_url(quiz, attempt), form)


def _submit(client, quiz, questions, *, wrong=()):
    attempt = _start(client, quiz)
    data = attempt_answers(attempt, questions, wrong=wrong)
    response = _post(client, quiz, attempt, data, action="submit")
    assert response.status_code == 302
    attempt.refresh_from_db()
    return attempt


def _option_values(html: str, question) -> list[str]:
    return re.findall(rf'name="q-{question.pk}"[^>]*value="([^"]*)"', html)


# --- start, save, resume -------------------------------------------------------------


def test_start_freezes_the_questions_and_option_order(
    client, learner, quiz, questions, quiz_module
):
    attempt = _start(client, quiz)
    single = questions["single_choice"]

    first = client.get(attempt_url(quiz, attempt)).content.decode()
    again = client.get(attempt_url(quiz, attempt)).content.decode()
    resumed = _start(client, quiz)
    later = single_choice(quiz.slots.first().question.category, "Added later")
    QuizQuestionSlot.objects.create(quiz=quiz, question=later, sort_order=99)
    after_edit = client.get(attempt_url(quiz, attempt)).content.decode()

    frozen = attempt.questions[0]["frozen"]["order"]
    assert _option_values(first, single) == frozen
    assert _option_values(again, single) == frozen
    assert _option_values(after_edit, single) == frozen
    assert resumed.pk == attempt.pk
    assert QuizAttempt.objects.filter(user=learner).count() == 1
    assert "Added later?" not in after_edit
    attempt.refresh_from_db()
    assert [i["id"] for i in attempt.questions] == [
        q.pk for q in questions.values() if q.kind != "essay"
    ]


def test_save_and_come_back_keeps_the_answers(client, learner, quiz, questions):
    attempt = _start(client, quiz)
    single = questions["single_choice"]
    chosen = by_text(single.options)["A counsellor"]
    data = {
        f"q-{single.pk}": chosen,
        f"q-{questions['short_answer'].pk}": "Samaritans",
        f"q-{questions['numeric'].pk}": "1,234",
    }

    saved = _post(client, quiz, attempt, data, action="save")
    page = client.get(saved["Location"])
    assert "Your 3 answers are saved" in " ".join(messages_on(page))

    assert saved["Location"] == attempt_url(quiz, attempt)
    html = page.content.decode()
    assert re.search(rf'value="{chosen}" checked', html)
    assert 'value="Samaritans"' in html
    assert 'value="1,234"' in html
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.IN_PROGRESS
    assert attempt.revision == 1
    assert f'name="revision" value="{attempt.revision}"' in html
    follow = _post(client, quiz, attempt, {}, action="save")
    assert follow.status_code == 302
    assert "You have not answered any questions yet" in " ".join(
        messages_on(client.get(follow.url))
    )


def test_submit_marks_the_attempt_and_shows_the_result(
    client, learner, quiz, auto_marked
):
    attempt = _submit(client, quiz, auto_marked)

    result = client.get(result_url(quiz, attempt))

    assert attempt.status == QuizAttempt.Status.GRADED
    assert attempt.passed is True
    assert attempt.score_percent == 100.0
    assert "You passed with 100.0%" in result.content.decode()
    assert client.get(attempt_url(quiz, attempt))["Location"] == result_url(
        quiz, attempt
    )


def test_a_stale_form_is_refused_with_a_clear_message_and_nothing_changes(
    client, learner, quiz, questions
):
    attempt = _start(client, quiz)
    short = f"q-{questions['short_answer'].pk}"
    _post(client, quiz, attempt, {short: "Samaritans"}, action="save", revision=0)

    stale_save = _post(
        client, quiz, attempt, {short: "Other"}, action="save", revision=0
    )
    stale_submit = _post(
        client, quiz, attempt, {short: "Other"}, action="submit", revision=0
    )

    for response in (stale_save, stale_submit):
        assert response.status_code == 409
        html = response.content.decode()
        assert "saved somewhere else since this page opened" in html
        assert "Reload the page to carry on." in html
        assert "Nothing has been changed." in html
    attempt.refresh_from_db()
    assert attempt.responses == {str(questions["short_answer"].pk): "Samaritans"}
    assert attempt.revision == 1
    assert attempt.status == QuizAttempt.Status.IN_PROGRESS


def test_a_replayed_submit_is_refused_and_the_score_stands(
    client, learner, quiz, auto_marked
):
    attempt = _start(client, quiz)
    form = attempt_answers(attempt, auto_marked, wrong=auto_marked[:3])

    first = _post(client, quiz, attempt, form, action="submit", revision=0)
    attempt.refresh_from_db()
    before = (
        attempt.score_percent,
        attempt.results,
        attempt.submitted_at,
        attempt.revision,
    )
    replay = _post(client, quiz, attempt, form, action="submit", revision=0)
    all_right = attempt_answers(attempt, auto_marked)
    fresh_revision = _post(client, quiz, attempt, all_right, action="submit")

    assert first.status_code == 302
    assert replay.status_code == 409
    assert "This attempt has already been submitted." in replay.content.decode()
    assert fresh_revision.status_code == 409
    attempt.refresh_from_db()
    after = (
        attempt.score_percent,
        attempt.results,
        attempt.submitted_at,
        attempt.revision,
    )
    assert after == before
    assert attempt.passed is False


def test_posting_to_a_marked_attempt_is_out_of_sequence(
    client, learner, quiz, auto_marked
):
    attempt = _submit(client, quiz, auto_marked)

    response = _post(client, quiz, attempt, {}, action="save")

    assert response.status_code == 409
    assert "already been submitted" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.GRADED
    assert attempt.revision == 1


def test_someone_elses_attempt_is_not_found(
    client, learner, quiz, programme_tree, auto_marked
):
    other = make_user(full_name="Olly Other")
    enrolment_create(user=other, programme=programme_tree[0])
    theirs = services.attempt_start(user=other, quiz=quiz)

    page = client.get(attempt_url(quiz, theirs))
    post = _post(client, quiz, theirs, {}, action="save")
    result = client.get(result_url(quiz, theirs))

    assert (page.status_code, post.status_code, result.status_code) == (404, 404, 404)
    theirs.refresh_from_db()
    assert theirs.revision == 0


def test_an_attempt_under_another_quizs_address_is_not_found(
    client, learner, quiz, quiz_module, auto_marked
):
    other_quiz = quiz_create(quiz_module, auto_marked[:2], slug="second-quiz")
    attempt = _start(client, quiz)

    assert client.get(attempt_url(other_quiz, attempt)).status_code == 404
    assert _post(client, other_quiz, attempt, {}, action="submit").status_code == 404
    assert client.get(result_url(other_quiz, attempt)).status_code == 404
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.IN_PROGRESS


def test_question_text_reads_as_written(client, learner, quiz_module, category):
    question = question_create(
        data={
            "type": "true_false",
            "name": "Choice",
            "text": "<p>Read this first.</p><p>It is the parent's choice &amp; "
            "theirs alone.</p>",
            "answers": [
                {"text": "True", "fraction": 1.0, "feedback": ""},
                {"text": "False", "fraction": 0.0, "feedback": ""},
            ],
        },
        category=category,
        lessons={},
    )
    quiz = quiz_create(quiz_module, [question])

    html = client.get(attempt_url(quiz, _start(client, quiz))).content.decode()

    assert escape("Read this first. It is the parent's choice & theirs alone.") in html
    assert "&amp;#x27;" not in html
    assert "&amp;amp;" not in html


# --- must-pass questions --------------------------------------------------------------


@pytest.fixture
def safety_quiz(quiz_module, category, programme_tree):
    lesson = programme_tree[2][0][1][1]
    everyday = [single_choice(category, f"Everyday {n}") for n in range(9)]
    safety = question_create(
        data={
            "type": "true_false",
            "name": "Psychosis",
            "text": "Postpartum psychosis is a medical emergency.",
            "safety_critical": True,
            "answers": [
                {"text": "True", "fraction": 1.0, "feedback": ""},
                {"text": "False", "fraction": 0.0, "feedback": ""},
            ],
        },
        category=category,
        lessons={},
    )
    safety.teaches = lesson
    safety.save()
    quiz = quiz_create(quiz_module, [*everyday, safety], pass_mark=70)
    return quiz, everyday, safety, lesson


def test_a_wrong_safety_answer_fails_even_at_ninety_percent(
    client, learner, safety_quiz
):
    quiz, everyday, safety, lesson = safety_quiz

    attempt = _submit(client, quiz, [*everyday, safety], wrong=[safety])
    html = client.get(result_url(quiz, attempt)).content.decode()

    assert attempt.score_percent == 90.0
    assert attempt.passed is False
    assert attempt.safety_failed is True
    assert "Not passed yet (90.0%)" in html
    assert "questions about keeping people safe were not answered" in html
    assert "Have another look at" in html
    assert f'<a href="{lesson.url}">{lesson.title}</a>' in html


def test_a_wrong_everyday_answer_at_ninety_percent_still_passes(
    client, learner, safety_quiz
):
    quiz, everyday, safety, lesson = safety_quiz

    attempt = _submit(client, quiz, [*everyday, safety], wrong=[everyday[0]])
    html = client.get(result_url(quiz, attempt)).content.decode()

    assert (attempt.score_percent, attempt.passed) == (90.0, True)
    assert "You passed with 90.0%" in html
    assert lesson.url not in html


# --- attempts and waiting -------------------------------------------------------------


def test_attempts_allowed_is_enforced_with_a_message(
    client, learner, quiz_module, auto_marked
):
    quiz = quiz_create(quiz_module, auto_marked, attempts_allowed=2)
    for _attempt in range(2):
        _submit(client, quiz, auto_marked, wrong=auto_marked)

    refused = client.post(quiz.url + "start/", follow=True)

    assert refused.redirect_chain[-1][0] == quiz.url
    assert "You have used all your attempts. Please talk to your trainer." in (
        messages_on(refused)
    )
    assert "You can have 2 attempts." in refused.content.decode()
    assert QuizAttempt.objects.filter(user=learner, quiz=quiz).count() == 2


def test_when_attempts_run_out_the_quiz_stops_offering_another(
    client, learner, quiz_module, auto_marked
):
    quiz = quiz_create(quiz_module, auto_marked, attempts_allowed=2)

    first = _submit(client, quiz, auto_marked, wrong=auto_marked)
    after_first = main_html(client.get(result_url(quiz, first)))
    landing_after_first = main_html(client.get(quiz.url))
    last = _submit(client, quiz, auto_marked, wrong=auto_marked)
    after_last = main_html(client.get(result_url(quiz, last)))
    landing_after_last = main_html(client.get(quiz.url))

    assert "Try again" in after_first
    assert "You have 1 attempt left." in landing_after_first
    assert "Start the quiz" in landing_after_first
    for html in (after_last, landing_after_last):
        assert "You have used all your attempts." in html
        assert "Try again" not in html
        assert "Start the quiz" not in html


def test_the_introduction_counts_what_an_attempt_will_really_hold(
    client, learner, quiz_module, category
):
    bank = QuestionCategory.objects.create(name="Small bank")
    for n in range(3):
        single_choice(bank, f"Small {n}")
    quiz = quiz_create(quiz_module, [], draws=[(bank, 5)])

    html = main_html(client.get(quiz.url))

    assert "3 questions" in html
    assert "5 questions" not in html
    assert "keeping people safe" not in html, "no safety questions in this quiz"


def test_the_introduction_warns_about_safety_questions_when_there_are_some(
    client, learner, safety_quiz
):
    quiz, *_rest = safety_quiz

    html = main_html(client.get(quiz.url))

    assert "Some questions are about keeping people safe." in html


def test_minutes_between_attempts_is_enforced_with_a_message(
    client, learner, quiz_module, auto_marked
):
    quiz = quiz_create(quiz_module, auto_marked, minutes_between_attempts=30)
    first = _submit(client, quiz, auto_marked, wrong=auto_marked)

    too_soon = client.post(quiz.url + "start/", follow=True)
    QuizAttempt.objects.filter(pk=first.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(minutes=31)
    )
    later = _start(client, quiz)

    assert re.search(
        r"You can try again at \d\d:\d\d (today|on \w+ \d+ \w+) \(in 30 minutes\)\. "
        r"In the meantime, have another look at the lessons\.",
        " ".join(messages_on(too_soon)),
    )
    assert too_soon.redirect_chain[-1][0] == quiz.url
    assert later.number == 2
    assert QuizAttempt.objects.filter(user=learner, quiz=quiz).count() == 2


def test_no_new_attempt_after_passing(client, learner, quiz, auto_marked):
    _submit(client, quiz, auto_marked)

    refused = client.post(quiz.url + "start/", follow=True)

    assert "You have already passed this quiz." in messages_on(refused)
    assert QuizAttempt.objects.filter(user=learner).count() == 1


# --- random draws ---------------------------------------------------------------------


def test_random_draws_take_distinct_questions_from_their_category(
    client, learner, quiz_module, questions, category
):
    bank = QuestionCategory.objects.create(name="Listening bank")
    pool = [single_choice(bank, f"Bank {n:02d}") for n in range(12)]
    fixed = pool[0]
    quiz = quiz_create(
        quiz_module,
        [fixed, questions["true_false"]],
        draws=[(bank, 4), (bank, 3)],
    )

    attempt = _start(client, quiz)
    html = client.get(attempt_url(quiz, attempt)).content.decode()

    ids = [item["id"] for item in attempt.questions]
    assert len(ids) == 2 + 4 + 3
    assert len(set(ids)) == len(ids), "no question twice"
    assert ids[:2] == [fixed.pk, questions["true_false"].pk]
    assert set(ids[2:]) <= {q.pk for q in pool[1:]}
    assert html.count('class="alongside-question"') == 9
    assert "Question 9</span>" in html


def test_a_draw_bigger_than_its_category_takes_what_there_is(
    learner, quiz_module, category
):
    bank = QuestionCategory.objects.create(name="Small bank")
    pool = [single_choice(bank, f"Small {n}") for n in range(3)]
    quiz = quiz_create(quiz_module, [], draws=[(bank, 5)])

    attempt = services.attempt_start(user=learner, quiz=quiz)

    assert sorted(i["id"] for i in attempt.questions) == sorted(q.pk for q in pool)


# --- when right answers are shown -----------------------------------------------------


def _shows_right_answers(html: str) -> bool:
    return "Your answers" in html and "A right answer" in html


def test_feedback_straight_away_shows_the_right_answers(
    client, learner, quiz_module, auto_marked, questions
):
    quiz = quiz_create(
        quiz_module, auto_marked, feedback_timing=FeedbackTiming.IMMEDIATELY
    )

    attempt = _submit(client, quiz, auto_marked, wrong=auto_marked)
    html = client.get(result_url(quiz, attempt)).content.decode()

    assert attempt.passed is False
    assert _shows_right_answers(html)
    assert "Someone with lived experience" in html
    assert "Peer supporters use their own experience." in html  # general feedback
    assert "It is an emergency." in html  # feedback on the chosen (wrong) answer


def test_feedback_after_the_last_attempt(client, learner, quiz_module, auto_marked):
    quiz = quiz_create(
        quiz_module,
        auto_marked,
        attempts_allowed=2,
        feedback_timing=FeedbackTiming.AFTER_LAST_ATTEMPT,
    )

    first = _submit(client, quiz, auto_marked, wrong=auto_marked)
    after_first = client.get(result_url(quiz, first)).content.decode()
    second = _submit(client, quiz, auto_marked, wrong=auto_marked)
    after_second = client.get(result_url(quiz, second)).content.decode()
    first_again = client.get(result_url(quiz, first)).content.decode()

    assert not _shows_right_answers(after_first)
    assert "Someone with lived experience" not in after_first
    assert "The right answers are shown once you pass or have used your attempts." in (
        after_first
    )
    assert _shows_right_answers(after_second)
    assert _shows_right_answers(first_again)


def test_feedback_after_the_last_attempt_shows_once_passed(
    client, learner, quiz_module, auto_marked
):
    quiz = quiz_create(
        quiz_module,
        auto_marked,
        attempts_allowed=3,
        feedback_timing=FeedbackTiming.AFTER_LAST_ATTEMPT,
    )

    attempt = _submit(client, quiz, auto_marked)

    assert _shows_right_answers(client.get(result_url(quiz, attempt)).content.decode())


def test_feedback_never_shows_only_the_score(client, learner, quiz_module, auto_marked):
    quiz = quiz_create(
        quiz_module,
        auto_marked,
        attempts_allowed=2,
        feedback_timing=FeedbackTiming.NEVER,
    )

    failed = _submit(client, quiz, auto_marked, wrong=auto_marked)
    last = _submit(client, quiz, auto_marked, wrong=auto_marked[:1])
    pages = [client.get(result_url(quiz, a)).content.decode() for a in (failed, last)]

    assert last.passed is True
    for html in pages:
        assert not _shows_right_answers(html)
        assert "Someone with lived experience" not in html
        assert "Peer supporters use their own experience." not in html
    assert f"You passed with {last.score_percent}%" in pages[1]
    assert "This quiz shows your score only." in pages[0]
    assert "shown once you pass" not in pages[0]


# --- progress -------------------------------------------------------------------------


def test_passing_the_module_quiz_completes_the_module(
    client, learner, quiz, auto_marked, programme_tree
):
    programme, _course, [(module, lessons), (second, _)] = programme_tree
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson, programme=programme)

    def module_complete():
        outline = programme_outline(user=learner, programme=programme)
        return {m.module.pk: m.is_complete for m in outline.modules}

    lessons_only = module_complete()
    _submit(client, quiz, auto_marked, wrong=auto_marked)
    after_failing = module_complete()
    _submit(client, quiz, auto_marked)
    after_passing = module_complete()

    assert lessons_only == {module.pk: False, second.pk: False}
    assert after_failing == {module.pk: False, second.pk: False}
    assert after_passing == {module.pk: True, second.pk: False}


def test_passing_the_quiz_alone_does_not_complete_the_module(
    client, learner, quiz, auto_marked, programme_tree
):
    programme, _course, [(module, lessons), _second] = programme_tree
    lesson_complete(user=learner, lesson=lessons[0], programme=programme)

    _submit(client, quiz, auto_marked)

    outline = programme_outline(user=learner, programme=programme)
    assert outline.modules[0].is_complete is False


# --- the gate -------------------------------------------------------------------------


def test_signed_out_visitors_are_sent_to_sign_in(client, quiz):
    page = client.get(quiz.url)
    start = client.post(quiz.url + "start/")

    login = reverse("lms:login")
    assert page.status_code == 302
    assert page["Location"].startswith(f"{login}?next=")
    assert start["Location"].startswith(f"{login}?next=")
    assert not QuizAttempt.objects.exists()


def test_learners_not_enrolled_are_redirected_with_a_message(
    client, trainee, quiz, programme_tree
):
    client.force_login(trainee)

    response = client.post(quiz.url + "start/", follow=True)

    assert response.redirect_chain[0][0] == programme_tree[0].url
    assert "Enrol on this programme to record your progress." in messages_on(response)
    assert not QuizAttempt.objects.exists()


def test_a_difficult_module_needs_its_content_note_first(
    client, learner, quiz, quiz_module
):
    quiz_module.is_difficult = True
    quiz_module.content_note = "This module talks about birth trauma."
    quiz_module.save_revision().publish()

    before = client.post(quiz.url + "start/", follow=True)
    client.post(
        reverse("lms:content_note_choose", args=[quiz_module.pk]),
        {"choice": ContentNoteChoice.Choice.CONTINUE},
    )
    after = client.get(quiz.url)

    assert before.redirect_chain[0][0] == quiz_module.url
    assert "Please read the content note for this module first." in messages_on(before)
    assert not QuizAttempt.objects.exists()
    assert after.status_code == 200
    assert "Start the quiz" in after.content.decode()


def test_a_module_with_unfinished_prerequisites_is_closed(
    client, learner, programme_tree, auto_marked
):
    _programme, _course, [(first, _lessons), (second, _)] = programme_tree
    second.prerequisites.add(first)
    second.save_revision().publish()
    quiz = quiz_create(second, auto_marked)

    response = client.get(quiz.url, follow=True)

    assert response.redirect_chain[0][0] == second.url
    assert f"Finish {first.title} first, then this module opens." in messages_on(
        response
    )


def test_saving_junk_form_data_stores_nothing(learner, quiz):
    attempt = services.attempt_start(user=learner, quiz=quiz)

    services.attempt_save(
        attempt=attempt,
        revision=0,
        data=querydict({"q-999999": "x", "unexpected": "y"}),
    )

    attempt.refresh_from_db()
    assert attempt.responses == {}
    assert attempt.revision == 1


def test_starting_a_quiz_costs_the_same_queries_whatever_its_length(
    quiz_module, category, enrolled_trainee, other_trainee, programme_tree
):
    """A team starting a quiz together: each start must not cost a query a question."""

    def start_cost(count, user, slug):
        made = [
            question_create(
                data={**_true_false(n), "name": f"{slug} {n}"},
                category=category,
                lessons={},
            )
            for n in range(count)
        ]
        quiz = quiz_create(quiz_module, made, slug=slug)
        with CaptureQueriesContext(connection) as queries:
            attempt = services.attempt_start(user=user, quiz=quiz)
        assert [item["id"] for item in attempt.questions] == [q.pk for q in made]
        return len(queries)

    enrolment_create(user=other_trainee, programme=programme_tree[0])
    assert start_cost(2, enrolled_trainee, "short") == start_cost(
        12, other_trainee, "long"
    )


def _true_false(n: int) -> dict:
    return {
        "type": "true_false",
        "text": f"Statement number {n} is true.",
        "answers": [
            {"text": "True", "fraction": 1.0, "feedback": ""},
            {"text": "False", "fraction": 0.0, "feedback": ""},
        ],
    }
