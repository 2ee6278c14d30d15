"""Settings shared by every environment; the environment is read here and only here."""

from pathlib import Path

import environ
from celery.schedules import crontab

from alongside.error_reporting import admins_parse, sentry_init

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# Secrets and switches. Development and test settings give safe local defaults;
# production settings demand every secret (see production.py).
SECRET_KEY = env.str("SECRET_KEY", default="")
# Old keys, still accepted for what they signed (sessions, sign-in and unsubscribe
# links) while a new SECRET_KEY takes over: docs/deploy.md, "Key rotation".
SECRET_KEY_FALLBACKS = env.list("SECRET_KEY_FALLBACKS", default=[])
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    "alongside",
    "lms",
    "lms.awareness",
    "lms.cohorts",
    "lti_tool",
    "courses",
    "assessments",
    "certificates",
    "wagtailnhsukfrontend",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "polymorphic",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
]

# Order matters: OTP reads the signed-in user; idle timeout and the admin's second
# factor need both (and messages); the CSP header is added on the way out; axes
# comes last, as its documentation asks.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "lms.security.middleware.IdleTimeoutMiddleware",
    "lms.security.middleware.PrivatePagesNoStoreMiddleware",
    "lms.security.middleware.StaffSecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lms.security.middleware.ContentSecurityPolicyMiddleware",
    # After the two above, so it marks a response before they write its headers.
    "lms.awareness.lti.LtiFramingMiddleware",
    "axes.middleware.AxesMiddleware",
    "alongside.cache.RequestMemoMiddleware",
    "alongside.middleware.CachedSiteMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "config" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "lms.context_processors.alongside",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: SQLite on local disk by default, PostgreSQL (or any URL) from DATABASE_URL.
DATABASES = {
    "default": env.db_url(
        "DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    )
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=0))
# SQLite (the default install): two requests writing at once (an autosave and a
# publish) must take turns, never fail with "database is locked". A transaction
# that reads and then writes cannot wait for another writer (SQLite refuses the
# upgrade at once), so each transaction takes the write lock when it begins
# (IMMEDIATE) and waits up to `timeout` seconds for it; write-ahead logging lets
# pages keep reading meanwhile.
SQLITE_OPTIONS = {
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "lms.User"
# Axes first: it refuses locked-out accounts and addresses before a password is tried.
# AxesBackend (axes' lockout check plus ModelBackend) comes first: Wagtail's page test
# helpers sign in with the first backend, which must be able to load a user.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    # ModelBackend that also refuses a password for an unconfirmed address, whichever
    # sign-in form it comes from (lms/security/backends.py).
    "lms.security.backends.ConfirmedAccountBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "lms:login"
# Private pages and documents send people to our sign-in, not Wagtail's plain one.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "lms:dashboard"
# Where "Take a break" and "Get support" go once a form is saved (alongside/leaving.py).
LEAVING_BREAK_URL = "lms:take_a_break"
LEAVING_SUPPORT_URL = "lms:support"
LOGOUT_REDIRECT_URL = "/"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

LANGUAGE_CODE = "en-gb"
# "6 December 2026, 13:50" everywhere, the Wagtail admin included (lms/formats).
FORMAT_MODULE_PATH = ["alongside.formats"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static")
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")

# Files: local disk by default; S3-compatible storage when a bucket is named.
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
            "access_key": env.str("AWS_ACCESS_KEY_ID", default="") or None,
            "secret_key": env.str("AWS_SECRET_ACCESS_KEY", default="") or None,
            "default_acl": "private",
            "querystring_auth": True,
            # Signed links must outlive the rendered lessons that hold them: an hour
            # in the shared cache, then up to an hour more in each process.
            "querystring_expire": env.int(
                "AWS_QUERYSTRING_EXPIRE", default=4 * 60 * 60
            ),
            "file_overwrite": False,
        },
    }

