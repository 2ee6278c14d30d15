"""People, organisations, cohorts, enrolment, progress and the reflective log."""

import secrets

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alongside.fields import SingleLineCharField
from courses.models import NATIONS


class UserManager(BaseUserManager):
    """Users sign in with their email address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        email = self.normalize_email(email).lower()
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        field = self.model._meta.get_field(self.model.USERNAME_FIELD)
        if not isinstance(username, str) or len(username) > field.max_length:
            # No address is that long; and SQLite refuses such a long LIKE pattern.
            raise self.model.DoesNotExist
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


class User(AbstractUser):
    """A person using Alongside, signing in with their email address."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("email address"), unique=True)
    full_name = SingleLineCharField(_("full name"), max_length=150)
    certificate_name = SingleLineCharField(
        _("name on certificates"),
        max_length=150,
        blank=True,
        help_text=_("Your name exactly as it should appear on a certificate."),
    )
    nation = models.CharField(
        _("where you are"),
        max_length=20,
        choices=NATIONS,
        blank=True,
        help_text=_("So we can show the right support numbers for your nation."),
    )
    # When the person proved the address is theirs. Accounts made by staff, the demo
    # or a factory count as confirmed; only self sign-up starts unconfirmed, and such
    # an account cannot be signed in to until its confirmation link is used.
    email_confirmed_at = models.DateTimeField(
        _("email address confirmed"), null=True, blank=True, default=timezone.now
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            # Jo@NHS.net and jo@nhs.net are one person: one account, however an
            # address was typed (a form, the admin, a CSV of staff).
            models.UniqueConstraint(
                Lower("email"),
                name="one_account_per_email_any_case",
                violation_error_message=_(
                    "There is already an account with this email address."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.full_name or self.email

    def save(self, *args, **kwargs):
        # Addresses are kept in lower case, so every lookup and CSV match agrees.
        if self.email:
            self.email = self.email.strip().lower()
        super().save(*args, **kwargs)

    # Wagtail's admin shows first_name/last_name; give it the one name we keep.
    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def name_for_certificate(self) -> str:
        """The name a certificate will carry."""
        return self.certificate_name or self.full_name

    @property
    def surname(self) -> str:
        """Last word of the certificate name, used by public verification."""
        parts = self.name_for_certificate.split()
        return parts[-1] if parts else ""


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


class Enrolment(models.Model):
    """A person taking a programme, alone or in a cohort, and where they are in it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage", on_delete=models.CASCADE, related_name="enrolments"
    )
    cohort = models.ForeignKey(
        Cohort,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enrolments",
    )
    enrolled_at = models.DateTimeField(default=timezone.now)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Where to resume."),
    )
    last_active_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "programme"], name="one_enrolment_per_programme"
            )
        ]
        verbose_name = _("enrolment")

    def __str__(self) -> str:
        return f"{self.user} on {self.programme_id}"


class LessonCompletion(models.Model):
    """A learner said "I've finished this lesson": kept (with its title and the time
    spent) even when the lesson is later deleted, as part of the learner's history."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_completions",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="completions",
    )
    # What the lesson was called when finished, for when it has since been deleted.
    lesson_title = models.CharField(max_length=255, blank=True)
    # The lesson's tree path, kept so progress in any module, course or programme is
    # one indexed prefix count, whatever the size of the course.
    lesson_path = models.CharField(max_length=255, db_index=True)
    completed_at = models.DateTimeField(default=timezone.now)
    # Seconds from opening the lesson to finishing it (capped), when we saw both;
    # reports fall back on the lesson's planned length when it is empty.
    seconds_spent = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson"], name="one_completion_per_lesson"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} finished lesson {self.lesson_id}"


class ModuleCompletion(models.Model):
    """A learner finished a module: kept for good, so that publishing, moving or
    removing content later never takes it (or what it unlocked) away from them.

    Written when every lesson is finished and every quiz is passed or sent for
    marking; ``passed_at`` follows once every quiz is passed, which is what a
    certificate needs.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="module_completions",
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="completions",
    )
    # What the module was called when finished, for when it has since been deleted.
    module_title = models.CharField(max_length=255, blank=True)
    finished_at = models.DateTimeField(default=timezone.now)
    passed_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("When every quiz in it was passed; empty while marking waits."),
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module"], name="one_completion_per_module"
            )
        ]
        verbose_name = _("finished module")

    def __str__(self) -> str:
        return f"{self.user_id} finished module {self.module_id}"


class ContentNoteChoice(models.Model):
    """What a learner chose when shown a module's content note."""

    class Choice(models.TextChoices):
        CONTINUE = "continue", _("Continue")
        LATER = "later", _("Come back later")
        SUPPORT = "support", _("Get support")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="content_note_choices",
    )
    module = models.ForeignKey(
        "courses.ModulePage", on_delete=models.CASCADE, related_name="+"
    )
    choice = models.CharField(max_length=10, choices=Choice.choices)
    chosen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-chosen_at"]
        indexes = [models.Index(fields=["user", "module", "-chosen_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} chose {self.choice} for module {self.module_id}"


# The most a finished reflective-log entry may hold; longer text is refused with a
# message (and kept as a draft), never cut short.
REFLECTION_MAX_CHARACTERS = 20000


class ReflectiveEntry(models.Model):
    """A private reflective-log entry; only its owner, or one person they share with."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reflective_entries",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    prompt = models.TextField(_("prompt"), blank=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    body = models.TextField(_("your reflection"), max_length=REFLECTION_MAX_CHARACTERS)
    # Kept when someone stops part-way ("Take a break", "Get support"): their own,
    # unfinished, never shared and not counted towards a certificate.
    is_draft = models.BooleanField(_("draft"), default=False)
    shared_with = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reflections_shared_with_me",
        verbose_name=_("shared with"),
    )
    shared_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("reflective log entry")
        verbose_name_plural = _("reflective log entries")

    def __str__(self) -> str:
        return self.title or self.created_at.strftime("%d %B %Y")


class AuditEvent(models.Model):
    """A security-relevant event: append-only, shown read-only to site admins."""

    # Not a "usage" of the people it names: Wagtail's reference index skips it (and
    # writing a line stays one insert).
    wagtail_reference_index_ignore = True

    class Action(models.TextChoices):
        SIGN_IN = "sign_in", _("Signed in")
        SIGN_IN_FAILED = "sign_in_failed", _("Sign-in refused")
        SIGN_IN_LINK_SENT = "sign_in_link_sent", _("Sign-in link sent")
        SIGN_IN_LINK_USED = "sign_in_link_used", _("Signed in with a link")
        LOCKED_OUT = "locked_out", _("Locked out after wrong passwords")
        SIGN_OUT = "sign_out", _("Signed out")
        PASSWORD_CHANGED = "password_changed", _("Password changed")
        MFA_SET_UP = "mfa_set_up", _("Second factor set up")
        MFA_FAILED = "mfa_failed", _("Second factor code refused")
        ROLE_CHANGED = "role_changed", _("Roles changed")
        DATA_EXPORTED = "data_exported", _("Personal data exported")
        ERASURE_DONE = "erasure_done", _("Personal data erased")
        MARK_OVERRIDDEN = "mark_overridden", _("Mark given or changed")
        ATTEMPT_ALLOWED = "attempt_allowed", _("Another quiz attempt allowed")
        CERTIFICATE = "certificate", _("Certificate changed")
        EXPORTED = "exported", _("Report downloaded")
        EMAIL_CONFIRMED = "email_confirmed", _("Email address confirmed")
        UNCONFIRMED_REMOVED = (
            "unconfirmed_removed",
            _("Sign-ups never confirmed, removed"),
        )
        OTHER = "other", _("Other")

    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    action = models.CharField(_("what"), max_length=40, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who did it"),
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="audit_events",
        verbose_name=_("about whom"),
    )
    ip_address = models.GenericIPAddressField(_("from address"), null=True, blank=True)
    detail = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.get_action_display()} at {self.created_at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        # Append-only: an event, once written, is never changed through the model.
        if self.pk is not None and not self._state.adding:
            raise ValueError("Audit events cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit events cannot be deleted.")
