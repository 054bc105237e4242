"""Training of the propaganda-technique models: ``slant train techniques``.

Nothing in this package runs on a page: analysing a page, ``slant techniques``, ``slant eval ptc``,
serve and corpus runs import only the modules one level up. Here are the run that fits the span
tagger, verifier and technique classifier on the PTC and writes the model (:mod:`._train`), the
verifier's cross-fitted training and cross-validation (:mod:`._train_verifier`), and the one-off
distillation of the static word vectors from all-MiniLM-L6-v2 (:mod:`._distill`, run with
``python -m slant.techniques.training._distill`` in a venv with torch).
"""
