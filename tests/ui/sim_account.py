"""The simulator's test account (tests/ui/conftest.py's ``gateway``), named once for every
window test."""

ACCOUNT = "922011"
PASSWORD = "pw-for-tests-7731"
EXTNO = "1069012345"
SIGNATURE = "【聚合云信】"