# Email: the console by default, SMTP when EMAIL_URL is set (smtp+tls://user:pass@host:587).
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Alongside <hello@example.org>"
)
# Error reporting. Django emails each server error to ADMINS, comma-separated, each
# "Name <name@example.org>" or just an address; from SERVER_EMAIL. Sentry too when
# SENTRY_DSN is set, with nothing personal in its events (alongside/error_reporting.py).
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
ADMINS = admins_parse(env.list("ADMINS", default=[]))
SENTRY_DSN = env.str("SENTRY_DSN", default="")
if SENTRY_DSN:
    sentry_init(
        dsn=SENTRY_DSN,
        environment=env.str("SENTRY_ENVIRONMENT", default="production"),
        release=env.str("SENTRY_RELEASE", default=""),
    )

# Celery: tasks run eagerly in-process unless a broker is configured.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default="") or None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
# Periodic tasks, sent by `celery -A config beat` (one beat process per site, never
# more) and run by the workers; each feature app adds its own entries here. Times are
# UK time (CELERY_TIMEZONE), once a day in the morning, when people read their email.
CELERY_BEAT_SCHEDULE: dict = {
    # lms.cohorts: module due-date reminders, and a gentle nudge after 14 days away.
    "cohorts-due-date-reminders": {
        "task": "lms.cohorts.tasks.due_date_reminders_task",
        "schedule": crontab(hour=8, minute=30),
    },
    "cohorts-inactive-nudges": {
        "task": "lms.cohorts.tasks.inactive_nudges_task",
        "schedule": crontab(hour=10, minute=0),
    },
    # Sign-ups never confirmed, a week after their link expired.
    "unconfirmed-signups-remove": {
        "task": "lms.tasks.unconfirmed_signups_remove_task",
        "schedule": crontab(hour=7, minute=45),
    },
}
# Where beat remembers when each entry last ran, so a restart neither repeats nor
# (for a run missed while it was down) skips one.
CELERY_BEAT_SCHEDULE_FILENAME = env.str(
    "CELERY_BEAT_SCHEDULE_FILENAME",
    default=str(BASE_DIR / "var" / "celerybeat-schedule"),
)

# --- Certificates -------------------------------------------------------------------
# Open Badges signing keys: JWK files outside the database (a mounted secret volume in
# production); created on first use, rotated with `manage.py rotate_signing_key`.
# Production refuses to start unless the folder is named explicitly: a key lost on a
# redeploy leaves every credential issued before it unverifiable (lms/checks.py).
CERTIFICATE_SIGNING_KEY_DIR_DECLARED = bool(
    env.str("CERTIFICATE_SIGNING_KEY_DIR", default="")
)
CERTIFICATE_SIGNING_KEY_DIR = env.path(
    "CERTIFICATE_SIGNING_KEY_DIR", default=BASE_DIR / "var" / "signing-keys"
)
CELERY_BEAT_SCHEDULE["certificate-expiry-reminders"] = {
    "task": "certificates.tasks.certificate_expiry_reminders_task",
    "schedule": crontab(hour=9, minute=0),
}

