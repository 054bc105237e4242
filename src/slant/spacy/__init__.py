"""slant's annotators as spaCy pipeline components (issue 16): ``nlp.add_pipe("slant_techniques")``.

Install with ``pip install 'slant[spacy]'``. The components are registered through the
``spacy_factories`` entry point, so ``spacy.blank("en").add_pipe("slant_toxicity")`` works without
importing slant first; importing this module registers them too. Each component reads the spaCy
``Doc``'s text as one part of a slant page (an article, or a comment for ``slant_toxicity``), runs the
slant annotator (and whatever it requires) on it, and writes:

- span layers into ``doc.spans["slant_<layer>"]`` (a ``SpanGroup``; labels as ``Span.label_``, scores
  in ``group.attrs["scores"]`` in span order, as spaCy's ``spancat`` does);
- score maps and values into ``Doc`` extensions: ``doc._.slant_toxicity`` (label -> probability),
  ``doc._.slant_language`` and ``doc._.slant_language_score``, ...

See docs/integrations.md for an example and for what happens to spans that do not align with tokens.
"""

from __future__ import annotations

from slant._extras import require_extra

require_extra("spacy", purpose="slant's spaCy components (slant.spacy)")

from slant.spacy._components import (  # noqa: E402 - after the check, so a missing spaCy is one line
    COMPONENTS,
    SlantComponent,
    make_language,
    make_links,
    make_quotes,
    make_techniques,
    make_toxicity,
)

__all__ = [
    "COMPONENTS",
    "SlantComponent",
    "make_language",
    "make_links",
    "make_quotes",
    "make_techniques",
    "make_toxicity",
]
