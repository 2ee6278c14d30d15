"""People: the user model and its manager."""

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
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