# Cache: local memory by default, Redis when REDIS_CACHE_URL is set.
REDIS_CACHE_URL = env.str("REDIS_CACHE_URL", default="")
# Production refuses a per-process cache unless the deployment says it runs one process.
ALLOW_SINGLE_PROCESS = env.bool("ALLOW_SINGLE_PROCESS", default=False)
CACHES = {
    "default": (
        {"BACKEND": "alongside.cache.AlongsideRedisCache", "LOCATION": REDIS_CACHE_URL}
        if REDIS_CACHE_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}
if REDIS_CACHE_URL:
    # Entries that never change once written (their keys carry the content version)
    # are also kept in each process, in front of Redis: see alongside/cache.py.
    CACHES["local"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "alongside-immutable",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    }

# Sessions are read from the shared cache when there is one (Redis), and written
# through to the database so nobody is signed out when the cache restarts. Never
# from a per-process cache: a sign-out in one worker would not reach the others.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if REDIS_CACHE_URL
    else "django.contrib.sessions.backends.db"
)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 12
# Signed out after this long without a request (staff with admin access sooner).
SESSION_IDLE_TIMEOUT = env.int("SESSION_IDLE_TIMEOUT", default=60 * 60)
SESSION_IDLE_TIMEOUT_STAFF = env.int("SESSION_IDLE_TIMEOUT_STAFF", default=30 * 60)
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Login abuse (django-axes): after AXES_FAILURE_LIMIT wrong passwords for an account
# from one address, and separately from one address for any accounts, that address is
# refused for AXES_COOLOFF_TIME hours. Not the account everywhere, or anyone could keep
# a named person out by typing wrong passwords for them: the person signs in from their
# own address as usual. Only wrong passwords for one account from
# AXES_ACCOUNT_ADDRESS_LIMIT addresses pause it everywhere; its owner can always use a
# one-time link sent by email (lms/security/signin.py, axes_lockout_parameters).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=1.0)
AXES_LOCKOUT_PARAMETERS = "lms.security.signin.axes_lockout_parameters"
AXES_ACCOUNT_ADDRESS_LIMIT = env.int("AXES_ACCOUNT_ADDRESS_LIMIT", default=10)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "lms.security.views.locked_out"
AXES_USERNAME_CALLABLE = "lms.security.signin.axes_username"
# Behind a reverse proxy every request arrives from the proxy's address: say how many
# proxies append to X-Forwarded-For (1 for compose.yaml's Caddy), or one person's
# typos would lock everyone out (lms/security/client_ip.py).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "lms.security.client_ip.client_ip"
RATELIMIT_IP_META_KEY = "lms.security.client_ip.client_ip"
AXES_VERBOSE = False
# One-time sign-in links by email: valid this many seconds, and only once.
SIGN_IN_LINK_MAX_AGE = 15 * 60
# Sign-up's confirmation link: valid this many seconds, and only once.
SIGN_UP_LINK_MAX_AGE = 3 * 24 * 60 * 60
# Emails anyone can have sent (sign-up, sign-in links): per address and per client
# address, in django-ratelimit's "count/period" form.
EMAIL_RATE_PER_ADDRESS = env.str("EMAIL_RATE_PER_ADDRESS", default="5/h")
EMAIL_RATE_PER_CLIENT = env.str("EMAIL_RATE_PER_CLIENT", default="60/h")

# Second factor (django-otp, TOTP) for everyone with Wagtail admin access.
OTP_TOTP_ISSUER = "Alongside"

# Content-Security-Policy (django-csp): no inline scripts or styles on the site. The
# Wagtail admin gets its own, looser policy (lms/security/middleware.py).
CSP_MEDIA_HOSTS = env.list("CSP_MEDIA_HOSTS", default=[])
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *CSP_MEDIA_HOSTS],
        "media-src": ["'self'", *CSP_MEDIA_HOSTS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Wagtail
WAGTAIL_SITE_NAME = "Alongside"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "odt",
    "txt",
    "vtt",
    "mp3",
    "m4a",
    "mp4",
    "webm",
]
# Checked by content and capped in size (lms/security/uploads.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "lms.security.uploads.CheckedDocumentForm"
ALONGSIDE_DOCUMENT_MAX_UPLOAD_SIZE = 100 * 1024 * 1024
# No SVG: it can carry scripts. Wagtail reads each image's real format from its bytes.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: staff avatars would call a third party with a hash of their email
# (and show broken under our CSP); Wagtail shows its default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
# A clinical module is published by its workflow once a clinical reviewer approves it
# (courses/workflows.py); other content is published as Wagtail does.
WAGTAIL_FINISH_WORKFLOW_ACTION = "courses.workflows.workflow_finished_publish"

# Alongside
ALLOW_DEMO_ACCOUNTS = False
QUICK_EXIT_URL = env.str("QUICK_EXIT_URL", default="https://www.bbc.co.uk/weather")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Wagtail logs every publish and background task; the demo seed publishes many.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
