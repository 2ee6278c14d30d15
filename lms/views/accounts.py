"""Accounts: sign-up with a confirmed email, sign-in and out, passwords, the profile."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView

from alongside import extensions

from .. import services
from ..forms import (
    PasswordResetForm,
    ProfileForm,
    SetPasswordForm,
    SignInForm,
    SignUpForm,
)
from ..security import signup
from ..security.backends import BACKEND
from ..security.mfa import mfa_required


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def _email_paused(request, template: str, context: dict) -> HttpResponse:
    """Too many emails asked for: say so kindly (the same for any address)."""
    context = {**context, "paused": True}
    return render(request, template, context, status=429)


class SignUpView(FormView):
    """Ask for an account; it is made usable from the link emailed to the address."""

    template_name = "lms/account/signup.html"
    form_class = SignUpForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect("lms:dashboard")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        if signup.email_requests_paused(request=self.request, email=data["email"]):
            return _email_paused(
                self.request, self.template_name, self.get_context_data(form=form)
            )
        target = _safe_next(self.request, reverse("lms:dashboard"))
        # New address or not, the same answer: "check your email".
        self.request.session[signup.SESSION_KEY] = signup.signup_start(
            email=data["email"],
            full_name=data["full_name"],
            password=data["password1"],
            nation=data["nation"],
            next_url=target,
        )
        return redirect("lms:signup_sent")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next"] = self.request.POST.get("next") or self.request.GET.get(
            "next", ""
        )
        return context


class SignUpSentView(View):
    """ "Check your email", with a way to have the email sent again."""

    template_name = "lms/account/signup_sent.html"

    def _pending(self, request) -> dict:
        pending = request.session.get(signup.SESSION_KEY)
        return pending if isinstance(pending, dict) else {}

    def get(self, request):
        return render(
            request, self.template_name, {"email": self._pending(request).get("email")}
        )

    def post(self, request):
        pending = self._pending(request)
        email = pending.get("email")
        if not email:
            return redirect("lms:signup")
        if signup.email_requests_paused(request=request, email=email):
            return _email_paused(request, self.template_name, {"email": email})
        signup.signup_email_again(email=email, next_url=pending.get("next", ""))
        messages.success(request, _("We have sent the email again."))
        return redirect("lms:signup_sent")


class SignUpConfirmView(View):
    """The emailed link: confirm the address (choosing a new password if need be)."""

    template_name = "lms/account/signup_confirm.html"

    def _render(self, request, user, form=None, status=200):
        return render(
            request,
            self.template_name,
            {"valid": user is not None, "form": form},
            status=status if user is not None else 400,
        )

    def _form(self, request, user):
        # Only the browser that chose the password keeps it; anyone else (the owner
        # reading their email elsewhere, or after someone else signed up with their
        # address) chooses a new one, so nobody else's password survives.
        if signup.signup_browser_chose_password(session=request.session, user=user):
            return None
        return SetPasswordForm(user, request.POST or None)

    def get(self, request, token):
        user, _next_url = signup.signup_confirm_link_read(token)
        if user is None:
            return self._render(request, None)
        return self._render(request, user, self._form(request, user))

    def post(self, request, token):
        user, next_url = signup.signup_confirm_link_read(token)
        if user is None:
            return self._render(request, None)
        form = self._form(request, user)
        if form is not None and not form.is_valid():
            return self._render(request, user, form, status=400)
        new_password = form.cleaned_data["new_password1"] if form else None
        if not signup.signup_confirm(user=user, new_password=new_password):
            return self._render(request, None)
        request.session.pop(signup.SESSION_KEY, None)
        login(request, user, backend=BACKEND)
        messages.success(
            request, _("Welcome to Alongside, %s.") % user.get_short_name()
        )
        if not url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=False
        ):
            next_url = reverse("lms:dashboard")
        return redirect(next_url)


class SignInView(auth_views.LoginView):
    """Sign in with email and password."""

    template_name = "lms/account/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def dispatch(self, request, *args, **kwargs):
        # Someone signed in who was sent here from a page their account may not see
        # (a page private to a group): say so, rather than send them straight back
        # to that page, which would send them here again.
        if request.user.is_authenticated and request.GET.get(self.redirect_field_name):
            self.redirect_authenticated_user = False
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.request.user.is_authenticated:
            context["signed_in_as"] = self.request.user
        return context


class SignOutView(auth_views.LogoutView):
    """Sign out (POST only)."""

    template_name = "lms/account/logged_out.html"


class PasswordResetView(auth_views.PasswordResetView):
    """Ask for a reset link by email."""

    template_name = "lms/account/password_reset_form.html"
    email_template_name = "lms/account/password_reset_email.txt"
    subject_template_name = "lms/account/password_reset_subject.txt"
    form_class = PasswordResetForm
    success_url = reverse_lazy("lms:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "lms/account/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "lms/account/password_reset_confirm.html"
    success_url = reverse_lazy("lms:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        signup.account_confirm_on_password_reset(user=form.user)
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "lms/account/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "lms/account/password_change.html"
    success_url = reverse_lazy("lms:profile")

    def form_valid(self, form):
        messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)


class ProfileView(LoginRequiredMixin, FormView):
    """Change your names (including the one on certificates) and nation."""

    template_name = "lms/account/profile.html"
    form_class = ProfileForm
    success_url = reverse_lazy("lms:profile")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.request.user}

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "uses_second_step": mfa_required(self.request.user),
            "account_links": extensions.account_links(self.request.user),
        }

    def form_valid(self, form):
        services.user_update_profile(user=self.request.user, **form.cleaned_data)
        messages.success(self.request, _("Your details have been saved."))
        return super().form_valid(form)
