"""Great Expectations guards: the raw contract on each day's batch before it loads, the marts
before they publish. Suites are code (suites.py), kept in the repository's file context (gx/).
"""
import logging

# GE logs its internals at INFO, some while being imported: quiet it to warnings before the
# import below, unless whoever configured logging chose a level for it.
_gx_logger = logging.getLogger("great_expectations")
if _gx_logger.level == logging.NOTSET:
    _gx_logger.setLevel(logging.WARNING)

from newsetl.quality.checks import QualityError, QualityReport, check_batch, check_marts  # noqa: E402

__all__ = ["QualityError", "QualityReport", "check_batch", "check_marts"]
