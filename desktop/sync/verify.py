"""Verifying a decision bundle: every signature and every rule the bundle lets one check.

Pure Python over plain data. The registry calls it with the keys the committee enrolled;
the desktop calls it offline (``import-decision``) with the keys inside the bundle, trusted
because the registry's signed receipt vouches that it checked them. Rules come from
``desktop.rules`` at the regulation floors (a committee's charter may only be stricter).
The checks are listed, in order, in docs/bundle-format.md.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from dataclasses import dataclass
from datetime import datetime

from desktop import custody, rules, signing
from desktop.domain import (
    APPROVING_DECISIONS,
    DecisionStatus,
    DecisionType,
    Standing,
    SubmissionKind,
    VoteChoice,
)
from desktop.errors import QuorumError, SignatureError
from desktop.rules import basis, lifecycle
from desktop.rules.charter import BOTH, REGIMES, STER, Charter
from desktop.sync import shape
from desktop.sync.bundleformat import BUNDLE_FORMAT, digest, is_meeting_decision, statement_digest
from desktop.sync.keybook import KeyBook, MemberKey
from desktop.sync.shape import BundleRejected

BUNDLE_KEYS = {
    "format",
    "decision_id",
    "committee",
    "case",
    "members",
    "declarations",
    "attendance",
    "votes",
    "decision",
    "supersedes",
}
STATEMENT_KEYS = {
    "type",
    "kind",
    "meaning",
    "committee",
    "case",
    "case_reference",
    "meeting",
    "signer",
    "signed_at",
    "content",
}
STATEMENT_KEYS_HEAD = STATEMENT_KEYS | {"audit_head"}
ENTRY_KEYS = {"statement", "signature"}
SIGNER_KEYS = {"id", "name", "role", "key"}
DECLARATION_KEYS = frozenset({"member", "has_conflict"})
SIGNER_OPTIONAL = {"alg", "custody"}  # absent in statements signed before key custody: Ed25519
SIGNER_ALL = SIGNER_KEYS | SIGNER_OPTIONAL
_VOTE_CHOICES = {c.value: c for c in VoteChoice}  # a dict read: the Enum call is slow
MAX_SIGNATURE = 80  # Ed25519 64 bytes; a DER ECDSA P-256 signature at most 72
CASE_KEYS = {
    "id",
    "reference",
    "title",
    "institution",
    "domains",
    "risk_level",
    "ai_risk_tier",
    "procedure",
    "rereview_items",
    "received_on",
    "accepted_at",
}
COMMON_CONTENT = {
    "decision_id",
    "case_digest",
    "declarations_digest",
    "decision_type",
    "conditions",
    "reasons",
    "follow_up_months",
    "follow_up_due",
    "procedure",
    "status",
    "tally",
    "supersedes",
    "basis",
}
MEETING_CONTENT = COMMON_CONTENT | {"quorum", "attending", "recused", "votes"}
# Signed since the regimes (section 3.1): all three or none; a decision without them was made
# under STER before the committee's regime and non-votes were signed, and is read as such.
REGIME_FACTS = {"regime", "all_members", "not_voting"}
REREVIEW_CONTENT = COMMON_CONTENT | {"rereview"}
# A decision on a submission linked to an approved activity (section 3.3): at a meeting, or
# under the simplified procedure with its reviewers' signed opinions (kept in the vault).
LIFECYCLE = {"submission", "standing"}
LIFECYCLE_MEETING_CONTENT = MEETING_CONTENT | LIFECYCLE
LIFECYCLE_SIMPLIFIED_CONTENT = COMMON_CONTENT | LIFECYCLE | {"reviewers", "opinions"}


@dataclass(frozen=True)
class VerifiedBundle:
    decision_id: str
    bundle_hash: str
    committee: dict
    case: dict
    meeting_id: str | None
    decision_type: str
    status: str
    supersedes: str | None
    signer_id: str
    signed_at: str
    kind: str  # "meeting", "rereview" or "submission"
    audit_head: dict | None = None  # the committee's audit trail head the decision witnessed
    submission: dict | None = None  # {"id", "kind", "reference", "received_on"} of a linked submission
    standing: str | None = None  # the activity's standing the decision states (linked submissions)
    # The verified statements' bodies by their exact text, so later checks parse none again.
    statements: dict[str, dict] = dataclasses.field(default_factory=dict, compare=False, repr=False)
    # Every signed statement the bundle carries, verified (its blocks have fixed fields, so there
    # is no other), for checks beyond the bundle itself (the registry's clock rules).
    parts: tuple[SignedPart, ...] = dataclasses.field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class SignedPart:
    body: dict
    key: MemberKey
    text: str  # the signed statement as the bundle has it
    signature: bytes = dataclasses.field(repr=False)
    signed_at: datetime | None = dataclasses.field(default=None, compare=False, repr=False)

    @functools.cached_property
    def digest(self) -> str:
        """What a decision lists its votes by (only votes are asked: computed when asked)."""
        return statement_digest(self.text.encode("utf-8"), self.signature)

    @property
    def signer(self) -> str:
        return self.body["signer"]["id"]

    @property
    def content(self) -> dict:
        return self.body["content"]


def _rule(template: str, **params: object) -> BundleRejected:
    return BundleRejected("rule", template, **params)


def signed_statement(
    entry: object,
    where: str,
    kind: str,
    committee_id: str,
    book: KeyBook,
    canonical: dict[str, dict] | None = None,
) -> SignedPart:
    """Parse and verify one signed statement of the given kind against the key book.
    ``canonical``: bodies by statement text already found canonical (``canonical_bodies``)."""
    # Each shape check first tests the common case inline and calls the shape function, which
    # raises the same reason as always, only when it fails (a bundle has ~20 statements).
    if type(entry) is not dict or entry.keys() != ENTRY_KEYS:
        entry = shape.obj(entry, where, ENTRY_KEYS)
    text = entry["statement"]
    if type(text) is not str:
        shape.text(text, f"{where}.statement")
    statement = text.encode("utf-8")
    signature = shape.unb64(entry["signature"])
    if signature is None:
        signature = shape.b64bytes(entry["signature"], f"{where}.signature")
    if not 8 <= len(signature) <= MAX_SIGNATURE:
        raise shape.schema("{where}.signature has an impossible length.", where=where)
    body = canonical.get(text) if canonical else None
    if body is None:
        body = shape.parse_canonical(statement, f"{where}.statement")
    # The audit head is optional so statements signed before it existed still verify.
    if body.keys() != STATEMENT_KEYS and body.keys() != STATEMENT_KEYS_HEAD:
        shape.obj(body, f"{where}.statement", STATEMENT_KEYS | ({"audit_head"} & set(body)))
    if "audit_head" in body and not shape.is_audit_head(body["audit_head"]):
        shape.audit_head(body["audit_head"], f"{where}.audit_head")
    if body["type"] != signing.STATEMENT_VERSION or body["kind"] != kind:
        raise shape.schema("{where} must be a {kind} statement.", where=where, kind=kind)
    if body["meaning"] != signing.MEANINGS[kind]:
        raise shape.schema("{where} states the wrong meaning for a {kind}.", where=where, kind=kind)
    if body["committee"] != committee_id:
        raise BundleRejected("mismatch", "{where} was signed for another committee.", where=where)
    for field in ("case", "case_reference", "meeting"):
        if body[field] is not None and not isinstance(body[field], str):
            shape.text(body[field], f"{where}.{field}", nullable=True)
    signer = body["signer"]
    if not isinstance(signer, dict) or not SIGNER_KEYS <= signer.keys() <= SIGNER_ALL:
        signer = shape.obj(signer, f"{where}.signer")
        shape.obj(signer, f"{where}.signer", SIGNER_KEYS | (set(signer) & SIGNER_OPTIONAL))
    values = signer.values()
    if not all(type(value) is str for value in values) or "" in values:
        for field in sorted(signer):
            shape.text(signer[field], f"{where}.signer.{field}", empty=False)
    if signer.get("custody", custody.SHARED_LAPTOP) not in custody.CUSTODIES:
        raise shape.schema("{where}.signer.custody names an unknown key custody.", where=where)
    signed_at = shape.utc_time(body["signed_at"]) or shape.timestamp(body["signed_at"], f"{where}.signed_at")
    if not isinstance(body["content"], dict):
        shape.obj(body["content"], f"{where}.content")
    key = book.member_key(committee_id, signer["id"], signer["key"], signed_at)
    if signer["name"] != key.name or signer["role"] != key.role:
        raise BundleRejected(
            "mismatch", "{where} names its signer differently from the enrolled record.", where=where
        )
    if signing.statement_algorithm(body) != key.algorithm:
        raise BundleRejected(
            "mismatch", "{where} names another signature algorithm than its enrolled key.", where=where
        )
    # verify_parsed's checks, the ones above not already made: the key named is the enrolled key
    if signer["key"] != key.key_id or not key.id_matches:
        raise BundleRejected("bad_signature", "Bad signature on {where}.", where=where)
    try:
        custody.verify_loaded(key.verifier, signature, statement)
    except SignatureError:
        raise BundleRejected("bad_signature", "Bad signature on {where}.", where=where) from None
    return SignedPart(body, key, text, signature, signed_at)


def _check_case(case: object) -> dict:
    case = shape.obj(case, "case", CASE_KEYS)
    for field in ("id", "reference", "title", "risk_level", "procedure", "received_on"):
        shape.text(case[field], f"case.{field}", empty=False)
    shape.text(case["institution"], "case.institution")
    shape.text(case["ai_risk_tier"], "case.ai_risk_tier", nullable=True)
    shape.text(case["accepted_at"], "case.accepted_at", nullable=True)
    shape.texts(case["domains"], "case.domains")
    shape.texts(case["rereview_items"], "case.rereview_items")
    return case


def _check_terms(content: dict, case: dict, linked: bool = False) -> tuple[str, str]:
    try:
        dtype = DecisionType(shape.text(content["decision_type"], "decision_type"))
        status = DecisionStatus(shape.text(content["status"], "status"))
    except ValueError:
        raise shape.schema("The decision names an unknown decision type or status.") from None
    reasons = shape.text(content["reasons"], "reasons")
    conditions = shape.text(content["conditions"], "conditions")
    if dtype is not DecisionType.APPROVE and not reasons.strip():
        raise _rule("A decision other than approval must give its reasons ({basis}).", basis=basis.APPROVAL)
    if dtype is DecisionType.APPROVE_AFTER_MODIFICATION and not conditions.strip():
        raise _rule("Approval after modification must list the modifications.")
    months = shape.integer(content["follow_up_months"], "follow_up_months", nullable=True, low=1)
    shape.text(content["follow_up_due"], "follow_up_due", nullable=True)
    live = content.get("standing") in ("approved", "approved_with_conditions") if linked else True
    if (
        dtype in APPROVING_DECISIONS
        and live
        and (months is None or months > rules.DEFAULT_CHARTER.follow_up_max_months)
    ):
        raise _rule("An approval needs a follow-up review within 12 months ({basis}).", basis=basis.FOLLOW_UP)
    if linked:  # a linked submission takes its own procedure (section 3.3)
        if content["procedure"] not in ("general", "simplified"):
            raise shape.schema("A linked submission is decided under the general or simplified procedure.")
        if content["status"] != DecisionStatus.FINAL.value:
            raise _rule("A decision on a linked submission is final.")
    elif content["procedure"] != case["procedure"]:
        raise BundleRejected("mismatch", "The decision names a different procedure from the case.")
    shape.text(content["basis"], "basis")
    return dtype.value, status.value


def _regime_facts(content: dict, committee_id: str, book: KeyBook) -> tuple[Charter, int | None, dict]:
    """The rules a meeting decision is judged by: its signed regime at the regulation floors,
    the count of all members, and the recorded non-votes ({member: reason})."""
    present = REGIME_FACTS & set(content)
    if not present:  # older decisions: STER, non-votes not signed
        regime, all_members, not_voting = STER, None, None
    elif present != REGIME_FACTS:
        raise shape.schema("A decision names its regime, all members and non-votes together.")
    else:
        regime = shape.text(content["regime"], "regime")
        if regime not in REGIMES:
            raise shape.schema("The decision names an unknown regime {regime}.", regime=regime[:16])
        all_members = shape.integer(content["all_members"], "all_members", low=1)
        not_voting = {}
        for i, entry in enumerate(shape.array(content["not_voting"], "not_voting")):
            entry = shape.obj(entry, f"not_voting[{i}]", {"member", "reason"})
            member = shape.text(entry["member"], f"not_voting[{i}].member", empty=False)
            if not shape.text(entry["reason"], f"not_voting[{i}].reason").strip():
                raise _rule("A member recorded as not voting needs a reason.")
            not_voting[member] = entry["reason"]
        shape.sorted_unique([e["member"] for e in content["not_voting"]], "not_voting")
    enrolled = getattr(book, "committee_regime", None)
    required = enrolled(committee_id) if enrolled else None
    if required is not None and not covers(regime, required):
        raise BundleRejected(
            "mismatch",
            "The decision was judged under {regime}; the committee's enrolled charter is under {enrolled}.",
            regime=regime,
            enrolled=required,
        )
    charter = _CHARTERS.get(regime)
    if charter is None:
        charter = _CHARTERS[regime] = Charter(regime=regime)
    return charter, all_members, not_voting


_CHARTERS: dict[str, Charter] = {}  # one per regime, validated once (a Charter is immutable)


def covers(regime: str, required: str) -> bool:
    """Whether rules under ``regime`` include all of ``required``'s (both includes either)."""
    return regime == required or regime == BOTH


