"""Stage 5, the command line: options in, the stages called in order, exit code out."""
