"""Training and evaluation of the toxicity model: ``slant train toxicity`` and ``slant eval toxicity``.

Nothing in this package runs on a page: analysing a page, ``slant toxicity``, serve and corpus runs
import only the modules one level up. Here are the run that fits and writes the model
(:mod:`._train`), loading and splitting the training and evaluation sets (:mod:`._data`), the
training augmentation templates (:mod:`._augment`), the functional test cases that are never
trained on (:mod:`._functional`), obfuscated variants of test comments (:mod:`._obfuscate`), the
metrics (:mod:`._metrics`), the model card written beside the model (:mod:`._card`) and the
conversion of a float32 weight file to float16 heads (:mod:`._convert`).
"""
