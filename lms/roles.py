"""The roles people hold, as Django groups with their permissions.

A new site gets these groups once, from lms/migrations/0005_role_groups.py; after that
admins may edit them in Wagtail's Groups pages and `migrate` leaves their edits alone.
`manage.py roles_sync` (with `--dry-run` to look first) restores these definitions and
lists what it changed. When you change a role here, add a data migration too, so a new
site gets it (tests/lms/test_roles.py reminds you); an existing site gets it when its
admin runs `roles_sync`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from alongside import extensions


class Role(models.TextChoices):
    """Each role is a Django group of the same name."""

    TRAINEE = "Trainees", _("Trainee")
    TRAINER = "Trainers", _("Trainer")
    CURRICULUM_EDITOR = "Curriculum editors", _("Curriculum editor")
    SUPERVISOR = "Supervisors", _("Supervisor")
    TEAM_LEAD = "Team leads", _("Team lead")
    ORGANISATION_ADMIN = "Organisation admins", _("Organisation admin")
    SITE_ADMIN = "Site admins", _("Site admin")
    # Approves clinical modules in the Clinical review workflow (courses app).
    CLINICAL_REVIEWER = "Clinical reviewers", _("Clinical reviewer")


_EDITOR_MODEL_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "courses.add_signpost",
    "courses.change_signpost",
    "courses.delete_signpost",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]


def _question_bank_permissions() -> list[str]:
    """Every model of the question bank (each kind of question, categories and
    rubrics: assessments/permissions.py), each action. Importing from Moodle asks
    for ``assessments.add_question``."""
    from assessments.permissions import QUESTION_BANK_MODELS

    return [
        f"{model._meta.app_label}.{action}_{model._meta.model_name}"
        for model in QUESTION_BANK_MODELS
        for action in ("add", "change", "delete", "view")
    ]


# Model permissions per role ("app_label.codename") on lms and the layers below it;
# apps above add theirs with ``alongside.extensions.role_permissions`` (see
# ``role_definitions``). Page and collection permissions for curriculum editors
# are granted on the tree root in roles_sync(); each organisation's editors group
# gets the same on its own page and collection
# (services.organisation_content_area_ensure).
ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.TRAINEE: [],
    Role.TRAINER: [
        *_EDITOR_MODEL_PERMISSIONS,
        "lms.view_cohort",
        # and the question bank (role_definitions)
    ],
    # Curriculum editors look after the shared curriculum (every page and collection
    # from the root down); they are trainers too, for the model permissions.
    Role.CURRICULUM_EDITOR: ["wagtailadmin.access_admin"],
    Role.SUPERVISOR: ["lms.view_cohort"],
    Role.TEAM_LEAD: ["lms.view_team", "lms.change_team"],
    Role.ORGANISATION_ADMIN: [
        "wagtailadmin.access_admin",
        "lms.view_organisation",
        "lms.change_organisation",
        "lms.add_team",
        "lms.change_team",
        "lms.view_team",
        "lms.delete_team",
        "lms.add_cohort",
        "lms.change_cohort",
        "lms.view_cohort",
        "lms.delete_cohort",
    ],
    Role.SITE_ADMIN: [],  # site admins are superusers
    # Reviewers reach a module through the Clinical review workflow (its task opens
    # the editor to them), so the admin is all they need.
    Role.CLINICAL_REVIEWER: ["wagtailadmin.access_admin"],
}

# Roles whose members edit the whole page tree and every collection: the shared
# curriculum, the awareness course and, to help, every organisation's own area.
PAGE_EDITOR_ROLES = [Role.CURRICULUM_EDITOR]
PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]


def role_definitions() -> dict[str, list[str]]:
    """Each role's model permissions: ROLE_PERMISSIONS, the question bank for
    trainers, and what apps above lms add (alongside.extensions.role_permissions)."""
    definitions = {role: list(names) for role, names in ROLE_PERMISSIONS.items()}
    definitions[Role.TRAINER] += _question_bank_permissions()
    for role, names in extensions.role_permission_registry.items():
        held = definitions.setdefault(role, [])
        held += [name for name in names if name not in held]
    return definitions


def collection_permissions() -> list[tuple[str, str]]:
    """(app_label, codename) granted on a collection to the editors who look after it:
    images, documents and the question bank (assessments/permissions.py)."""
    return [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
        *(tuple(name.split(".", 1)) for name in _question_bank_permissions()),
    ]
