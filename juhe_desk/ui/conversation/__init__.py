"""The parts of a conversation in the inbox: the reply box, sending a reply, quick replies."""
