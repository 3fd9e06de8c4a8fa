"""Look-up of cases in large registers: keyset pages, cancellable counts, bulk import.

``cases.list_cases`` pages with OFFSET, which rereads every skipped row; a register of
100,000 cases needs pages that start where the last one ended (keyset pagination over
an index on the sort column and the id) and searches that can be abandoned mid-scan
when the user types on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import String, and_, func, literal_column, or_, select, table, tuple_, type_coerce
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop import audit, rules
from desktop.domain import AIRiskTier, CaseStatus, Domain, Procedure, RiskLevel
from desktop.errors import QuorumError, RuleViolation, ValidationError
from desktop.models import Case
from desktop.services.committee import load_committee
from desktop.vault import Vault

# Sort keys the case table offers; each has an index (sort column, id) from migration 0002.
SORT_COLUMNS = {
    "reference": Case.reference,
    "title": Case.title,
    "applicant": Case.applicant,
    "status": Case.status,
    "procedure": Case.procedure,
    "received_on": Case.received_on,
    "due_at": Case.due_at,
}
NULLABLE = frozenset({"due_at"})
PAGE_LIMIT_MAX = 5000
# A search matching fewer than 1/SPARSE_RATIO of all cases scans and sorts instead.
SPARSE_RATIO = 50
# SQLite calls the progress handler every this many virtual-machine steps.
_CANCEL_CHECK_STEPS = 20_000


class SearchCancelled(QuorumError):
    template = "The search was cancelled."


@dataclass(frozen=True)
class CaseQuery:
    """What the case table shows: filters and order."""

    text: str = ""
    status: str | None = None
    domain: str | None = None
    order_by: str = "received_on"
    descending: bool = False

    def checked(self) -> CaseQuery:
        if self.order_by not in SORT_COLUMNS:
            raise ValidationError("Cannot sort cases by {col}.", col=self.order_by)
        if self.status and self.status not in {s.value for s in CaseStatus}:
            raise ValidationError("Unknown case status {status}.", status=self.status)
        if self.domain and self.domain not in {d.value for d in Domain}:
            raise ValidationError("Unknown review domain {domain}.", domain=self.domain)
        return self


@dataclass(frozen=True)
class CaseRow:
    """One line of the case table (no summary, documents or reviewers: cheap to read)."""

    id: str
    reference: str
    title: str
    applicant: str
    status: str
    procedure: str
    risk_level: str
    domains: tuple[str, ...]
    received_on: date
    due_at: datetime | None

    def sort_value(self, key: str) -> Any:
        return getattr(self, key)


# Where the next page starts: the sort value and id of the last row shown.
Cursor = tuple[Any, str]


@dataclass(frozen=True)
class CasePage:
    rows: tuple[CaseRow, ...]
    after: Cursor | None  # None: this was the last page


_ROW_COLUMNS = (
    Case.id,
    Case.reference,
    Case.title,
    Case.applicant,
    Case.status,
    Case.procedure,
    Case.risk_level,
    Case.domains,
    Case.received_on,
    Case.due_at,
)


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# The trigram index (migration 0004) answers substrings of three or more characters.
TEXT_INDEX_MIN = 3


def text_index_match(text: str):
    """Cases whose reference, title or applicant contains ``text`` (case-insensitive), via FTS5."""
    phrase = '"' + text.replace('"', '""') + '"'
    matches = (
        select(literal_column("rowid"))
        .select_from(table("case_text"))
        .where(literal_column("case_text").op("MATCH")(phrase))
    )
    return literal_column("case_file.rowid").in_(matches)


def case_filters(query: CaseQuery) -> list:
    """The WHERE clauses for a query's text, status and domain (one definition for every list)."""
    where = []
    text = query.text.strip()
    if len(text) >= TEXT_INDEX_MIN:
        where.append(text_index_match(text))
    elif text:
        like = _like_pattern(text)
        where.append(
            or_(
                Case.reference.like(like, escape="\\"),
                Case.title.like(like, escape="\\"),
                Case.applicant.like(like, escape="\\"),
            )
        )
    if query.status:
        where.append(Case.status == query.status)
    if query.domain:
        # type_coerce: compare the stored JSON text, not a JSON-encoded pattern
        where.append(type_coerce(Case.domains, String).like(f'%"{query.domain}"%'))
    return where


