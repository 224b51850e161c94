"""Reading a canvas the way a coach does: facts from the words on the notes.

People write "Dedicated account manager" and "Monthly subscription", not
``type: dedicated-personal-assistance``. This package reads the vocabulary
facts the rules need from an item's name and description where the field is
not written (:mod:`canvaslint.infer.words` holds the word lists), and says
which facts a finding rests on (:mod:`canvaslint.infer.notes`).
"""

from canvaslint.infer.apply import FIELDS, InferSettings, infer
from canvaslint.infer.words import shared_words

__all__ = ["FIELDS", "InferSettings", "infer", "shared_words"]
