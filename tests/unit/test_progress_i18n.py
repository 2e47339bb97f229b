"""Every string of targets and progress (service, CLI, dashboard) has Chinese in progress.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.i18n_support import chinese_catalogue

ROOT = Path(__file__).resolve().parents[2]
FILES = {
    "lishui_desktop/domain/targets.py",
    "lishui_desktop/services/progress.py",
    "lishui_desktop/services/progress_data.py",
    "lishui_desktop/services/targets.py",
    "lishui_desktop/cli/progress_cmd.py",
    "lishui_desktop/ui/pages/dashboard.py",
    "lishui_desktop/ui/dashboard_model.py",
    "lishui_desktop/ui/dashboard_delegate.py",
    "lishui_desktop/ui/dashboard_targets.py",
}


def test_every_progress_string_is_translated() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    from i18n_extract import extract  # the translation pass's own extractor

    table = chinese_catalogue()
    found = [item for item in extract(ROOT, "lishui_desktop") if item.file in FILES]
    assert len(found) > 100
    missing = [f"{i.file}:{i.line} [{i.context}] {i.source}" for i in found if not table.get(i.context, {}).get(i.source)]
    seed = json.loads((ROOT / "resources/reference/targets.json").read_text(encoding="utf-8"))
    missing += [f"targets.json [Targets] {t['measure']}" for t in seed["targets"]
                if not table["Targets"].get(t["measure"])]
    assert missing == []
