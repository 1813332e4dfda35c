"""The perturbation check (scripts/perturbation_check.py) perturbs as documented and refuses the
test halves, which may only be scored."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import perturbation_check  # noqa: E402


def test_each_perturbation_keeps_the_question_and_changes_only_its_typing():
    got = perturbation_check.perturbations("Combien de projets à la RAMQ sont déployés ?", "fr", random.Random(1))
    assert got["greeting"] == "Bonjour, Combien de projets à la RAMQ sont déployés ? Merci!"
    assert got["small_letters"] == "combien de projets à la ramq sont déployés ?"
    assert got["no_accents"] == "Combien de projets a la RAMQ sont deployes ?"
    assert got["no_question_mark"] == "Combien de projets à la RAMQ sont déployés"
    swapped = got["swapped_letters"].split()
    assert sorted("".join(swapped)) == sorted("".join("Combien de projets à la RAMQ sont déployés ?".split()))


def test_the_test_halves_are_refused(capsys):
    assert perturbation_check.main(["qc", "data/eval/natural_test.jsonl"]) == 2
    assert "never read" in capsys.readouterr().err