def _after(query: CaseQuery, cursor: Cursor, column):
    """Rows strictly after ``cursor`` in the query's order.

    SQLite sorts NULL first ascending and last descending; the row-value comparison
    lets it seek the (column, id) index instead of scanning from the start.
    """
    value, last_id = cursor
    if query.descending:
        if value is None:
            return and_(column.is_(None), Case.id < last_id)
        newer = tuple_(column, Case.id) < tuple_(value, last_id)
        return or_(newer, column.is_(None)) if query.order_by in NULLABLE else newer
    if value is None:
        return or_(and_(column.is_(None), Case.id > last_id), column.is_not(None))
    return tuple_(column, Case.id) > tuple_(value, last_id)


def _run_cancellable(session: Session, statement, cancelled: Callable[[], bool] | None):
    """Execute with SQLite's progress handler polling ``cancelled``; a True aborts the scan."""
    if cancelled is None:
        return session.execute(statement).all()
    if cancelled():
        raise SearchCancelled()
    raw = session.connection().connection.dbapi_connection
    raw.set_progress_handler(lambda: 1 if cancelled() else 0, _CANCEL_CHECK_STEPS)
    try:
        return session.execute(statement).all()
    except OperationalError:
        if cancelled():
            raise SearchCancelled() from None
        raise
    finally:
        raw.set_progress_handler(None, 0)


def _sparse(session: Session, query: CaseQuery, matching: int) -> bool:
    """Few matches for a filter no index serves: walking the sort index would visit most rows."""
    if not (query.text.strip() or query.domain):
        return False
    total = session.execute(select(func.count()).select_from(Case)).scalar_one()
    return matching * SPARSE_RATIO < total


def _unindexed(column):
    # SQLite's unary plus makes the column ineligible for an index, so the plan is scan + sort.
    return literal_column(f"+{column.table.name}.{column.name}", type_=column.type)


def page_cases(
    vault: Vault,
    query: CaseQuery,
    after: Cursor | None = None,
    limit: int = 200,
    cancelled: Callable[[], bool] | None = None,
    matching: int | None = None,
) -> CasePage:
    """One page of cases in the query's order, starting after ``after``.

    Each page costs an index seek, however deep into the register it lies. ``matching``
    (from ``count_matching``) lets a sparse text search scan and sort once instead of
    walking the whole index in order to find a few rows.
    Raises SearchCancelled when ``cancelled()`` turns true mid-query.
    """
    query = query.checked()
    if not 1 <= limit <= PAGE_LIMIT_MAX:
        raise ValidationError("A page holds 1 to {n} cases.", n=PAGE_LIMIT_MAX)
    column = SORT_COLUMNS[query.order_by]
    where = case_filters(query)
    with vault.session() as s:
        if matching is not None and _sparse(s, query, matching):
            column = _unindexed(column)
        if after is not None:
            where.append(_after(query, after, column))
        order = (column.desc(), Case.id.desc()) if query.descending else (column, Case.id)
        statement = select(*_ROW_COLUMNS).where(*where).order_by(*order).limit(limit + 1)
        found = _run_cancellable(s, statement, cancelled)
    rows = tuple(CaseRow(*r[:7], tuple(r.domains), r.received_on, r.due_at) for r in found[:limit])
    more = len(found) > limit
    return CasePage(rows, (rows[-1].sort_value(query.order_by), rows[-1].id) if more else None)


def count_matching(vault: Vault, query: CaseQuery, cancelled: Callable[[], bool] | None = None) -> int:
    """How many cases the query's filters match (a full scan for a text search)."""
    query = query.checked()
    statement = select(func.count()).select_from(Case).where(*case_filters(query))
    with vault.session() as s:
        return _run_cancellable(s, statement, cancelled)[0][0]


