"""Accreditation rules, the practice and supervision ledger, certificates and their
history."""

import calendar
import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField

from .blocks import RequirementStreamBlock

# Crockford's base 32: no I, L, O or U, so numbers read aloud or typed survive.
NUMBER_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# Numbers issued before December 2026 end in Crockford's mod-37 check symbol, which
# can be one of * ~ $ = U: hard to read aloud or type. They stay verifiable.
LEGACY_CHECK_ALPHABET = NUMBER_ALPHABET + "*~$=U"


def number_check_character(body: str) -> str:
    """The check character of a certificate number, from the same 32 characters as
    the body (Luhn mod 32): any one character mistyped, and almost any two next to
    each other swapped, give a different check."""
    total = 0
    for position, char in enumerate(reversed(body)):
        value = NUMBER_ALPHABET.index(char)
        if position % 2 == 0:
            value *= 2
            value = value // 32 + value % 32
        total += value
    return NUMBER_ALPHABET[(32 - total % 32) % 32]


def legacy_number_check_character(body: str) -> str:
    """Crockford's mod-37 check symbol, on numbers issued before December 2026."""
    value = 0
    for char in body:
        value = value * 32 + NUMBER_ALPHABET.index(char)
    return LEGACY_CHECK_ALPHABET[value % 37]


def certificate_number_new() -> str:
    """A fresh number such as AL-7K3M-9QXT-W (the last character is a check)."""
    body = "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(8))
    return f"AL-{body[:4]}-{body[4:]}-{number_check_character(body)}"


def certificate_number_normalise(typed: str) -> str:
    """A number as someone typed it, in its printed form: spaces, missing or extra
    dashes and lower case are forgiven, and O, I and L are read as 0, 1 and 1 (as
    Crockford's alphabet intends), so "al 7k3m 9qxt w" finds AL-7K3M-9QXT-W."""
    text = "".join(
        ch for ch in typed.strip().upper() if not ch.isspace() and ch not in "-‐–—."
    )
    if text.startswith("AL") and len(text) == 11:
        text = text[2:]
    if len(text) != 9:
        return typed.strip().upper()
    body = text[:8].translate(str.maketrans("OIL", "011"))
    check = text[8]
    # U is a legacy check symbol; O, I and L never are.
    check = check.translate(str.maketrans("OIL", "011"))
    return f"AL-{body[:4]}-{body[4:8]}-{check}"


def _number_body_and_check(number: str) -> tuple[str, str] | None:
    parts = number.strip().upper().split("-")
    if len(parts) != 4 or parts[0] != "AL" or len(parts[3]) != 1:
        return None
    body = parts[1] + parts[2]
    if len(body) != 8 or any(ch not in NUMBER_ALPHABET for ch in body):
        return None
    return body, parts[3]


def certificate_number_is_well_formed(number: str) -> bool:
    """True if the number has the right shape and its check character matches."""
    found = _number_body_and_check(number)
    return found is not None and number_check_character(found[0]) == found[1]


def certificate_number_is_legacy(number: str) -> bool:
    """True if the number is shaped like one issued before December 2026, whose
    check symbol came from Crockford's mod-37 (possibly * ~ $ = or U)."""
    found = _number_body_and_check(number)
    return found is not None and legacy_number_check_character(found[0]) == found[1]


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later (or earlier), kept inside short months."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def verification_token_new() -> str:
    """An unguessable token (192 bits) for the public verification link."""
    return secrets.token_urlsafe(24)


