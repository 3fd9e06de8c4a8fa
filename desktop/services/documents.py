"""Documents of a case, stored encrypted in chunks; opened into memory only."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from desktop import audit
from desktop.errors import NotFound, ValidationError
from desktop.models import Document, DocumentVersion
from desktop.services.cases import load_case
from desktop.services.committee import load_committee
from desktop.services.views import DocumentVersionView, DocumentView
from desktop.vault import Vault

KINDS = ("protocol", "consent", "attachment", "note", "report", "correspondence")


def _version_view(v: DocumentVersion) -> DocumentVersionView:
    return DocumentVersionView(v.id, v.number, v.size, v.sha256, v.media_type, v.original_name, v.imported_at)


def _document_view(d: Document) -> DocumentView:
    return DocumentView(d.id, d.case_id, d.title, d.kind, tuple(_version_view(v) for v in d.versions))


def size_limit(vault: Vault) -> int:
    """The committee's largest accepted document, in bytes."""
    with vault.session() as s:
        settings = load_committee(s).settings
    return int(float(settings.get("max_document_mb", 200)) * 1_000_000)


def import_stream(
    vault: Vault,
    case_id: str,
    source: BinaryIO,
    original_name: str,
    *,
    title: str | None = None,
    kind: str = "attachment",
    media_type: str | None = None,
    document_id: str | None = None,
    actor: str = "secretary",
    progress: Callable[[int], None] | None = None,
) -> DocumentView:
    """Store a new document, or a new version of ``document_id``. Streams: the file
    is never whole in memory. The blob is written first and removed if the record fails."""
    if kind not in KINDS:
        raise ValidationError(
            "Unknown document kind {kind}; use one of: {kinds}.", kind=kind, kinds=", ".join(KINDS)
        )
    with vault.session() as s:  # validate before spending time on the bytes
        load_case(s, case_id)
    media_type = media_type or mimetypes.guess_type(original_name)[0] or "application/octet-stream"
    stored = vault.blobs.write(source, max_size=size_limit(vault), progress=progress)
    try:
        with vault.session() as s:
            case = load_case(s, case_id)
            if document_id:
                document = s.get(Document, document_id)
                if document is None or document.case_id != case.id:
                    raise NotFound(what="Document", key=document_id)
            else:
                document = Document(
                    case_id=case.id, title=(title or Path(original_name).stem).strip(), kind=kind
                )
                s.add(document)
                s.flush()
            number = 1 + max((v.number for v in document.versions), default=0)
            version = DocumentVersion(
                document_id=document.id,
                number=number,
                blob_id=stored.blob_id,
                blob_key=stored.key,
                chunk_size=stored.chunk_size,
                size=stored.size,
                sha256=stored.sha256,
                media_type=media_type,
                original_name=Path(original_name).name,
                imported_by=actor,
            )
            s.add(version)
            s.flush()
            audit.record(
                s,
                actor,
                "document.add",
                "document",
                document.id,
                {"version": number, "sha256": stored.sha256, "size": stored.size},
            )
            s.refresh(document)
            return _document_view(document)
    except BaseException:
        vault.blobs.delete(stored.blob_id)
        raise


def import_file(vault: Vault, case_id: str, path: str | Path, **kwargs) -> DocumentView:
    """Import the file at ``path`` as a document (or a new version) of the case; a missing file or
    one over the size limit is refused before anything is written."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError("No such file: {path}", path=str(path))
    limit = size_limit(vault)
    if path.stat().st_size > limit:
        raise ValidationError(
            "The document is larger than the limit of {limit} MB.", limit=round(limit / 1e6, 1)
        )
    with open(path, "rb") as fh:
        return import_stream(vault, case_id, fh, path.name, **kwargs)


def list_documents(vault: Vault, case_id: str) -> list[DocumentView]:
    """The case's documents with all their versions, oldest first."""
    with vault.session() as s:
        case = load_case(s, case_id)
        docs = s.execute(
            select(Document).where(Document.case_id == case.id).order_by(Document.created_at)
        ).scalars()
        return [_document_view(d) for d in docs]


def read_version(vault: Vault, version_id: str) -> bytearray:
    """The decrypted bytes, in memory only. Every chunk is authenticated (AES-GCM, bound to
    this version's key, its position and the end of file), so no separate hash pass is needed."""
    with vault.session() as s:
        version = s.get(DocumentVersion, version_id)
        if version is None:
            raise NotFound(what="Document version", key=version_id)
        blob_id, key, size = version.blob_id, version.blob_key, version.size
    return vault.blobs.read_all(blob_id, key, size)
