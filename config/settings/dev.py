"""Local development: embedded defaults, demo accounts allowed."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str(
    "SECRET_KEY", default="dev-only-not-secret-alongside-local-key-0123456789"
)
ALLOW_DEMO_ACCOUNTS = True
