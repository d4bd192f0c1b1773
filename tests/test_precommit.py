"""The pre-commit hook as shipped: its file filter, run by pre-commit itself on a repository."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

yaml = pytest.importorskip("yaml")
pytest.importorskip("pre_commit")


def test_the_hook_runs_on_manuscripts_only(tmp_path, sample_text):
    from printing_word import zotero_document

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    repo = tmp_path / "papers"
    (repo / "drafts").mkdir(parents=True)
    (repo / "drafts" / "paper.md").write_text(sample_text)
    zotero_document(repo / "drafts" / "chapter.docx")
    (repo / "README.md").write_text("# Our papers\n\nNothing cited here.\n")
    (repo / "analysis.py").write_text("print('not a manuscript')\n")
    # The hook as shipped, run from this checkout instead of a clone (no network, no install).
    local = {**hook, "entry": f"{sys.executable} -m refgraph.cli check", "language": "system"}
    local = {k: v for k, v in local.items() if k != "description"}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}))
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@e"}
    git = shutil.which("git")
    subprocess.run([git, "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run([git, "add", "-A"], cwd=repo, check=True, env=env)
    result = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--verbose"], cwd=repo,
                            capture_output=True, text=True, env=env)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output  # the sample's warnings fail the hook
    assert "drafts/paper.md:258:7: RG201 [author-spelling]" in output
    assert "in 2 files." in output  # paper.md and chapter.docx; not README.md, analysis.py or the config
    assert "README.md" not in output.replace(".pre-commit-config.yaml", "") and "analysis.py" not in output
