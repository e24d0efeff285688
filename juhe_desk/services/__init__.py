"""Jobs that combine the gateway, the domain rules and the store. Plain Python, no Qt.

The UI runs them in its worker threads; tests run them directly.
"""
