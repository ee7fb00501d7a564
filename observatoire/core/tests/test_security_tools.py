"""The security gates of `make test` (bandit, the secret scan) do catch what they are for."""

import random
import string
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent


def run(tool: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / tool), *args], capture_output=True, text=True, check=False)


def test_the_secret_scan_refuses_a_committed_key(tmp_path):
    # Made up at run time, so that this file itself holds nothing the scan would flag.
    alphabet = string.ascii_letters + string.digits + "/+"
    key = "".join(random.Random(34).choice(alphabet) for _ in range(40))
    leaked = tmp_path / "settings_local.py"
    leaked.write_text(f'AWS_SECRET_ACCESS_KEY = "{key}"\n')
    assert run("detect-secrets-hook", str(leaked)).returncode != 0
    leaked.write_text("DEBUG = False\n")
    assert run("detect-secrets-hook", str(leaked)).returncode == 0


def test_bandit_refuses_a_shell_command_built_from_input(tmp_path):
    unsafe = tmp_path / "views.py"
    unsafe.write_text(
        "import subprocess\n\ndef run(name):\n    subprocess.call(name, shell=True)\n"
    )
    assert run("bandit", "-q", str(unsafe)).returncode != 0
