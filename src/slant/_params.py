"""The base of slant's estimators: scikit-learn's ``get_params``/``set_params`` and not-fitted check, once.

``get_params(deep=True)`` and ``set_params`` follow scikit-learn's ``BaseEstimator`` exactly (the
parameters are the keyword arguments of ``__init__``; ``deep`` adds ``name__sub`` entries for
parameters that are estimators themselves), so ``sklearn.base.clone`` works on every estimator,
while slant itself needs no scikit-learn to predict.
"""

from __future__ import annotations

import inspect
from typing import Any, Self

from slant._errors import NotFittedError

__all__ = ["Estimator", "SettableParams"]


class Estimator:
    """scikit-learn's parameter contract: ``__init__`` stores its keyword arguments under their own names."""

    @classmethod
    def _get_param_names(cls) -> list[str]:
        """The names of the constructor's parameters, sorted (as scikit-learn lists them)."""
        signature = inspect.signature(cls.__init__)
        return sorted(
            name
            for name, parameter in signature.parameters.items()
            if name != "self" and parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
        )

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """The constructor parameters; with ``deep``, also those of parameters that are estimators."""
        out: dict[str, Any] = {}
        for name in self._get_param_names():
            value = getattr(self, name)
            if deep and hasattr(value, "get_params") and not isinstance(value, type):
                out.update((f"{name}__{key}", sub) for key, sub in value.get_params().items())
            out[name] = value
        return out

    def set_params(self, **params: Any) -> Self:
        """Change constructor parameters (``name__sub`` reaches into a nested estimator); returns self.

        Settings read only when predicting (thresholds, ratios) need no refit.
        """
        if not params:
            return self
        valid = self.get_params(deep=True)
        nested: dict[str, dict[str, Any]] = {}
        for key, value in params.items():
            name, delim, sub = key.partition("__")
            if name not in valid:
                raise ValueError(
                    f"unknown {type(self).__name__} parameter {name!r}; expected one of {self._get_param_names()}"
                )
            if delim:
                nested.setdefault(name, {})[sub] = value
            else:
                setattr(self, name, value)
                valid[name] = value
        for name, sub_params in nested.items():
            valid[name].set_params(**sub_params)
        return self

    def _check_fitted(self, attribute: str = "coef_") -> None:
        """Raise :class:`NotFittedError` unless ``fit`` (or ``load``) has set ``attribute``."""
        if not hasattr(self, attribute):
            raise NotFittedError(
                f"this {type(self).__name__} is not fitted yet; call fit() or {type(self).__name__}.load() first"
            )


#: The former name of :class:`Estimator`.
SettableParams = Estimator
