"""What every generated file names as its exporter: the one entry point that writes it."""
EXPORTER = 'tools/models/generate.py'
EXPORTER_VERSION = '1'
