"""A credential store for the test suite: a JSON file named by LISHUI_TEST_KEYRING.

The suite selects it with PYTHON_KEYRING_BACKEND (conftest), as a user names a backend, so every
CLI and GUI test runs on encrypted databases without a desktop session. The real Secret Service
(GNOME Keyring) is exercised by tests/integration/test_encryption_secret_service.py.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["LISHUI_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path().read_text(encoding="utf-8")))
        except (FileNotFoundError, ValueError):
            return {}

    def _save(self, data: dict[str, str]) -> None:
        tmp = self._path().with_name(f"{self._path().name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, self._path())

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(data)
