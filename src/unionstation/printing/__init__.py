"""reportlab documents: forms, cards, certificates, letters; font discovery. No Qt."""
