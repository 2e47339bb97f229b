"""Generic ledger widgets: the SQL-paged table model, filter bar, form editor, roster, recycle bin."""
