"""Fixtures of the services tests that several modules share."""

from team_host_support import bundled_tools, data_root, hosts, memory_keyring  # noqa: F401
