"""Actors and places (issue 19, part 4): who and where a page is about, and how each is framed.

:class:`ActorsAnnotator` (``slant.actors.v1``, opt-in: ``slant analyze --with actors``) finds people,
organisations and places with spaCy's small English model and natasha for Russian (the ``actors``
extra), groups mentions into actors, gives places coordinates from slant's offline gazetteer and counts
the techniques, sources and toxic words near each. docs/actors.md says what it finds and costs.
"""

from __future__ import annotations

from slant.actors._annotator import MAX_CHARS, ActorsAnnotator
from slant.actors._ner import clear_models

__all__ = ["MAX_CHARS", "ActorsAnnotator", "clear_models"]