def _check_meeting(
    content: dict,
    decision: SignedPart,
    bundle: dict,
    case: dict,
    committee_id: str,
    book: KeyBook,
    canonical: dict[str, dict] | None = None,
) -> list[SignedPart]:
    """Attendance, declarations, votes, quorum and threshold of a meeting decision."""
    meeting = decision.body["meeting"]
    if not meeting:
        raise shape.schema("A meeting decision must name its meeting.")
    attending = shape.texts(content["attending"], "attending")
    recused = shape.texts(content["recused"], "recused")
    vote_digests = shape.texts(content["votes"], "votes")
    for values, where in ((attending, "attending"), (recused, "recused")):
        shape.sorted_unique(values, where)

    charter, all_members, not_voting = _regime_facts(content, committee_id, book)
    signed = []
    attendance = [
        signed_statement(e, f"attendance[{i}]", "attendance", committee_id, book, canonical)
        for i, e in enumerate(shape.array(bundle["attendance"], "attendance"))
    ]
    for a in attendance:
        if a.body["meeting"] != meeting or a.body["case"] is not None:
            raise BundleRejected("mismatch", "An attendance statement is for another meeting.")
    if [a.signer for a in attendance] != attending:
        raise BundleRejected(
            "mismatch", "The signed attendance does not match the decision's attending list."
        )

    declarations = shape.array(bundle["declarations"], "declarations")
    for i, d in enumerate(declarations):
        if (
            type(d) is dict
            and d.keys() == DECLARATION_KEYS
            and type(d["member"]) is str
            and d["member"]
            and type(d["has_conflict"]) is bool
        ):
            continue  # well formed; anything else gets the checks below, which name the reason
        shape.obj(d, f"declarations[{i}]", {"member", "has_conflict"})
        shape.text(d["member"], f"declarations[{i}].member", empty=False)
        shape.boolean(d["has_conflict"], f"declarations[{i}].has_conflict")
    declared = [d["member"] for d in declarations]
    shape.sorted_unique(declared, "declarations")
    if digest(declarations) != content["declarations_digest"]:
        raise BundleRejected("mismatch", "The declarations are not the ones the presiding member signed.")
    if sorted(d["member"] for d in declarations if d["has_conflict"]) != recused:
        raise _rule(
            "The recused members are not exactly those who declared a conflict ({basis}).",
            basis=basis.RECUSAL,
        )

    votes = [
        signed_statement(e, f"votes[{i}]", "vote", committee_id, book, canonical)
        for i, e in enumerate(shape.array(bundle["votes"], "votes"))
    ]
    voters = [v.signer for v in votes]
    shape.sorted_unique(voters, "votes (by member)")
    if [v.digest for v in votes] != vote_digests:
        raise BundleRejected("mismatch", "The votes are not the ones the presiding member's decision counts.")
    people = {a.signer: a.key.person() for a in attendance}
    choices = {}
    for v in votes:
        if v.body["meeting"] != meeting or v.body["case"] != case["id"]:
            raise BundleRejected("mismatch", "A vote was cast in another meeting or on another case.")
        if v.signer not in people:
            raise _rule("A member voted without attending ({basis}).", basis=basis.VOTING)
        if v.signer in recused:
            raise _rule("A recused member voted ({basis}).", basis=basis.RECUSAL)
        if not people[v.signer].votes:
            raise _rule(
                "A consultant voted; consultants advise but do not vote ({basis}).", basis=basis.CONSULTANTS
            )
        if v.signer not in declared:
            raise _rule("A member voted without declaring conflicts of interest.")
        try:
            choice = v.content.get("choice")
            found = _VOTE_CHOICES.get(choice) if type(choice) is str else None
            choices[v.signer] = found if found is not None else VoteChoice(shape.text(choice, "vote choice"))
        except ValueError:
            raise shape.schema("A vote names an unknown choice.") from None
        signed.append(v)

    eligible = [m for m in attending if people[m].votes and m not in recused]
    if not_voting is not None:
        if not set(not_voting) <= set(eligible) or set(not_voting) & set(choices):
            raise _rule(
                "Only an eligible member present who did not vote can be recorded as not voting ({basis}).",
                basis=basis.VOTES_COMPLETE,
            )
        missing = sorted(set(eligible) - set(choices) - set(not_voting))
        if missing:
            raise _rule(
                "Every eligible member present must vote or be recorded as not voting; "
                "unaccounted: {members} ({basis}).",
                members=", ".join(missing),
                basis=basis.VOTES_COMPLETE,
            )
    try:
        quorum = rules.quorum(people.values(), charter, recused, all_members)
        outcome = rules.tally(choices, eligible, charter, all_members)
    except QuorumError as exc:
        raise _rule("The votes cannot be counted: {detail}", detail=exc.message) from None
    if not quorum.met:
        raise _rule(
            "No quorum: {missing} ({basis}).",
            missing="; ".join(s.message for s in quorum.shortfalls),
            basis=quorum.basis,
        )
    if content["quorum"] != {"met": True, "counted": sorted(quorum.counted)}:
        raise BundleRejected("mismatch", "The decision's quorum facts do not match its attendance.")
    presiding = decision.key.person()
    chair_counted = any(people[m].role.value == "chair" for m in quorum.counted)
    if decision.signer not in quorum.counted or not (
        presiding.role.value == "chair" or (presiding.role.value == "vice_chair" and not chair_counted)
    ):
        raise _rule(
            "Only the presiding chair (or a vice-chair standing in) records the decision ({basis}).",
            basis=basis.PRESIDING,
        )
    if not outcome.reached or outcome.decision.value != content["decision_type"]:
        raise _rule(
            "The votes do not reach this decision: {reason} ({basis}).",
            reason=outcome.reason,
            basis=outcome.basis,
        )
    tally = shape.obj(content["tally"], "tally", {"counts", "eligible", "needed", "cast"})
    needed = shape.integer(tally["needed"], "tally.needed", low=1)
    if (
        tally["counts"] != outcome.counts
        or tally["eligible"] != outcome.eligible
        or tally["cast"] != outcome.cast
        or needed < outcome.needed
        or outcome.counts[content["decision_type"]] < needed
    ):
        raise BundleRejected("mismatch", "The decision's tally does not match the signed votes.")
    preliminary = bool(case["rereview_items"]) and "submission" not in content
    if (content["status"] == DecisionStatus.PRELIMINARY.value) != preliminary:
        raise _rule("A case on the expert re-review list gets a preliminary decision, others a final one.")
    return attendance + signed


