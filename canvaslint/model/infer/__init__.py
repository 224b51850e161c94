"""Reading a canvas the way a coach does: facts from the words on the notes.

People write "Dedicated account manager" and "Monthly subscription", not
``type: dedicated-personal-assistance``. This package reads the vocabulary
facts the rules need from an item's name and description where the field is
not written (:mod:`canvaslint.model.infer.words` holds the word lists), and says
which facts a finding rests on (:mod:`canvaslint.model.infer.notes`).
"""

from canvaslint.model.infer.apply import FIELDS, InferSettings, infer
from canvaslint.model.infer.words import shared_words

__all__ = ["FIELDS", "InferSettings", "infer", "shared_words"]
