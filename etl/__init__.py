"""ETL over ML paper abstracts: ingest -> extract -> validate -> load -> leaderboards."""

__version__ = "0.1.0"
