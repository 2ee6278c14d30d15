"""Data files shipped beside the code (the demo curriculum): read, never executed."""

import json
from pathlib import Path
from typing import Any


def data_file(beside: str, name: str) -> Any:
    """The JSON file ``data/<name>`` in the folder of the module ``beside``
    (pass ``__file__``)."""
    return json.loads((Path(beside).parent / "data" / name).read_text("utf-8"))
