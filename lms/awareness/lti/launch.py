"""Launches from a registered platform: the LMS user's account, the launch record,
and the score sent back (Assignment and Grade Services)."""

from __future__ import annotations

import logging

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from lti_tool.models import LtiLaunch, LtiUser
from pylti1p3.assignments_grades import AssignmentsGradesService
from pylti1p3.exception import LtiException
from pylti1p3.grade import Grade
from pylti1p3.service_connector import ServiceConnector

from lms.models import User
from lms.security.mfa import mfa_required

from .. import selectors
from ..models import AwarenessCoursePage, Completion, CourseProgress, LtiCourseLaunch

logger = logging.getLogger(__name__)


# A nonce is good for one launch: pylti1p3 checks it was issued, not that it is new.
NONCE_SECONDS = 24 * 60 * 60
# Platform roles that may choose content (deep linking).
CHOOSER_ROLES = ("#Instructor", "#Administrator", "#ContentDeveloper")


class LaunchRefused(Exception):
    """The launch cannot sign anyone in; the message says why, kindly."""

    def __init__(self, message: str, status: int = 403):
        super().__init__(message)
        self.message = message
        self.status = status


def _nonce_is_new(nonce: str | None) -> bool:
    return bool(nonce) and cache.add(f"alongside:lti-nonce:{nonce}", 1, NONCE_SECONDS)


def lti_user_account(
    *, lti_user: LtiUser, signed_in: User | None
) -> User:  # a service: it may create or link an account
    """The Alongside account for a platform user: linked before, linked now to the
    person signed in here with the same address, or new. An existing account is
    never taken over from a platform's say-so alone."""
    user = lti_user.auth_user
    if user is None:
        email = (lti_user.email or "").strip().lower()
        if not email:
            raise LaunchRefused(
                "Your organisation's learning system did not send your email "
                "address, so we cannot set up your place on the course. Please ask "
                "its administrator to share it with Alongside."
            )
        if signed_in is not None and signed_in.email.lower() == email:
            user = signed_in
        elif User.objects.filter(email__iexact=email).exists():
            raise LaunchRefused(
                "You already have an Alongside account with this email address. "
                "Sign in to Alongside in this browser, then open the course from "
                "your organisation's learning system again to link the two."
            )
        else:
            user = User.objects.create_user(
                email=email,
                password=None,
                full_name=(lti_user.name or "").strip()[:150],
                email_confirmed_at=timezone.now(),
            )
        lti_user.auth_user = user
        lti_user.save(update_fields=["auth_user", "datetime_modified"])
    if not user.is_active:
        raise LaunchRefused("This Alongside account is closed.")
    if mfa_required(user):
        # Staff accounts sign in with their second factor, never by a launch.
        raise LaunchRefused(
            "This is a staff account on Alongside: please sign in to Alongside "
            "directly, with your second step."
        )
    return user


def _course_for(lti_launch: LtiLaunch) -> AwarenessCoursePage:
    course_id = lti_launch.get_custom_claim("alongside_course")
    courses = AwarenessCoursePage.objects.live()
    if course_id and str(course_id).isdigit():
        course = courses.filter(pk=int(course_id)).first()
    else:
        course = selectors.course_default()
    if course is None:
        raise LaunchRefused("This course is not available at the moment.", 404)
    return course


@transaction.atomic
def lti_launch_record(
    *, user: User, course: AwarenessCoursePage, lti_launch: LtiLaunch
) -> LtiCourseLaunch | None:
    """Remember where to send the person's completion, if the platform wants it."""
    ags = lti_launch.ags_claim or {}
    lineitem = ags.get("lineitem", "")
    if not lineitem:
        return None
    record, _created = LtiCourseLaunch.objects.update_or_create(
        user=user,
        course=course,
        registration=lti_launch.registration,
        lineitem=lineitem[:1000],
        defaults={
            "ags_claim": ags,
            "sub": lti_launch.user.sub,
            "launched_at": timezone.now(),
        },
    )
    return record


def lti_scores_send(*, user_id: int, course_id: int) -> int:
    """Send the person's completion and score to each platform that launched the
    course for them (AGS). Returns how many scores were sent."""
    completion = (
        Completion.objects.filter(user_id=user_id, course_id=course_id)
        .select_related("course")
        .first()
    )
    if completion is None:
        return 0
    progress = CourseProgress.objects.filter(
        user_id=user_id, course_id=course_id
    ).first()
    if progress and progress.check_total:
        given, maximum = progress.check_score or 0, progress.check_total
    else:
        # A live session or a course without a check: done is full marks.
        given, maximum = 1, 1
    sent = 0
    launches = LtiCourseLaunch.objects.filter(
        user_id=user_id, course_id=course_id, registration__is_active=True
    ).select_related("registration")
    for launch in launches:
        connector = ServiceConnector(launch.registration.to_registration())
        ags = AssignmentsGradesService(connector, launch.ags_claim)
        grade = (
            Grade()
            .set_score_given(given)
            .set_score_maximum(maximum)
            .set_activity_progress("Completed")
            .set_grading_progress("FullyGraded")
            .set_timestamp(completion.completed_at.isoformat(timespec="milliseconds"))
            .set_user_id(launch.sub)
        )
        if not ags.can_put_grade():
            continue
        try:
            ags.put_grade(grade)
        except (LtiException, OSError, ValueError) as error:
            # The platform is down or refuses: the learner's completion stands;
            # the next launch of the course sends it again.
            logger.warning("LTI score not sent to %s: %s", launch.registration, error)
            continue
        launch.score_sent_at = timezone.now()
        launch.save(update_fields=["score_sent_at"])
        sent += 1
    return sent


def lti_scores_queue(*, user_id: int, course_id: int) -> None:
    """After the transaction, send scores to any platform that launched the course."""
    from ..tasks import lti_scores_send_task

    if LtiCourseLaunch.objects.filter(user_id=user_id, course_id=course_id).exists():
        transaction.on_commit(
            lambda: lti_scores_send_task.delay(user_id=user_id, course_id=course_id)
        )


def on_course_completed(sender, user_id, course_id, **kwargs) -> None:
    """Signal receiver: a completion goes back to the platforms that launched it."""
    lti_scores_queue(user_id=user_id, course_id=course_id)
