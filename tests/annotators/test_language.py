"""Language of each part."""

from __future__ import annotations

from pathlib import Path

import pytest

from slant.annotators._language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("That would make sense. Other than that there is no point with further delay", "en"),
        ("What does “ingore” mean?", "en"),
        ("Le président a dit que la guerre est finie pour les habitants", "fr"),
        ("Der Krieg ist nicht vorbei und die Menschen sind müde", "de"),
        ("Подпишись за Свободу и не только для всех", "ru"),
        ("Вона була вдома, і це все", "uk"),
        ("ok", "und"),
        ("Aleppo Idlib Palmyra Deir-Ezzor", "und"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text)[0] == language


def test_confidence_is_a_probability_like_score() -> None:
    code, score = detect_language("The army and its allies are set to finish the job in the city of Aleppo.")
    assert code == "en"
    assert 0.5 < score <= 1.0


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("هذه دعاية واضحة ولا أكثر", "ar"),
        ("این یک تبلیغات آشکار است", "fa"),
        ("Αυτό είναι προπαγάνδα", "el"),
        ("这是明显的宣传", "zh"),
        ("これは明らかなプロパガンダです", "ja"),
        ("이것은 명백한 선전입니다", "ko"),
        ("זו תעמולה ברורה", "he"),
        ("The word حلب is the Arabic name of the city of Aleppo, as you know.", "en"),
    ],
)
def test_scripts_that_name_their_language(text: str, language: str) -> None:
    assert detect_language(text)[0] == language


@pytest.mark.quality
def test_every_ptc_dev_article_is_english(shared_data: Path) -> None:
    folder = shared_data / "ptc" / "dev-articles"
    if not folder.is_dir():
        pytest.skip(f"the PTC dev articles are absent from {folder}")
    languages = [
        detect_language(p.read_text(encoding="utf-8"))[0] for p in sorted(folder.glob("article*.txt"))
    ]
    assert len(languages) > 50
    assert set(languages) == {"en"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Россия должна закончить эту войну.", "ru"),
        ("Хорошо сказано, полностью согласен.", "ru"),
        ("Съдът отхвърли жалбата на министъра вчера.", "und"),
        ("Суд је одбио жалбу министра јуче.", "und"),
        ("C’est de la propagande pure et simple.", "fr"),
    ],
)
def test_short_cyrillic_and_elided_french(text: str, language: str) -> None:
    assert detect_language(text)[0] == language


def test_letters_ukrainian_lacks_rule_it_out() -> None:
    assert detect_language("Опять эти сказки про злых русских.")[0] == "ru"
