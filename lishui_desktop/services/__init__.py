"""Use cases shared by the GUI and the CLI: plain values in, dataclasses out."""
