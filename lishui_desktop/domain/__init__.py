"""Pure-Python domain rules: ids, validation, masking, targets. No Qt, no SQLAlchemy."""
