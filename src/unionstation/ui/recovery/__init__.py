"""The recovery screen: a damaged station database, its backups, restore and salvage."""
