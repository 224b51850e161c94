"""Draw canvases as HTML: the nine-block picture with findings on their notes.

:func:`render_canvas` draws one canvas; :func:`render_report` lists several
files with their scores and findings (``check --format html``). Both return
one self-contained page: inline style, no script, nothing fetched.
"""

from canvaslint.report.render.page import render_canvas
from canvaslint.report.render.report import render_report

__all__ = ["render_canvas", "render_report"]
