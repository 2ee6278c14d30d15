"""The signposting directory: helplines and services, and the checks of them."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from ..panels import SignpostChecksPanel

# A directory entry or a module review older than this is due again.
CHECK_EVERY_DAYS = 365

NATIONS = [
    ("england", _("England")),
    ("wales", _("Wales")),
    ("scotland", _("Scotland")),
    ("northern_ireland", _("Northern Ireland")),
]


class SignpostCategory(models.TextChoices):
    """What a directory entry helps with."""

    EMERGENCY = "emergency", _("Immediate danger")
    URGENT_MENTAL_HEALTH = "urgent_mental_health", _("Urgent mental health help")
    LISTENING = "listening", _("Someone to listen")
    TEXT = "text", _("Text support")
    CHILD_SAFETY = "child_safety", _("Worried about a child")
    ADULT_SAFETY = "adult_safety", _("Worried about an adult")
    DOMESTIC_ABUSE = "domestic_abuse", _("Domestic abuse")
    FEEDING = "feeding", _("Feeding")
    SAFER_SLEEP = "safer_sleep", _("Safer sleep")
    PERINATAL = "perinatal", _("Perinatal mental health")
    BABY_LOSS = "baby_loss", _("Baby loss")
    CRYING = "crying", _("A baby's crying")


class Signpost(index.Indexed, models.Model):
    """An entry in the signposting directory: a helpline or service."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    category = models.CharField(
        _("category"), max_length=40, choices=SignpostCategory.choices
    )
    purpose = models.TextField(_("what it is for"), max_length=400)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    phone_note = models.CharField(
        _("other ways to reach them"),
        max_length=120,
        blank=True,
        help_text=_("For example a textphone or text number."),
    )
    hours = models.CharField(_("opening hours"), max_length=160, blank=True)
    website = models.URLField(_("website"), blank=True)
    covers_england = models.BooleanField(_("England"), default=True)
    covers_wales = models.BooleanField(_("Wales"), default=True)
    covers_scotland = models.BooleanField(_("Scotland"), default=True)
    covers_northern_ireland = models.BooleanField(_("Northern Ireland"), default=True)
    is_crisis = models.BooleanField(
        _("show in the support panel"),
        default=False,
        help_text=_("Crisis and urgent lines appear on every learner page."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("category"),
        FieldPanel("purpose"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("phone_note")]),
        FieldPanel("hours"),
        FieldPanel("website"),
        MultiFieldPanel(
            [
                FieldPanel("covers_england"),
                FieldPanel("covers_wales"),
                FieldPanel("covers_scotland"),
                FieldPanel("covers_northern_ireland"),
            ],
            heading=_("Nations it covers"),
        ),
        FieldRowPanel([FieldPanel("is_crisis"), FieldPanel("sort_order")]),
        SignpostChecksPanel(heading=_("Checks")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("purpose"),
        index.AutocompleteField("name"),
        index.FilterField("category"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("signposting entry")
        verbose_name_plural = _("signposting directory")

    def __str__(self) -> str:
        return self.name

    @property
    def nations(self) -> list[str]:
        """Codes of the nations this entry covers."""
        return [code for code, _label in NATIONS if getattr(self, f"covers_{code}")]

    @property
    def nation_labels(self) -> str:
        """Readable list of nations, or "UK-wide"."""
        if len(self.nations) == len(NATIONS):
            return str(_("UK-wide"))
        labels = dict(NATIONS)
        return ", ".join(str(labels[code]) for code in self.nations)

    @cached_property
    def latest_check(self) -> "SignpostVerification | None":
        """The most recent verification record (prefetched in the admin listing)."""
        checks = sorted(
            self.verifications.all(),
            key=lambda check: (check.checked_on, check.pk),
            reverse=True,
        )
        return checks[0] if checks else None

    @property
    def last_checked_label(self) -> str:
        """ "Verified on … by …" from the latest record, or that it never was."""
        check = self.latest_check
        if check is None:
            return str(_("Not checked yet"))
        return _("Verified on %(date)s by %(name)s") % {
            "date": f"{check.checked_on:%-d %B %Y}",
            "name": check.checked_by_name,
        }

    @property
    def needs_checking(self) -> bool:
        """True when the entry was never checked, or not in the last 12 months."""
        check = self.latest_check
        if check is None:
            return True
        return check.checked_on < timezone.localdate() - datetime.timedelta(
            days=CHECK_EVERY_DAYS
        )

    @property
    def tel_href(self) -> str:
        """The number in a form a phone can dial."""
        digits = "".join(ch for ch in self.phone if ch.isdigit())
        return f"tel:{digits}" if digits else ""


class SignpostVerification(models.Model):
    """Someone checked a directory entry: who, when, and which number and address.

    The only source of an entry's "verified on … by …"; recorded from the admin's
    "Record a check" page, never typed into the entry itself.
    """

    signpost = models.ForeignKey(
        Signpost, on_delete=models.CASCADE, related_name="verifications"
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    checked_by_name = models.CharField(_("checked by"), max_length=150)
    checked_on = models.DateField(_("checked on"), default=timezone.localdate)
    phone_checked = models.CharField(_("number checked"), max_length=60, blank=True)
    website_checked = models.URLField(_("website checked"), blank=True)
    notes = models.TextField(_("what you checked"), max_length=400, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-checked_on", "-pk"]
        verbose_name = _("directory check")

    def __str__(self) -> str:
        return f"{self.signpost}: {self.checked_on:%-d %B %Y}, {self.checked_by_name}"
