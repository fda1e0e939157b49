"""Preview, print and save the documents of `unionstation.printing`.

Views wire in one `PrintActions` each (see `actions.py`); everything else here is behind it.
"""
