"""Excel templates, all-or-nothing imports, exports (openpyxl)."""
