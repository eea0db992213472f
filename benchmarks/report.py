"""BENCHMARKS.md sections (each benchmark rewrites only its own), and the
machine and code a result was measured on."""

import argparse
import contextlib
import datetime
import importlib.metadata
import os
import pathlib
import platform
import shutil
import subprocess
import tempfile
from typing import Dict, Optional, Sequence

__all__ = ["write_section", "machine", "code_state", "written_by",
           "work_directory", "publish", "argument_parser", "ROOT"]

ROOT = pathlib.Path(__file__).resolve().parent.parent


def write_section(path: pathlib.Path, name: str, section: str) -> None:
  """Replaces the section between ``<!-- name:start -->`` and
  ``<!-- name:end -->`` of ``path``, or appends it."""
  start_marker, end_marker = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
  block = f"{start_marker}\n{section.rstrip()}\n{end_marker}"
  if not path.exists():
    path.write_text(
        "# Benchmarks\n\nResults of the scripts under `benchmarks/`. Each "
        "script rewrites only its own section, between its markers.\n\n"
        f"{block}\n", encoding="utf-8")
    return
  text = path.read_text(encoding="utf-8")
  start, end = text.find(start_marker), text.find(end_marker)
  if start != -1 and end > start:
    text = text[:start] + block + text[end + len(end_marker):]
  else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
  path.write_text(text, encoding="utf-8")


def machine(packages: Sequence[str], measured: Sequence[str] = ()
            ) -> Dict[str, str]:
  """nproc, CPU model, Python, platform, ``packages``' versions, and the
  code state of the ``measured`` files (see ``code_state``)."""
  try:
    cores = subprocess.run(["nproc"], capture_output=True, text=True,
                           check=True).stdout.strip()
  except (OSError, subprocess.CalledProcessError):
    cores = f"{os.cpu_count()} (os.cpu_count)"
  cpu = platform.processor() or "unknown"
  try:
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
      if line.startswith("model name"):
        cpu = line.split(":", 1)[1].strip()
        break
  except OSError:
    pass
  versions = []
  for package in packages:
    try:
      versions.append(f"{package} {importlib.metadata.version(package)}")
    except importlib.metadata.PackageNotFoundError:
      versions.append(f"{package} (not installed)")
  return {"nproc": cores, "cpu": cpu, "python": platform.python_version(),
          "platform": platform.platform(), "packages": ", ".join(versions),
          "code": code_state(measured)}


def code_state(measured: Sequence[str] = ()) -> str:
  """The commit measured, and which of the ``measured`` paths (all files
  when empty) differ from it."""
  def git(*args) -> str:
    # Read-only: no index refresh, no lock.
    return subprocess.run(["git", "--no-optional-locks", *args], cwd=ROOT,
                          capture_output=True, text=True,
                          check=True).stdout.strip()
  try:
    commit = git("rev-parse", "--short", "HEAD")
    changed = git("diff", "--name-only", "HEAD", "--", *measured)
  except (OSError, subprocess.CalledProcessError):
    return "not a git checkout"
  if not changed:
    return f"commit {commit}"
  files = ", ".join(changed.splitlines())
  return f"commit {commit} with uncommitted changes to {files}"


def written_by(command: str, packages: Sequence[str],
               measured: Sequence[str] = (), with_platform: bool = False
               ) -> str:
  """A section's first line: command, date, machine, versions, code."""
  facts = machine(packages, measured)
  platform_part = f", {facts['platform']}" if with_platform else ""
  return (f"Written by `{command}` on "
          f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} "
          f"UTC. Machine: `nproc` {facts['nproc']} ({facts['cpu']}), Python "
          f"{facts['python']}{platform_part}; {facts['packages']}. Code: "
          f"{facts['code']}.")


@contextlib.contextmanager
def work_directory(path: Optional[str], prefix: str):
  """``path`` as given (kept), or a temporary directory removed after."""
  if path:
    yield path
    return
  temporary = tempfile.mkdtemp(prefix=prefix)
  try:
    yield temporary
  finally:
    shutil.rmtree(temporary, ignore_errors=True)


def publish(args, name: str, section: str) -> None:
  """Prints ``section`` and writes it as ``name`` into ``args.output``,
  unless --no-write or --quick."""
  print(section)
  if not (args.no_write or getattr(args, "quick", False)):
    write_section(args.output, name, section)


def argument_parser(doc: str, quick_help: str, work: bool = True
                    ) -> argparse.ArgumentParser:
  """A benchmark's parser with the options they all share: --quick,
  --output, --no-write and (when it makes files) --work."""
  parser = argparse.ArgumentParser(description=doc.split("\n")[0])
  parser.add_argument("--quick", action="store_true", help=quick_help)
  parser.add_argument("--output", type=pathlib.Path,
                      default=ROOT / "BENCHMARKS.md")
  parser.add_argument("--no-write", action="store_true")
  if work:
    parser.add_argument("--work", default=None,
                        help="directory for corpora and outputs (default: a "
                             "temporary one, removed at the end)")
  return parser
