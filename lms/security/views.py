"""Views: the locked-out page, one-time sign-in links, and the second factor."""

import base64

import segno
from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views import View
from django_otp import login as otp_login

from lms.models import AuditEvent
from lms.tasks import email_send_task

from . import mfa, signin, signup
from .audit import audit_record
from .backends import BACKEND
from .forms import (
    ErasureConfirmForm,
    RecoveryCodeForm,
    SignInLinkForm,
    TotpCodeForm,
)

Action = AuditEvent.Action


def locked_out(request, credentials, *args, **kwargs):
    """django-axes: too many wrong passwords (the same for any address)."""
    return render(
        request,
        "lms/account/locked_out.html",
        {"form": SignInLinkForm()},
        status=429,
    )


def _next(request, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def signin_link_send(*, email: str, request=None) -> None:
    """Email a one-time sign-in link if the address has an active account."""
    user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        return
    if user.email_confirmed_at is None:
        # Not confirmed yet: the confirmation link, which asks for a new password.
        signup.signup_email_again(email=user.email, next_url="")
        return
    url = signin.signin_link_url(user=user)
    body = _(
        "Hello %(name)s,\n\nSomeone (we hope you) asked to sign in to Alongside "
        "without a password. This link signs you in once, within 15 minutes:\n\n"
        "%(url)s\n\nIf it was not you, you can ignore this email: nobody can use "
        "the link without reading your email.\n\nThe Alongside team"
    ) % {"name": user.get_short_name(), "url": url}
    email_send_task.delay(
        subject=_("Your Alongside sign-in link"), body=body, to=[user.email]
    )
    audit_record(action=Action.SIGN_IN_LINK_SENT, subject=user, request=request)


class SignInLinkRequestView(View):
    """Ask for a one-time sign-in link (the same answer whether or not we know you)."""

    template_name = "lms/account/signin_link_request.html"

    def get(self, request):
        return render(request, self.template_name, {"form": SignInLinkForm()})

    def post(self, request):
        form = SignInLinkForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)
        email = form.cleaned_data["email"]
        if signup.email_requests_paused(request=request, email=email):
            context = {"form": form, "paused": True}
            return render(request, self.template_name, context, status=429)
        signin_link_send(email=form.cleaned_data["email"], request=request)
        return redirect("lms:signin_link_sent")


def signin_link_sent(request):
    return render(request, "lms/account/signin_link_sent.html")


class SignInLinkUseView(View):
    """Open the link: a button to sign in (so mail scanners cannot use it up)."""

    template_name = "lms/account/signin_link_use.html"

    def get(self, request, token):
        user = signin.signin_link_user(token)
        return render(
            request,
            self.template_name,
            {"valid": user is not None},
            status=200 if user else 400,
        )

    def post(self, request, token):
        user = signin.signin_link_use(token)
        if user is None:
            return render(request, self.template_name, {"valid": False}, status=400)
        request._alongside_sign_in_via = "link"
        login(request, user, backend=BACKEND)
        messages.success(request, _("You are signed in."))
        return redirect("lms:dashboard")


@method_decorator(login_required, name="dispatch")
class SecondFactorView(View):
    """Set up an authenticator app (first time), or enter its code."""

    def _context(self, request, form):
        device = mfa.mfa_device_confirmed(request.user)
        context = {
            "form": form,
            "next": _next(request, ""),
            "setting_up": device is None,
        }
        if device is None:
            pending = mfa.mfa_device_pending(request.user)
            context["secret"] = _secret_base32(pending)
            context["qr_svg"] = segno.make(pending.config_url, error="m").svg_inline(
                scale=4, title=_("QR code for your authenticator app")
            )
        return context

    def get(self, request):
        return render(
            request, "lms/account/mfa.html", self._context(request, TotpCodeForm())
        )

    def post(self, request):
        form = TotpCodeForm(request.POST)
        device = mfa.mfa_device_confirmed(request.user)
        setting_up = device is None
        if setting_up:
            device = mfa.mfa_device_pending(request.user)
        if form.is_valid() and device.verify_token(form.cleaned_data["code"]):
            if setting_up:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                audit_record(
                    action=Action.MFA_SET_UP,
                    actor=request.user,
                    subject=request.user,
                    request=request,
                )
            otp_login(request, device)
            if setting_up:
                # Shown once, on the next page: codes for when the phone is lost.
                _recovery_codes_show_once(request)
                target = reverse("lms:mfa_recovery_codes")
                onward = _next(request, "")
                return redirect(
                    f"{target}?{urlencode({'next': onward})}" if onward else target
                )
            return redirect(_next(request, _after_second_step(request.user)))
        if form.is_valid():
            form.add_error(
                "code",
                _(
                    "That code did not work. Codes change every 30 seconds: "
                    "try the newest one."
                ),
            )
            audit_record(
                action=Action.MFA_FAILED,
                actor=request.user,
                subject=request.user,
                request=request,
            )
        return render(
            request, "lms/account/mfa.html", self._context(request, form), status=400
        )


