"""Propaganda-technique span detection (issue 4): the 14 classes of SemEval-2020 Task 11.

:data:`TECHNIQUE_INFO` explains each technique (definition and example).
"""

from __future__ import annotations

from slant.techniques._explain import TECHNIQUE_INFO, TECHNIQUES, TechniqueInfo

__all__ = ["TECHNIQUES", "TECHNIQUE_INFO", "TechniqueInfo"]
