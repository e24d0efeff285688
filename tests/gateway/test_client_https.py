"""https:// gateways work: the client verifies the certificate and speaks the same protocol."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from juhe_desk.gateway import GatewayClient, GatewayError
from juhe_desk.gateway.simulator import GatewaySimulator, SimAccount

ACCOUNT, PASSWORD, EXTNO = "922011", "pw-https-5", "1069012345"


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture
def https_gateway(tmp_path: Path) -> Iterator[tuple[GatewaySimulator, Path]]:
    cert, key = self_signed_certificate(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with GatewaySimulator(port=0, tls=context) as sim:
        sim.add_account(SimAccount(account=ACCOUNT, password=PASSWORD, extno=EXTNO))
        yield sim, cert


def test_every_day_actions_over_https(https_gateway: tuple[GatewaySimulator, Path],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    sim, cert = https_gateway
    assert sim.base_url.startswith("https://")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))  # trust our test certificate
    with GatewayClient(sim.base_url, ACCOUNT, PASSWORD) as client:
        assert client.balance().balance == 1_000_000
        outcome = client.send(["13800000001"], "你好", EXTNO)
        assert outcome[0].accepted
    assert [s.mobile for s in sim.submissions(ACCOUNT)] == ["13800000001"]


def test_an_untrusted_certificate_is_refused_and_nothing_is_sent(
        https_gateway: tuple[GatewaySimulator, Path]) -> None:
    sim, _ = https_gateway
    with GatewayClient(sim.base_url, ACCOUNT, PASSWORD) as client, \
            pytest.raises(GatewayError) as caught:
        client.send(["13800000001"], "你好", EXTNO)
    assert not caught.value.may_have_reached_gateway
    assert PASSWORD not in str(caught.value)
    assert sim.submissions(ACCOUNT) == []
