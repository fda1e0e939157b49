"""Hardship aid (困难职工帮扶): files, households, visits, campaigns, payments, reminders."""
