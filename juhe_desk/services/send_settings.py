"""How a campaign of the bulk tab is sent: requests at a time and the pause between them.

The user sets both in the campaign panel; they are kept in the store's settings as text, and
read back here, within their limits, whatever the settings table holds.
"""

from __future__ import annotations

from juhe_desk.services.sending import DEFAULT_PARALLEL, SendOptions
from juhe_desk.store.settings import SettingsReader

PARALLEL_SETTING = "campaign.parallel"
PACING_SETTING = "campaign.pacing_s"
MIN_PARALLEL, MAX_PARALLEL = 1, 8
MAX_PACING_S = 60.0


def send_options(settings: SettingsReader) -> SendOptions:
    """Parallel requests and pacing from the settings (defaults: 2 at a time, no pause)."""
    try:
        parallel = int(settings.get_setting(PARALLEL_SETTING) or DEFAULT_PARALLEL)
        pacing = float(settings.get_setting(PACING_SETTING) or 0)
    except ValueError:
        parallel, pacing = DEFAULT_PARALLEL, 0.0
    return SendOptions(parallel=min(MAX_PARALLEL, max(MIN_PARALLEL, parallel)),
                       pacing_s=min(MAX_PACING_S, max(0.0, pacing)))
