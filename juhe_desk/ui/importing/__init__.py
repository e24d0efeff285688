"""The parts of the Bulk import tab: file, message, preview, pre-send check, campaign."""
