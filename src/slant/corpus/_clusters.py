"""Near-duplicate comments across a corpus run: MinHash signatures and LSH clusters (issue 19, part 3).

The same or nearly the same comment under several pages, by several names, or many times by one
name is a sign of coordination. Each worker signs its comments (:func:`comment_signature`, a
``minhash`` column of the ``comments`` table), so the costly part runs wherever the batches run, the
Ray engine included. At the end of a run the driver groups the signatures with ``datasketch``'s
MinHash LSH (:func:`cluster_comments`) and writes the ``comment_clusters`` table: one row per comment
of every cluster of two or more, with the cluster's size, pages, authors, outlets and time span.

Why these settings: word pairs (2-grams) of the normalised text, and a Jaccard similarity of 0.5:
two copies of a 20-word comment that each changed one word share 15 of 23 pairs (0.65), while with
3-grams and 0.7 they fell apart (12 of 24: 0.5); in bench/bench_echo.py 3-grams at 0.7 found 7 % of
such copies, pairs at 0.5 find most (docs/benchmarks.md). 64 permutations estimate the similarity
within about ±0.06. Comments of fewer than :data:`MIN_WORDS` words are not signed ("Thanks for the
report." is no campaign).
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

import numpy as np

from slant.annotators._phrases import normalise_phrase

__all__ = [
    "CLUSTERS_FILE",
    "MIN_WORDS",
    "NUM_PERM",
    "SIMILARITY",
    "cluster_comments",
    "cluster_signatures",
    "comment_signature",
    "write_comment_clusters",
]

logger = logging.getLogger(__name__)

#: Permutations of each signature (bytes per comment: 4 each).
NUM_PERM = 64
#: The estimated Jaccard similarity of word pairs from which two comments are near-duplicates.
SIMILARITY = 0.5
#: Comments shorter than this, in words, get no signature.
MIN_WORDS = 6
_SHINGLE = 2
_SEED = 1
# datasketch 2's default scheme (32-bit hash values), named because signatures are rebuilt from bytes.
_SCHEME = "affine32"
#: Where the table lives in a run folder: rewritten whole at the end of each run (it spans all batches).
CLUSTERS_FILE = Path("comment_clusters") / "comment_clusters.parquet"


@functools.cache
def _template() -> Any:
    """A MinHash whose permutations every signature shares (making them is the slow part of a MinHash)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)


def comment_signature(text: str) -> bytes | None:
    """The MinHash signature of a comment's word pairs, as ``NUM_PERM`` little-endian uint32; None
    for a comment of fewer than :data:`MIN_WORDS` words."""
    from datasketch import MinHash

    words = normalise_phrase(text).split()
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + _SHINGLE]).encode("utf-8") for i in range(len(words) - _SHINGLE + 1)}
    template = _template()
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, permutations=template.permutations, scheme=_SCHEME)
    minhash.update_batch(list(shingles))
    return bytes(minhash.hashvalues.astype("<u4").tobytes())


def cluster_signatures(signatures: list[bytes]) -> np.ndarray[Any, np.dtype[np.int64]]:
    """Cluster ids for signatures: equal ids for near-duplicates (-1 for a comment with no near-duplicate).

    Candidates come from datasketch's LSH (bands tuned for :data:`SIMILARITY`); a candidate pair
    joins a cluster only if its signatures agree on at least that share of permutations, and clusters
    are the connected components of those pairs. Ids are numbered from the largest cluster down.
    """
    from datasketch import LeanMinHash, MinHashLSH

    count = len(signatures)
    if count == 0:
        return np.empty(0, dtype=np.int64)
    matrix = np.frombuffer(b"".join(signatures), dtype="<u4").reshape(count, NUM_PERM)
    lsh = MinHashLSH(threshold=SIMILARITY, num_perm=NUM_PERM)
    with lsh.insertion_session() as session:
        for index in range(count):
            session.insert(
                index,
                LeanMinHash(seed=_SEED, hashvalues=matrix[index], scheme=_SCHEME),
                check_duplication=False,
            )
    parent = np.arange(count)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = int(parent[i])
        return i

    for index in range(count):
        candidates = [
            c
            for c in lsh.query(LeanMinHash(seed=_SEED, hashvalues=matrix[index], scheme=_SCHEME))
            if c > index
        ]
        if not candidates:
            continue
        agree = (matrix[candidates] == matrix[index]).mean(axis=1)
        for other, share in zip(candidates, agree.tolist(), strict=True):
            if share >= SIMILARITY:
                a, b = root(index), root(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    roots = np.array([root(i) for i in range(count)])
    unique, inverse, sizes = np.unique(roots, return_inverse=True, return_counts=True)
    # Largest cluster first; singletons are no cluster.
    order = np.argsort(-sizes, kind="stable")
    rank = np.empty(len(unique), dtype=np.int64)
    rank[order] = np.arange(len(unique))
    ids = rank[inverse]
    ids[sizes[inverse] < 2] = -1
    return ids.astype(np.int64)


def cluster_comments(connection: Any) -> list[dict[str, Any]]:
    """The ``comment_clusters`` rows of a run, from a DuckDB connection with its ``comments`` and ``pages``.

    Returns:
        One row per comment in a cluster of two or more, clusters largest first.
    """
    rows = connection.execute(
        "select c.page_id, c.comment_id, c.author, c.published, c.minhash, c.text, p.outlet "
        "from comments c left join pages p using (page_id) where c.minhash is not null "
        "order by c.page_id, c.position"
    ).fetchall()
    ids = cluster_signatures([row[4] for row in rows])
    members: dict[int, list[tuple[Any, ...]]] = {}
    for row, cluster in zip(rows, ids.tolist(), strict=True):
        if cluster >= 0:
            members.setdefault(cluster, []).append(row)
    out = []
    for cluster in sorted(members):
        group = members[cluster]
        times = sorted(str(r[3]) for r in group if r[3])
        facts = {
            "cluster_id": cluster,
            "size": len(group),
            "pages": len({r[0] for r in group}),
            "authors": len({r[2] for r in group if r[2]}),
            "outlets": len({r[6] for r in group if r[6]}),
            "first_published": times[0] if times else None,
            "last_published": times[-1] if times else None,
        }
        for page_id, comment_id, author, published, _, text, outlet in group:
            out.append(
                {
                    **facts,
                    "page_id": page_id,
                    "comment_id": comment_id,
                    "author": author,
                    "outlet": outlet,
                    "published": published,
                    "text": text,
                }
            )
    return out


def write_comment_clusters(run: Path, connection: Any) -> int:
    """Cluster the run's comments and (re)write its ``comment_clusters`` table; return the clusters."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from slant.corpus._tables import comment_clusters_schema

    rows = cluster_comments(connection)
    target = run / CLUSTERS_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=comment_clusters_schema()), tmp, compression="zstd")
    tmp.replace(target)
    clusters = len({row["cluster_id"] for row in rows})
    logger.info("comment clusters: %d clusters of %d comments", clusters, len(rows))
    return clusters
