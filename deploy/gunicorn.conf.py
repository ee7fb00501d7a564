"""gunicorn settings for production (`gunicorn -c deploy/gunicorn.conf.py observatoire.wsgi`)."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = 30
graceful_timeout = 20
# Workers are renewed now and then (a safeguard against slow memory growth), each after its own
# count of requests, drawn between 20 000 and 40 000: with 2 000 ± 200, the workers, evenly
# loaded, were renewed together, and while all of them set Django up again the site answered
# nothing for over 10 s (measured under bench/load.py's load, 5 workers on 2 cores).
max_requests = 20000
max_requests_jitter = 20000
# No access log: the server keeps no address, path or time of any visit. Errors only.
accesslog = None
errorlog = "-"
loglevel = "warning"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
control_socket_disable = True
# No `preload_app`, unlike `make run` and the test servers: `systemctl reload` (HUP) then
# starts new workers on the new code, which a preloaded application would not.
# Above Django's own limits (REQUEST_LIMITS: 4096 characters of address, 4096 bytes per header,
# observatoire/settings/base.py), so that a long address or header reaches Django, which answers
# with a French page saying so; gunicorn's own 414 and 431 are English, with no safety bar.
# 8190 is the longest request line gunicorn accepts. nginx's limits sit between the two
# (deploy/nginx.conf). The Makefile's `run` and tests/browser/server.py pass the same values.
limit_request_line = 8190
limit_request_field_size = 16384
