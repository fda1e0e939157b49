"""Use cases over a Session: plain classes returning plain objects. No Qt."""
