"""Two items share an id, or a reference matches several items.

Why: an id must say which sticky note you mean. Two items with the same
explicit id, or a reference that matches the names of several items (and
no explicit id), leave it open which one a reference means. Give one of
them its own id.

Fails:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
        id: home
      - name: Offices
        id: home

Passes:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
        id: home
      - name: Offices
        id: offices
"""

CODE = "R002"
NAME = "duplicate-id"
SEVERITY = "error"
SUMMARY = "Two items share an id, or a reference matches several items"
TRANSLATIONS = {
    "nl": {
        "summary": "Twee items delen een id, of een verwijzing past op meerdere items",
        "why": "Waarom: een id moet zeggen welk plakbriefje je bedoelt. Twee items met dezelfde "
               "expliciete id, of een verwijzing die past op de namen van meerdere items (zonder "
               "expliciete id), laten open welk item een verwijzing bedoelt. Geef een van hen een "
               "eigen id.",
        "duplicate-id": (
            '{item_kind} "{item}" heeft de id "{id}", die {other_kind} "{other}" al heeft; '
            'ids zijn uniek in het bestand: geef een van beide een andere id'
        ),
        "ambiguous": (
            '{source_kind} "{source}" noemt "{text}" onder {field}, en dat past op meerdere '
            'items ({matches}): geef het bedoelde item een eigen id en gebruik die hier'
        ),
    },
    "ru": {
        "summary": "Два элемента с одним id, или ссылка подходит к нескольким элементам",
        "why": "Почему: id должен однозначно указывать, какой стикер вы имеете в виду. Два "
               "элемента с одинаковым явно заданным id или ссылка, подходящая к названиям "
               "нескольких элементов (без явного id), оставляют неясным, на какой из них указывает "
               "ссылка. Дайте одному из них собственный id.",
        "duplicate-id": (
            '{item_kind} "{item}" имеет id "{id}", который уже есть у: {other_kind} '
            '"{other}"; id должны быть уникальны в файле: дайте одному из них другой id'
        ),
        "ambiguous": (
            '{source_kind} "{source}" ссылается на "{text}" в поле {field}, что подходит к '
            'нескольким элементам ({matches}): дайте нужному элементу свой id и укажите его '
            'здесь'
        ),
    },
}
NEEDS_CANVAS = True
