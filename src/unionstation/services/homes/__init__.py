"""Workers' homes (issue 16): venues and their standards, assets and stocktakes, the
reading room, and the services a venue counts with the subsidy they earn."""