class OrganisationBranding(models.Model):
    """How an organisation's certificates look and who signs them."""

    organisation = models.OneToOneField(
        "lms.Organisation",
        on_delete=models.CASCADE,
        related_name="certificate_branding",
        verbose_name=_("organisation"),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("logo"),
        help_text=_("A PNG or JPEG; it is printed small in the top corner."),
    )
    colour = models.CharField(
        _("main colour"),
        max_length=7,
        default="#005EB8",
        help_text=_("A hex colour such as #005EB8, used for headings and the border."),
    )
    signatory_name = models.CharField(_("signed by"), max_length=150)
    signatory_role = models.CharField(_("their role"), max_length=150, blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("organisation"),
        FieldPanel("logo"),
        FieldPanel("colour"),
        FieldRowPanel([FieldPanel("signatory_name"), FieldPanel("signatory_role")]),
        FieldPanel("website"),
    ]

    class Meta:
        verbose_name = _("certificate branding")
        verbose_name_plural = _("certificate branding")

    def __str__(self) -> str:
        return str(self.organisation)

    def clean(self):
        colour = self.colour or ""
        if not (
            len(colour) == 7
            and colour.startswith("#")
            and all(c in "0123456789abcdefABCDEF" for c in colour[1:])
        ):
            raise ValidationError({"colour": _("Use a hex colour such as #005EB8.")})


class AccreditationRules(models.Model):
    """What a trainee must do to earn a programme's certificate."""

    class AchievementType(models.TextChoices):
        CERTIFICATE = "Certificate", _("Certificate")
        CERTIFICATION = "Certification", _("Certification")
        COURSE = "Course", _("Course")

    programme = models.OneToOneField(
        "courses.ProgrammePage",
        on_delete=models.CASCADE,
        related_name="accreditation",
        verbose_name=_("programme"),
    )
    requirements = StreamField(
        RequirementStreamBlock(),
        blank=True,
        verbose_name=_("requirements"),
        help_text=_("Every requirement must be met before a certificate is issued."),
    )
    issuing_organisation = models.ForeignKey(
        "lms.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("issuing organisation"),
    )
    certificate_title = models.CharField(
        _("certificate title"),
        max_length=200,
        blank=True,
        help_text=_("Defaults to the programme's title."),
    )
    description = models.TextField(
        _("what it stands for"),
        max_length=1000,
        help_text=_("One or two sentences an employer will read."),
    )
    criteria = models.TextField(
        _("criteria"),
        max_length=2000,
        help_text=_("How the certificate is earned, in plain words."),
    )
    achievement_type = models.CharField(
        _("kind of achievement"),
        max_length=20,
        choices=AchievementType.choices,
        default=AchievementType.CERTIFICATE,
    )
    learning_hours = models.DecimalField(
        _("learning hours"), max_digits=6, decimal_places=1, default=0
    )
    validity_months = models.PositiveIntegerField(
        _("valid for (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a certificate that never expires."),
    )
    refresher = models.ForeignKey(
        "courses.ModulePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("refresher module"),
        help_text=_(
            "A short module that renews the certificate. When a holder finishes it "
            "and passes its quizzes and scenarios again, before or after expiry, "
            "their certificate is extended and keeps its number. It does not count "
            "toward the first certificate."
        ),
    )
    issue_automatically = models.BooleanField(
        _("issue automatically"),
        default=True,
        help_text=_("Issue as soon as every requirement is met."),
    )

    panels = [
        FieldPanel("programme"),
        FieldPanel("requirements"),
        MultiFieldPanel(
            [
                FieldPanel("issuing_organisation"),
                FieldPanel("certificate_title"),
                FieldPanel("description"),
                FieldPanel("criteria"),
                FieldPanel("achievement_type"),
                FieldRowPanel(
                    [FieldPanel("learning_hours"), FieldPanel("validity_months")]
                ),
                FieldPanel("refresher"),
                FieldPanel("issue_automatically"),
            ],
            heading=_("The certificate"),
        ),
    ]

    class Meta:
        verbose_name = _("accreditation rules")
        verbose_name_plural = _("accreditation rules")

    def __str__(self) -> str:
        return str(_("Rules for %s") % self.programme.title)

    @property
    def title(self) -> str:
        return self.certificate_title or self.programme.title

    def clean(self):
        if self.refresher_id is None:
            return
        from .selectors import refresher_activity_ids

        if not self.validity_months:
            raise ValidationError(
                {
                    "refresher": _(
                        "A certificate that never expires has nothing to renew. "
                        "Set how many months it is valid for, or clear the refresher."
                    )
                }
            )
        if not refresher_activity_ids(self.refresher):
            raise ValidationError(
                {
                    "refresher": _(
                        "Choose a module with at least one published quiz or "
                        "scenario: passing it again is what renews the certificate."
                    )
                }
            )


