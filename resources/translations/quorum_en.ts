<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddToAgendaDialog</name>
    <message>
        <source>No case is waiting to be put on this agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {case} to the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a case to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases accepted for review, or decided and due to be reviewed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} of {total} members checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that {name} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in {name} with their PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN confirms that you are present at {meeting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing {name}&apos;s attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} checked in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Choose where to write the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {files} files ({size} MB) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an encrypted copy of the whole vault to one file, e.g. on a USB stick. It opens with the vault&apos;s passphrase or recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>CaseDetail</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an AI case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the list ({items}); not yet determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determined to be on the list: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determined not to be on the list: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required material is provided ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back to cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the case&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check&amp;lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisio&amp;ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI risk tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert re-review list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application materials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materials received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linked submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in an amendment, report or request for this approved activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmissions and decisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers&apos; opinions, the decision and the letter on each linked submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record materials the applicant has sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-review &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the case is on the expert re-review list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the applicant&apos;s objection to the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the decision limit, giving the reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the decision was due {due}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Prohibited practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-risk system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited risk (transparency duties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General-purpose AI model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General-purpose AI model with systemic risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: {reasons} ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: {reasons} ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} cases; {shown} loaded (more load as you scroll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference, title or applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases by reference, title or applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by review domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case (intake)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case (intake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases; press Enter to open one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>PIN changed. Sign with the new PIN from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the signing PIN of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} types the current PIN, then the new one twice. Nobody else should see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer answering the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer signs their answers with their PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (assigned reviewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN signs your {count} checklist answer(s) on {case}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing {name}&apos;s checklist answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s checklist answers are signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {count} not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistProgressTab</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists for this case: {titles}. {unanswered} items not yet answered by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“No” answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {total} ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewer assigned and no answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items answered “no” or with notes ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist progress of each reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items answered no or with notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistSummary</name>
    <message>
        <source>Summary of the reviewers&apos; checklist answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers who answered: {reviewers}. Items with a “no” from someone: {concerns}. Items nobody has answered yet: {unanswered}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>The committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As registered with the competent authority ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflict of interest: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} declares a conflict of interest in {case} and withdraws from its discussion and vote ({basis}). Describe the conflict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare and withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Creating the vault and the members&apos; signing keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Loading the overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, {n} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting} waiting to sync · {sent} sent · {confirmed} confirmed by the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency review (72 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — overdue by {n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {n} h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {n} d left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the term or end it; a member out of term cannot sit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five-year term limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — ended {n} d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision due (extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annual report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the signed annual report of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines: overdue and due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue or due within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conditions / required modifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up review within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions or required modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up review interval in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and sign decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presiding chair records and signs the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision lette&amp;r (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the signed decision letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presiding for this case: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can preside: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the chair or a vice-chair, present and not recused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing decision from an earlier meeting: {decision}. A new one supersedes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The votes reached: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision can be recorded once the votes reach one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {name} at {time}; this decision is final and read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {name} at {time} as a preliminary decision: the case is on the expert re-review list ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up review due by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the modifications required for approval after modification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reasons for a decision other than approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN signs the committee&apos;s decision “{decision}” on {case}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} signed the decision on {case}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions on this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision lette&amp;r (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the signed decision letter of the selected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance noti&amp;ce (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the signed acceptance notice of this case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclarationsPanel</name>
    <message>
        <source>Before discussing a case, every member present declares whether they have a conflict of interest in it. A member with a conflict withdraws from its discussion and vote ({basis}); a declared conflict cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not declared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict declared, recused: {statement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} declares no conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} declares a conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN signs your declaration of a conflict of interest in {case}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN signs your declaration of no conflict of interest in {case}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing {name}&apos;s declaration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s declaration is signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>No current member may sign this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign: {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and checking: {document}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>This PDF could not be read; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of type {type} cannot be shown inside Quorum. They are never opened in another program, because that would need a decrypted copy on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document version to view it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document / version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop one file to add a new version of a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a new version of the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag files here to add them to the case; drop a file on a document to add a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and their versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>Saved; the change is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involves human participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <source>Tick at least one background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the change is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and role are part of the member&apos;s signing certificate and stay as enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolMemberDialog</name>
    <message>
        <source>Reading the signing key from the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment reads the public key of the member&apos;s token and issues their certificate. Hand the keyboard to the member to type the token&apos;s PIN; it goes to the token only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment creates the member&apos;s signing key and certificate. Hand the keyboard to the member to type their PIN twice; it protects their key and is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <name>ExportCaDialog</name>
    <message>
        <source>Choose where to write the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the committee CA to {path}.
SHA-256 fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the committee CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers verify the committee&apos;s signed PDFs against this certificate. Give them the file and read them the fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Recording the extension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the decision limit of {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is due by {due}. In a special case the limit may be extended, stating the new limit and the reason ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New last day for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDecisionDialog</name>
    <message>
        <source>Choose the decision file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified and recorded: {committee} decided “{decision}” on {case} (registry entry {leaf} of {size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import another committee&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision file from another committee, with the registry&apos;s receipt, is checked here without a network: its signatures and its place in the registry&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For our &amp;case (reference, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify and import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeChecks</name>
    <message>
        <source>Enter the reference number, the title and the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the risk level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{procedure}” may not be used for this case; choose another procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simplified procedure needs at least {n} reviewers named by the chair ({basis}); {chosen} chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least {n} reviewers for the simplified procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers lead the review of the case at the meeting; {chosen} chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the risk level to see whether this procedure may be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Not required for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing, to tell the applicant at once ({n}, {basis}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required material is provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title or summary suggests list item {items}; tick it if the activity falls under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case (intake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involves human participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI risk ti&amp;er (EU AI Act, a review aid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI risk tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor change to an approved plan (risk-benefit unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert re-review list ({basis})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application materials ({basis})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert re-review list items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a&amp;ll: every material received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every material as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDocuments</name>
    <message>
        <source>Decision letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict-of-interest register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter on a linked submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timestamp yet (PAdES {level}): the registry&apos;s timestamp is added at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamped by {authority} at {time}, an authority this vault does not know, so the timestamp is not relied on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamped by {authority} at {time} (PAdES {level}): checked as of that time, so it stays valid after the signer&apos;s certificate expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signature valid: signed by {name} ({role}) at {time}; verified against the committee CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The signature is intact but does not chain to the committee CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The signature does not match the file: it was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The file is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuedDocumentWindow</name>
    <message>
        <source>Save the signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed PDF to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuedRegisterDialog</name>
    <message>
        <source>not yet: at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level}, timestamped {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature and timestamp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed PDFs the committee issued, kept encrypted in the vault. After a sync each gets the registry&apos;s timestamp and the certificates and revocation list that keep it verifiable once the signer&apos;s certificate expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee has not issued a signed PDF yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox and sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting room (network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member vault — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum keeps a science-and-technology ethics review committee&apos;s record offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Quorum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialsDialog</name>
    <message>
        <source>Recording the materials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials received for {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the materials the applicant has now provided. Saving records them and accepts the case once nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials now provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record and accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the materials and accept the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDeviceScreen</name>
    <message>
        <source>No meeting was found on this network; type the join code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the conflict of interest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a meeting. Type or scan the join code the host shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{committee} · {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present ({count}): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not checked in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not declared on this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declared a conflict and are recused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declared no conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current case: {reference} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code, e.g. 192.168.8.10:40123/3f2a9c41e0b7d512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in (signed here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare: no conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and cast my vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this answer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions (approval after modification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons (any decision but approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the decision (presiding)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingHostScreen</name>
    <message>
        <source>Choose a meeting and the address of the room&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is not open to the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present ({count}): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} refused {peer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address on the room&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (0: any free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused connections and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingJobs</name>
    <message>
        <source>Add to a&amp;genda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a case to this meeting&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-review &amp;opinion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the expert re-review opinion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingScreen</name>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a new review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the meeting; its record can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes (&amp;PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the signed minutes of this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COI re&amp;gister (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the signed conflict-of-interest register of this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda: cases to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel s&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Votes and decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is scheduled yet. Schedule one to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} · {place} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: {applicant} · {procedure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this meeting? Its attendance, declarations, votes and minutes can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change P&amp;IN…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>The token&apos;s PKCS#11 module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.dll *.dylib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the token&apos;s PKCS#11 module file (its maker&apos;s driver, e.g. a .so or .dll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token&apos;s label, as the token&apos;s own tool shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the label of the signing key on the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member types the token&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backgrounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#11 &amp;module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key label on the token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal to the institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External to the institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PIN on this laptop (key sealed in the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hardware token (PKCS#11 USB key or smart card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the driver file from the token&apos;s maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member types it; the token checks it, Quorum keeps it nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member types it; at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPacketsScreen</name>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired, destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked, destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet {id} · {status} · expires {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet was destroyed; its contents are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meeting} — meeting {held}; answers due {due}; destroyed after {expires}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packets yet. Import the packet file the secretary sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare your conflicts of interest for this case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declared a conflict: this case&apos;s documents stay closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> You are a primary reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a review packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet checked and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the conflict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a checklist item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response with {n} signed statements written; give it to the secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import revocation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have no conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (double-click to read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases in the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>The committee already has a chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol at least the chair. Each member types their own PIN twice; it protects their signing key. More members can be enrolled later on the Members screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this member to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members to enrol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members to enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected member from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest {date} ({n} in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} members; {flagged} terms expired or ending within 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired {days} d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends in {days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training records of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: {title} ({provider}, {hours} hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backgrounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal or external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;new term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the selected member&apos;s term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingNotice</name>
    <message>
        <source>Case {ref} was recorded as incomplete. Tell the applicant everything that is missing, at once ({basis}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the list of missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;notice (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the signed notice of every missing material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkBox</name>
    <message>
        <source>Name lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry keys match the imported ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned key matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) besides the system&apos;s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None; the system&apos;s trusted certificates are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept in the vault; type to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry can be reached; sync will work from this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network (kept in the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic configuration (PAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://proxy.hospital.example:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAC &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy auto-configuration file address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: find it automatically (WPAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted &amp;certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a trusted certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the extra trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned registry &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned registry key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the registry&apos;s public key; empty: no pinning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to the registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Minutes taken so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note for the minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note for the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note to the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Objection to the decision on {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the applicant&apos;s objection. Put the case on a meeting&apos;s agenda to review it: the new decision either upholds this one or replaces it, and its letter says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day the objection was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenVaultWindow</name>
    <message>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vault passphrase (or the recovery code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your committee&apos;s encrypted vault, or create a new one for a new committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent vaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: type the passphrase. Delete: forget the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder that holds keyslots.json and vault.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, awaiting receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds every decision without a receipt, encrypted to the registry and signed by the person below. Carry it to the registry; bring back its receipts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting} waiting, {sent} sent awaiting receipt, {confirmed} confirmed, {rejected} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry address is set: use Export to USB, or set it in Registry settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: {url} (log key {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending decisions to the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not be reached; Quorum will try again later. Settings → Test connection shows which step fails and what to ask IT for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{confirmed} confirmed, {rejected} rejected by the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the USB file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum carry files (*.qcarry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the USB export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the USB file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {n} decisions to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the registry&apos;s receipts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox and sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue rejected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueBox</name>
    <message>
        <source>Follow-up report not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious adverse event awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation report awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up report awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to suspend awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to terminate awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final report awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} — overdue by {n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue after approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up report or adverse-event review is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The two new passphrases differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed. The old one no longer opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase added. Either passphrase now opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the current passphrase, then the new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second passphrase, e.g. for a deputy secretary. Type it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
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
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The {screen} screen is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Write this code down and keep it apart from the laptop. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery code replaces the old one, which stops opening the vault. Do this when the old code may have been seen or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum vault recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone holding this code can open the vault. Keep it locked away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. Move it to removable media or print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only now. Print it or save it before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this code is the only way into the vault. Quorum does not keep it anywhere and cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or saved the recovery code and will keep it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrySetupDialog</name>
    <message>
        <source>Keys in this file — log key {log}, transport key {transport}.
Fingerprint: {fingerprint}
Compare it with the one the registry&apos;s operator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in use — log key {log}, transport key {transport}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry keys are set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Registry: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry receives the committee&apos;s signed decisions. Its operator gives you its address and a keys file (registry-keys.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewTermDialog</name>
    <message>
        <source>Renew the term of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current term runs from {start} to {end}. A term may be renewed; each term is at most five years ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New term &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the new term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New term e&amp;nds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the new term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RereviewDialog</name>
    <message>
        <source>Your PIN signs the committee&apos;s determination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the determination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert re-review list: {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s text matches these items of the expert re-review list ({basis}):
{items}
Record whether the activity is on the list. On the list, every decision stays preliminary until the re-review opinion; not on it needs the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On the list: expert re-review after the committee&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the activity is not on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs the determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and record the determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded and signed: the decision is now final, “{decision}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert re-review opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preliminary decision “{decision}” awaits the expert re-review. Enter the opinion the reviewing authority sent; the chair or a vice-chair signs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Experts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts a&amp;greeing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and &amp;sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Choose the backup file and a new folder, and type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {files} files into {folder} and checked them: every page, document and audit event is intact. Close this vault and open that folder to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacks a backup into a new, empty folder and checks it before it is kept. The open vault is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ackup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleMeetingDialog</name>
    <message>
        <source>Schedule a review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by &amp;video under the committee&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases for the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda (cases accepted for review):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one case for the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>The registry address must start with https:// (or http://) and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole interface switches at once; no restart is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee settings (kept in the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registry address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://registry.example.org (empty: no sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document size limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document size limit in megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gulations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulations the committee reviews under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;T ethics review measures (STER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life science and medical research measures (LSMR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both (the stricter rule applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count recused members who stay in the room among those attending (stricter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count recused members present among those attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the committee settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Issue: {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious adverse event report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on risks and benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants enrolled and withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events and deviations so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causality assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan to protect participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal of samples and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simplified procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting (general procedure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in as {ref}: {procedure}; decision due by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked submission for {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the risks or benefits (goes to a meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event or deviation on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materials received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionsDialog</name>
    <message>
        <source>Decided: {standing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review, due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linked submission yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission goes to a meeting; its members vote there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed opinions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opinion signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN signs your opinion on {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the opinion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN signs the decision on {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked submissions of {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s opinion (simplified procedure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the &amp;opinion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the reviewer&apos;s opinion with their PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifications required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;sons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up in (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the charter says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifications required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the decision on the submission with the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the signed letter on the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupersedeDialog</name>
    <message>
        <source>Give the reason; it is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supersede the earlier decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case already has a decision: “{decision}”, signed {time}. Signing the new one supersedes it. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for superseding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supersede and sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Enter the training&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded. {name} has {n} training records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record training: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultCheckDialog</name>
    <message>
        <source>The audit trail is intact: {events} events, each chained to the one before; witnessed up to event {seq} by {witnesses} signatures and receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at event {seq}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every database page, document chunk and key slot checked: nothing is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every database page and every document chunk, and checks the audit trail link by link. On a large vault this takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the vault and audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the committee CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>Choose an empty folder for the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{strength}; the two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty or new folder; {path} is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is an encrypted folder holding the committee&apos;s whole record. Choose a new folder and a passphrase the secretary will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <source>{name} does not vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does {name} not vote on {case}? (for example: left the room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voted, signed at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not voting: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant: advises, does not vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recused: does not vote on this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must declare conflicts of interest before voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote and sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} signs their vote with their PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not voting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that {name} does not vote, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {name}&apos;s vote first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN signs your vote “{choice}” on {case}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing {name}&apos;s vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s vote is signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <source>Close</source>
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
        <source>A page holds 1 to {n} cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public key is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A re-review determination says on the list or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt in {path} does not verify ({detail}); nothing was imported.</source>
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
        <source>Cannot read {path}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sort cases by {col}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case} has no decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {ref} has every material but is not accepted yet; accept it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {ref} is already past acceptance.</source>
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
        <source>A term is at most {years} years ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case&apos;s {field} cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate cannot be revoked from a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new member needs --background and --gender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer packet for this meeting is already here; this older one is a replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A packet&apos;s expiry must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pin is the SHA-256 of the registry&apos;s public key (64 hex digits or sha256/BASE64), not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review of a {kind} cannot decide {decision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed key names an unknown key derivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature in the file does not verify; it was altered or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed statement in the file is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed statement in the file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement in the file is signed by a key that is not enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement in the file names a different signature algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement in the response does not belong to its packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement in the response does not say what it would record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement in the response is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A submission cannot be received in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timestamp does not verify ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timestamp is not from the registry&apos;s timestamp authority or not for this PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token member needs both --token-module and --token-label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {standing} activity cannot take a {kind} submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members ({value!r}) cannot be fewer than the members counted here ({counted}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension must end after the current limit {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection cannot be received before the decision it objects to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection to this decision is already waiting for its review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the PKCS#11 module {module}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the {what} file {path}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {ref} is decided; its classification can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter setting regime must be one of {choices}, got {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultants advise but do not vote ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, not {text!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision {id} is already recorded as relied upon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration by {member}: has_conflict must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare your conflicts of interest for this case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the conflict of interest in the declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the submission in a line or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are written in zh or en, not {language!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every eligible member present must vote or be recorded as not voting before the decision; still to vote: {members} ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a Person, got {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --decision ID or --case ID (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a meeting, or a period with a start or an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a year from 2000 to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one background category for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a meeting or a period, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the applicant&apos;s objection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case with --case ID or reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the event or deviation occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting with --meeting ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the proxy&apos;s address to use a proxy set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for extending the decision limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for superseding the earlier decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the case is not on the expert re-review list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the member does not vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reasons for a decision other than approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the year with --year YYYY.</source>
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
        <source>Name lookup: {name} cannot be found ({detail}). Ask IT whether this computer may look up {name}, or which proxy to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the authority that organised the expert re-review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the list items the case falls under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the member the device belongs to, or enrol a new member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the packets or the meeting to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate found in the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist covers the review domain {domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key slot {slot} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packet {id} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum for this case: {missing} ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry URL is configured; run `quorum sync-config --url URL`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such document in this packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such packet was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token labelled {label} is plugged in.</source>
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
        <source>Nothing is signed on this packet yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: every decision in the outbox has a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Ed25519 and ECDSA P-256 keys can sign in Quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a preliminary decision awaits an expert re-review opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a rejected item can be queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an accepted case has a decision limit to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved activity takes linked submissions; this case has no approval in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chair or a vice-chair records the re-review opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chair or a vice-chair signs a decision under the simplified procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chair, a vice-chair or the secretary records this determination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the presiding chair (or the vice-chair standing in) records the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the secretary, the chair or a vice-chair signs a USB export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {fields} can be edited; the name and role are in the signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet {id} was destroyed ({status}); its contents are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy authentication: the proxy {proxy} asks for a username and password (HTTP 407). Ask IT for the proxy account and enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy authentication: the proxy {proxy} refused the username {user} and its password (HTTP 407). Check the password in Settings, or ask IT whether the account may use the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: no proxy auto-configuration (PAC) file was found at {where}. Ask IT for the address of the PAC file, or for the proxy to set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: nothing answers at {proxy} ({detail}). Ask IT for the current proxy address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: {proxy} is a {scheme} proxy, which Quorum cannot use. Ask IT for an HTTP proxy (or one set in a PAC file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: {proxy} would not connect to {host}:{port} ({detail}). Ask IT to allow HTTPS to {host}:{port} through the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-review vote by {expert} must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry keys: the latest tree head from {url} is not signed by the log key {expected} imported here. Ask the registry&apos;s operator for its current registry-keys.json, and do not sync until they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry keys: the registry at {url} has another transport key than the one imported here. Ask the registry&apos;s operator for its current registry-keys.json, and do not sync until they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry keys: the registry at {url} signs with log key {found}, not the key {expected} imported here. Ask the registry&apos;s operator for its current registry-keys.json, and do not sync until they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: the proxy {proxy} could not reach {host} (HTTP {status}). Ask the registry&apos;s operator whether it is running, and IT whether the proxy may reach {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: {host}:{port} did not answer ({detail}). Ask the registry&apos;s operator whether it is running, and IT whether {host} is reachable from this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: {url} answered, but not as a Quorum registry (HTTP {status}). Check the registry address, or ask IT whether a filter replaced the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers must be active members of the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say --no-conflict, or --conflict TEXT describing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several members are called {name}; give the member id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the certificate for {host} is not trusted ({detail}). Ask IT whether HTTPS to {host} is inspected, and for the inspection root certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the certificate for {host} was issued by {issuer}, which this computer does not trust. If that is the hospital&apos;s TLS inspection certificate, ask IT to install its root certificate on this computer (or add it under extra trusted certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the certificate presented for {host} (issued by {issuer}) does not carry the registry&apos;s pinned key, so something in between is inspecting TLS. Nothing was sent. Ask IT to exempt {host} from TLS inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the secure connection to {host} failed ({detail}). Ask IT whether HTTPS to {host} is blocked or inspected.</source>
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
        <source>That case is not in this packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case is not on this meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That decision has been replaced; object to the one in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a certificate revocation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a meeting join code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an X.509 certificate ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That member is not attending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That signing key is already enrolled or was retired; make a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PAC address must start with http://, https:// or file://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no signature to add validation material for.</source>
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
        <source>The case is no longer waiting for a decision; its limit cannot be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is tagged with list items {ids}; remove the tags before determining it is not on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case matches expert re-review list items {ids}; record whether it is on the list before the decision ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee CA certificate is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee CA&apos;s key is neither Ed25519 nor ECDSA P-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee already has a chair; end that term first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee has no certificate authority to vouch for signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee has no secretary; name the signer with --signer MEMBER_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee needs a name and an institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current time needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the objection was received must be a date.</source>
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
        <source>The enrolment reply is damaged or its signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment reply is for another member&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment request is damaged or its self-signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment request names nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment request&apos;s encryption key is not an X25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment request&apos;s signing key is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event cannot come after the report was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expert re-review is not valid: {why} ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be an enrolment request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was refused; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up interval must be a whole number of months, got {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host refused the message; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that opened is not the one enrolled for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last passphrase slot cannot be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting host cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting host is not this committee&apos;s (its certificate is not from the committee CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting host&apos;s key does not match the join code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is closed; its record can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is scheduled for {day}; nothing can be recorded in it before that day ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s term has already ended; no certificate can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new limit needs a date and time with a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet comes from another committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet is not signed by your committee, or it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet was altered: a part has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet was altered: a sealed part does not decrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet was altered: its contents do not match the signed header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet&apos;s contents are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet&apos;s header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet&apos;s sealed key does not open with your key; it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet&apos;s sealed key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must end on or after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy address must look like http://proxy.hospital.example:8080 (the username and password go in their own fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s encryption key is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry URL must look like https://registry.example:8470.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has not confirmed this decision yet; sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry witnessed audit event {seq}, which this vault&apos;s trail no longer holds; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s public keys are not configured; run `quorum sync-config --keys FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s timestamp authority is not configured; cannot check timestamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s timestamp authority is not configured; run `quorum sync-config --keys FILE` with the registry&apos;s current keys file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request names {request} but member {name} was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response answers a packet that was not issued to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response answers a packet that was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is sealed to another committee&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is signed by a key that is not enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is signed with a key {name} no longer uses (they moved devices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was altered: it does not decrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response&apos;s contents are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response&apos;s statements do not match its signed list; it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewers agreed on {decided}, not {asked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation comes from another committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation is not signed by your committee, or it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed key of {who} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simplified procedure needs at least {n} reviewers ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simplified review has not reached a decision: {reason} ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement does not name the audit head it saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement does not say what the host would record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is for another committee or meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is of a kind the meeting room does not take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is signed by a key that is not enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is signed for another member than this device&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement names a different signature algorithm from the enrolled key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement names an audit head this vault never had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement&apos;s signature does not verify; it was altered or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token holds another key than the one enrolled for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token holds no EC key labelled {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token holds several EC keys labelled {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of {who} is locked after too many wrong PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token refused to open: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token refused to sign: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token returned a malformed ECDSA signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s public key is not an EC point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy with another task; nothing was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no checklist answers to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not enrolled with the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment reply was already imported; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment request was already imported; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Quorum enrolment request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Quorum packet response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Quorum review packet, or its header was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a member&apos;s vault; run this in the committee&apos;s vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the committee&apos;s vault, not a member&apos;s vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet expired on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet is addressed to another member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet needs checklist {id} version {version}; update Quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet was already received (a replay); nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet was revoked by the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response was already imported; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement is older than the one recorded (a replay); nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement was already recorded (a replay); nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission already has a signed decision; it cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission goes to a meeting; name the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission goes to a meeting; reviewers&apos; opinions are for the simplified procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission has been decided; its opinions are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token signer is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already enrolled with another committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is not enrolled yet; import the committee&apos;s enrolment reply first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are written YYYY-MM-DDTHH:MM[:SS][+08:00], not {text!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown materials for this submission: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown revocation reason {reason!r}; use one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown submission kind {kind!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declared a conflict for this case; its documents stay closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declared a conflict for this case; you do not review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot take part: the appointment from {start} ran past the {years}-year limit on {limit}; the secretary can record a renewal ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot take part: the term ended on {end}; the secretary can record a renewal ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot take part: the term starts on {start} ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already given an opinion on this submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no certificate to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer a member and cannot take part ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is recorded as not voting on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is recused from this case and cannot vote ({basis}).</source>
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
        <source>These receipts are for another committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case already has a signed decision; it cannot be edited, only superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of your own committee&apos;s decisions.</source>
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
        <source>Under {regime}, the number of all members is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown application material {item}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case status {status}.</source>
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
        <source>Unknown signature algorithm {alg}.</source>
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
        <source>{name} ({role}) may not sign the {document}.</source>
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
        <source>{name} has no signing certificate; re-enrol the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already recorded as not voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer a member; enrol them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a current member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an eligible voter present for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not checked in to this meeting.</source>
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
        <source>{name} signs on their own device; this vault holds no signing key for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s certificate is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s certificate was revoked; enrol a new key before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s key is held in a way this Quorum does not know ({custody}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s key is not sealed in this vault; change the PIN where the key is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s signing key is locked after too many wrong PINs; re-enrol the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s token is not recorded; enrol the token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already holds a vault; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} exists; choose another name or add --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Quorum vault (no keyslots.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a decision proof file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a receipts file ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a registry keys file ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a {f} file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not empty; restore into a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too large to be a decision proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the key ids do not match the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a risk level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a valid {what}.</source>
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
<context>
    <name>labels</name>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Science and technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting expert re-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve after modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modify and review again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disapprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life sciences and medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artificial intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animal research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not above minimal risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs on the shared laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs on own device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs with a token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>meeting</name>
    <message>
        <source>{female} or {male}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum met: {count} voting members present, every required category represented ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum yet: {missing} ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum for {case} after recusals: met, {count} voting members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum for {case} after recusals: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cast} of {eligible} eligible members have voted; a decision needs {needed} votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} ({basis})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of this translation, e.g. zh_CN</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>room</name>
    <message>
        <source>Secret ballot: only the counts are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared on {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered the checklist of {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voted on {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed the decision on {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading {case}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>{needed} votes: {numerator}/{denominator} of the {eligible} eligible members attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{needed} votes: more than half of all {members} members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stricter rule applies, {regime}&apos;s: {needed} (STER asks {ster}, LSMR asks {lsmr})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STER and LSMR ask for the same: {needed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {needed} voting members attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than half of all {members} members attending ({needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {missing} more voting member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {missing} more voting members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the chair or a vice-chair, not recused, to preside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a science, technology or medicine member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an ethics or law member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one external member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs members of different genders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a member of another gender ({gender})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no eligible voting member for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision} reached: {count} of {eligible} eligible votes, {needed} needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision reached: at most {best} of {eligible} eligible votes for one decision, {needed} needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision yet: {pending} of {eligible} eligible member still to vote, {needed} votes needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision yet: {pending} of {eligible} eligible members still to vote, {needed} votes needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the general procedure (a meeting) is always available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public emergency allows the emergency procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the emergency procedure is only for a public emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk is not above minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minor change to an approved plan that leaves the risk-benefit balance unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a follow-up review without major change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity on the expert re-review list needs a meeting, never the simplified procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ground for the simplified procedure: the risk is {risk}, and it is neither a minor amendment nor a follow-up without major change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
