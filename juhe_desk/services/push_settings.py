"""The push receiver's settings as the user chose them, kept in the store's settings.

``url()`` is the exact address to register with the gateway: the secret path on the host and
port the gateway can reach.

On a team's shared database the settings are the team's (the gateway has one address
registered), and ``desk_id`` names the one desk that receives: the desk the router forwards the
port to, chosen in that desk's dialog. It does not follow the desk that pulls: the registered
address cannot move with it, and a push stores idempotently wherever it lands.
"""

from __future__ import annotations

import dataclasses
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from juhe_desk.gateway.push_receiver import new_push_secret, secret_push_path
from juhe_desk.store.settings import Settings, SettingsReader

PUSH_PREFIX = "push."  # every key of these settings starts so
KEY_ENABLED = "push.enabled"
KEY_HOST = "push.host"
KEY_PORT = "push.port"
KEY_SECRET = "push.secret"  # not a password, but never logged (the filter masks it)
KEY_PUBLIC_HOST = "push.public_host"
KEY_ALLOWED = "push.allowed"
KEY_DESK = "push.desk"  # a team's receiving desk: its id ...
KEY_DESK_NAME = "push.desk_name"  # ... and its name, to say who receives without asking

DEFAULT_HOST = "0.0.0.0"  # the gateway on the internet must reach it
DEFAULT_PORT = 8765


@dataclass(frozen=True, slots=True)
class PushSettings:
    """What the user chose. ``secret`` is made when push is first turned on."""

    enabled: bool = False
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    secret: str = ""
    public_host: str = ""  # how the gateway reaches this computer (router's address, domain)
    allowed: str = ""  # source addresses and networks the gateway pushes from; "" = any
    desk_id: str = ""  # on a team's database, the desk that receives; "" = not chosen yet
    desk_name: str = ""

    @classmethod
    def load(cls, settings: SettingsReader) -> PushSettings:
        port_text = settings.get_setting(KEY_PORT, str(DEFAULT_PORT)) or ""
        port = int(port_text) if port_text.isdigit() else DEFAULT_PORT
        return cls(enabled=settings.get_setting(KEY_ENABLED, "0") == "1",
                   host=settings.get_setting(KEY_HOST) or DEFAULT_HOST,
                   port=port if 0 < port < 65536 else DEFAULT_PORT,
                   secret=settings.get_setting(KEY_SECRET) or "",
                   public_host=settings.get_setting(KEY_PUBLIC_HOST) or "",
                   allowed=settings.get_setting(KEY_ALLOWED) or "",
                   desk_id=settings.get_setting(KEY_DESK) or "",
                   desk_name=settings.get_setting(KEY_DESK_NAME) or "")

    def save(self, settings: Settings) -> None:
        """All in one transaction (off the GUI thread when ``settings`` is StoreWrites)."""
        settings.set_settings(self.values())

    def values(self) -> dict[str, str]:
        return {KEY_ENABLED: "1" if self.enabled else "0", KEY_HOST: self.host,
                KEY_PORT: str(self.port), KEY_SECRET: self.secret,
                KEY_PUBLIC_HOST: self.public_host, KEY_ALLOWED: self.allowed,
                KEY_DESK: self.desk_id, KEY_DESK_NAME: self.desk_name}

    def receives_on(self, desk_id: str) -> bool:
        """Whether the desk ``desk_id`` of a team is the one that receives (any desk, until
        one is chosen)."""
        return not self.desk_id or self.desk_id == desk_id

    def with_secret(self) -> PushSettings:
        """These settings, with a secret made now if they have none yet."""
        return self if self.secret else dataclasses.replace(self, secret=new_push_secret())

    @property
    def path(self) -> str:
        return secret_push_path(self.secret)

    @property
    def listens_on_all_interfaces(self) -> bool:
        return self.host in ("0.0.0.0", "::", "")

    def url(self) -> str:
        """The exact address to register with the gateway.

        Its host is the public address the user gave (with its own port when it has one, for
        a router forwarding another port); else the address listened on; else this
        computer's name, which computers on the same network can reach.
        """
        public = self.public_host.strip().removeprefix("http://").rstrip("/")
        if public:
            try:
                has_port = urlsplit(f"//{public}").port is not None
            except ValueError:
                has_port = False
            if has_port:
                return f"http://{public}{self.path}"
            host = public
        elif not self.listens_on_all_interfaces:
            host = self.host
        else:
            host = socket.gethostname() or "127.0.0.1"
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.port}{self.path}"
