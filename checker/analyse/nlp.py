"""The spaCy pipeline: a blank Indonesian one, loaded once and only when a document needs it.

``spacy.blank("id")`` costs ~2 s and ~170 MB (it builds ~16,000 tokenizer exceptions), so it is
never imported at start-up, and only the parts of a document where facts live are given to it.
"""

from __future__ import annotations

import functools
from typing import Any


@functools.cache
def blank() -> Any:
    import spacy

    return spacy.blank("id")