def _check_rereview(content: dict, decision: SignedPart, bundle: dict, book: KeyBook) -> None:
    for field in ("attendance", "votes", "declarations"):
        if bundle[field] != []:
            raise shape.schema("A re-review decision carries no {field}.", field=field)
    if decision.key.role not in ("chair", "vice_chair"):
        raise _rule("Only the chair or a vice-chair records the re-review opinion.")
    r = shape.obj(
        content["rereview"], "rereview", {"authority", "received_on", "experts", "agreeing", "agrees"}
    )
    shape.text(r["authority"], "rereview.authority", empty=False)
    shape.text(r["received_on"], "rereview.received_on", empty=False)
    experts = shape.integer(r["experts"], "rereview.experts", low=1)
    agreeing = shape.integer(r["agreeing"], "rereview.agreeing")
    if agreeing > experts or experts > 1000:
        raise shape.schema("The re-review counts are impossible.")
    ids = [f"expert-{i + 1}" for i in range(experts)]
    outcome = rules.rereview_opinion({e: i < agreeing for i, e in enumerate(ids)}, ids)
    if shape.boolean(r["agrees"], "rereview.agrees") != outcome.agreed:
        raise _rule(
            "The re-review opinion's outcome does not follow from its counts ({basis}).", basis=basis.REREVIEW
        )
    if content["status"] != DecisionStatus.FINAL.value or not content["supersedes"]:
        raise _rule("A re-review opinion finalises a preliminary decision it names.")
    if not outcome.agreed and content["decision_type"] != DecisionType.DISAPPROVE.value:
        raise _rule("When the experts do not agree, the decision is disapproval.")


