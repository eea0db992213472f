"""BENCHMARKS.md sections: each benchmark rewrites only its own."""

import pathlib

__all__ = ["write_section"]


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
