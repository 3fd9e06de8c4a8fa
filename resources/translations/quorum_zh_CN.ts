<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, please enter your signing PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, choose a signing PIN and type it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A case needs a reference number, a title and an applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case with reference {ref} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist response is (member, item, answer, note[, choice]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consultant advises but cannot be a reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A declared conflict cannot be withdrawn during the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discussion note cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up interval may be at most {maximum} months, got {months} ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up interval must be at least 1 month, got {months}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting time needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member id must be non-empty text, got {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed statement is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed statement is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signing PIN needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term is at most {years} years (STER art. 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training record needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault passphrase needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreeing experts must be between 0 and the number of experts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emergency review must finish within {hours} hours; it cannot be extended ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension must end after the regular deadline {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad signature by {signer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare a time with a time zone to one without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the vault folder: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the {what} file: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sort cases by {col}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {ref} was already accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter setting {setting} = {value} is looser than the regulation&apos;s floor ({floor}, {basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter setting {setting} must be a whole number of at least 1, got {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter setting {setting} must be true or false, got {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter settings must be a mapping, got {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist folder {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist folder {file} holds no checklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item {item} is answered by a choice or as not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item {item} is answered yes, no or na, without a choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item {item}: a not-applicable answer takes no choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item {item}: choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item {item}: {answer} is not an answer (yes, no or na).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {file}: malformed JSON at line {line}, column {column}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultants advise but do not vote (STER art. 14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration by {member}: has_conflict must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the conflict of interest in the declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a Person, got {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one background category for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reasons for a decision other than approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the {what} with --{flag}-file FILE or the {env} environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} is not on this case&apos;s checklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the modifications required for approval after modification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed base64 in a signed record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {member}: external must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {member}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the authority that organised the expert re-review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist covers the review domain {domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key slot {slot} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum for this case: {missing} ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the expert re-review list: {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a preliminary decision awaits an expert re-review opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chair or a vice-chair records the re-review opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the presiding chair (or the vice-chair standing in) records the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-review vote by {expert} must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers must be active members of the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term of {member} ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term of {member} must be (start, end or None).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term of {member} must be given as dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case is not on this meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That member is not attending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acceptance time must be a date and time, got {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity text must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval fraction {num}/{den} can never be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee already has a chair; end that term first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee needs a name and an institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date must be a date, got {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision on this case is signed; voting is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is larger than the limit of {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document size limit must be between 1 and 10000 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up interval must be a whole number of months, got {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last passphrase slot cannot be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is closed; its record can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simplified procedure needs at least {n} reviewers (STER art. 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement names a different signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database is damaged or is not a Quorum vault: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open in another Quorum process (pid {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote of {members} does not count: only voting members attending and not recused for this case may vote ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The votes decided {decided}, not {asked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The votes have not reached a decision: {reason} ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {procedure} procedure may not be used for this case: {why} ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case already has a signed decision; it cannot be edited, only superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault already belongs to a committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer Quorum (schema {found}); upgrade Quorum to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passphrases; try again in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training hours cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown application material {item}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown charter setting: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown decision type {t!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document kind {kind}; use one of: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown domain: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown expert re-review list item {item}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown review domain {domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown vote {choice!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {what} {value!r}; use one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery code to add a new passphrase, not to change one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote by {member}: {value!r} is not a vote choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN for {member}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>involves_humans must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {item}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{members} are not re-review experts on this panel; their votes do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already voted on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a current member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not checked in to this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is recused from this case and cannot vote (STER art. 14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is recused from this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must declare conflicts of interest before voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s signing key is locked after too many wrong PINs; re-enrol the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already holds a vault; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Quorum vault (no keyslots.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a risk level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} not found: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: a member id must be non-empty text, got {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