def _check_linked(content: dict, decision: SignedPart, bundle: dict) -> tuple[dict, str]:
    """The submission block and the standing of a decision on a linked submission."""
    sub = shape.obj(content["submission"], "submission", {"id", "kind", "reference", "received_on"})
    for field in ("id", "kind", "reference", "received_on"):
        shape.text(sub[field], f"submission.{field}", empty=False)
    try:
        kind = SubmissionKind(sub["kind"])
        standing = Standing(shape.text(content["standing"], "standing"))
        dtype = DecisionType(content["decision_type"])
    except ValueError:
        raise shape.schema("The decision names an unknown submission kind or standing.") from None
    if dtype not in lifecycle.DECISIONS[kind]:
        raise _rule("A review of a {kind} cannot decide {decision}.", kind=kind.value, decision=dtype.value)
    if standing not in lifecycle.possible_standings(kind, dtype):
        raise _rule("The standing does not follow from the decision ({standing}).", standing=standing.value)
    if not content["supersedes"]:
        raise _rule("A decision on a linked submission supersedes the activity's current decision.")
    if content["procedure"] == "simplified":
        for field in ("attendance", "votes", "declarations"):
            if bundle[field] != []:
                raise shape.schema("A simplified-procedure decision carries no {field}.", field=field)
        if decision.key.role not in ("chair", "vice_chair"):
            raise _rule("Only the chair or a vice-chair signs a simplified-procedure decision.")
        reviewers = shape.texts(content["reviewers"], "reviewers")
        shape.sorted_unique(reviewers, "reviewers")
        if len(shape.texts(content["opinions"], "opinions")) != len(reviewers):
            raise BundleRejected("mismatch", "The simplified decision lists a different number of opinions.")
        if len(reviewers) < rules.DEFAULT_CHARTER.simplified_min_reviewers:
            raise _rule(
                "The simplified procedure needs at least two reviewers ({basis}).", basis=basis.SIMPLIFIED
            )
        if dtype not in APPROVING_DECISIONS:
            raise _rule("The simplified procedure only approves; anything else goes to a meeting.")
    elif content["procedure"] != "general":
        raise shape.schema("A linked submission is decided under the general or simplified procedure.")
    return sub, standing.value


