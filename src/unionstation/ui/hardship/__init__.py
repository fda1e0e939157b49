"""The hardship-aid page: files, households, visits, campaigns and sign-off sheets."""
