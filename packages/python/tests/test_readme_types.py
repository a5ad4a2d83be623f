"""The READMEs' Python samples pass mypy --strict as written (read from the READMEs, so they cannot drift)."""

from __future__ import annotations

import re
from pathlib import Path

from .helpers import REPO, SEC_UID
from .typecheck import mypy

PACKAGE_README = REPO / "packages" / "python" / "README.md"
ROOT_README = REPO / "README.md"


def python_blocks(readme: Path) -> list[str]:
    text = readme.read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```$", text, re.MULTILINE | re.DOTALL)
    assert blocks, f"{readme}: no python block"
    return blocks


def first_python_block(readme: Path) -> list[str]:
    return python_blocks(readme)[0].splitlines()


def official_loop() -> str:
    """The package README's imports, client and `while r: ... r = r.next_items()` loop, as written there."""
    lines = first_python_block(PACKAGE_README)
    imports = [line for line in lines if line.startswith("from tokkit")]
    (client,) = [line for line in lines if line.startswith("api = TikAPI(")]
    start = lines.index("while r:") - 1
    end = lines.index("    r = r.next_items()", start)
    return "\n".join([*imports, client, f"sec_uid = {SEC_UID!r}", *lines[start : end + 1], ""])


def test_the_official_loop_of_the_readme_passes_mypy_strict(tmp_path: Path) -> None:
    loop = official_loop()
    checked = mypy(loop, tmp_path)
    assert checked.returncode == 0, loop + checked.stdout + checked.stderr
    # The annotation the README asks for is needed: without it mypy refuses `r = r.next_items()` (None at the end).
    bare = re.sub(r"^r: [^=]+= ", "r = ", loop, flags=re.MULTILINE)
    assert bare != loop
    refused = mypy(bare, tmp_path)
    assert refused.returncode == 1, bare + refused.stdout
    assert "[assignment]" in refused.stdout
    # and the body is typed inside the loop: a misspelled key is an error
    typo = mypy(loop.replace('r.json()["itemList"]', 'r.json()["itemlist"]'), tmp_path)
    assert typo.returncode == 1, typo.stdout
    assert '"itemlist"' in typo.stdout


def test_the_python_sample_of_the_repository_readme_passes_mypy_strict(tmp_path: Path) -> None:
    sample = "\n".join(first_python_block(ROOT_README)) + "\n"
    assert "api.public.check(" in sample
    checked = mypy(sample, tmp_path)
    assert checked.returncode == 0, sample + checked.stdout + checked.stderr


def test_the_other_providers_sample_of_the_repository_readme_passes_mypy_strict(tmp_path: Path) -> None:
    (sample,) = [block for block in python_blocks(ROOT_README) if "Scavio" in block]
    checked = mypy(sample, tmp_path)
    assert checked.returncode == 0, sample + checked.stdout + checked.stderr
    # the bodies are typed: a misspelled key of a Scavio or a user-handle body is an error
    for right, wrong in (('["sec_uid"]', '["sec_uidd"]'), ('["followerCount"]', '["followercount"]')):
        assert right in sample
        typo = mypy(sample.replace(right, wrong), tmp_path)
        assert typo.returncode == 1, typo.stdout
        assert wrong.strip("[]") in typo.stdout
