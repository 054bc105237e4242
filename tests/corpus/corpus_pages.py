"""Hand-made corpus pages for the corpus tests, in the plain-text page format ``slant.read`` takes."""

from __future__ import annotations

from pathlib import Path

OUTLETS = ("daily-example.com", "news.example.org", "herald.example.net")


def page_text(number: int) -> str:
    """A distinct small page: a title, an article with loaded words and sources, two comments."""
    loaded = "heroic" if number % 2 else "so-called"
    return (
        f"Report number {number} from the front\n\n"
        f"The {loaded} fighters of unit {number} left the town, according to the Defense Ministry.\n"
        f"The regime answered at once, according to local sources. Day {number} of the war.\n\n"
        "Comments\n\n"
        f"Reader{number}\n"
        f"{'You are idiots.' if number % 3 == 0 else 'Thanks for the report.'}\n\n"
        "Another Reader\n"
        f"What happens on day {number + 1}?\n"
    )


def write_pages(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    """Write ``count`` pages as .txt files under ``folder`` (in two sub-folders) and return their paths."""
    paths = []
    for number in range(start, start + count):
        path = folder / f"part{number % 2}" / f"page{number:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page_text(number), encoding="utf-8")
        paths.append(path)
    return paths
