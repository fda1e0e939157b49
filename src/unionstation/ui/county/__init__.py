"""The county's window: stations, intake of batch files, cases, figures and members."""
