"""Security pieces of the site: login abuse, sign-in links, second factor, sessions,
headers, uploads and the audit log's service. Not an app: plain modules of ``lms``."""
