"""After a send stopped by a failure (a full disk...): the numbers whose answer was not stored.

The batches the journal still has as "sending" went out, but their answer could not be
stored: the results show their numbers as uncertain. The journal is read in a job.
"""

from __future__ import annotations

from juhe_desk.ui.models.results_model import ResultsModel
from juhe_desk.ui.session import Session
from juhe_desk.ui.tasks import TaskContext


def mark_unrecorded(session: Session, results: ResultsModel, campaign_id: int) -> None:
    store = session.store

    def job(ctx: TaskContext) -> list[int]:
        return [b.id for b in store.campaign_batches(campaign_id) if b.state == "sending"]

    def done(batch_ids: list[int]) -> None:
        if results.campaign_id == campaign_id:  # not another send's meanwhile
            results.mark_unrecorded(batch_ids)

    session.runner.submit(job, on_result=done)
