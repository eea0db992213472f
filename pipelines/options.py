"""Beam pipeline options: pass-through flags and the offline default runner.

Beam 2.68+'s DirectRunner first tries to download the Prism runner binary,
which fails (slowly, noisily) without internet. The in-process FnApiRunner
needs nothing from outside, so it is the default unless --runner is given.
"""

import functools

__all__ = ["DEFAULT_RUNNER", "beam_option_arity", "pipeline_options"]

DEFAULT_RUNNER = "FnApiRunner"


@functools.lru_cache(maxsize=1)
def _beam_actions() -> dict:
  """Every Beam option string (e.g. '--runner') -> its argparse action."""
  from apache_beam.options.pipeline_options import (PipelineOptions,
                                                    _BeamArgumentParser)
  parser = _BeamArgumentParser(allow_abbrev=False)
  pending = list(PipelineOptions.__subclasses__())
  seen = set()
  while pending:
    cls = pending.pop()
    if cls in seen:
      continue
    seen.add(cls)
    pending.extend(cls.__subclasses__())
    try:
      cls._add_argparse_args(parser)  # pylint: disable=protected-access
    except Exception:  # pylint: disable=broad-except
      # Two option classes may declare the same flag (argparse.ArgumentError)
      # or depend on optional packages; the first declaration is enough.
      continue
  return dict(parser._option_string_actions)  # pylint: disable=protected-access


def beam_option_arity(flag: str):
  """How many values a Beam flag takes (0 for switches), or None if unknown."""
  action = _beam_actions().get(flag)
  if action is None:
    return None
  return 0 if action.nargs == 0 else 1


def pipeline_options(beam_args: list):
  """PipelineOptions from the pass-through flags, FnApiRunner by default."""
  from apache_beam.options.pipeline_options import (PipelineOptions,
                                                    StandardOptions)
  options = PipelineOptions(beam_args)
  standard = options.view_as(StandardOptions)
  if not standard.runner:
    standard.runner = DEFAULT_RUNNER
  return options
