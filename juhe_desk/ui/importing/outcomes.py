"""The outcome words of sent messages in the interface's language (GUI thread: translators).

The rules that use them (which word for which message, the rows of an export) are plain
Python in ``juhe_desk.services.outcomes``.
"""

from __future__ import annotations

from juhe_desk.services.outcomes import OutcomeWords
from juhe_desk.ui.i18n import translator_for

_tr = translator_for("Outcomes")


def outcome_words(language: str) -> OutcomeWords:
    """The words in the interface's language (GUI thread: uses the translators)."""
    return OutcomeWords(
        language=language, waiting=_tr("Waiting"), not_sent=_tr("Not sent"),
        submitted=_tr("Sent, no report yet"), delivered=_tr("Delivered"),
        failed=_tr("Failed"), refused=_tr("Refused by the gateway"),
        uncertain=_tr("Uncertain"),
        uncertain_reason=_tr("The gateway did not answer in time: it may or may not have "
                             "sent it. Wait for the delivery report before sending again."),
        opted_out=_tr("Not sent: opted out"),
        opted_out_reason=_tr("The number opted out after it was chosen (a reply such as R, or "
                             "added to the opt-out list), so it was not sent."))
