"""Reportlab forms: monthly sheet, sign-in sheet, roster, placement register, pairing list."""
