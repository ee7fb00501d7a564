"""Settings shared by every environment. Environment-specific modules import from here."""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF

from observatoire.core.territory import departement

# Every setting that may change between deployments is read from the environment, typed.
env = environ.Env()

BASE_DIR = Path(__file__).resolve().parents[2]

# --- The territory: one setting, everything territorial derives from it (core/territory.py) ---
# The INSEE code of the département served: 34 (the Hérault, the OVFF34), 93, 2A, 974, …
DEPARTEMENT = env.str("DEPARTEMENT", "34").strip().upper() or "34"
TERRITORY = departement(DEPARTEMENT)  # refuses an unknown code before anything starts
# Each département keeps its own database, caches and files: the Hérault's under var/, another's
# under var/<code>/, so that `DEPARTEMENT=93 make run` never touches the Hérault's site.
VAR_DIR = Path(
    env.str("OVFF_VAR_DIR", "")
    or (BASE_DIR / "var" if DEPARTEMENT == "34" else BASE_DIR / "var" / DEPARTEMENT)
)
# The communes, EPCI and outlines of each département (scripts/build_geography.py), shared by
# every département's site; the Hérault's file is committed (observatoire/directory/data/).
GEOGRAPHY_DIR = Path(env.str("OVFF_GEOGRAPHY_DIR", str(BASE_DIR / "var" / "geography")))

DEBUG = False
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "observatoire.core",
    "observatoire.pages",
    "observatoire.partners",
    "observatoire.directory",
    "observatoire.accounts",
    "observatoire.barometer",
    "observatoire.indicators",
    "observatoire.knowledge",
    "observatoire.demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First, so that every response carries a Content-Security-Policy, static files and the
    # error pages of the middleware below too (core/csp.py: django-csp, and the back-office's).
    "observatoire.core.csp.SitePolicyMiddleware",
    # Next, so that its headers and its cookie guard apply to every response as well.
    "observatoire.core.middleware.PublicSafetyMiddleware",
    # The language from the address alone (never a cookie or Accept-Language: core/i18n.py),
    # active before anything may answer, error pages included.
    "observatoire.core.middleware.PathLanguageMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    # Inside GZip (its bodies are compressed too), outside everything that may answer an error.
    "observatoire.core.middleware.FrenchErrorsMiddleware",
    # Before the page cache and any view: no query sees what it refuses.
    "observatoire.core.middleware.BadInputMiddleware",
    # After GZip (hits are compressed too), before sessions (hits need none of what follows).
    "observatoire.core.page_cache.PublicPageCacheMiddleware",
    # After the cache (cached pages are never limited), before anything does real work.
    "observatoire.core.ratelimit.RateLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # After OTPMiddleware: a back-office account goes nowhere before its second factor.
    "observatoire.accounts.middleware.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Answers a locked-out login attempt with the French lockout page.
    "axes.middleware.AxesMiddleware",
    # Last, so that it sees the views' database errors first.
    "observatoire.core.middleware.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "observatoire.urls"
WSGI_APPLICATION = "observatoire.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "observatoire.core.context_processors.site_chrome",
                "observatoire.partners.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": {
        **env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        "CONN_MAX_AGE": env.int("DB_CONN_MAX_AGE", 60),
    }
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # `make run` serves with several threads and the import worker beside it: writers wait for
    # each other (IMMEDIATE takes the write lock at BEGIN, so a reader never fails upgrading)
    # and readers never wait for a writer (WAL).
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# "pages" holds rendered public pages (core.page_cache); a file cache is shared by the workers of
# one server. The entries also expire, as a safety net for writes that send no signal.
# Public forms and the API, per client and per minute (see core/ratelimit.py). With several
# workers or servers, the default cache must be shared (Redis) for the limit to be global.
RATE_LIMITS = {
    "post": env.int("RATE_LIMIT_POSTS_PER_MINUTE", 20),
    "api": env.int("RATE_LIMIT_API_PER_MINUTE", 60),
}
RATE_LIMIT_TRUSTED_PROXIES = env.list("RATE_LIMIT_TRUSTED_PROXIES", default=["127.0.0.1"])
# A longer address (path and query string), header, or all headers together get a French 400
# page saying so from core.middleware.BadInputMiddleware. gunicorn's limits (8190 bytes for the
# request line, 16384 for a header) and nginx's (8 KiB) are above these, so that Django is the
# one answering; see deploy/README.md. 4096 characters also keep any integer of an address
# below Python's 4300-digit conversion limit.
REQUEST_LIMITS = {"url": 4096, "header": 4096, "headers": 16384}

# Mail: Wagtail's workflow notices (a figure or a page submitted, approved, sent back) and the
# back-office's password resets. EMAIL_URL as django-environ reads it (`smtp+tls://user:password
# @host:587`); without it (`make run`, tests), each mail is printed to the console.
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", "observatoire@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Three caches. "default": rate-limit counters, single-use barometer tokens, import progress.
# "pages": rendered public pages (core.page_cache). "tables": the indicators' computed tables,
# under keys that change with the data (never cleared). With REDIS_URL (production, CI) all
# three live in one Redis shared by every worker of every server; without it (`make run`), in
# file caches under var/ shared by the workers and the import worker of this machine.
REDIS_URL = env.str("REDIS_URL", "")
CACHE_KEY_PREFIX = env.str("CACHE_KEY_PREFIX", "ovff")
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", 600)
_CACHE_TIMEOUTS = {"default": 300, "pages": PAGE_CACHE_SECONDS, "tables": 24 * 3600}
if REDIS_URL:
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}:{alias}",
            "TIMEOUT": timeout,
        }
        for alias, timeout in _CACHE_TIMEOUTS.items()
    }