class LedgerEntry(models.Model):
    """A trainee's practice or supervision session, countersigned by a supervisor."""

    class Kind(models.TextChoices):
        PRACTICE = "practice", _("Practice")
        SUPERVISION = "supervision", _("Supervision session")

    class Activity(models.TextChoices):
        ONE_TO_ONE = "one_to_one", _("One-to-one support")
        GROUP = "group", _("Group support")
        PHONE = "phone", _("Phone or video support")
        SHADOWING = "shadowing", _("Shadowing an experienced peer supporter")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        AWAITING = "awaiting", _("Waiting for countersigning")
        COUNTERSIGNED = "countersigned", _("Countersigned")
        RETURNED = "returned", _("Returned with a comment")
        WITHDRAWN = "withdrawn", _("Withdrawn by you")

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="ledger_entries",
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage", on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    date = models.DateField(_("date"))
    hours = models.DecimalField(_("hours"), max_digits=4, decimal_places=1)
    activity = models.CharField(
        _("type of activity"), max_length=20, choices=Activity.choices, blank=True
    )
    covered_wellbeing = models.BooleanField(
        _("we talked about my own wellbeing"), default=False
    )
    notes = models.TextField(
        _("private notes"),
        max_length=5000,
        blank=True,
        help_text=_("Only you can read these. Do not write anyone's name."),
    )
    # SET_NULL: erasing a supervisor's account must not take trainees' records.
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="ledger_entries_to_countersign",
        verbose_name=_("supervisor"),
    )
    status = models.CharField(
        max_length=14, choices=Status.choices, default=Status.AWAITING
    )
    supervisor_comment = models.TextField(blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-date", "-pk"]
        indexes = [
            models.Index(fields=["trainee", "programme", "status"]),
            models.Index(fields=["supervisor", "status"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(trainee=models.F("supervisor")),
                name="ledger_no_self_countersign",
            ),
            models.CheckConstraint(
                condition=models.Q(hours__gt=0) & models.Q(hours__lte=24),
                name="ledger_hours_in_a_day",
            ),
        ]
        verbose_name = _("practice or supervision entry")
        verbose_name_plural = _("practice and supervision ledger")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.date:%d %B %Y}"

    @property
    def is_editable(self) -> bool:
        return self.status in (self.Status.AWAITING, self.Status.RETURNED)


class LedgerEvent(models.Model):
    """One change to a ledger entry: the audit trail, never edited or deleted."""

    class Action(models.TextChoices):
        CREATED = "created", _("Recorded")
        EDITED = "edited", _("Changed")
        COUNTERSIGNED = "countersigned", _("Countersigned")
        RETURNED = "returned", _("Returned")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        UNDONE = "undone", _("Decision undone")

    entry = models.ForeignKey(
        LedgerEntry, on_delete=models.CASCADE, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    action = models.CharField(max_length=14, choices=Action.choices)
    comment = models.TextField(blank=True)
    # The entry's fields (not its private notes) as they were after this change.
    snapshot = models.JSONField(default=dict)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} at {self.at:%d %B %Y %H:%M}"

    def save(self, *args, **kwargs):
        # The audit trail is append-only.
        if self.pk is not None:
            raise ValidationError("Ledger events cannot be changed.")
        super().save(*args, **kwargs)


class TrainerSignOff(models.Model):
    """A trainer's final sign-off of a trainee on a programme."""

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sign_offs"
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage", on_delete=models.CASCADE, related_name="+"
    )
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    note = models.TextField(blank=True)
    signed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["trainee", "programme"], name="one_sign_off_per_programme"
            )
        ]

    def __str__(self) -> str:
        return f"Sign-off of {self.trainee_id} on {self.programme_id}"