def _after_second_step(user) -> str:
    """Where to go next when no page asked: the admin for those who use it."""
    if user.has_perm("wagtailadmin.access_admin"):
        return reverse("wagtailadmin_home")
    return reverse("lms:dashboard")


def _secret_base32(device) -> str:
    return base64.b32encode(device.bin_key).decode("ascii")


# --- Recovery codes (staff only) ------------------------------------------------------

_NEW_CODES_KEY = "alongside_new_recovery_codes"


def _recovery_codes_show_once(request) -> None:
    """Make a new set of codes and keep them for the next page only."""
    request.session[_NEW_CODES_KEY] = mfa.mfa_recovery_codes_create(user=request.user)
    audit_record(
        action=Action.OTHER,
        actor=request.user,
        subject=request.user,
        request=request,
        what="new recovery codes made",
    )


class _StaffOnlyMixin(LoginRequiredMixin):
    """Recovery codes are for people who use a second step; nobody else has them."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not mfa.mfa_required(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class RecoveryCodeSignInView(_StaffOnlyMixin, View):
    """The second step with a recovery code instead of the app (each works once)."""

    template_name = "lms/account/mfa_recovery.html"

    def _render(self, request, form, status=200):
        return render(
            request,
            self.template_name,
            {"form": form, "next": _next(request, "")},
            status=status,
        )

    def get(self, request):
        return self._render(request, RecoveryCodeForm())

    def post(self, request):
        form = RecoveryCodeForm(request.POST)
        if not form.is_valid():
            return self._render(request, form, status=400)
        device = mfa.mfa_recovery_device(request.user)
        allowed, _detail = device.verify_is_allowed() if device else (True, None)
        if not allowed:
            form.add_error(
                "code",
                _("Too many codes have been tried. Wait a minute, then try again."),
            )
            return self._render(request, form, status=400)
        device = mfa.mfa_recovery_code_use(
            user=request.user, code=form.cleaned_data["code"]
        )
        if device is None:
            form.add_error(
                "code",
                _(
                    "That recovery code did not work. Check it, and use one you "
                    "have not used before."
                ),
            )
            audit_record(
                action=Action.MFA_FAILED,
                actor=request.user,
                subject=request.user,
                request=request,
                kind="recovery code",
            )
            return self._render(request, form, status=400)
        otp_login(request, device)
        audit_record(
            action=Action.OTHER,
            actor=request.user,
            subject=request.user,
            request=request,
            what="signed in with a recovery code",
        )
        left = mfa.mfa_recovery_codes_left(request.user)
        messages.warning(
            request,
            _(
                "You used a recovery code. You have %(left)d left: make a new set "
                "from your account page if you are running low."
            )
            % {"left": left},
        )
        return redirect(_next(request, _after_second_step(request.user)))


class RecoveryCodesView(_StaffOnlyMixin, View):
    """How many recovery codes are left, and a new set (shown once) on request."""

    template_name = "lms/account/mfa_recovery_codes.html"

    def dispatch(self, request, *args, **kwargs):
        # Only after the second step: otherwise a password alone could make codes.
        user = request.user
        if (
            user.is_authenticated
            and mfa.mfa_required(user)
            and not mfa.mfa_satisfied(request)
        ):
            target = reverse("lms:mfa")
            return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        codes = request.session.pop(_NEW_CODES_KEY, None)
        return render(
            request,
            self.template_name,
            {
                "codes": codes,
                "left": mfa.mfa_recovery_codes_left(request.user),
                "count": mfa.RECOVERY_CODE_COUNT,
                "next": _next(request, ""),
            },
        )

    def post(self, request):
        _recovery_codes_show_once(request)
        return redirect("lms:mfa_recovery_codes")


# --- Your data (UK GDPR) ------------------------------------------------------------


class YourDataView(LoginRequiredMixin, View):
    """What we hold about you, a download of it, and how to ask for erasure."""

    def get(self, request):
        from alongside.extensions import personal_data_registry

        return render(
            request,
            "lms/account/your_data.html",
            {"registry": personal_data_registry()},
        )


@login_required
def your_data_export(request):
    """Everything we hold about you, as a JSON download."""
    from lms.privacy import personal_data_export

    data = personal_data_export(user=request.user)
    audit_record(
        action=Action.DATA_EXPORTED,
        actor=request.user,
        subject=request.user,
        request=request,
    )
    response = JsonResponse(data, json_dumps_params={"indent": 2})
    response["Content-Disposition"] = 'attachment; filename="alongside-your-data.json"'
    response["Cache-Control"] = "no-store"
    return response


class YourDataEraseView(LoginRequiredMixin, View):
    """Ask for erasure: confirm, then it is done and you are signed out."""

    template_name = "lms/account/your_data_erase.html"

    def get(self, request):
        return render(request, self.template_name, {"form": ErasureConfirmForm()})

    def post(self, request):
        from lms.privacy import personal_data_erase

        form = ErasureConfirmForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)
        user = request.user
        logout(request)  # first, so the sign-out is erased with the rest
        personal_data_erase(user=user, actor=user)
        messages.success(
            request,
            _("Your account and your data have been erased. Thank you for being here."),
        )
        return redirect("/")
