"""The migration behind saving a campaign in steps (campaign_saving.py).

``campaign_saving``: one row per campaign whose batches are not all written yet, with how
many batches and messages it will have once they are. The step that writes the last batch
deletes the row. A row left behind (the app died, or the disk failed, while saving) says
that the campaign is incomplete and by how much; a campaign with a row is never 'done'.
The same SQL runs on both backends (pg_schema.postgres_ddl).
"""

from __future__ import annotations

CAMPAIGN_SAVING = """
CREATE TABLE campaign_saving (
    campaign_id INTEGER PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
    batches     INTEGER NOT NULL,
    messages    INTEGER NOT NULL
);
"""
