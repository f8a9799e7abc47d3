"""The action tracker place: every action, filtered, sorted and edited in one table."""