class Certificate(models.Model):
    """An issued certificate: evidence that keeps its history and is never deleted."""

    class Kind(models.TextChoices):
        PROGRAMME = "programme", _("Programme certificate")
        ATTENDANCE = "attendance", _("Certificate of attendance")
        COMPLETION = "completion", _("Certificate of completion")

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        SUSPENDED = "suspended", _("Suspended")
        REVOKED = "revoked", _("Revoked")

    kind = models.CharField(max_length=12, choices=Kind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="certificates",
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    number = models.CharField(max_length=20, unique=True)
    token = models.CharField(max_length=64, unique=True)
    # Facts as they were at issue, so the certificate never changes under its holder.
    name = models.CharField(_("name"), max_length=150)
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(blank=True)
    criteria = models.TextField(blank=True)
    achievement_type = models.CharField(max_length=20, default="Certificate")
    content_version = models.CharField(max_length=40, blank=True)
    organisation = models.ForeignKey(
        "lms.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    organisation_name = models.CharField(max_length=200)
    signatory_name = models.CharField(max_length=150, blank=True)
    signatory_role = models.CharField(max_length=150, blank=True)
    learning_hours = models.DecimalField(max_digits=6, decimal_places=1, default=0)
    issued_on = models.DateField()
    expires_on = models.DateField(null=True, blank=True)
    # Attendance certificates: the session and its length.
    session_id = models.PositiveBigIntegerField(null=True, blank=True)
    held_on = models.DateField(null=True, blank=True)
    duration_minutes = models.PositiveIntegerField(null=True, blank=True)
    # Attendance and completion certificates of a short course: the course's page.
    course_id = models.PositiveBigIntegerField(null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.VALID
    )
    status_reason = models.TextField(blank=True)
    # When it was last suspended, reinstated or revoked: printed on a stamped PDF.
    status_changed_at = models.DateTimeField(null=True, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    issue_reason = models.TextField(blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Its place in the Bitstring status lists (one for revocation, one for
    # suspension, sharing the number and index): chosen at random on first save
    # (certificates/status_lists.py), so an index tells nothing about the holder.
    status_list = models.PositiveIntegerField(default=1)
    status_list_index = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["status_list", "status_list_index"],
                name="one_certificate_per_status_list_index",
            ),
            models.UniqueConstraint(
                fields=["user", "programme"],
                condition=models.Q(kind="programme"),
                name="one_certificate_per_person_per_programme",
            ),
            models.UniqueConstraint(
                fields=["user", "session_id"],
                condition=models.Q(kind="attendance"),
                name="one_attendance_certificate_per_session",
            ),
            models.UniqueConstraint(
                fields=["user", "course_id"],
                condition=models.Q(kind="completion"),
                name="one_completion_certificate_per_course",
            ),
        ]
        verbose_name = _("certificate")

    def __str__(self) -> str:
        return f"{self.number} – {self.title}"

    def save(self, *args, **kwargs):
        if self.status_list_index is None:
            from .status_lists import allocate

            self.status_list, self.status_list_index = allocate()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {
                    *kwargs["update_fields"],
                    "status_list",
                    "status_list_index",
                }
        super().save(*args, **kwargs)

    @property
    def is_expired(self) -> bool:
        return bool(self.expires_on and self.expires_on < timezone.localdate())

    @property
    def state(self) -> str:
        """What a verifier sees: valid, expired, suspended or revoked."""
        if self.status != self.Status.VALID:
            return self.status
        return "expired" if self.is_expired else "valid"

    @property
    def state_since(self) -> datetime.date | None:
        """The day the certificate entered its current state, if it is not valid."""
        state = self.state
        if state == "expired":
            return self.expires_on
        if state in ("suspended", "revoked") and self.status_changed_at:
            return timezone.localdate(self.status_changed_at)
        return None

    @property
    def state_label(self) -> str:
        return {
            "valid": _("Valid"),
            "expired": _("Expired"),
            "suspended": _("Suspended"),
            "revoked": _("Revoked"),
        }[self.state]

    @property
    def surname(self) -> str:
        parts = self.name.split()
        return parts[-1] if parts else ""


class CertificateEvent(models.Model):
    """A dated change in a certificate's life, shown on its verification page."""

    class Action(models.TextChoices):
        ISSUED = "issued", _("Issued")
        SUSPENDED = "suspended", _("Suspended")
        REINSTATED = "reinstated", _("Reinstated")
        REVOKED = "revoked", _("Revoked")
        REISSUED = "reissued", _("Re-issued")
        RENEWED = "renewed", _("Renewed")

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="events"
    )
    action = models.CharField(max_length=12, choices=Action.choices)
    reason = models.TextField(blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.at:%d %B %Y}"

    def save(self, *args, **kwargs):
        # History is append-only.
        if self.pk is not None:
            raise ValidationError("Certificate history cannot be changed.")
        super().save(*args, **kwargs)


class ExpiryReminder(models.Model):
    """A reminder sent before expiry: at most one per certificate per window."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="reminders"
    )
    days_before = models.PositiveSmallIntegerField()
    # A renewal moves the expiry date, and the reminders start again for the new one.
    expires_on = models.DateField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "expires_on", "days_before"],
                name="one_reminder_per_window",
            )
        ]

    def __str__(self) -> str:
        return f"{self.days_before}-day reminder for {self.certificate_id}"


class HandIssueRequest(models.Model):
    """A trainer's request to issue a programme certificate by hand, which a second
    person (an admin of the cohort's organisation) approves or declines."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved and issued")
        DECLINED = "declined", _("Declined")

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    programme = models.ForeignKey(
        "courses.ProgrammePage", on_delete=models.CASCADE, related_name="+"
    )
    cohort = models.ForeignKey(
        "lms.Cohort", on_delete=models.CASCADE, related_name="hand_issue_requests"
    )
    reason = models.TextField(_("reason for issuing by hand"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    requested_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True)
    certificate = models.ForeignKey(
        Certificate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["trainee", "programme"],
                condition=models.Q(status="pending"),
                name="one_pending_hand_issue_per_programme",
            )
        ]

    def __str__(self) -> str:
        return f"Hand issue for {self.trainee_id} on {self.programme_id}"


class CpdReflection(models.Model):
    """A learner's reflective account on a piece of CPD done here, for NMC
    revalidation: their own words, private to them.

    The prompts follow the NMC's reflective accounts form
    (https://www.nmc.org.uk/revalidation/requirements/written-reflective-accounts/).
    """

    class Source(models.TextChoices):
        AWARENESS = "awareness", _("Staff-awareness course")
        MODULE = "module", _("Programme module")

    class CodeTheme(models.TextChoices):
        # The four themes of the NMC Code (https://www.nmc.org.uk/standards/code/).
        PRIORITISE_PEOPLE = "prioritise_people", _("Prioritise people")
        PRACTISE_EFFECTIVELY = "practise_effectively", _("Practise effectively")
        PRESERVE_SAFETY = "preserve_safety", _("Preserve safety")
        PROMOTE_PROFESSIONALISM = (
            "promote_professionalism",
            _("Promote professionalism and trust"),
        )

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="cpd_reflections",
    )
    source = models.CharField(max_length=12, choices=Source.choices)
    # The awareness Completion or the ModuleCompletion this reflects on.
    record_id = models.PositiveBigIntegerField()
    relates_to_practice = models.TextField(
        _("how the topic relates to your practice"), blank=True, max_length=2000
    )
    nature = models.TextField(_("what the activity was"), blank=True, max_length=2000)
    learned = models.TextField(_("what you learnt"), blank=True, max_length=4000)
    changed = models.TextField(
        _("how you changed or improved your work"), blank=True, max_length=4000
    )
    code_theme = models.CharField(
        _("the part of the Code most relevant"),
        max_length=30,
        choices=CodeTheme.choices,
        blank=True,
    )
    code_relevance = models.TextField(
        _("how this is relevant to the Code"), blank=True, max_length=4000
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "source", "record_id"],
                name="certificates_one_cpd_reflection",
            )
        ]
        verbose_name = _("CPD reflective account")

    def __str__(self) -> str:
        return f"{self.user_id}: {self.source} {self.record_id}"
