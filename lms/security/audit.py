"""The audit log's one writer, and the receivers that feed it."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import (
    user_logged_in,
    user_logged_out,
    user_login_failed,
)
from django.db.models.signals import m2m_changed, post_save
from django.utils import timezone

from alongside import signals
from assessments import signals as assessment_signals
from lms.models import AuditEvent

from .client_ip import client_ip

Action = AuditEvent.Action


def _address(request) -> str | None:
    if request is None:
        return None
    return client_ip(request)


def audit_record(
    *, action: str, actor=None, subject=None, request=None, **detail
) -> AuditEvent:
    """Append one event to the audit log."""
    actor = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        action=action,
        actor=actor,
        subject=subject,
        ip_address=_address(request),
        detail={key: str(value)[:500] for key, value in detail.items()},
    )


def _signed_in(sender, request, user, **kwargs):
    via = getattr(request, "_alongside_sign_in_via", "password") if request else ""
    action = Action.SIGN_IN_LINK_USED if via == "link" else Action.SIGN_IN
    audit_record(action=action, actor=user, subject=user, request=request)


def _signed_out(sender, request, user, **kwargs):
    if user is not None:
        audit_record(action=Action.SIGN_OUT, actor=user, subject=user, request=request)


def _refused(sender, credentials, request=None, **kwargs):
    if getattr(request, "axes_locked_out", False):
        return  # already locked: the lockout is recorded once, not every try
    username = str((credentials or {}).get("username", ""))[:254].lower()
    subject = get_user_model().objects.filter(email__iexact=username).first()
    audit_record(
        action=Action.SIGN_IN_FAILED, subject=subject, request=request, email=username
    )


def _locked_out(sender, request, username, ip_address, **kwargs):
    # Once per account or address per hour, so a flood of tries cannot flood the log.
    recent = AuditEvent.objects.filter(
        action=Action.LOCKED_OUT,
        created_at__gte=timezone.now() - datetime.timedelta(hours=1),
        detail__email=username or "",
        ip_address=ip_address or None,
    )
    if recent.exists():
        return
    subject = get_user_model().objects.filter(email__iexact=username or "").first()
    audit_record(
        action=Action.LOCKED_OUT,
        subject=subject,
        request=request,
        email=username or "",
    )


def _groups_changed(sender, instance, action, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    user_model = get_user_model()
    if not isinstance(instance, user_model):
        return
    from django.contrib.auth.models import Group

    names = sorted(
        Group.objects.filter(pk__in=pk_set or []).values_list("name", flat=True)
    )
    audit_record(
        action=Action.ROLE_CHANGED,
        subject=instance,
        change=action.removeprefix("post_"),
        groups=", ".join(names),
    )


def audit_export(request, *, name: str, rows: int | None = None) -> None:
    """A download of other people's data (a report or answers as CSV) was served."""
    detail = {"file": name}
    if rows is not None:
        detail["rows"] = rows
    audit_record(action=Action.EXPORTED, actor=request.user, request=request, **detail)


def _active_user():
    """Who is acting, where Wagtail's admin says (its views set a log context)."""
    from wagtail.log_actions import get_active_log_context

    context = get_active_log_context()
    return getattr(context, "user", None) if context else None


def _password_saved(sender, instance, created, **kwargs):
    # AbstractBaseUser keeps the new raw password in ``_password`` until just after
    # saving, so this sees every change: own change, reset link, admin, shell.
    if created or getattr(instance, "_password", None) is None:
        return
    audit_record(action=Action.PASSWORD_CHANGED, actor=_active_user(), subject=instance)


def _mark_given(sender, marker_id, user_id, title, detail, key, **kwargs):
    user_model = get_user_model()
    audit_record(
        action=Action.MARK_OVERRIDDEN,
        actor=user_model.objects.filter(pk=marker_id).first(),
        subject=user_model.objects.filter(pk=user_id).first(),
        work=title,
        mark=detail,
        item=key,
    )


def _attempt_allowed(
    sender, user_id, granted_by_id, quiz_id, title, allowance_id, **kwargs
):
    user_model = get_user_model()
    audit_record(
        action=Action.ATTEMPT_ALLOWED,
        actor=user_model.objects.filter(pk=granted_by_id).first(),
        subject=user_model.objects.filter(pk=user_id).first(),
        quiz=title,
        quiz_id=quiz_id,
        item=f"quiz-attempt-allowance-{allowance_id}",
    )


def audit_receivers_connect() -> None:
    """Called once from LmsConfig.ready()."""
    from axes.signals import user_locked_out

    user_logged_in.connect(_signed_in, dispatch_uid="lms-audit-signed-in")
    user_logged_out.connect(_signed_out, dispatch_uid="lms-audit-signed-out")
    user_login_failed.connect(_refused, dispatch_uid="lms-audit-refused")
    user_locked_out.connect(_locked_out, dispatch_uid="lms-audit-locked-out")
    post_save.connect(
        _password_saved,
        sender=get_user_model(),
        dispatch_uid="lms-audit-password",
    )
    signals.mark_given.connect(_mark_given, dispatch_uid="lms-audit-mark-given")
    assessment_signals.attempt_allowed.connect(
        _attempt_allowed, dispatch_uid="lms-audit-attempt-allowed"
    )
    m2m_changed.connect(
        _groups_changed,
        sender=get_user_model().groups.through,
        dispatch_uid="lms-audit-groups",
    )
