"""Every string of targets and progress (service, CLI, dashboard) has Chinese in progress.json."""

from __future__ import annotations

import json
from pathlib import Path

from tests.i18n_support import chinese_catalogue, packaging_module

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
    table = chinese_catalogue()
    found = [(where, m) for m in packaging_module("i18n.py", "lishui_i18n_pass").lupdate(ROOT)
             for where in m.where if where.rsplit(":", 1)[0] in FILES]
    assert len(found) > 100
    missing = [f"{where} [{m.context}] {m.source}" for where, m in found if not table.get(m.context, {}).get(m.source)]
    seed = json.loads((ROOT / "resources/reference/targets.json").read_text(encoding="utf-8"))
    missing += [f"targets.json [Targets] {t['measure']}" for t in seed["targets"]
                if not table["Targets"].get(t["measure"])]
    assert missing == []
