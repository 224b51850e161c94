"""Package data: the JSON schemas of canvaslint (installed as canvaslint.schemas)."""