def _enum_value(kind, value: Any, what: str) -> str:
    try:
        return kind(value).value
    except ValueError:
        raise ValidationError("{value!r} is not a valid {what}.", value=value, what=what) from None


@lru_cache(maxsize=64)
def _verdict(procedure: str, risk: str, emergency: bool) -> rules.Verdict:
    facts = rules.CaseFacts(risk=RiskLevel(risk), public_emergency=emergency)
    return rules.procedure_verdict(Procedure(procedure), facts)


def _bulk_row(raw: Mapping[str, Any], committee_id: str, now: datetime) -> dict:
    reference = str(raw.get("reference", "")).strip()
    title = str(raw.get("title", "")).strip()
    applicant = str(raw.get("applicant", "")).strip()
    if not reference or not title or not applicant:
        raise ValidationError("A case needs a reference number, a title and an applicant.")
    domains = sorted({_enum_value(Domain, d, "domain") for d in raw.get("domains", ())} | {"general"})
    risk = _enum_value(RiskLevel, raw.get("risk_level"), "risk level")
    procedure = _enum_value(Procedure, raw.get("procedure", "general"), "procedure")
    verdict = _verdict(procedure, risk, bool(raw.get("public_emergency")))
    if not verdict.allowed:
        raise RuleViolation(
            "The {procedure} procedure may not be used for this case: {why} ({basis}).",
            procedure=procedure,
            why="; ".join(r.message for r in verdict.reasons),
            basis=verdict.basis,
        )
    tier = raw.get("ai_risk_tier")
    return {
        "id": raw.get("id") or None,
        "committee_id": committee_id,
        "reference": reference,
        "title": title,
        "applicant": applicant,
        "institution": str(raw.get("institution", "")).strip(),
        "summary": str(raw.get("summary", "")).strip(),
        "domains": domains,
        "involves_humans": bool(raw.get("involves_humans", False)),
        "risk_level": risk,
        "ai_risk_tier": _enum_value(AIRiskTier, tier, "AI risk tier") if tier else None,
        "rereview_items": [],
        "is_minor_amendment": False,
        "public_emergency": bool(raw.get("public_emergency", False)),
        "procedure": procedure,
        "materials": sorted(set(raw.get("materials", ()))),
        "received_on": raw.get("received_on") or now.date(),
        "accepted_at": raw.get("accepted_at"),
        "due_at": raw.get("due_at"),
        "status": _enum_value(CaseStatus, raw.get("status", "received"), "case status"),
        "created_at": now,
    }


def bulk_add_cases(
    vault: Vault,
    rows: Iterable[Mapping[str, Any]],
    actor: str = "secretary",
    progress: Callable[[int], None] | None = None,
    batch: int = 5000,
) -> int:
    """Import a register of existing cases in one transaction: all rows or none.

    For moving a committee's earlier register into Quorum (and for benchmarks). Each row
    is a mapping with the fields of ``cases.add_case`` plus optional status, accepted_at and
    due_at. One audit event records the import. Returns the number of cases added.
    """
    from desktop.models.base import new_id

    now = datetime.now(UTC)
    added = 0
    with vault.session() as s:
        committee_id = load_committee(s).id
        seen = set(s.execute(select(Case.reference)).scalars())
        pending: list[dict] = []
        # Core executemany: one prepared statement for the batch, no ORM unit-of-work per row.
        connection, table = s.connection(), Case.__table__
        for raw in rows:
            row = _bulk_row(raw, committee_id, now)
            row["id"] = row["id"] or new_id()
            if row["reference"] in seen:
                raise ValidationError("A case with reference {ref} already exists.", ref=row["reference"])
            seen.add(row["reference"])
            pending.append(row)
            if len(pending) >= batch:
                connection.execute(table.insert(), pending)
                added += len(pending)
                pending.clear()
                if progress:
                    progress(added)
        if pending:
            connection.execute(table.insert(), pending)
            added += len(pending)
            if progress:
                progress(added)
        audit.record(s, actor, "case.bulk_add", "committee", committee_id, {"cases": added})
    return added
