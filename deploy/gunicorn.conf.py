"""gunicorn settings for production (`gunicorn -c deploy/gunicorn.conf.py observatoire.wsgi`)."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = 30
graceful_timeout = 20
max_requests = 2000  # recycle workers now and then
max_requests_jitter = 200
# No access log: the server keeps no address, path or time of any visit. Errors only.
accesslog = None
errorlog = "-"
loglevel = "warning"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
control_socket_disable = True
# Above Django's own limits (REQUEST_LIMITS: 4096 characters of address, 4096 bytes per header,
# observatoire/settings/base.py), so that a long address or header reaches Django, which answers
# with a French page saying so; gunicorn's own 414 and 431 are English, with no safety bar.
# 8190 is the longest request line gunicorn accepts. nginx's limits sit between the two
# (deploy/nginx.conf). The Makefile's `run` and tests/browser/server.py pass the same values.
limit_request_line = 8190
limit_request_field_size = 16384
