"""The Settings page: the station, printing, reporting, backups, language, yearly values."""
