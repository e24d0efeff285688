"""https:// gateways work: the client verifies the certificate and speaks the same protocol."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from juhe_desk.gateway import CertificateError, GatewayClient, GatewayError, RetryPolicy
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
    pauses: list[float] = []
    with GatewayClient(sim.base_url, ACCOUNT, PASSWORD,
                       retry=RetryPolicy(sleep=pauses.append)) as client, \
            pytest.raises(GatewayError) as caught:
        client.send(["13800000001"], "你好", EXTNO)
    error = caught.value
    assert isinstance(error, CertificateError)
    assert not error.may_have_reached_gateway
    assert PASSWORD not in str(error)
    assert sim.submissions(ACCOUNT) == []
    assert pauses == []  # not tried again: the same certificate fails the same way
    host = sim.base_url.removeprefix("https://")
    # In words, naming the host, and not the "cannot connect, check the network" message.
    assert error.text("zh_CN").startswith("证书无效") and f"：{host}。" in error.text("zh_CN")
    assert "自签名" in error.text("zh_CN") and "无法连接" not in error.text("zh_CN")
    assert error.text("en").startswith("The certificate is not valid")
    assert f": {host}." in error.text("en") and "self-signed" in error.text("en")
    assert "Cannot connect" not in error.text("en")


def test_a_certificate_for_another_host_is_named_as_such(
        https_gateway: tuple[GatewaySimulator, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    sim, cert = https_gateway
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))  # trusted, but made for 127.0.0.1
    other_name = sim.base_url.replace("127.0.0.1", "localhost")
    with GatewayClient(other_name, ACCOUNT, PASSWORD) as client, \
            pytest.raises(CertificateError) as caught:
        client.balance()
    assert caught.value.host.startswith("localhost:")
    assert "证书不属于这个地址" in caught.value.text("zh_CN")
    assert "does not belong to this address" in caught.value.text("en")


def test_a_plain_http_gateway_never_looks_for_the_certificate_bundle(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """requests looks at a bundle named in the environment on the disk before every request
    (os.path.isdir): a send worker's thread then waits for the disk and for Python's lock
    again, for a certificate an http:// gateway does not have."""
    bundle = tmp_path / "bundle.pem"
    bundle.write_text("")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    looked_at: list[str] = []
    isdir = os.path.isdir

    def counted_isdir(path: str) -> bool:
        looked_at.append(str(path))
        return isdir(path)
    with GatewaySimulator(port=0) as sim, GatewayClient(sim.base_url, ACCOUNT, PASSWORD) as client:
        sim.add_account(SimAccount(account=ACCOUNT, password=PASSWORD, extno=EXTNO))
        monkeypatch.setattr(os.path, "isdir", counted_isdir)
        outcomes = [client.send([f"1380000000{i}"], "你好", EXTNO) for i in range(3)]
    assert all(outcome[0].accepted for outcome in outcomes)
    assert str(bundle) not in looked_at
