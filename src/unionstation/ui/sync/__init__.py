"""The reporting page, its actions and the background uploader to the county."""
