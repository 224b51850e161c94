"""Package data: the language tables of canvaslint (nl.yaml, ru.yaml)."""