else:
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache" / alias),
            "TIMEOUT": timeout,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
        for alias, timeout in _CACHE_TIMEOUTS.items()
    }

# --- Background tasks (django-tasks) ---------------------------------------------------------
# Wagtail's own small tasks (search index, references, renditions) run at once, as they always
# have. Imports go to the database queue that `manage.py db_worker --backend imports` runs
# (`make run` starts it; deploy/ovff34-worker.service in production).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}
# Uploaded files waiting for the worker: never under MEDIA_ROOT (nothing serves them).
IMPORTS_ROOT = Path(env.str("IMPORTS_ROOT", str(VAR_DIR / "imports")))
# The national SSMSI file is 31 MB compressed; above 2.5 MB an upload goes to a temporary file.
IMPORT_MAX_BYTES = 200 * 1024 * 1024

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out account before its password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# --- Login throttling (django-axes) ---------------------------------------------------------------
# Five wrong passwords lock the account name for 15 minutes, whoever tries, from wherever: the
# attempts are counted per name only, and no address is recorded (see accounts/lockout.py).
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_CLIENT_IP_CALLABLE = "observatoire.accounts.lockout.no_client_address"
AXES_LOCKOUT_CALLABLE = "observatoire.accounts.lockout.locked_out"
AXES_VERBOSE = False
# axes.W006 assumes attempts counted per browser; counted per account name alone, rotating
# browsers or addresses gains an attacker nothing.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]

# --- Two-factor authentication (django-otp) -------------------------------------------------------
OTP_TOTP_ISSUER = TERRITORY.acronym
TWO_FACTOR_RECOVERY_CODES = 10

# At least 12 characters, not a common password, not all digits, not close to the account's
# name or e-mail address (the validators' messages are in French).
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
# The project's own catalogues (corrections to Wagtail's French first); `make messages`.
LOCALE_PATHS = [BASE_DIR / "observatoire" / "locale"]
# The public interface's languages (French the source). Adding one: its code here, then
# `make messages` and its catalogue; `core.tests.test_catalogues` says what is missing.
LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
    ("ar", "العربية"),
    ("es", "Español"),
    ("pt", "Português"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
]
TIME_ZONE = TERRITORY.time_zone
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", str(VAR_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Serve uploaded media (partner logos) from Django itself. On for `make run`; a production
# deployment serves /media/ from the reverse proxy instead.
SERVE_MEDIA = False

# --- Privacy: cookies exist only in the back-office -------------------------------------------
ADMIN_PATH = "/gestion/"
SESSION_COOKIE_PATH = ADMIN_PATH
CSRF_COOKIE_PATH = ADMIN_PATH
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
# Back-office sessions end after 30 minutes without a request (each request renews them) and
# when the browser closes.
SESSION_COOKIE_AGE = env.int("ADMIN_IDLE_MINUTES", 30) * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# --- Security headers ----------------------------------------------------------------------------
# The public Content-Security-Policy, written by django-csp on every response (nginx's refusal
# page carries a copy of it: deploy/nginx.conf). core/csp.py adds to it for the back-office past
# the second factor and for Wagtail's previews, and lets the embeddable barometer be framed by
# its partners' sites; nothing else changes it.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Wagtail ------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = TERRITORY.acronym
WAGTAILADMIN_BASE_URL = env.str("SITE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français")]
# Pages are translated with wagtail-localize, one locale per language of the site.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A new translation is a draft until it is published, even of a live page.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# What approving a workflow's last task does: publish, and, for the models published by their
# workflow only (the partners' figures), without anyone holding their publish permission.
WAGTAIL_FINISH_WORKFLOW_ACTION = "observatoire.core.workflows.finish"
# The time zones an account may choose (« Mon compte »): France's, metropolitan and overseas.
# Left to Wagtail, the list comes from the system's zone files, where Debian's « localtime »
# breaks the page's script (RangeError: Invalid time zone specified).
WAGTAIL_USER_TIME_ZONES = [
    "Europe/Paris",
    "America/Guadeloupe",
    "America/Martinique",
    "America/Cayenne",
    "Indian/Reunion",
    "Indian/Mayotte",
]
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# PostgreSQL's French configuration stems words (ignored on SQLite, which uses FTS5); both
# also index a plain copy of each text without accents (core/search_text.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "french"}
}
WAGTAILIMAGES_EXTENSIONS = ["png", "jpg", "jpeg", "webp"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Gravatar would send a request to another host from the back-office.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Disclosure control of published counts (indicators) -------------------------------------
# A published count is 0 or at least this; counts of people reported by partners use the second.
DISCLOSURE_K = env.int("DISCLOSURE_K", 5)
DISCLOSURE_K_PEOPLE = env.int("DISCLOSURE_K_PEOPLE", 10)

# --- The quick exit -------------------------------------------------------------------------------
# Used when the site settings cannot be read (the 500 page, a database outage).
OVFF_DEFAULT_EXIT_URL = "https://meteofrance.com/"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
