"""Moving the hosted team database to another port: when another program took its port
(the server then cannot start, and the start says so), or the user wants another.

``TeamHost.change_port`` writes the setting and moves the password (and this desk's saved
address when it works in it) to the new address; ``move_to_port`` also restarts the server
on it, in a job. The other desks must join again with the new port: they reach it by
address, and nothing tells them it moved.
"""

from __future__ import annotations

from juhe_desk.services.team_host import SavedPassword, TeamHost
from juhe_desk.services.team_host_errors import TeamHostError
from juhe_desk.services.team_host_system import HIGHEST_PORT, next_free_port, port_free

LOWEST_PORT = 1024  # below: ports Windows and Linux keep for system services


def suggested_port(error: BaseException | None, current: int) -> int:
    """The port to offer instead of ``current``: a free one the error found, or the next."""
    if isinstance(error, TeamHostError) and error.suggested_port is not None:
        return error.suggested_port
    return min(current + 1, HIGHEST_PORT)


def port_taken(error: BaseException) -> bool:
    """Whether ``error`` is the hosted server's port being used by another program."""
    return isinstance(error, TeamHostError) and error.kind == "port-in-use"


def move_to_port(host: TeamHost, port: int) -> SavedPassword | None:
    """Listen on ``port`` from now on: stop the server, change the port, start it again
    there (also when it was stopped: a port is changed to get it running). Raises
    ``TeamHostError`` when ``port`` is taken too (nothing changed then)."""
    if port != host.settings().port and not port_free(port):
        raise TeamHostError.port_in_use(port, next_free_port(port))
    if host.status().running:
        host.stop()
    saved = host.change_port(port)
    host.start()
    return saved
