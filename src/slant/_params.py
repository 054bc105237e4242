"""scikit-learn's ``set_params`` for slant's estimators, written once."""

from __future__ import annotations

from typing import Any, Self

__all__ = ["SettableParams"]


class SettableParams:
    """``set_params(**params)`` over the estimator's own ``get_params()``: unknown names are refused."""

    def get_params(self) -> dict[str, Any]:
        """The constructor parameters (scikit-learn's contract)."""
        raise NotImplementedError

    def set_params(self, **params: Any) -> Self:
        """Change constructor parameters; returns self. Settings read only when predicting need no refit."""
        valid = self.get_params()
        for key, value in params.items():
            if key not in valid:
                raise ValueError(
                    f"unknown {type(self).__name__} parameter {key!r}; expected one of {sorted(valid)}"
                )
            setattr(self, key, value)
        return self
