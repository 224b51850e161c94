"""Stage 2, model: a document to the canvas a rule reasons about.

The schema says whether the data has the format's shape (S findings), the
canvas is read as meant (``meant``), built into items with ids and resolved
references (``canvas``, ``resolve``: R findings), and facts are read from the
notes' words where fields are not written (``infer``). ``facts`` answers the
questions several rules share.
"""
