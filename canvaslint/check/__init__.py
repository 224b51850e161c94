"""Stage 3, check: rules over the model, with the run's configuration.

Rules are found through one entry-point group (``registry``), chosen by
``selection`` and ``settings`` (defaults < configuration < command line),
run by ``engine`` on one document and by ``runner`` over many files; their
problems become located findings, filtered by suppressions and the
baseline, folded under their root causes, and may carry fixes.
"""
