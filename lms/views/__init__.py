"""The learner's views, by concern: ``accounts`` (sign-up, sign-in, passwords,
profile), ``learning`` (home, enrolling, joining, lessons), ``support`` (support, a
break, the quick exit), ``reflections`` (the private reflective log)."""

from .accounts import (  # noqa: F401
    PasswordChangeView,
    PasswordResetCompleteView,
    PasswordResetConfirmView,
    PasswordResetDoneView,
    PasswordResetView,
    ProfileView,
    SignInView,
    SignOutView,
    SignUpConfirmView,
    SignUpSentView,
    SignUpView,
)
from .learning import (  # noqa: F401
    CohortJoinView,
    DashboardView,
    TeamJoinView,
    content_note_choose,
    lesson_complete,
    programme_enrol,
)
from .reflections import (  # noqa: F401
    AUTOSAVE,
    DRAFT,
    ReflectionCreateView,
    ReflectionDeleteView,
    ReflectionEditView,
    ReflectionListView,
    ReflectionShareView,
    SharedReflectionDetailView,
    SharedReflectionListView,
)
from .support import SupportView, quick_exit, take_a_break  # noqa: F401
