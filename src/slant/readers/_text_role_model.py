"""The text reader's learned line-role model: each line of a plain-text page to a role (issue 14).

The same softmax regression as the HTML reader's (:class:`slant.readers._html_role_model.LineRoleModel`:
numpy only, deterministic full-batch gradient descent, saved as JSON with a model card), over the
text lines' features (:data:`slant.readers._text_role_features.FEATURE_NAMES`) and the text roles
(:data:`slant.readers._text_role_labels.ROLES`).
"""

from __future__ import annotations

from slant.readers._html_role_model import LineRoleModel
from slant.readers._text_role_features import FEATURE_NAMES
from slant.readers._text_role_labels import ROLES

__all__ = ["MODEL_CLASS", "TextLineRoleModel"]

#: The ``__cls__`` tag of the saved model.
MODEL_CLASS = "slant.readers.TextLineRoleModel"


class TextLineRoleModel(LineRoleModel):
    """Softmax regression from a text line's features to its role (head, article, chrome, author,
    body, footer). The hand-sign switch of the HTML model (``use_hand``) masks nothing here: the
    text features have no such columns."""

    FEATURES = FEATURE_NAMES
    LABELS = ROLES
    MODEL_CLASS = MODEL_CLASS
    HAND_COLUMNS = ()
    KIND = "text roles"
    SCRIPT = "scripts/train_text_roles.py"
