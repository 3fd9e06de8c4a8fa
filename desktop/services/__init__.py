"""Use cases over an open vault. The CLI and the UI call only these.

Each public function opens one unit of work, checks permissions and the rules,
writes the audit trail and commits; it returns plain views, never ORM objects.
"""
