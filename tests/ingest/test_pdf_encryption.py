"""Encrypted PDFs: AES with an empty user password opens (the `cryptography` package
is a dependency); a PDF that needs a password, or AES without `cryptography`, is one
clear line and nothing else on stderr."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from dignity import ingest
from dignity.cli.main import app
from dignity.errors import InputError

SENTENCE = "He was held in solitary confinement for 23 hours a day."


def _pdf(make, name: str, *, user_password: str, algorithm: str):
    from pypdf import PdfWriter

    plain = make.pdf(f"plain-{name}", [[SENTENCE]])
    writer = PdfWriter(clone_from=str(plain))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm=algorithm)
    path = make.folder / name
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_encrypted_with_an_empty_user_password_opens(make, algorithm):
    doc = ingest.load(_pdf(make, "protected.pdf", user_password="", algorithm=algorithm))
    assert SENTENCE in " ".join(doc.text.split())


def test_cryptography_is_a_declared_dependency():
    import tomllib
    from pathlib import Path

    import dignity

    pyproject = Path(dignity.__file__).resolve().parent.parent / "pyproject.toml"
    if not pyproject.exists():
        pytest.skip(f"needs the source tree's pyproject.toml: not found at {pyproject}")
    deps = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    assert any(d.replace(" ", "").startswith(("cryptography", "pypdf[crypto]")) for d in deps), deps


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_a_pdf_that_needs_a_password_is_one_line(make, algorithm):
    path = _pdf(make, "locked.pdf", user_password="user-secret", algorithm=algorithm)
    r = CliRunner().invoke(app, ["extract", str(path)])
    assert r.exit_code == 2
    assert r.stderr == f"dignity: {path}: is encrypted (password-protected); decrypt it first\n"


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_without_cryptography_is_one_line(make, monkeypatch, algorithm):
    """As on a machine without `cryptography`: pypdf's fallback cannot do AES."""
    import pypdf._crypt_providers._fallback as fallback
    import pypdf._encryption as encryption

    path = _pdf(make, "aes.pdf", user_password="", algorithm=algorithm)
    for name in ("CryptAES", "aes_cbc_decrypt", "aes_cbc_encrypt", "aes_ecb_decrypt", "aes_ecb_encrypt"):
        monkeypatch.setattr(encryption, name, getattr(fallback, name))
    with pytest.raises(InputError) as info:
        ingest.load(path)
    assert info.value.problem == ("is encrypted with AES, which needs the 'cryptography' package to open "
                                  "(pip install cryptography)")
    r = CliRunner().invoke(app, ["extract", str(path)])
    assert r.exit_code == 2
    assert r.stderr == f"dignity: {path}: {info.value.problem}\n"
