"""Sync to the county: signed, encrypted batch files, acks and the pairing documents."""
