"""What a programme's certificate asks for, and an organisation's branding."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField

from ..blocks import RequirementStreamBlock


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
    public_wordings = models.TextField(
        _("neutral wordings for holders to share"),
        blank=True,
        max_length=2000,
        help_text=_(
            "One a line. A holder may show one of these instead of the certificate "
            "title in their digital badge, LinkedIn and share links: for example "
            '"Perinatal Peer Support Foundation (accredited)". Keep them neutral: '
            "nothing that says the holder has lived experience of mental illness."
        ),
    )
    public_description = models.TextField(
        _("what it stands for, in neutral words"),
        blank=True,
        max_length=1000,
        help_text=_(
            'Shown instead of "what it stands for" when a holder chooses one of '
            "the neutral wordings. Leave empty to say only the wording and who "
            "awarded it. Nothing about lived experience."
        ),
    )
    public_criteria = models.TextField(
        _("criteria, in neutral words"),
        blank=True,
        max_length=2000,
        help_text=_(
            "Shown instead of the criteria when a holder chooses one of the neutral "
            "wordings. Leave empty for a plain sentence made from the wording."
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
                FieldPanel("public_wordings"),
                FieldPanel("public_description"),
                FieldPanel("public_criteria"),
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

    @property
    def public_wording_options(self) -> list[str]:
        """The neutral wordings the organisation offers, one a line."""
        return [
            line.strip() for line in self.public_wordings.splitlines() if line.strip()
        ]

    def clean(self):
        if self.refresher_id is None:
            return
        from ..selectors import refresher_activity_ids

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
