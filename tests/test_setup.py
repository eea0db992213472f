"""setup.py as Beam's --setup_file: the sdist installs and runs on its own.

A distributed runner's workers build this package from the sdist that
`--setup_file ./setup.py` makes, so whatever the code reads from the
package (the bundled sample corpus and its replay archive) must be in it.
The test builds the sdist from a copy of the sources, installs it into a new
virtualenv, and runs `ingest backfill` there on the bundled sample, from
another directory and without this checkout on the path.

No download: the new virtualenv has no pip of its own (the running pip
installs into it with --python), and it sees the dependencies already
installed in the test's environment through a .pth line (the lines of a .pth
file only extend sys.path; the editable install's hook in that directory is
not run, so the package itself comes from the sdist).
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile

from tests.conftest import FIXTURES, read_dataset
from tests.pipelines.test_backfill import _check_documents, _check_errors

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_PACKAGE_SOURCES = ("setup.py", "README.md", "pipelines", "transforms",
                    "schemas")
_TIMEOUT = 600


def _run(command, **kwargs):
  completed = subprocess.run(command, capture_output=True, text=True,
                             timeout=_TIMEOUT, check=False, **kwargs)
  assert completed.returncode == 0, (command, completed.stderr[-3000:])
  return completed


def _build_sdist(tmp_path) -> str:
  source = tmp_path / "source"
  for name in _PACKAGE_SOURCES:
    path = os.path.join(_ROOT, name)
    if os.path.isdir(path):
      shutil.copytree(path, source / name, ignore=shutil.ignore_patterns(
          "__pycache__", "*.pyc"))
    else:
      source.mkdir(exist_ok=True)
      shutil.copy(path, source / name)
  _run([sys.executable, "setup.py", "-q", "sdist", "--dist-dir",
        str(tmp_path / "dist")], cwd=source)
  (sdist,) = os.listdir(tmp_path / "dist")
  return str(tmp_path / "dist" / sdist)


def _fresh_venv(tmp_path) -> str:
  venv = tmp_path / "venv"
  _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
  python = str(venv / "bin" / "python")
  site = _run([python, "-c", "import sysconfig; "
               "print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
  ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
  with open(os.path.join(site, "_dependencies.pth"), "w",
            encoding="utf-8") as f:
    f.write("\n".join(sorted(ours)) + "\n")
  return python


def test_sdist_installs_into_a_fresh_venv_and_runs_the_sample(tmp_path):
  sdist = _build_sdist(tmp_path)
  with tarfile.open(sdist) as archive:
    members = archive.getnames()
  for data in ("pipelines/sample/archive/manifest.json",
               "pipelines/sample/sources/feeds.opml"):
    assert any(name.endswith(data) for name in members), data

  python = _fresh_venv(tmp_path)
  env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
  _run([sys.executable, "-m", "pip", "--python", python, "install", "-q",
        "--no-index", "--no-build-isolation", sdist], env=env)
  work = tmp_path / "elsewhere"
  work.mkdir()
  located = _run([python, "-c", "import pipelines.backfill as b; "
                  "print(b.__file__); print(b.sample_sources()[1])"],
                 cwd=work, env=env).stdout.split()
  venv = str(tmp_path / "venv")
  assert all(path.startswith(venv) for path in located), located

  completed = _run([os.path.join(os.path.dirname(python), "ingest"),
                    "backfill", "--output", "out", "-q"], cwd=work, env=env)
  assert "(bundled sample) finished" in completed.stdout
  # The sample's local pages are named by where the installed package
  # keeps them.
  sources_dir = os.path.join(os.path.dirname(located[1]), "sources")
  with open(os.path.join(FIXTURES, "sample_expected.json"),
            encoding="utf-8") as f:
    expected = json.loads(f.read().replace("{{SAMPLE_SOURCES}}",
                                           "file://" + sources_dir))
  output = str(work / "out")
  _check_documents(read_dataset(output, "documents"), expected["documents"])
  _check_errors(read_dataset(output, "errors"), expected["errors"])
  assert read_dataset(output, "mentions"), "event tagging ran"
