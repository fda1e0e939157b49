"""Statistics (issue 17): the annual report, the monthly member report and the plan.

One module per section (unions, members, venues, hardship and campaigns, plan), the
assembly in annual.py and monthly.py, and service.py for the page and the command line.
"""
