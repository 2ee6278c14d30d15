"""Organisations, their NHS teams and trainee cohorts."""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def _join_code() -> str:
    # Short, unambiguous codes people can read off a screen and type on a phone.
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(8))


def _invite_token() -> str:
    return secrets.token_urlsafe(24)


class Organisation(models.Model):
    """A charity or NHS trust that trains peer supporters or staff."""

    class Kind(models.TextChoices):
        CHARITY = "charity", _("Charity")
        NHS_TRUST = "nhs_trust", _("NHS trust or board")
        OTHER = "other", _("Other organisation")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    support_contact = models.CharField(
        _("support contact"),
        max_length=200,
        blank=True,
        help_text=_("Who trainees can contact for support, e.g. an email or phone."),
    )
    admins = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="administered_organisations",
        verbose_name=_("organisation admins"),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="organisations",
        verbose_name=_("members"),
    )
    # The organisation's own content: a page area and a collection that only its
    # editors group may edit, with Wagtail's page and collection permissions
    # (services.organisation_content_area_ensure; made with the organisation).
    editors = models.OneToOneField(
        "auth.Group",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="edited_organisation",
        verbose_name=_("editors group"),
    )
    content_page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("own programmes"),
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("own collection"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")

    def __str__(self) -> str:
        return self.name


class Team(models.Model):
    """A ward or community team inside an organisation, joined with a code."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="teams"
    )
    name = models.CharField(_("name"), max_length=200)
    join_code = models.CharField(
        _("join code"), max_length=8, unique=True, default=_join_code, editable=False
    )
    leads = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="led_teams",
        verbose_name=_("team leads"),
    )
    # Presenting is a right an organisation admin gives; joining with the code
    # never gives it.
    presenters = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="presented_teams",
        verbose_name=_("trainers who may present"),
        help_text=_(
            "Trainers who may run live sessions for this team and see its register."
        ),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="teams",
        verbose_name=_("members"),
    )

    class Meta:
        ordering = ["organisation__name", "name"]
        unique_together = [("organisation", "name")]
        verbose_name = _("team")

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"

    def join_link(self) -> str:
        """A link that opens the join form with the code filled in."""
        return f"{settings.SITE_URL}{reverse('lms:team_join')}?code={self.join_code}"

    join_link.short_description = _("Join link")


class Cohort(models.Model):
    """A group of trainees taking a programme together with their trainers."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="cohorts"
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage", on_delete=models.PROTECT, related_name="cohorts"
    )
    name = models.CharField(_("name"), max_length=200)
    start_date = models.DateField(_("start date"))
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="cohorts_training",
        verbose_name=_("trainers"),
    )
    supervisors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="cohorts_supervising",
        verbose_name=_("supervisors"),
    )
    invite_token = models.CharField(
        max_length=64, unique=True, default=_invite_token, editable=False
    )
    is_open = models.BooleanField(
        _("invite link works"),
        default=True,
        help_text=_("Turn off to stop new people joining with the invite link."),
    )

    class Meta:
        ordering = ["-start_date", "name"]
        verbose_name = _("cohort")

    def __str__(self) -> str:
        return self.name

    def invite_link(self) -> str:
        """The full link to send to trainees."""
        return settings.SITE_URL + reverse("lms:cohort_join", args=[self.invite_token])

    invite_link.short_description = _("Invite link")
