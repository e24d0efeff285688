"""The parts of the Send tab: recipients, message text, the send itself and its dialogs."""