def _statement_texts(bundle: dict) -> list[str]:
    """The texts of the statements a bundle's decision, attendance and votes carry, where they
    are where the format puts them (anything else is refused by the checks that read them)."""
    entries = [bundle.get("decision")]
    for block in ("attendance", "votes"):
        value = bundle.get(block)
        if type(value) is list:
            entries += value
    return [e["statement"] for e in entries if type(e) is dict and type(e.get("statement")) is str]


def verify_bundle(
    data: bytes, book: KeyBook, parsed: dict | None = None, bundle_hash: str | None = None
) -> VerifiedBundle:
    """Check a bundle completely; raises BundleRejected with the first reason found.
    ``parsed``: what shape.parse_canonical(data) returned, and ``bundle_hash`` the hex SHA-256 of
    ``data``, when the caller already has them."""
    bundle = parsed if parsed is not None else shape.parse_canonical(data)
    shape.obj(bundle, "bundle", BUNDLE_KEYS | ({"audit_head"} & set(bundle)))
    if bundle["format"] != BUNDLE_FORMAT:
        raise shape.schema("Unknown bundle format; expected {f}.", f=BUNDLE_FORMAT)
    decision_id = shape.text(bundle["decision_id"], "decision_id", empty=False)
    committee = shape.obj(
        bundle["committee"], "committee", {"id", "name", "institution", "registration_number"}
    )
    committee_id = shape.text(committee["id"], "committee.id", empty=False)
    if book.committee_block(committee_id) != committee:
        raise BundleRejected("mismatch", "The committee block does not match the enrolled committee.")
    case = _check_case(bundle["case"])
    supersedes = shape.text(bundle["supersedes"], "supersedes", nullable=True)

    canonical = shape.canonical_bodies(_statement_texts(bundle))
    decision = signed_statement(bundle["decision"], "decision", "decision", committee_id, book, canonical)
    content = decision.content
    meeting_kind = is_meeting_decision(content)
    linked = "submission" in content
    if linked:
        wanted = LIFECYCLE_MEETING_CONTENT if meeting_kind else LIFECYCLE_SIMPLIFIED_CONTENT
    else:
        wanted = MEETING_CONTENT if meeting_kind else REREVIEW_CONTENT
    if meeting_kind:
        wanted = wanted | (REGIME_FACTS & set(content))
    shape.obj(content, "decision content", wanted)
    if content["decision_id"] != decision_id:
        raise BundleRejected("mismatch", "The signed decision names another decision id.")
    if decision.body["case"] != case["id"] or decision.body["case_reference"] != case["reference"]:
        raise BundleRejected("mismatch", "The signed decision is about another case.")
    if content["case_digest"] != digest(case):
        raise BundleRejected("mismatch", "The case metadata is not what the presiding member signed.")
    if content["supersedes"] != supersedes:
        raise BundleRejected("mismatch", "The bundle and the signed decision supersede different decisions.")
    dtype, status = _check_terms(content, case, linked)
    # The committee's audit head travels signed: it must be the one the presiding member signed.
    if bundle.get("audit_head") != decision.body.get("audit_head"):
        raise BundleRejected(
            "mismatch", "The bundle's audit head is not the one the presiding member signed."
        )

    statements = [decision]
    submission, standing = _check_linked(content, decision, bundle) if linked else (None, None)
    if meeting_kind:
        statements += _check_meeting(content, decision, bundle, case, committee_id, book, canonical)
    elif not linked:
        _check_rereview(content, decision, bundle, book)

    if supersedes and book.checks_prior:
        prior = book.prior_decision(supersedes)
        if prior is None:
            raise BundleRejected(
                "supersedes_unknown",
                "The decision supersedes {id}, which the registry does not hold.",
                id=supersedes,
            )
        if prior.committee_id != committee_id or prior.case_id != case["id"]:
            raise _rule("A decision can only supersede an earlier decision on the same case.")
        if linked and prior.status == DecisionStatus.PRELIMINARY.value:
            raise _rule("A linked submission follows a final approval, not a preliminary decision.")
        if not meeting_kind and not linked:
            if prior.status != DecisionStatus.PRELIMINARY.value:
                raise _rule("A re-review opinion finalises only a preliminary decision.")
            agreed = content["rereview"]["agrees"]
            if agreed and dtype != prior.decision_type:
                raise _rule("An agreeing re-review keeps the preliminary decision's type.")

    keys = {}
    for s in statements:
        first = keys.setdefault(s.signer, s.key)
        if first is not s.key and first != s.key:  # the book hands out one object per key
            raise BundleRejected("mismatch", "One member signed this bundle's statements with two keys.")
    members = [
        {"alg": custody.ED25519, **m} if isinstance(m, dict) else m
        for m in shape.array(bundle["members"], "members")
    ]  # a members block from before key custody names no algorithm: Ed25519
    signers = sorted(keys)
    if len(members) != len(signers) or not all(
        keys[m].matches_block(block) for m, block in zip(signers, members, strict=True)
    ):
        raise BundleRejected("mismatch", "The members block does not match the enrolled signers.")

    return VerifiedBundle(
        decision_id=decision_id,
        bundle_hash=bundle_hash or hashlib.sha256(data).hexdigest(),
        committee=committee,
        case=case,
        meeting_id=decision.body["meeting"],
        decision_type=dtype,
        status=status,
        supersedes=supersedes,
        signer_id=decision.signer,
        signed_at=decision.body["signed_at"],
        kind="submission" if linked else "meeting" if meeting_kind else "rereview",
        audit_head=bundle.get("audit_head"),
        submission=submission,
        standing=standing,
        statements={s.text: s.body for s in statements},
        parts=tuple(statements),
    )
