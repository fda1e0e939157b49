"""County mode: the county federation's store, batch intake and consolidation.

One county store (SQLite in the county's data folder, or PostgreSQL by URL) receives every
station's batches, applies each change exactly once, keeps the current state of every
station's records side by side, and answers the county's questions over them. No Qt here:
the CLI, the county window and the HTTP receiver all go through `service.County`.
"""
