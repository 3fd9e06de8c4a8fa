<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddToAgendaDialog</name>
    <message>
        <source>No case is waiting to be put on this agenda.</source>
        <translation>没有可列入本次议程的项目。</translation>
    </message>
    <message>
        <source>Added {case} to the agenda.</source>
        <translation>已将 {case} 列入议程。</translation>
    </message>
    <message>
        <source>Add a case to the agenda</source>
        <translation>将项目列入议程</translation>
    </message>
    <message>
        <source>Cases accepted for review, or decided and due to be reviewed again.</source>
        <translation>已受理待审的项目，或已作出决定、需要再次审查的项目。</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>项目(&amp;C)：</translation>
    </message>
    <message>
        <source>Case to add</source>
        <translation>要列入的项目</translation>
    </message>
    <message>
        <source>&amp;Add to the agenda</source>
        <translation>列入议程(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>external</source>
        <translation>外单位</translation>
    </message>
    <message>
        <source>{present} of {total} members checked in.</source>
        <translation>{total} 名委员中已有 {present} 名签到。</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>已到会</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>未到会</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>离席</translation>
    </message>
    <message>
        <source>Record that {name} left</source>
        <translation>记录 {name} 离席</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>签到…</translation>
    </message>
    <message>
        <source>Check in {name} with their PIN</source>
        <translation>{name} 用本人PIN码签到</translation>
    </message>
    <message>
        <source>Your PIN confirms that you are present at {meeting}.</source>
        <translation>输入PIN码即确认您出席{meeting}。</translation>
    </message>
    <message>
        <source>Signing {name}&apos;s attendance…</source>
        <translation>正在签署 {name} 的签到…</translation>
    </message>
    <message>
        <source>{name} checked in.</source>
        <translation>{name} 已签到。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>请选择备份文件的保存位置。</translation>
    </message>
    <message>
        <source>Backed up {files} files ({size} MB) to {path}.</source>
        <translation>已将 {files} 个文件（{size} MB）备份到 {path}。</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <source>Writes an encrypted copy of the whole vault to one file, e.g. on a USB stick. It opens with the vault&apos;s passphrase or recovery code.</source>
        <translation>将整个保险库的加密副本写入一个文件（例如U盘）。该副本用保险库口令或恢复码打开。</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>备份文件(&amp;B)：</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>备份(&amp;B)</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running work</source>
        <translation>取消正在进行的操作</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not an AI case</source>
        <translation>非人工智能项目</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>尚未受理</translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <source>Not on the list</source>
        <translation>不在清单内</translation>
    </message>
    <message>
        <source>Missing ({n}):</source>
        <translation>缺少（{n} 项）：</translation>
    </message>
    <message>
        <source>Every required material is provided ({basis}).</source>
        <translation>所需申请材料均已提交（{basis}）。</translation>
    </message>
    <message>
        <source>Matches the list ({items}); not yet determined</source>
        <translation>与清单相符（{items}）；尚未认定</translation>
    </message>
    <message>
        <source>Determined to be on the list: {items}</source>
        <translation>已认定列入清单：{items}</translation>
    </message>
    <message>
        <source>Determined not to be on the list: {reason}</source>
        <translation>已认定不属于清单：{reason}</translation>
    </message>
    <message>
        <source>← &amp;Back to cases</source>
        <translation>← 返回项目列表(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Correct the case&apos;s details</source>
        <translation>更正项目信息</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>返回项目列表</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>Check&amp;lists</source>
        <translation>审查要点(&amp;L)</translation>
    </message>
    <message>
        <source>Decisio&amp;ns</source>
        <translation>审查决定(&amp;N)</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>Review domains:</source>
        <translation>审查领域：</translation>
    </message>
    <message>
        <source>Human participants:</source>
        <translation>涉及人类研究参与者：</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>风险等级：</translation>
    </message>
    <message>
        <source>AI risk tier:</source>
        <translation>人工智能风险等级：</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>审查程序：</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>收到日期：</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>Decision due:</source>
        <translation>审查决定期限：</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>审查委员：</translation>
    </message>
    <message>
        <source>Expert re-review list:</source>
        <translation>专家复核清单：</translation>
    </message>
    <message>
        <source>Application materials:</source>
        <translation>申请材料：</translation>
    </message>
    <message>
        <source>&amp;Materials received…</source>
        <translation>补交材料(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Linked submission…</source>
        <translation>关联报告/申请(&amp;L)…</translation>
    </message>
    <message>
        <source>Take in an amendment, report or request for this approved activity</source>
        <translation>为该已批准活动受理修正案、报告或申请</translation>
    </message>
    <message>
        <source>Su&amp;bmissions and decisions…</source>
        <translation>报告审查与决定(&amp;B)…</translation>
    </message>
    <message>
        <source>Reviewers&apos; opinions, the decision and the letter on each linked submission</source>
        <translation>各项关联报告/申请的审查意见、决定及意见书</translation>
    </message>
    <message>
        <source>Record materials the applicant has sent</source>
        <translation>登记申请人补交的材料</translation>
    </message>
    <message>
        <source>Re-review &amp;list…</source>
        <translation>专家复核清单(&amp;L)…</translation>
    </message>
    <message>
        <source>Record whether the case is on the expert re-review list</source>
        <translation>记录该项目是否列入专家复核清单</translation>
    </message>
    <message>
        <source>&amp;Objection…</source>
        <translation>申诉(&amp;O)…</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s objection to the decision</source>
        <translation>记录申请人对审查决定的申诉</translation>
    </message>
    <message>
        <source>E&amp;xtend limit…</source>
        <translation>延长审查时限(&amp;X)…</translation>
    </message>
    <message>
        <source>Extend the decision limit, giving the reason</source>
        <translation>延长作出审查决定的时限，并说明理由</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>审查程序</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>审查决定期限</translation>
    </message>
    <message>
        <source>Overdue: the decision was due {due}.</source>
        <translation>已逾期：审查决定应于 {due} 前作出。</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Prohibited practice</source>
        <translation>禁止的人工智能实践</translation>
    </message>
    <message>
        <source>High-risk system</source>
        <translation>高风险系统</translation>
    </message>
    <message>
        <source>Limited risk (transparency duties)</source>
        <translation>有限风险（透明度义务）</translation>
    </message>
    <message>
        <source>Minimal risk</source>
        <translation>最低风险</translation>
    </message>
    <message>
        <source>General-purpose AI model</source>
        <translation>通用人工智能模型</translation>
    </message>
    <message>
        <source>General-purpose AI model with systemic risk</source>
        <translation>具有系统性风险的通用人工智能模型</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Allowed: {reasons} ({basis}).</source>
        <translation>可以适用：{reasons}（{basis}）。</translation>
    </message>
    <message>
        <source>Not allowed: {reasons} ({basis}).</source>
        <translation>不允许适用：{reasons}（{basis}）。</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} 字节</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <source>No cases match.</source>
        <translation>没有符合条件的项目。</translation>
    </message>
    <message>
        <source>{total} cases; {shown} loaded (more load as you scroll).</source>
        <translation>共 {total} 个项目；已加载 {shown} 个（滚动时继续加载）。</translation>
    </message>
    <message>
        <source>{total} cases.</source>
        <translation>共 {total} 个项目。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>检索(&amp;S)：</translation>
    </message>
    <message>
        <source>Reference, title or applicant</source>
        <translation>受理编号、项目名称或申请人</translation>
    </message>
    <message>
        <source>Search cases by reference, title or applicant</source>
        <translation>按受理编号、项目名称或申请人检索项目</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>领域(&amp;D)：</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by review domain</source>
        <translation>按审查领域筛选</translation>
    </message>
    <message>
        <source>&amp;New case (intake)…</source>
        <translation>新建项目（受理）(&amp;N)…</translation>
    </message>
    <message>
        <source>New case (intake)</source>
        <translation>新建项目（受理）</translation>
    </message>
    <message>
        <source>Cases; press Enter to open one</source>
        <translation>项目列表；按回车键打开项目</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>PIN changed. Sign with the new PIN from now on.</source>
        <translation>PIN码已修改。今后请用新PIN码签名。</translation>
    </message>
    <message>
        <source>Change the signing PIN of {name}</source>
        <translation>修改 {name} 的签名PIN码</translation>
    </message>
    <message>
        <source>{name} types the current PIN, then the new one twice. Nobody else should see it.</source>
        <translation>请 {name} 输入当前PIN码，再输入两次新PIN码。不要让他人看到。</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>当前PIN码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>新PIN码(&amp;N)：</translation>
    </message>
    <message>
        <source>New PIN a&amp;gain:</source>
        <translation>再次输入新PIN码(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>修改PIN码(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>审查委员(&amp;R)：</translation>
    </message>
    <message>
        <source>Reviewer answering the checklist</source>
        <translation>填写审查要点的委员</translation>
    </message>
    <message>
        <source>Sign answers…</source>
        <translation>签署作答…</translation>
    </message>
    <message>
        <source>The reviewer signs their answers with their PIN</source>
        <translation>审查委员输入PIN码签署其作答</translation>
    </message>
    <message>
        <source>{name} (assigned reviewer)</source>
        <translation>{name}（主审委员）</translation>
    </message>
    <message>
        <source>Answer to: {question}</source>
        <translation>回答：{question}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Note on: {question}</source>
        <translation>备注：{question}</translation>
    </message>
    <message>
        <source>Your PIN signs your {count} checklist answer(s) on {case}.</source>
        <translation>输入PIN码即签署您对 {case} 审查要点的 {count} 项作答。</translation>
    </message>
    <message>
        <source>Signing {name}&apos;s checklist answers…</source>
        <translation>正在签署 {name} 的审查要点作答…</translation>
    </message>
    <message>
        <source>{name}&apos;s checklist answers are signed.</source>
        <translation>{name} 的审查要点作答已签署。</translation>
    </message>
    <message>
        <source>{done} of {total} answered</source>
        <translation>已答 {done} / {total} 项</translation>
    </message>
    <message>
        <source>, {count} not signed yet</source>
        <translation>，{count} 项尚未签署</translation>
    </message>
</context>
<context>
    <name>ChecklistProgressTab</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Checklists for this case: {titles}. {unanswered} items not yet answered by anyone.</source>
        <translation>本项目适用的审查要点清单：{titles}。尚有 {unanswered} 项无人作答。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>在本项目中的角色</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <source>“No” answers</source>
        <translation>“否”的回答</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{answered} of {total} ({percent}%)</source>
        <translation>{answered} / {total}（{percent}%）</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审查委员</translation>
    </message>
    <message>
        <source>Member who answered</source>
        <translation>作答委员</translation>
    </message>
    <message>
        <source>No reviewer assigned and no answers yet.</source>
        <translation>尚未指定审查委员，也无人作答。</translation>
    </message>
    <message>
        <source>Items answered “no” or with notes ({n}):</source>
        <translation>回答为“否”或附有备注的条目（{n} 项）：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Checklist progress of each reviewer</source>
        <translation>各审查委员的审查要点作答进度</translation>
    </message>
    <message>
        <source>Checklist items answered no or with notes</source>
        <translation>回答为否或附有备注的审查要点</translation>
    </message>
</context>
<context>
    <name>ChecklistSummary</name>
    <message>
        <source>Summary of the reviewers&apos; checklist answers</source>
        <translation>审查委员审查要点答复汇总</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>审查要点</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reviewers who answered: {reviewers}. Items with a “no” from someone: {concerns}. Items nobody has answered yet: {unanswered}.</source>
        <translation>已作答委员：{reviewers} 名。有委员答“否”的要点：{concerns} 项。尚无人作答的要点：{unanswered} 项。</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>The committee</source>
        <translation>委员会</translation>
    </message>
    <message>
        <source>As registered with the competent authority ({basis}).</source>
        <translation>与在主管部门登记的信息一致（{basis}）。</translation>
    </message>
    <message>
        <source>Committee &amp;name:</source>
        <translation>委员会名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>所在单位(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>登记编号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>所在地区(&amp;J)：</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflict of interest: {name}</source>
        <translation>利益冲突声明：{name}</translation>
    </message>
    <message>
        <source>{name} declares a conflict of interest in {case} and withdraws from its discussion and vote ({basis}). Describe the conflict:</source>
        <translation>{name}声明与{case}存在利益冲突，回避该项目的讨论和表决（{basis}）。请说明利益冲突情况：</translation>
    </message>
    <message>
        <source>Conflict of interest statement</source>
        <translation>利益冲突说明</translation>
    </message>
    <message>
        <source>Declare and withdraw</source>
        <translation>声明并回避</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Creating the vault and the members&apos; signing keys…</source>
        <translation>正在创建保险库和委员的签名密钥…</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>创建保险库(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Loading the overview…</source>
        <translation>正在加载概览…</translation>
    </message>
    <message>
        <source>{status}, {n} cases</source>
        <translation>{status}，{n} 个项目</translation>
    </message>
    <message>
        <source>{waiting} waiting to sync · {sent} sent · {confirmed} confirmed by the registry</source>
        <translation>{waiting} 条待同步 · {sent} 条已发送 · {confirmed} 条已获登记平台确认</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>审查决定期限</translation>
    </message>
    <message>
        <source>Emergency review (72 hours)</source>
        <translation>应急审查（72小时）</translation>
    </message>
    <message>
        <source>Follow-up review due</source>
        <translation>跟踪审查期限</translation>
    </message>
    <message>
        <source>{when} — overdue</source>
        <translation>{when} — 已逾期</translation>
    </message>
    <message>
        <source>{when} — overdue by {n} d</source>
        <translation>{when} — 已逾期 {n} 天</translation>
    </message>
    <message>
        <source>{when} — {n} h left</source>
        <translation>{when} — 还剩 {n} 小时</translation>
    </message>
    <message>
        <source>{when} — {n} d left</source>
        <translation>{when} — 还剩 {n} 天</translation>
    </message>
    <message>
        <source>Renew the term or end it; a member out of term cannot sit</source>
        <translation>请续聘或结束任期；任期届满的委员不能参加会议</translation>
    </message>
    <message>
        <source>Five-year term limit</source>
        <translation>五年任期上限</translation>
    </message>
    <message>
        <source>Member&apos;s term ends</source>
        <translation>委员任期届满</translation>
    </message>
    <message>
        <source>{when} — ended {n} d ago</source>
        <translation>{when} — 已届满 {n} 天</translation>
    </message>
    <message>
        <source>Decision due (extended)</source>
        <translation>审查决定截止（已延期）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&amp;Annual report (PDF)…</source>
        <translation>年度报告 PDF(&amp;A)…</translation>
    </message>
    <message>
        <source>Issue the signed annual report of this year</source>
        <translation>出具本年度经签名的年度工作报告</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>近期会议</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation>暂无已安排的会议。</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>各状态项目数</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Deadlines: overdue and due within 7 days</source>
        <translation>期限：已逾期及7天内到期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限类型</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Nothing is overdue or due within 7 days.</source>
        <translation>没有逾期或7天内到期的事项。</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>待同步队列</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <source>Decision</source>
        <translation>审查决定</translation>
    </message>
    <message>
        <source>&amp;Conditions / required modifications:</source>
        <translation>条件／修改要求(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Follow-up review within:</source>
        <translation>跟踪审查间隔(&amp;F)：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Conditions or required modifications</source>
        <translation>条件或修改要求</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <source>Follow-up review interval in months</source>
        <translation>跟踪审查间隔（月）</translation>
    </message>
    <message>
        <source>Record and sign decision…</source>
        <translation>记录并签署决定…</translation>
    </message>
    <message>
        <source>The presiding chair records and signs the decision</source>
        <translation>主持会议的主任委员记录并签署决定</translation>
    </message>
    <message>
        <source>Decision lette&amp;r (PDF)…</source>
        <translation>审查意见书 PDF(&amp;R)…</translation>
    </message>
    <message>
        <source>Issue the signed decision letter</source>
        <translation>出具签名的审查意见书</translation>
    </message>
    <message>
        <source>Presiding for this case: {name}</source>
        <translation>本项目会议主持人：{name}</translation>
    </message>
    <message>
        <source>Nobody can preside: {why}</source>
        <translation>无人可以主持：{why}</translation>
    </message>
    <message>
        <source>needs the chair or a vice-chair, present and not recused</source>
        <translation>需要到会且未回避的主任委员或副主任委员</translation>
    </message>
    <message>
        <source>Standing decision from an earlier meeting: {decision}. A new one supersedes it.</source>
        <translation>此前会议作出的现行决定：{decision}。新的决定将取代它。</translation>
    </message>
    <message>
        <source>The votes reached: {decision}</source>
        <translation>表决结果：{decision}</translation>
    </message>
    <message>
        <source>The decision can be recorded once the votes reach one.</source>
        <translation>表决形成决定后即可记录决定。</translation>
    </message>
    <message>
        <source>Signed by {name} at {time} as a preliminary decision: the case is on the expert re-review list ({basis}).</source>
        <translation>{name}于{time}签署初步审查意见：该项目列入专家复核清单（{basis}）。</translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation>决定：{decision}</translation>
    </message>
    <message>
        <source>Signed by {name} at {time}; this decision is final and read-only.</source>
        <translation>由{name}于 {time} 签署；该决定已生效，不可修改。</translation>
    </message>
    <message>
        <source>Follow-up review due by {date}.</source>
        <translation>跟踪审查截止日期：{date}。</translation>
    </message>
    <message>
        <source>List the modifications required for approval after modification.</source>
        <translation>请列出“修改后批准”所要求的修改内容。</translation>
    </message>
    <message>
        <source>Give the reasons for a decision other than approval.</source>
        <translation>批准以外的决定须说明理由。</translation>
    </message>
    <message>
        <source>Your PIN signs the committee&apos;s decision “{decision}” on {case}.</source>
        <translation>输入PIN码即签署委员会对 {case} 的决定“{decision}”。</translation>
    </message>
    <message>
        <source>Signing the decision…</source>
        <translation>正在签署决定…</translation>
    </message>
    <message>
        <source>{name} signed the decision on {case}.</source>
        <translation>{name} 已签署 {case} 的决定。</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>Decided</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审查决定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Follow-up review due</source>
        <translation>跟踪审查期限</translation>
    </message>
    <message>
        <source>Conditions and reasons</source>
        <translation>条件与理由</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终决定</translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation>初步决定（待专家复核）</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>尚未作出决定。</translation>
    </message>
    <message>
        <source>Conditions: {text}</source>
        <translation>条件：{text}</translation>
    </message>
    <message>
        <source>Reasons: {text}</source>
        <translation>理由：{text}</translation>
    </message>
    <message>
        <source>Decisions on this case</source>
        <translation>本项目的审查决定</translation>
    </message>
    <message>
        <source>Decision lette&amp;r (PDF)…</source>
        <translation>审查意见书 PDF(&amp;R)…</translation>
    </message>
    <message>
        <source>Issue the signed decision letter of the selected decision</source>
        <translation>出具所选决定经签名的审查意见书</translation>
    </message>
    <message>
        <source>Acceptance noti&amp;ce (PDF)…</source>
        <translation>受理通知书 PDF(&amp;C)…</translation>
    </message>
    <message>
        <source>Issue the signed acceptance notice of this case</source>
        <translation>出具本项目经签名的受理通知书</translation>
    </message>
</context>
<context>
    <name>DeclarationsPanel</name>
    <message>
        <source>Before discussing a case, every member present declares whether they have a conflict of interest in it. A member with a conflict withdraws from its discussion and vote ({basis}); a declared conflict cannot be withdrawn.</source>
        <translation>讨论项目前，每位到会委员声明是否与该项目存在利益冲突。存在利益冲突的委员回避该项目的讨论和表决（{basis}）；已声明的利益冲突不能撤回。</translation>
    </message>
    <message>
        <source>Not declared yet</source>
        <translation>尚未声明</translation>
    </message>
    <message>
        <source>Conflict declared, recused: {statement}</source>
        <translation>已声明利益冲突并回避：{statement}</translation>
    </message>
    <message>
        <source>No conflict of interest</source>
        <translation>无利益冲突</translation>
    </message>
    <message>
        <source>No conflict</source>
        <translation>无利益冲突</translation>
    </message>
    <message>
        <source>{name} declares no conflict of interest</source>
        <translation>{name} 声明无利益冲突</translation>
    </message>
    <message>
        <source>Declare a conflict…</source>
        <translation>声明利益冲突…</translation>
    </message>
    <message>
        <source>{name} declares a conflict of interest</source>
        <translation>{name} 声明存在利益冲突</translation>
    </message>
    <message>
        <source>Your PIN signs your declaration of a conflict of interest in {case}.</source>
        <translation>输入PIN码即签署您与 {case} 存在利益冲突的声明。</translation>
    </message>
    <message>
        <source>Your PIN signs your declaration of no conflict of interest in {case}.</source>
        <translation>输入PIN码即签署您与 {case} 不存在利益冲突的声明。</translation>
    </message>
    <message>
        <source>Signing {name}&apos;s declaration…</source>
        <translation>正在签署 {name} 的利益冲突声明…</translation>
    </message>
    <message>
        <source>{name}&apos;s declaration is signed.</source>
        <translation>{name} 的利益冲突声明已签署。</translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>No current member may sign this document.</source>
        <translation>目前没有可签署此文件的在任委员。</translation>
    </message>
    <message>
        <source>To sign: {document}</source>
        <translation>签署：{document}</translation>
    </message>
    <message>
        <source>Signing and checking: {document}…</source>
        <translation>正在签署并核验：{document}…</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>This PDF could not be read; it may be damaged.</source>
        <translation>无法读取该 PDF 文件，文件可能已损坏。</translation>
    </message>
    <message>
        <source>Documents of type {type} cannot be shown inside Quorum. They are never opened in another program, because that would need a decrypted copy on disk.</source>
        <translation>Quorum 内无法显示 {type} 类型的文档。此类文档不会交由其他程序打开，因为那需要在磁盘上留下解密后的副本。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>/ {n}</translation>
    </message>
    <message>
        <source>Choose a document version to view it here.</source>
        <translation>请选择一个文档版本，在此处查看。</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>页码(&amp;P)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>文档文本</translation>
    </message>
    <message>
        <source>Document image</source>
        <translation>文档图像</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Protocol</source>
        <translation>研究方案</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>知情同意书</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>往来函件</translation>
    </message>
    <message>
        <source>Document / version</source>
        <translation>文档 / 版本</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>{n} versions</source>
        <translation>共 {n} 个版本</translation>
    </message>
    <message>
        <source>Version {n}: {name}</source>
        <translation>第 {n} 版：{name}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>Import a new version</source>
        <translation>导入新版本</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <source>Drop one file to add a new version of a document.</source>
        <translation>添加文档的新版本时，请只拖入一个文件。</translation>
    </message>
    <message>
        <source>Importing %p%</source>
        <translation>正在导入 %p%</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>导入文档(&amp;I)…</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>新版本(&amp;V)…</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>打开(&amp;E)</translation>
    </message>
    <message>
        <source>Import a new version of the selected document</source>
        <translation>为所选文档导入新版本</translation>
    </message>
    <message>
        <source>Open the selected version</source>
        <translation>打开所选版本</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Drag files here to add them to the case; drop a file on a document to add a new version.</source>
        <translation>将文件拖到此处即可添加到本项目；拖到某个文档上则作为该文档的新版本。</translation>
    </message>
    <message>
        <source>Documents and their versions</source>
        <translation>文档及其版本</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>Saved; the change is recorded in the audit trail.</source>
        <translation>已保存；修改已记入审计记录。</translation>
    </message>
    <message>
        <source>Edit case {ref}</source>
        <translation>编辑项目 {ref}</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>项目名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>申请人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <source>Ris&amp;k level:</source>
        <translation>风险等级(&amp;K)：</translation>
    </message>
    <message>
        <source>Review domains:</source>
        <translation>审查领域：</translation>
    </message>
    <message>
        <source>Involves human participants</source>
        <translation>涉及人类研究参与者</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <source>Tick at least one background.</source>
        <translation>请至少勾选一个专业背景。</translation>
    </message>
    <message>
        <source>Saved; the change is recorded in the audit trail.</source>
        <translation>已保存；修改已记入审计记录。</translation>
    </message>
    <message>
        <source>Edit member: {name}</source>
        <translation>编辑委员：{name}</translation>
    </message>
    <message>
        <source>The name and role are part of the member&apos;s signing certificate and stay as enrolled.</source>
        <translation>姓名和职务写在委员的签名证书中，保持登记时的内容不变。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>EnrolMemberDialog</name>
    <message>
        <source>Reading the signing key from the token…</source>
        <translation>正在从令牌读取签名密钥…</translation>
    </message>
    <message>
        <source>Creating the signing key…</source>
        <translation>正在创建签名密钥…</translation>
    </message>
    <message>
        <source>Enrol a member</source>
        <translation>登记委员</translation>
    </message>
    <message>
        <source>Enrolment reads the public key of the member&apos;s token and issues their certificate. Hand the keyboard to the member to type the token&apos;s PIN; it goes to the token only.</source>
        <translation>登记将读取委员令牌中的公钥并为其签发证书。请把键盘交给委员本人，由其输入令牌PIN码；PIN码只发送给令牌。</translation>
    </message>
    <message>
        <source>Enrolment creates the member&apos;s signing key and certificate. Hand the keyboard to the member to type their PIN twice; it protects their key and is not stored.</source>
        <translation>登记将为委员生成签名密钥和证书。请把键盘交给委员本人，由其输入两次PIN码；PIN码用于保护其密钥，系统不会保存。</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>登记(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>ExportCaDialog</name>
    <message>
        <source>Choose where to write the certificate.</source>
        <translation>请选择证书的保存位置。</translation>
    </message>
    <message>
        <source>Wrote the committee CA to {path}.
SHA-256 fingerprint: {fingerprint}</source>
        <translation>已将委员会 CA 证书写入 {path}。
SHA-256 指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Export the committee CA</source>
        <translation>导出委员会 CA 证书</translation>
    </message>
    <message>
        <source>Readers verify the committee&apos;s signed PDFs against this certificate. Give them the file and read them the fingerprint.</source>
        <translation>读者用此证书验证委员会签名的 PDF。请把文件交给对方，并向其核对指纹。</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>证书文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Recording the extension…</source>
        <translation>正在记录延期…</translation>
    </message>
    <message>
        <source>Extend the decision limit of {ref}</source>
        <translation>延长{ref}的审查时限</translation>
    </message>
    <message>
        <source>The decision is due by {due}. In a special case the limit may be extended, stating the new limit and the reason ({basis}).</source>
        <translation>审查决定应于{due}前作出。特殊情况下可以延长时限，须明确延长后的期限并说明理由（{basis}）。</translation>
    </message>
    <message>
        <source>New &amp;last day:</source>
        <translation>延长至(&amp;L)：</translation>
    </message>
    <message>
        <source>New last day for the decision</source>
        <translation>作出审查决定的新截止日期</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>延长(&amp;E)</translation>
    </message>
    <message>
        <source>Record the extension</source>
        <translation>记录延期</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImportDecisionDialog</name>
    <message>
        <source>Choose the decision file.</source>
        <translation>请选择审查决定文件。</translation>
    </message>
    <message>
        <source>Verified and recorded: {committee} decided “{decision}” on {case} (registry entry {leaf} of {size}).</source>
        <translation>已验证并记录：{committee} 对 {case} 作出决定“{decision}”（登记平台第 {leaf} 条，共 {size} 条）。</translation>
    </message>
    <message>
        <source>Import another committee&apos;s decision</source>
        <translation>导入其他委员会的审查决定</translation>
    </message>
    <message>
        <source>A decision file from another committee, with the registry&apos;s receipt, is checked here without a network: its signatures and its place in the registry&apos;s log.</source>
        <translation>其他委员会的审查决定文件（附登记平台回执）在此离线核验：核验其签名及其在登记平台日志中的位置。</translation>
    </message>
    <message>
        <source>&amp;Decision file:</source>
        <translation>审查决定文件(&amp;D)：</translation>
    </message>
    <message>
        <source>For our &amp;case (reference, optional):</source>
        <translation>本委员会对应项目（受理编号，可选）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Decision file</source>
        <translation>审查决定文件</translation>
    </message>
    <message>
        <source>Our case</source>
        <translation>本委员会项目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Verify and import</source>
        <translation>验证并导入(&amp;V)</translation>
    </message>
</context>
<context>
    <name>IntakeChecks</name>
    <message>
        <source>Enter the reference number, the title and the applicant.</source>
        <translation>请填写受理编号、项目名称和申请人。</translation>
    </message>
    <message>
        <source>Choose the risk level.</source>
        <translation>请选择风险等级。</translation>
    </message>
    <message>
        <source>“{procedure}” may not be used for this case; choose another procedure.</source>
        <translation>本项目不得适用“{procedure}”，请选择其他审查程序。</translation>
    </message>
    <message>
        <source>The simplified procedure needs at least {n} reviewers named by the chair ({basis}); {chosen} chosen.</source>
        <translation>简易程序须由主任委员指定至少{n}名委员审查（{basis}）；已选{chosen}名。</translation>
    </message>
    <message>
        <source>Choose at least {n} reviewers for the simplified procedure.</source>
        <translation>简易程序请至少选择 {n} 名审查委员。</translation>
    </message>
    <message>
        <source>Reviewers lead the review of the case at the meeting; {chosen} chosen.</source>
        <translation>审查委员在会议上主审本项目；已选 {chosen} 名。</translation>
    </message>
    <message>
        <source>Choose the risk level to see whether this procedure may be used.</source>
        <translation>请选择风险等级，以查看能否适用该程序。</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Not required for this case.</source>
        <translation>本项目无需提交。</translation>
    </message>
    <message>
        <source>Every required material is provided.</source>
        <translation>所需材料均已提交。</translation>
    </message>
    <message>
        <source>The title or summary suggests list item {items}; tick it if the activity falls under it.</source>
        <translation>项目名称或摘要提示可能属于清单第 {items} 项；如确属该项，请勾选。</translation>
    </message>
    <message>
        <source>Recording the case…</source>
        <translation>正在登记项目…</translation>
    </message>
    <message>
        <source>Missing, to tell the applicant at once ({n}, {basis}):</source>
        <translation>缺少的材料，须一次性告知申请人（{n}项，{basis}）：</translation>
    </message>
    <message>
        <source>New case (intake)</source>
        <translation>新建项目（受理）</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请信息</translation>
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation>受理编号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>项目名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>申请人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <source>Received o&amp;n:</source>
        <translation>收到日期(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Review domains:</source>
        <translation>审查领域：</translation>
    </message>
    <message>
        <source>Involves human participants</source>
        <translation>涉及人类研究参与者</translation>
    </message>
    <message>
        <source>Ris&amp;k level:</source>
        <translation>风险等级(&amp;K)：</translation>
    </message>
    <message>
        <source>Expert re-review list ({basis})</source>
        <translation>专家复核清单（{basis}）</translation>
    </message>
    <message>
        <source>Application materials ({basis})</source>
        <translation>申请材料（{basis}）</translation>
    </message>
    <message>
        <source>AI risk ti&amp;er (EU AI Act, a review aid):</source>
        <translation>人工智能风险等级（参照欧盟《人工智能法》，仅作审查参考）(&amp;E)：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>AI risk tier</source>
        <translation>人工智能风险等级</translation>
    </message>
    <message>
        <source>Minor change to an approved plan (risk-benefit unchanged)</source>
        <translation>对已批准方案的微小修改（风险受益比不变）</translation>
    </message>
    <message>
        <source>Public emergency</source>
        <translation>突发公共事件</translation>
    </message>
    <message>
        <source>Expert re-review list items</source>
        <translation>专家复核清单条目</translation>
    </message>
    <message>
        <source>Materials provided</source>
        <translation>已提交的材料</translation>
    </message>
    <message>
        <source>Tick a&amp;ll: every material received</source>
        <translation>全部勾选：材料均已收到(&amp;L)</translation>
    </message>
    <message>
        <source>Tick every material as received</source>
        <translation>将所有材料勾选为已收到</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>审查程序</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>审查委员</translation>
    </message>
    <message>
        <source>Reviewers assigned</source>
        <translation>指定的审查委员</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>保存项目</translation>
    </message>
</context>
<context>
    <name>IssueDocuments</name>
    <message>
        <source>Decision letter</source>
        <translation>审查意见书</translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Conflict-of-interest register</source>
        <translation>利益冲突登记表</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>年度工作报告</translation>
    </message>
    <message>
        <source>Letter on a linked submission</source>
        <translation>关联申请审查意见书</translation>
    </message>
    <message>
        <source>No timestamp yet (PAdES {level}): the registry&apos;s timestamp is added at the next sync.</source>
        <translation>尚无时间戳（PAdES {level}）：下次同步时由登记平台加盖时间戳。</translation>
    </message>
    <message>
        <source>Timestamped by {authority} at {time}, an authority this vault does not know, so the timestamp is not relied on.</source>
        <translation>{authority} 于 {time} 加盖了时间戳，但本保险库不认识该时间戳机构，因此不采信该时间戳。</translation>
    </message>
    <message>
        <source>Timestamped by {authority} at {time} (PAdES {level}): checked as of that time, so it stays valid after the signer&apos;s certificate expires.</source>
        <translation>{authority} 于 {time} 加盖时间戳（PAdES {level}）：按该时间核验，签名人证书到期后仍然有效。</translation>
    </message>
    <message>
        <source>✓ Signature valid: signed by {name} ({role}) at {time}; verified against the committee CA.</source>
        <translation>✓ 签名有效：由 {name}（{role}）于 {time} 签署；已通过本委员会证书机构核验。</translation>
    </message>
    <message>
        <source>⚠ The signature is intact but does not chain to the committee CA.</source>
        <translation>⚠ 签名完整，但其证书不能追溯到本委员会证书机构。</translation>
    </message>
    <message>
        <source>✗ The signature does not match the file: it was changed or damaged.</source>
        <translation>✗ 签名与文件不符：文件已被修改或损坏。</translation>
    </message>
    <message>
        <source>✗ The file is not signed.</source>
        <translation>✗ 文件未签名。</translation>
    </message>
</context>
<context>
    <name>IssuedDocumentWindow</name>
    <message>
        <source>Save the signed PDF</source>
        <translation>保存已签名的 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>无法保存 {path}：{error}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>签名核验</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the signed PDF to a file</source>
        <translation>将已签名的 PDF 保存为文件</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>关闭文件</translation>
    </message>
</context>
<context>
    <name>IssuedRegisterDialog</name>
    <message>
        <source>not yet: at the next sync</source>
        <translation>尚未加盖：待下次同步</translation>
    </message>
    <message>
        <source>{level}, timestamped {time}</source>
        <translation>{level}，时间戳 {time}</translation>
    </message>
    <message>
        <source>Checking the signature and timestamp…</source>
        <translation>正在核验签名和时间戳…</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>已出具文件</translation>
    </message>
    <message>
        <source>The signed PDFs the committee issued, kept encrypted in the vault. After a sync each gets the registry&apos;s timestamp and the certificates and revocation list that keep it verifiable once the signer&apos;s certificate expires.</source>
        <translation>委员会已出具的签名 PDF，加密保存在保险库中。同步后，每份文件都会加盖登记平台的时间戳，并附上证书和吊销列表，使其在签名人证书到期后仍可核验。</translation>
    </message>
    <message>
        <source>The committee has not issued a signed PDF yet.</source>
        <translation>委员会尚未出具签名 PDF。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>For</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <source>Long-term validation</source>
        <translation>长期验证</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Outbox and sync</source>
        <translation>同步与待发队列</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>(no committee)</source>
        <translation>（未设委员会）</translation>
    </message>
    <message>
        <source>Quorum — {committee}</source>
        <translation type="vanished">Quorum — {committee}</translation>
    </message>
    <message>
        <source>Review packets</source>
        <translation>审查材料包</translation>
    </message>
    <message>
        <source>Meeting room (network)</source>
        <translation>会议室（局域网）</translation>
    </message>
    <message>
        <source>Join the meeting</source>
        <translation>加入会议</translation>
    </message>
    <message>
        <source>Member vault — {name}</source>
        <translation>委员保险库 — {name}</translation>
    </message>
    <message>
        <source>Committee vault</source>
        <translation>委员会保险库</translation>
    </message>
    <message>
        <source>About Quorum</source>
        <translation>关于 Quorum</translation>
    </message>
    <message>
        <source>Quorum keeps a science-and-technology ethics review committee&apos;s record offline.</source>
        <translation>Quorum 离线保存科技伦理审查委员会的审查记录。</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>功能页面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>关闭保险库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Quorum</source>
        <translation>关于 Quorum(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MaterialsDialog</name>
    <message>
        <source>Recording the materials…</source>
        <translation>正在登记材料…</translation>
    </message>
    <message>
        <source>Materials received for {ref}</source>
        <translation>{ref} 补交材料</translation>
    </message>
    <message>
        <source>Tick the materials the applicant has now provided. Saving records them and accepts the case once nothing is missing.</source>
        <translation>请勾选申请人现已补交的材料。保存后将登记这些材料，材料齐全时即受理该项目。</translation>
    </message>
    <message>
        <source>Materials now provided</source>
        <translation>现已补交的材料</translation>
    </message>
    <message>
        <source>&amp;Record and accept</source>
        <translation>登记并受理(&amp;R)</translation>
    </message>
    <message>
        <source>Record the materials and accept the case</source>
        <translation>登记材料并受理项目</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MeetingDeviceScreen</name>
    <message>
        <source>No meeting was found on this network; type the join code.</source>
        <translation>在此网络上未找到会议；请输入加入码。</translation>
    </message>
    <message>
        <source>Declare a conflict</source>
        <translation>声明利益冲突</translation>
    </message>
    <message>
        <source>What is the conflict of interest?</source>
        <translation>存在何种利益冲突？</translation>
    </message>
    <message>
        <source>Not in a meeting. Type or scan the join code the host shows.</source>
        <translation>尚未加入会议。请输入或扫描主持端显示的加入码。</translation>
    </message>
    <message>
        <source>{committee} · {meeting}</source>
        <translation>{committee} · {meeting}</translation>
    </message>
    <message>
        <source>Present ({count}): {names}</source>
        <translation>出席（{count}）：{names}</translation>
    </message>
    <message>
        <source>You have not checked in yet.</source>
        <translation>您尚未签到。</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>You have not declared on this case yet.</source>
        <translation>您尚未就本项目作出声明。</translation>
    </message>
    <message>
        <source>You declared a conflict and are recused.</source>
        <translation>您已声明利益冲突并回避。</translation>
    </message>
    <message>
        <source>You declared no conflict.</source>
        <translation>您已声明无利益冲突。</translation>
    </message>
    <message>
        <source>You have voted.</source>
        <translation>您已投票。</translation>
    </message>
    <message>
        <source>Current case: {reference} {title}</source>
        <translation>当前项目：{reference} {title}</translation>
    </message>
    <message>
        <source>Join code, e.g. 192.168.8.10:40123/3f2a9c41e0b7d512</source>
        <translation>加入码，例如 192.168.8.10:40123/3f2a9c41e0b7d512</translation>
    </message>
    <message>
        <source>Join the meeting</source>
        <translation>加入会议</translation>
    </message>
    <message>
        <source>Find on this network</source>
        <translation>在此网络上查找</translation>
    </message>
    <message>
        <source>Check in (signed here)</source>
        <translation>签到（在本机签名）</translation>
    </message>
    <message>
        <source>Declare: no conflict</source>
        <translation>声明：无利益冲突</translation>
    </message>
    <message>
        <source>Declare a conflict…</source>
        <translation>声明利益冲突…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Sign and cast my vote</source>
        <translation>签名并投票</translation>
    </message>
    <message>
        <source>Note on this answer (optional)</source>
        <translation>对此回答的备注（可选）</translation>
    </message>
    <message>
        <source>Conditions (approval after modification)</source>
        <translation>修改意见（修改后批准时填写）</translation>
    </message>
    <message>
        <source>Reasons (any decision but approval)</source>
        <translation>理由（批准以外的决定须填写）</translation>
    </message>
    <message>
        <source>Sign the decision (presiding)</source>
        <translation>签署决定（主持人）</translation>
    </message>
</context>
<context>
    <name>MeetingHostScreen</name>
    <message>
        <source>Choose a meeting and the address of the room&apos;s network.</source>
        <translation>请选择会议和会议室网络的地址。</translation>
    </message>
    <message>
        <source>Cannot listen there.</source>
        <translation>无法在该地址上监听。</translation>
    </message>
    <message>
        <source>The meeting is not open to the room.</source>
        <translation>会议尚未向会议室开放。</translation>
    </message>
    <message>
        <source>Join code: {code}</source>
        <translation>加入码：{code}</translation>
    </message>
    <message>
        <source>Present ({count}): {names}</source>
        <translation>出席（{count}）：{names}</translation>
    </message>
    <message>
        <source>{time} refused {peer}</source>
        <translation>{time} 拒绝了 {peer}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Address on the room&apos;s network</source>
        <translation>会议室网络上的地址</translation>
    </message>
    <message>
        <source>Port (0: any free port)</source>
        <translation>端口（0：任一空闲端口）</translation>
    </message>
    <message>
        <source>Current case</source>
        <translation>当前项目</translation>
    </message>
    <message>
        <source>Open to the room</source>
        <translation>向会议室开放</translation>
    </message>
    <message>
        <source>Close to the room</source>
        <translation>停止向会议室开放</translation>
    </message>
    <message>
        <source>Connected devices</source>
        <translation>已连接的设备</translation>
    </message>
    <message>
        <source>Refused connections and messages</source>
        <translation>被拒绝的连接和消息</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>正在进行</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>连接时间</translation>
    </message>
</context>
<context>
    <name>MeetingJobs</name>
    <message>
        <source>Add to a&amp;genda…</source>
        <translation>列入议程(&amp;G)…</translation>
    </message>
    <message>
        <source>Add a case to this meeting&apos;s agenda</source>
        <translation>将项目列入本次会议议程</translation>
    </message>
    <message>
        <source>Re-review &amp;opinion…</source>
        <translation>专家复核意见(&amp;O)…</translation>
    </message>
    <message>
        <source>Record the expert re-review opinion</source>
        <translation>登记专家复核意见</translation>
    </message>
</context>
<context>
    <name>MeetingScreen</name>
    <message>
        <source>&amp;Meeting:</source>
        <translation>会议(&amp;M)：</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>&amp;Schedule a meeting…</source>
        <translation>安排会议(&amp;S)…</translation>
    </message>
    <message>
        <source>Schedule a new review meeting</source>
        <translation>安排新的审查会议</translation>
    </message>
    <message>
        <source>C&amp;lose meeting</source>
        <translation>结束会议(&amp;L)</translation>
    </message>
    <message>
        <source>Close the meeting; its record can no longer change</source>
        <translation>结束会议；会议记录此后不可更改</translation>
    </message>
    <message>
        <source>Minutes (&amp;PDF)…</source>
        <translation>会议纪要 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Issue the signed minutes of this meeting</source>
        <translation>出具本次会议经签名的会议纪要</translation>
    </message>
    <message>
        <source>COI re&amp;gister (PDF)…</source>
        <translation>利益冲突登记表 PDF(&amp;G)…</translation>
    </message>
    <message>
        <source>Issue the signed conflict-of-interest register of this meeting</source>
        <translation>出具本次会议经签名的利益冲突登记表</translation>
    </message>
    <message>
        <source>Quorum of the meeting</source>
        <translation>会议法定人数</translation>
    </message>
    <message>
        <source>Quorum for this case</source>
        <translation>本项目法定人数</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Agenda: cases to review</source>
        <translation>议程：待审项目</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>&amp;Declarations</source>
        <translation>利益冲突声明(&amp;D)</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>审查要点(&amp;K)</translation>
    </message>
    <message>
        <source>Panel s&amp;ummary</source>
        <translation>汇总(&amp;U)</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>会议纪要(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Votes and decision</source>
        <translation>表决与决定(&amp;V)</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>审查会议</translation>
    </message>
    <message>
        <source>No meeting is scheduled yet. Schedule one to begin.</source>
        <translation>尚未安排会议。请先安排一次会议。</translation>
    </message>
    <message>
        <source> (video)</source>
        <translation>（视频会议）</translation>
    </message>
    <message>
        <source>{time} · {place} · {status}</source>
        <translation>{time} · {place} · {status}</translation>
    </message>
    <message>
        <source>Decided: {decision}</source>
        <translation>已决定：{decision}</translation>
    </message>
    <message>
        <source>Applicant: {applicant} · {procedure}</source>
        <translation>申请人：{applicant} · {procedure}</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>结束会议</translation>
    </message>
    <message>
        <source>Close this meeting? Its attendance, declarations, votes and minutes can no longer change.</source>
        <translation>结束本次会议？结束后出席、声明、表决和会议纪要都不能再更改。</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;new term…</source>
        <translation type="vanished">续聘(&amp;N)…</translation>
    </message>
    <message>
        <source>Record &amp;training…</source>
        <translation>登记培训(&amp;T)…</translation>
    </message>
    <message>
        <source>Change P&amp;IN…</source>
        <translation>修改PIN码(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>The token&apos;s PKCS#11 module</source>
        <translation>令牌的 PKCS#11 模块</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.dll *.dylib)</source>
        <translation>PKCS#11 模块 (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>请输入委员姓名。</translation>
    </message>
    <message>
        <source>Tick at least one background.</source>
        <translation>请至少勾选一个专业背景。</translation>
    </message>
    <message>
        <source>The term must end after it starts.</source>
        <translation>任期结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>Choose the token&apos;s PKCS#11 module file (its maker&apos;s driver, e.g. a .so or .dll).</source>
        <translation>请选择令牌的 PKCS#11 模块文件（令牌厂商提供的驱动，如 .so 或 .dll 文件）。</translation>
    </message>
    <message>
        <source>Enter the token&apos;s label, as the token&apos;s own tool shows it.</source>
        <translation>请输入令牌标签（与令牌管理工具显示的一致）。</translation>
    </message>
    <message>
        <source>Enter the label of the signing key on the token.</source>
        <translation>请输入令牌上签名密钥的标签。</translation>
    </message>
    <message>
        <source>The member types the token&apos;s PIN.</source>
        <translation>请委员本人输入令牌PIN码。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>英文姓名(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职务(&amp;R)：</translation>
    </message>
    <message>
        <source>Backgrounds:</source>
        <translation>专业背景：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>工作单位(&amp;A)：</translation>
    </message>
    <message>
        <source>Term &amp;starts:</source>
        <translation>任期开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Term &amp;ends:</source>
        <translation>任期结束(&amp;E)：</translation>
    </message>
    <message>
        <source>Signs &amp;with:</source>
        <translation>签名方式(&amp;W)：</translation>
    </message>
    <message>
        <source>PKCS#11 &amp;module:</source>
        <translation>PKCS#11 模块(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Token label:</source>
        <translation>令牌标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Key label on the token:</source>
        <translation>令牌上的密钥标签(&amp;K)：</translation>
    </message>
    <message>
        <source>Signing &amp;PIN:</source>
        <translation>签名PIN码(&amp;P)：</translation>
    </message>
    <message>
        <source>Token &amp;PIN:</source>
        <translation>令牌PIN码(&amp;P)：</translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation>再次输入PIN码(&amp;G)：</translation>
    </message>
    <message>
        <source>Background: {name}</source>
        <translation>专业背景：{name}</translation>
    </message>
    <message>
        <source>E&amp;xternal to the institution</source>
        <translation>非本单位人员(&amp;X)</translation>
    </message>
    <message>
        <source>External to the institution</source>
        <translation>非本单位人员</translation>
    </message>
    <message>
        <source>a PIN on this laptop (key sealed in the vault)</source>
        <translation>本机 PIN（密钥密封于保险库中）</translation>
    </message>
    <message>
        <source>a hardware token (PKCS#11 USB key or smart card)</source>
        <translation>硬件令牌（PKCS#11 USB Key 或智能卡）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>the driver file from the token&apos;s maker</source>
        <translation>令牌厂商提供的驱动文件</translation>
    </message>
    <message>
        <source>The member types it; the token checks it, Quorum keeps it nowhere</source>
        <translation>由委员本人输入；令牌自行校验，Quorum 不保存</translation>
    </message>
    <message>
        <source>The member types it; at least {n} characters</source>
        <translation>由委员本人输入，至少 {n} 位</translation>
    </message>
</context>
<context>
    <name>MemberPacketsScreen</name>
    <message>
        <source>held</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>expired, destroyed</source>
        <translation>已过期，已销毁</translation>
    </message>
    <message>
        <source>revoked, destroyed</source>
        <translation>已撤回，已销毁</translation>
    </message>
    <message>
        <source>Packet {id} · {status} · expires {date}</source>
        <translation>材料包 {id} · {status} · {date} 到期</translation>
    </message>
    <message>
        <source>This packet was destroyed; its contents are gone.</source>
        <translation>该材料包已销毁，内容无法再读取。</translation>
    </message>
    <message>
        <source>{meeting} — meeting {held}; answers due {due}; destroyed after {expires}</source>
        <translation>{meeting} — 会议时间 {held}；请于 {due} 前作答；{expires} 后销毁</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>No packets yet. Import the packet file the secretary sent you.</source>
        <translation>尚无材料包。请导入秘书发给您的材料包文件。</translation>
    </message>
    <message>
        <source>Declare your conflicts of interest for this case first.</source>
        <translation>请先就本项目声明利益冲突。</translation>
    </message>
    <message>
        <source>You declared a conflict: this case&apos;s documents stay closed.</source>
        <translation>您已声明利益冲突：本项目的文件不予打开。</translation>
    </message>
    <message>
        <source> You are a primary reviewer.</source>
        <translation>您是本项目的主审委员。</translation>
    </message>
    <message>
        <source>No conflict declared.</source>
        <translation>已声明无利益冲突。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Import a review packet</source>
        <translation>导入审查材料包</translation>
    </message>
    <message>
        <source>Packet checked and kept.</source>
        <translation>材料包已核验并保存。</translation>
    </message>
    <message>
        <source>Import a revocation</source>
        <translation>导入撤回通知</translation>
    </message>
    <message>
        <source>Declare a conflict</source>
        <translation>声明利益冲突</translation>
    </message>
    <message>
        <source>Describe the conflict:</source>
        <translation>请说明利益冲突：</translation>
    </message>
    <message>
        <source>Choose a checklist item first.</source>
        <translation>请先选择一个审查要点。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>作答</translation>
    </message>
    <message>
        <source>Choose:</source>
        <translation>请选择：</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>您的意见：</translation>
    </message>
    <message>
        <source>Comment signed.</source>
        <translation>意见已签名。</translation>
    </message>
    <message>
        <source>Write the response</source>
        <translation>生成回复文件</translation>
    </message>
    <message>
        <source>Response with {n} signed statements written; give it to the secretary.</source>
        <translation>已生成包含 {n} 条签名声明的回复文件，请交给秘书。</translation>
    </message>
    <message>
        <source>Import packet…</source>
        <translation>导入材料包…</translation>
    </message>
    <message>
        <source>Import revocation…</source>
        <translation>导入撤回通知…</translation>
    </message>
    <message>
        <source>Write response…</source>
        <translation>生成回复…</translation>
    </message>
    <message>
        <source>I have no conflict</source>
        <translation>本人无利益冲突</translation>
    </message>
    <message>
        <source>Declare a conflict…</source>
        <translation>声明利益冲突…</translation>
    </message>
    <message>
        <source>Documents (double-click to read)</source>
        <translation>文件（双击阅读）</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>审查要点清单</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>意见…</translation>
    </message>
    <message>
        <source>Packets received</source>
        <translation>已收到的材料包</translation>
    </message>
    <message>
        <source>Cases in the packet</source>
        <translation>材料包中的项目</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>审查要点</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>The committee already has a chair.</source>
        <translation>委员会已有主任委员。</translation>
    </message>
    <message>
        <source>Add at least one member.</source>
        <translation>请至少添加一名委员。</translation>
    </message>
    <message>
        <source>First members</source>
        <translation>首批委员</translation>
    </message>
    <message>
        <source>Enrol at least the chair. Each member types their own PIN twice; it protects their signing key. More members can be enrolled later on the Members screen.</source>
        <translation>至少登记主任委员。每位委员自行输入两次PIN码，用于保护其签名密钥。其他委员可稍后在“委员”页面登记。</translation>
    </message>
    <message>
        <source>&amp;Add this member</source>
        <translation>添加该委员(&amp;A)</translation>
    </message>
    <message>
        <source>Add this member to the list</source>
        <translation>将该委员加入名单</translation>
    </message>
    <message>
        <source>Members to enrol:</source>
        <translation>待登记委员：</translation>
    </message>
    <message>
        <source>Members to enrol</source>
        <translation>待登记委员</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected member from the list</source>
        <translation>从名单中移除所选委员</translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <source>open</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>latest {date} ({n} in all)</source>
        <translation>最近一次 {date}（共 {n} 次）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外单位</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>{n} members; {flagged} terms expired or ending within 90 days.</source>
        <translation>共 {n} 名委员；{flagged} 人任期已届满或将在90天内届满。</translation>
    </message>
    <message>
        <source>Expired {days} d ago</source>
        <translation>已届满 {days} 天</translation>
    </message>
    <message>
        <source>Ends in {days} d</source>
        <translation>{days} 天后届满</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已离任</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>Training records of {name}</source>
        <translation>{name} 的培训记录</translation>
    </message>
    <message>
        <source>{date}: {title} ({provider}, {hours} hours)</source>
        <translation>{date}：{title}（{provider}，{hours} 学时）</translation>
    </message>
    <message>
        <source>No training recorded.</source>
        <translation>暂无培训记录。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Backgrounds</source>
        <translation>专业背景</translation>
    </message>
    <message>
        <source>Internal or external</source>
        <translation>本单位/外单位</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <source>Term status</source>
        <translation>任期状态</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Member roster</source>
        <translation>委员名册</translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation>显示已离任委员(&amp;F)</translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation>显示已离任委员</translation>
    </message>
    <message>
        <source>&amp;Enrol member…</source>
        <translation>登记委员(&amp;E)…</translation>
    </message>
    <message>
        <source>Enrol a new member</source>
        <translation>登记新委员</translation>
    </message>
    <message>
        <source>Re&amp;new term…</source>
        <translation>续聘(&amp;N)…</translation>
    </message>
    <message>
        <source>Renew the selected member&apos;s term</source>
        <translation>为所选委员续聘</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>培训记录</translation>
    </message>
</context>
<context>
    <name>MissingNotice</name>
    <message>
        <source>Case {ref} was recorded as incomplete. Tell the applicant everything that is missing, at once ({basis}):</source>
        <translation>项目{ref}已记录为材料不齐全。请一次性告知申请人需补充的全部材料（{basis}）：</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>复制清单(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the list of missing materials</source>
        <translation>复制缺少材料清单</translation>
    </message>
    <message>
        <source>Signed &amp;notice (PDF)…</source>
        <translation>签名告知书 PDF(&amp;N)…</translation>
    </message>
    <message>
        <source>Issue the signed notice of every missing material</source>
        <translation>出具经签名的补正材料一次性告知书</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation>缺少的材料</translation>
    </message>
</context>
<context>
    <name>NetworkBox</name>
    <message>
        <source>Name lookup</source>
        <translation>域名解析</translation>
    </message>
    <message>
        <source>Proxy reachable</source>
        <translation>代理可连接</translation>
    </message>
    <message>
        <source>Proxy authentication</source>
        <translation>代理身份验证</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>安全连接（TLS）</translation>
    </message>
    <message>
        <source>Registry answering</source>
        <translation>登记平台应答</translation>
    </message>
    <message>
        <source>Registry keys match the imported ones</source>
        <translation>登记平台密钥与导入的一致</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未要求</translation>
    </message>
    <message>
        <source>certificate trusted</source>
        <translation>证书可信</translation>
    </message>
    <message>
        <source>pinned key matches</source>
        <translation>固定密钥一致</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ 通过</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ 失败</translation>
    </message>
    <message>
        <source>– not tried</source>
        <translation>– 未进行</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) besides the system&apos;s</source>
        <translation>
            <numerusform>系统证书之外另有 %n 个证书</numerusform>
        </translation>
    </message>
    <message>
        <source>None; the system&apos;s trusted certificates are used</source>
        <translation>无；使用系统信任的证书</translation>
    </message>
    <message>
        <source>(kept in the vault; type to change)</source>
        <translation>（已保存在保险库中；输入新密码即可更改）</translation>
    </message>
    <message>
        <source>Choose a certificate file</source>
        <translation>选择证书文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>证书 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Cannot read {path}.</source>
        <translation>无法读取 {path}。</translation>
    </message>
    <message>
        <source>Network settings saved.</source>
        <translation>网络设置已保存。</translation>
    </message>
    <message>
        <source>Testing the connection to the registry…</source>
        <translation>正在测试与登记平台的连接…</translation>
    </message>
    <message>
        <source>The registry can be reached; sync will work from this network.</source>
        <translation>登记平台可以连通；在此网络下可以同步。</translation>
    </message>
    <message>
        <source>Network (kept in the vault)</source>
        <translation>网络（保存在保险库中）</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>Proxy set by hand</source>
        <translation>手动设置代理</translation>
    </message>
    <message>
        <source>Automatic configuration (PAC)</source>
        <translation>自动配置（PAC）</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Proxy &amp;address:</source>
        <translation>代理地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>代理地址</translation>
    </message>
    <message>
        <source>http://proxy.hospital.example:8080</source>
        <translation>http://proxy.hospital.example:8080</translation>
    </message>
    <message>
        <source>PAC &amp;file:</source>
        <translation>PAC 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Proxy auto-configuration file address</source>
        <translation>代理自动配置文件地址</translation>
    </message>
    <message>
        <source>empty: find it automatically (WPAD)</source>
        <translation>留空：自动查找（WPAD）</translation>
    </message>
    <message>
        <source>Proxy &amp;username:</source>
        <translation>代理用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Proxy username</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>Extra trusted &amp;certificates:</source>
        <translation>额外信任的证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a trusted certificate file</source>
        <translation>添加信任的证书文件</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>全部移除</translation>
    </message>
    <message>
        <source>Remove the extra trusted certificates</source>
        <translation>移除额外信任的证书</translation>
    </message>
    <message>
        <source>Pinned registry &amp;key:</source>
        <translation>固定的登记平台密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Pinned registry key</source>
        <translation>固定的登记平台密钥</translation>
    </message>
    <message>
        <source>SHA-256 of the registry&apos;s public key; empty: no pinning</source>
        <translation>登记平台公钥的 SHA-256；留空：不固定</translation>
    </message>
    <message>
        <source>Save &amp;network settings</source>
        <translation>保存网络设置(&amp;N)</translation>
    </message>
    <message>
        <source>Save the network settings</source>
        <translation>保存网络设置</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test the connection to the registry</source>
        <translation>测试与登记平台的连接</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Minutes taken so far</source>
        <translation>已记录的会议纪要</translation>
    </message>
    <message>
        <source>&amp;New note for the minutes:</source>
        <translation>新增纪要(&amp;N)：</translation>
    </message>
    <message>
        <source>New note for the minutes</source>
        <translation>新增会议纪要</translation>
    </message>
    <message>
        <source>Add to minutes</source>
        <translation>加入纪要</translation>
    </message>
    <message>
        <source>Add the note to the minutes</source>
        <translation>将这条记录加入会议纪要</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>暂无记录。</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Objection to the decision on {ref}</source>
        <translation>对{ref}审查决定的申诉</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s objection. Put the case on a meeting&apos;s agenda to review it: the new decision either upholds this one or replaces it, and its letter says which.</source>
        <translation>记录申请人的申诉。将该项目列入会议议程进行复审：新的审查决定或维持原决定，或取代原决定，审查意见书将予以说明。</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Day the objection was received</source>
        <translation>收到申诉的日期</translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation>申诉内容(&amp;O)：</translation>
    </message>
    <message>
        <source>The applicant&apos;s objection</source>
        <translation>申请人的申诉内容</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Record the objection</source>
        <translation>记录申诉</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OpenVaultWindow</name>
    <message>
        <source>Choose the vault folder</source>
        <translation>选择保险库文件夹</translation>
    </message>
    <message>
        <source>Choose the vault folder first.</source>
        <translation>请先选择保险库文件夹。</translation>
    </message>
    <message>
        <source>Enter the vault passphrase (or the recovery code).</source>
        <translation>请输入保险库口令（或恢复码）。</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>正在打开保险库…</translation>
    </message>
    <message>
        <source>Quorum — open a vault</source>
        <translation type="vanished">Quorum — 打开保险库</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>打开保险库</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Open your committee&apos;s encrypted vault, or create a new one for a new committee.</source>
        <translation>打开本委员会的加密保险库，或为新委员会创建一个保险库。</translation>
    </message>
    <message>
        <source>&amp;Recent vaults:</source>
        <translation>最近使用的保险库(&amp;R)：</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>最近使用的保险库</translation>
    </message>
    <message>
        <source>Enter or double-click: type the passphrase. Delete: forget the entry.</source>
        <translation>回车或双击：输入口令。Delete 键：从列表中移除。</translation>
    </message>
    <message>
        <source>Vault &amp;folder:</source>
        <translation>保险库文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>保险库文件夹</translation>
    </message>
    <message>
        <source>Folder that holds keyslots.json and vault.db</source>
        <translation>包含 keyslots.json 和 vault.db 的文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the vault folder</source>
        <translation>浏览选择保险库文件夹</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>保险库口令</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>口令或恢复码</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the vault</source>
        <translation>打开保险库</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>新建保险库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>创建新的保险库</translation>
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message>
        <source>Waiting</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sent, awaiting receipt</source>
        <translation>已发送，待回执</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒收</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>最近发送</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>下次重试</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>登记序号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>导出到U盘</translation>
    </message>
    <message>
        <source>The file holds every decision without a receipt, encrypted to the registry and signed by the person below. Carry it to the registry; bring back its receipts file.</source>
        <translation>该文件包含所有尚无回执的决定，已加密给登记平台，并由下列人员签名。请将其送交登记平台，并带回回执文件。</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{waiting} waiting, {sent} sent awaiting receipt, {confirmed} confirmed, {rejected} rejected.</source>
        <translation>{waiting} 项待发送，{sent} 项已发送待回执，{confirmed} 项已确认，{rejected} 项被拒收。</translation>
    </message>
    <message>
        <source>No registry address is set: use Export to USB, or set it in Registry settings.</source>
        <translation>尚未设置登记平台地址：请使用“导出到U盘”，或在“登记平台设置”中设置。</translation>
    </message>
    <message>
        <source>No registry address is set: use Export to USB, or set the address in Settings.</source>
        <translation type="vanished">尚未设置登记平台地址：请使用“导出到U盘”，或在设置中填写地址。</translation>
    </message>
    <message>
        <source>Registry: {url} (log key {key})</source>
        <translation>登记平台：{url}（日志密钥 {key}）</translation>
    </message>
    <message>
        <source>Sending decisions to the registry…</source>
        <translation>正在向登记平台发送决定…</translation>
    </message>
    <message>
        <source>The registry could not be reached; Quorum will try again later. Settings → Test connection shows which step fails and what to ask IT for.</source>
        <translation>无法连接登记平台；Quorum 稍后会重试。在“设置”中点击“测试连接”，可以看到哪一步失败以及应向信息科询问什么。</translation>
    </message>
    <message>
        <source>{confirmed} confirmed, {rejected} rejected by the registry.</source>
        <translation>登记平台确认 {confirmed} 项，拒收 {rejected} 项。</translation>
    </message>
    <message>
        <source>Save the USB file</source>
        <translation>保存U盘文件</translation>
    </message>
    <message>
        <source>Quorum carry files (*.qcarry)</source>
        <translation>Quorum 传递文件 (*.qcarry)</translation>
    </message>
    <message>
        <source>Sign the USB export.</source>
        <translation>为U盘导出签名。</translation>
    </message>
    <message>
        <source>Writing the USB file…</source>
        <translation>正在写入U盘文件…</translation>
    </message>
    <message>
        <source>Wrote {n} decisions to {path}.</source>
        <translation>已将 {n} 项决定写入 {path}。</translation>
    </message>
    <message>
        <source>Open the registry&apos;s receipts file</source>
        <translation>打开登记平台的回执文件</translation>
    </message>
    <message>
        <source>Receipts (*.json)</source>
        <translation>回执文件 (*.json)</translation>
    </message>
    <message>
        <source>Outbox and sync</source>
        <translation>同步与待发队列</translation>
    </message>
    <message>
        <source>Registry settings…</source>
        <translation>登记平台设置…</translation>
    </message>
    <message>
        <source>Import a decision…</source>
        <translation>导入审查决定…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>导出到U盘…</translation>
    </message>
    <message>
        <source>Import receipts…</source>
        <translation>导入回执…</translation>
    </message>
    <message>
        <source>Queue rejected again</source>
        <translation>重新排队被拒收项</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>待发队列</translation>
    </message>
</context>
<context>
    <name>OverdueBox</name>
    <message>
        <source>Follow-up report not received</source>
        <translation>未收到跟踪审查报告</translation>
    </message>
    <message>
        <source>Serious adverse event awaiting review</source>
        <translation>严重不良事件待审查</translation>
    </message>
    <message>
        <source>Deviation report awaiting review</source>
        <translation>方案偏离报告待审查</translation>
    </message>
    <message>
        <source>Amendment awaiting review</source>
        <translation>修正案待审查</translation>
    </message>
    <message>
        <source>Follow-up report awaiting review</source>
        <translation>跟踪审查报告待审查</translation>
    </message>
    <message>
        <source>Request to suspend awaiting review</source>
        <translation>暂停申请待审查</translation>
    </message>
    <message>
        <source>Request to terminate awaiting review</source>
        <translation>终止申请待审查</translation>
    </message>
    <message>
        <source>Final report awaiting review</source>
        <translation>结题报告待审查</translation>
    </message>
    <message>
        <source>{due} — overdue by {n} d</source>
        <translation>{due} — 已逾期 {n} 天</translation>
    </message>
    <message>
        <source>Overdue after approval</source>
        <translation>批准后逾期事项</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>No follow-up report or adverse-event review is overdue.</source>
        <translation>没有逾期的跟踪审查报告或不良事件审查。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The two new passphrases differ; type the same one twice.</source>
        <translation>两次输入的新口令不一致，请输入相同的口令。</translation>
    </message>
    <message>
        <source>Passphrase changed. The old one no longer opens the vault.</source>
        <translation>口令已修改。旧口令不能再打开保险库。</translation>
    </message>
    <message>
        <source>Passphrase added. Either passphrase now opens the vault.</source>
        <translation>口令已添加。现在任一口令均可打开保险库。</translation>
    </message>
    <message>
        <source>Change the vault passphrase</source>
        <translation>修改保险库口令</translation>
    </message>
    <message>
        <source>Type the current passphrase, then the new one twice.</source>
        <translation>请输入当前口令，再输入两次新口令。</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>修改口令(&amp;C)</translation>
    </message>
    <message>
        <source>Add a vault passphrase</source>
        <translation>添加保险库口令</translation>
    </message>
    <message>
        <source>A second passphrase, e.g. for a deputy secretary. Type it twice.</source>
        <translation>再添加一个口令，例如供副秘书使用。请输入两次。</translation>
    </message>
    <message>
        <source>&amp;Add passphrase</source>
        <translation>添加口令(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>当前口令(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新口令(&amp;N)：</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain:</source>
        <translation>再次输入新口令(&amp;G)：</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次输入新口令</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN for {name}</source>
        <translation>{name} 的PIN码</translation>
    </message>
    <message>
        <source>{name}, please enter your signing PIN.</source>
        <translation>{name}，请输入您的签名PIN码。</translation>
    </message>
    <message>
        <source>{name}, choose a signing PIN and type it twice.</source>
        <translation>{name}，请设置签名PIN码并输入两次。</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN码(&amp;P)：</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次输入PIN码</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The {screen} screen is not available in this version.</source>
        <translation>此版本暂未提供“{screen}”页面。</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Write this code down and keep it apart from the laptop. It is shown only now.</source>
        <translation>请抄下此恢复码，并与笔记本电脑分开保管。它仅此一次显示。</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>新的恢复码</translation>
    </message>
    <message>
        <source>A new recovery code replaces the old one, which stops opening the vault. Do this when the old code may have been seen or lost.</source>
        <translation>新的恢复码将取代旧恢复码，旧码不能再打开保险库。旧码可能被他人看到或已遗失时，请这样做。</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>生成新恢复码(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Copy the code</source>
        <translation>复制恢复码(&amp;C)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Quorum vault recovery code</source>
        <translation>Quorum 保险库恢复码</translation>
    </message>
    <message>
        <source>Committee: {name}</source>
        <translation>委员会：{name}</translation>
    </message>
    <message>
        <source>Vault folder: {path}</source>
        <translation>保险库文件夹：{path}</translation>
    </message>
    <message>
        <source>Created: {date}</source>
        <translation>创建日期：{date}</translation>
    </message>
    <message>
        <source>Anyone holding this code can open the vault. Keep it locked away.</source>
        <translation>持有此恢复码的任何人都能打开保险库，请妥善锁存。</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>保存恢复码</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
    <message>
        <source>Saved to {path}. Move it to removable media or print it.</source>
        <translation>已保存到 {path}。请将其移至移动存储介质或打印出来。</translation>
    </message>
    <message>
        <source>Shown only now. Print it or save it before you continue.</source>
        <translation>仅此一次显示。请在继续之前打印或保存。</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this code is the only way into the vault. Quorum does not keep it anywhere and cannot show it again.</source>
        <translation>如果忘记口令，恢复码是进入保险库的唯一途径。Quorum 不会在任何地方保存它，也无法再次显示。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>打印恢复码</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the recovery code to a file</source>
        <translation>将恢复码保存到文件</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery code and will keep it safe</source>
        <translation>我已打印或保存恢复码，并会妥善保管</translation>
    </message>
    <message>
        <source>Recovery code kept</source>
        <translation>已保管恢复码</translation>
    </message>
</context>
<context>
    <name>RegistrySetupDialog</name>
    <message>
        <source>Keys in this file — log key {log}, transport key {transport}.
Fingerprint: {fingerprint}
Compare it with the one the registry&apos;s operator gave you.</source>
        <translation>此文件中的密钥——日志密钥 {log}，传输密钥 {transport}。
指纹：{fingerprint}
请与登记平台管理方提供的指纹核对。</translation>
    </message>
    <message>
        <source>Keys in use — log key {log}, transport key {transport}.</source>
        <translation>正在使用的密钥——日志密钥 {log}，传输密钥 {transport}。</translation>
    </message>
    <message>
        <source>No registry keys are set yet.</source>
        <translation>尚未设置登记平台公钥。</translation>
    </message>
    <message>
        <source>Saved. Registry: {url}</source>
        <translation>已保存。登记平台：{url}</translation>
    </message>
    <message>
        <source>Registry settings</source>
        <translation>登记平台设置</translation>
    </message>
    <message>
        <source>The registry receives the committee&apos;s signed decisions. Its operator gives you its address and a keys file (registry-keys.json).</source>
        <translation>登记平台接收委员会签署的审查决定。其管理方会提供平台地址和公钥文件（registry-keys.json）。</translation>
    </message>
    <message>
        <source>Registry &amp;address:</source>
        <translation>登记平台地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Keys file:</source>
        <translation>公钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation>登记平台地址</translation>
    </message>
    <message>
        <source>Keys file</source>
        <translation>公钥文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RenewTermDialog</name>
    <message>
        <source>Renew the term of {name}</source>
        <translation>为{name}续聘</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>The current term runs from {start} to {end}. A term may be renewed; each term is at most five years ({basis}).</source>
        <translation>当前任期自{start}至{end}。委员可以连任，每届任期不超过五年（{basis}）。</translation>
    </message>
    <message>
        <source>New term &amp;starts:</source>
        <translation>新任期开始(&amp;S)：</translation>
    </message>
    <message>
        <source>First day of the new term</source>
        <translation>新任期的第一天</translation>
    </message>
    <message>
        <source>New term e&amp;nds:</source>
        <translation>新任期结束(&amp;N)：</translation>
    </message>
    <message>
        <source>Last day of the new term</source>
        <translation>新任期的最后一天</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>续聘(&amp;R)</translation>
    </message>
    <message>
        <source>Record the renewal</source>
        <translation>记录续聘</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Renewed: the new term runs {start} – {end}.</source>
        <translation type="vanished">已续聘：新任期为 {start} – {end}。</translation>
    </message>
    <message>
        <source>New term &amp;ends:</source>
        <translation type="vanished">新任期截止(&amp;E)：</translation>
    </message>
    <message>
        <source>New term ends</source>
        <translation type="vanished">新任期截止</translation>
    </message>
</context>
<context>
    <name>RereviewDialog</name>
    <message>
        <source>Your PIN signs the committee&apos;s determination.</source>
        <translation>您的PIN码将为委员会的认定签名。</translation>
    </message>
    <message>
        <source>Signing the determination…</source>
        <translation>正在签署认定…</translation>
    </message>
    <message>
        <source>Expert re-review list: {ref}</source>
        <translation>专家复核清单：{ref}</translation>
    </message>
    <message>
        <source>The case&apos;s text matches these items of the expert re-review list ({basis}):
{items}
Record whether the activity is on the list. On the list, every decision stays preliminary until the re-review opinion; not on it needs the reason.</source>
        <translation>该项目的内容与专家复核清单（{basis}）的以下条目相符：
{items}
请记录该活动是否列入清单。列入清单的，在收到复核意见前审查决定均为初步意见；不属于清单的，须说明理由。</translation>
    </message>
    <message>
        <source>&amp;On the list: expert re-review after the committee&apos;s decision</source>
        <translation>列入清单(&amp;O)：委员会作出决定后须经专家复核</translation>
    </message>
    <message>
        <source>&amp;Not on the list</source>
        <translation>不属于清单(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Why the activity is not on the list</source>
        <translation>该活动不属于清单的理由</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>签署人(&amp;S)：</translation>
    </message>
    <message>
        <source>Who signs the determination</source>
        <translation>由谁签署认定</translation>
    </message>
    <message>
        <source>Sign and &amp;record…</source>
        <translation>签名并记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Sign and record the determination</source>
        <translation>签名并记录认定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Recorded and signed: the decision is now final, “{decision}”.</source>
        <translation>已登记并签署：该决定现已生效，为“{decision}”。</translation>
    </message>
    <message>
        <source>Expert re-review opinion</source>
        <translation>专家复核意见</translation>
    </message>
    <message>
        <source>The preliminary decision “{decision}” awaits the expert re-review. Enter the opinion the reviewing authority sent; the chair or a vice-chair signs it.</source>
        <translation>初步审查决定“{decision}”正在等待专家复核。请录入复核部门反馈的意见，由主任委员或副主任委员签署。</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>复核部门(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Experts:</source>
        <translation>专家人数(&amp;E)：</translation>
    </message>
    <message>
        <source>Experts a&amp;greeing:</source>
        <translation>同意的专家人数(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>复核意见(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN码(&amp;P)：</translation>
    </message>
    <message>
        <source>Record and &amp;sign</source>
        <translation>登记并签署(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Choose the backup file and a new folder, and type its passphrase.</source>
        <translation>请选择备份文件和一个新文件夹，并输入其口令。</translation>
    </message>
    <message>
        <source>Restored {files} files into {folder} and checked them: every page, document and audit event is intact. Close this vault and open that folder to use it.</source>
        <translation>已将 {files} 个文件恢复到 {folder} 并完成检查：每个数据页、文件和审计事件均完好。请关闭当前保险库，再打开该文件夹使用。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Unpacks a backup into a new, empty folder and checks it before it is kept. The open vault is not changed.</source>
        <translation>将备份解包到一个新的空文件夹，检查无误后才保留。当前打开的保险库不受影响。</translation>
    </message>
    <message>
        <source>B&amp;ackup file:</source>
        <translation>备份文件(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;New vault folder:</source>
        <translation>新保险库文件夹(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery code:</source>
        <translation>口令或恢复码(&amp;P)：</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>New vault folder</source>
        <translation>新保险库文件夹</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>口令或恢复码</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ScheduleMeetingDialog</name>
    <message>
        <source>Schedule a review meeting</source>
        <translation>安排审查会议</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Meeting date and time</source>
        <translation>会议日期和时间</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>会议地点</translation>
    </message>
    <message>
        <source>Held by &amp;video under the committee&apos;s rules</source>
        <translation>按委员会制度以视频方式召开(&amp;V)</translation>
    </message>
    <message>
        <source>Cases for the agenda</source>
        <translation>列入议程的项目</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>日期和时间(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Agenda (cases accepted for review):</source>
        <translation>议程（已受理的项目）(&amp;A)：</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>Tick at least one case for the agenda.</source>
        <translation>请至少勾选一个项目列入议程。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>The registry address must start with https:// (or http://) and name a host.</source>
        <translation>登记平台地址须以 https://（或 http://）开头并包含主机名。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The whole interface switches at once; no restart is needed.</source>
        <translation>整个界面立即切换，无需重启。</translation>
    </message>
    <message>
        <source>Committee settings (kept in the vault)</source>
        <translation>委员会设置（保存在保险库中）</translation>
    </message>
    <message>
        <source>&amp;Registry address:</source>
        <translation>登记平台地址(&amp;R)：</translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation>登记平台地址</translation>
    </message>
    <message>
        <source>https://registry.example.org (empty: no sync)</source>
        <translation>https://registry.example.org（留空则不同步）</translation>
    </message>
    <message>
        <source>&amp;Document size limit:</source>
        <translation>文档大小上限(&amp;D)：</translation>
    </message>
    <message>
        <source>Document size limit in megabytes</source>
        <translation>文档大小上限（MB）</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Re&amp;gulations:</source>
        <translation>适用办法(&amp;G)：</translation>
    </message>
    <message>
        <source>Regulations the committee reviews under</source>
        <translation>委员会审查所依据的办法</translation>
    </message>
    <message>
        <source>S&amp;T ethics review measures (STER)</source>
        <translation>《科技伦理审查办法（试行）》</translation>
    </message>
    <message>
        <source>Life science and medical research measures (LSMR)</source>
        <translation>《涉及人的生命科学和医学研究伦理审查办法》</translation>
    </message>
    <message>
        <source>Both (the stricter rule applies)</source>
        <translation>两者均适用（从严）</translation>
    </message>
    <message>
        <source>Count recused members who stay in the room among those attending (stricter)</source>
        <translation>回避但仍在场的委员计入到会委员（更严格）</translation>
    </message>
    <message>
        <source>Count recused members present among those attending</source>
        <translation>回避但在场的委员计入到会委员</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the committee settings</source>
        <translation>保存委员会设置</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>放弃未保存的修改</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Issue: {document}</source>
        <translation>出具：{document}</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>签署人(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Member who signs</source>
        <translation>签署的委员</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>文件语言</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Amendment</source>
        <translation>修正案</translation>
    </message>
    <message>
        <source>Follow-up review report</source>
        <translation>跟踪审查报告</translation>
    </message>
    <message>
        <source>Serious adverse event report</source>
        <translation>严重不良事件报告</translation>
    </message>
    <message>
        <source>Deviation report</source>
        <translation>方案偏离报告</translation>
    </message>
    <message>
        <source>Request to suspend</source>
        <translation>暂停申请</translation>
    </message>
    <message>
        <source>Request to terminate</source>
        <translation>终止申请</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>结题报告</translation>
    </message>
    <message>
        <source>Description of the change</source>
        <translation>修改内容说明</translation>
    </message>
    <message>
        <source>Revised protocol</source>
        <translation>修改后的方案</translation>
    </message>
    <message>
        <source>Effect on risks and benefits</source>
        <translation>对风险与受益的影响</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>Participants enrolled and withdrawn</source>
        <translation>入组与退出情况</translation>
    </message>
    <message>
        <source>Adverse events and deviations so far</source>
        <translation>迄今不良事件与方案偏离</translation>
    </message>
    <message>
        <source>Event report</source>
        <translation>事件报告</translation>
    </message>
    <message>
        <source>Causality assessment</source>
        <translation>因果关系评估</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>影响评估</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Request letter</source>
        <translation>申请函</translation>
    </message>
    <message>
        <source>Plan to protect participants</source>
        <translation>受试者保护方案</translation>
    </message>
    <message>
        <source>Summary of results</source>
        <translation>结果摘要</translation>
    </message>
    <message>
        <source>Disposal of samples and data</source>
        <translation>样本与数据处置</translation>
    </message>
    <message>
        <source>simplified procedure</source>
        <translation>简易程序</translation>
    </message>
    <message>
        <source>a meeting (general procedure)</source>
        <translation>会议审查（一般程序）</translation>
    </message>
    <message>
        <source>Taken in as {ref}: {procedure}; decision due by {due}.</source>
        <translation>已受理，编号{ref}：{procedure}；须于{due}前作出决定。</translation>
    </message>
    <message>
        <source>Still missing: {names}.</source>
        <translation>尚缺：{names}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Linked submission for {ref}</source>
        <translation>{ref} 的关联报告/申请</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>Major change:</source>
        <translation>重大变更：</translation>
    </message>
    <message>
        <source>Changes the risks or benefits (goes to a meeting)</source>
        <translation>改变风险或受益（须会议审查）</translation>
    </message>
    <message>
        <source>&amp;Event or deviation on:</source>
        <translation>事件/偏离发生日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Materials received:</source>
        <translation>已收到材料(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>受理(&amp;T)</translation>
    </message>
    <message>
        <source>Summary of the submission</source>
        <translation>报告/申请摘要</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>已收到材料</translation>
    </message>
</context>
<context>
    <name>SubmissionsDialog</name>
    <message>
        <source>Decided: {standing}</source>
        <translation>已决定：{standing}</translation>
    </message>
    <message>
        <source>Awaiting review, due {due}</source>
        <translation>待审查，期限 {due}</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>approved with conditions</source>
        <translation>附条件批准</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结题</translation>
    </message>
    <message>
        <source>No linked submission yet.</source>
        <translation>尚无关联报告/申请。</translation>
    </message>
    <message>
        <source>This submission goes to a meeting; its members vote there.</source>
        <translation>该报告/申请须提交会议审查，由到会委员表决。</translation>
    </message>
    <message>
        <source>{name}: {choice}</source>
        <translation>{name}：{choice}</translation>
    </message>
    <message>
        <source>Signed opinions:</source>
        <translation>已签署的审查意见：</translation>
    </message>
    <message>
        <source>No opinion signed yet.</source>
        <translation>尚无签署的审查意见。</translation>
    </message>
    <message>
        <source>Opinion signed.</source>
        <translation>审查意见已签署。</translation>
    </message>
    <message>
        <source>Decision signed.</source>
        <translation>审查决定已签署。</translation>
    </message>
    <message>
        <source>Your PIN signs your opinion on {ref}.</source>
        <translation>您的 PIN 用于签署对 {ref} 的审查意见。</translation>
    </message>
    <message>
        <source>Signing the opinion…</source>
        <translation>正在签署审查意见…</translation>
    </message>
    <message>
        <source>Your PIN signs the decision on {ref}.</source>
        <translation>您的 PIN 用于签署对 {ref} 的审查决定。</translation>
    </message>
    <message>
        <source>Signing the decision…</source>
        <translation>正在签署审查决定…</translation>
    </message>
    <message>
        <source>Linked submissions of {ref}</source>
        <translation>{ref} 的关联报告/申请</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>审查程序</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Linked submissions</source>
        <translation>关联报告/申请</translation>
    </message>
    <message>
        <source>Reviewer&apos;s opinion (simplified procedure)</source>
        <translation>审查委员意见（简易程序）</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>审查委员(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>意见(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Note on the opinion</source>
        <translation>意见说明</translation>
    </message>
    <message>
        <source>Sign the &amp;opinion…</source>
        <translation>签署意见(&amp;O)…</translation>
    </message>
    <message>
        <source>Sign the reviewer&apos;s opinion with their PIN</source>
        <translation>审查委员用 PIN 签署意见</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审查决定</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>决定(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Modifications required:</source>
        <translation>须修改的内容(&amp;M)：</translation>
    </message>
    <message>
        <source>Rea&amp;sons:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Follow-up in (months):</source>
        <translation>跟踪审查间隔（月）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>会议(&amp;M)：</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>签署人(&amp;G)：</translation>
    </message>
    <message>
        <source>as the charter says</source>
        <translation>按章程规定</translation>
    </message>
    <message>
        <source>Modifications required</source>
        <translation>须修改的内容</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <source>Sign the &amp;decision…</source>
        <translation>签署决定(&amp;D)…</translation>
    </message>
    <message>
        <source>Sign the decision on the submission with the PIN</source>
        <translation>用 PIN 签署对该报告/申请的决定</translation>
    </message>
    <message>
        <source>&amp;Letter (PDF)…</source>
        <translation>意见书(PDF)(&amp;L)…</translation>
    </message>
    <message>
        <source>Issue the signed letter on the decision</source>
        <translation>签发该决定的审查意见书</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SupersedeDialog</name>
    <message>
        <source>Give the reason; it is kept in the audit trail.</source>
        <translation>请说明理由；理由将记入审计记录。</translation>
    </message>
    <message>
        <source>Supersede the earlier decision</source>
        <translation>取代此前的决定</translation>
    </message>
    <message>
        <source>This case already has a decision: “{decision}”, signed {time}. Signing the new one supersedes it. Why?</source>
        <translation>本项目已有决定：“{decision}”，签署于 {time}。签署新的决定将取代它。理由是什么？</translation>
    </message>
    <message>
        <source>Reason for superseding</source>
        <translation>取代理由</translation>
    </message>
    <message>
        <source>Supersede and sign…</source>
        <translation>取代并签署…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Enter the training&apos;s title.</source>
        <translation>请填写培训名称。</translation>
    </message>
    <message>
        <source>Recorded. {name} has {n} training records.</source>
        <translation>已登记。{name} 共有 {n} 条培训记录。</translation>
    </message>
    <message>
        <source>Record training: {name}</source>
        <translation>登记培训：{name}</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>培训名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>培训机构(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>完成日期(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>学时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>VaultCheckDialog</name>
    <message>
        <source>The audit trail is intact: {events} events, each chained to the one before; witnessed up to event {seq} by {witnesses} signatures and receipts.</source>
        <translation>审计记录完整：共 {events} 个事件，逐一与前一事件链接；截至第 {seq} 个事件已由 {witnesses} 个签名和回执见证。</translation>
    </message>
    <message>
        <source>The audit trail is broken at event {seq}: {problem}</source>
        <translation>审计记录在第 {seq} 个事件处断裂：{problem}</translation>
    </message>
    <message>
        <source>Every database page, document chunk and key slot checked: nothing is damaged.</source>
        <translation>已检查每个数据库页、文件数据块和密钥槽：均未损坏。</translation>
    </message>
    <message>
        <source>{n} problems found:</source>
        <translation>发现 {n} 个问题：</translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>检查保险库</translation>
    </message>
    <message>
        <source>Reads every database page and every document chunk, and checks the audit trail link by link. On a large vault this takes a few minutes.</source>
        <translation>读取每个数据库页和每个文件数据块，并逐环检查审计记录。保险库较大时需要几分钟。</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>立即检查(&amp;C)</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>修改口令(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Add a passphrase…</source>
        <translation>添加口令(&amp;A)…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>生成新恢复码(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;heck the vault and audit trail…</source>
        <translation>检查保险库和审计记录(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export the committee CA…</source>
        <translation>导出委员会 CA 证书(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Issued documents…</source>
        <translation>已出具文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>备份保险库(&amp;B)…</translation>
    </message>
    <message>
        <source>Rest&amp;ore a backup…</source>
        <translation>恢复备份(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>Choose an empty folder for the vault</source>
        <translation>为保险库选择一个空文件夹</translation>
    </message>
    <message>
        <source>Too short: at least {n} characters.</source>
        <translation>太短：至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>较强</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>{strength}; the two passphrases differ.</source>
        <translation>{strength}；两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>A vault already exists in {path}.</source>
        <translation>{path} 中已有保险库。</translation>
    </message>
    <message>
        <source>Choose an empty or new folder; {path} is not empty.</source>
        <translation>请选择空文件夹或新文件夹；{path} 不是空的。</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>保险库</translation>
    </message>
    <message>
        <source>The vault is an encrypted folder holding the committee&apos;s whole record. Choose a new folder and a passphrase the secretary will remember.</source>
        <translation>保险库是保存委员会全部记录的加密文件夹。请选择一个新文件夹，并设置秘书能记住的口令。</translation>
    </message>
    <message>
        <source>Vault &amp;folder:</source>
        <translation>保险库文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>再次输入口令(&amp;A)：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>保险库文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>浏览选择文件夹</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>口令强度</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <source>{name} does not vote</source>
        <translation>{name}未投票</translation>
    </message>
    <message>
        <source>Why does {name} not vote on {case}? (for example: left the room)</source>
        <translation>{name}为何未就{case}投票？（例如：已离席）</translation>
    </message>
    <message>
        <source>Vote tally</source>
        <translation>计票</translation>
    </message>
    <message>
        <source>Voted, signed at {time}</source>
        <translation>已投票，{time} 签署</translation>
    </message>
    <message>
        <source>Not voting: {reason}</source>
        <translation>未投票：{reason}</translation>
    </message>
    <message>
        <source>Consultant: advises, does not vote</source>
        <translation>独立顾问：提供咨询意见，不参加表决</translation>
    </message>
    <message>
        <source>Recused: does not vote on this case</source>
        <translation>已回避：不参加本项目表决</translation>
    </message>
    <message>
        <source>Voting closed</source>
        <translation>表决已结束</translation>
    </message>
    <message>
        <source>Must declare conflicts of interest before voting</source>
        <translation>须先声明利益冲突才能表决</translation>
    </message>
    <message>
        <source>May vote</source>
        <translation>可以表决</translation>
    </message>
    <message>
        <source>Vote of {name}</source>
        <translation>{name} 的表决意见</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Vote and sign…</source>
        <translation>表决并签署…</translation>
    </message>
    <message>
        <source>{name} signs their vote with their PIN</source>
        <translation>{name} 用本人PIN码签署表决意见</translation>
    </message>
    <message>
        <source>Not voting…</source>
        <translation>未投票…</translation>
    </message>
    <message>
        <source>Record that {name} does not vote, with the reason</source>
        <translation>记录{name}未投票及原因</translation>
    </message>
    <message>
        <source>Choose {name}&apos;s vote first.</source>
        <translation>请先选择 {name} 的表决意见。</translation>
    </message>
    <message>
        <source>Your PIN signs your vote “{choice}” on {case}.</source>
        <translation>输入PIN码即签署您对 {case} 的表决意见“{choice}”。</translation>
    </message>
    <message>
        <source>Signing {name}&apos;s vote…</source>
        <translation>正在签署 {name} 的表决…</translation>
    </message>
    <message>
        <source>{name}&apos;s vote is signed.</source>
        <translation>{name} 的表决已签署。</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <source>A PIN needs at least {n} characters.</source>
        <translation>PIN码至少需要 {n} 位。</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>两次输入的PIN码不一致，请输入相同的PIN码。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A case needs a reference number, a title and an applicant.</source>
        <translation>项目需要受理编号、标题和申请人。</translation>
    </message>
    <message>
        <source>A case with reference {ref} already exists.</source>
        <translation>受理编号为 {ref} 的项目已存在。</translation>
    </message>
    <message>
        <source>A checklist response is (member, item, answer, note[, choice]).</source>
        <translation>审查要点答复的格式为（委员，条目，答复，备注[，选项]）。</translation>
    </message>
    <message>
        <source>A consultant advises but cannot be a reviewer.</source>
        <translation>独立顾问只提供咨询意见，不能担任主审委员。</translation>
    </message>
    <message>
        <source>A declared conflict cannot be withdrawn during the meeting.</source>
        <translation>会议期间已声明的利益冲突不能撤回。</translation>
    </message>
    <message>
        <source>A discussion note cannot be empty.</source>
        <translation>讨论记录不能为空。</translation>
    </message>
    <message>
        <source>A follow-up interval may be at most {maximum} months, got {months} ({basis}).</source>
        <translation>跟踪审查间隔最长为 {maximum} 个月，当前为 {months} 个月（{basis}）。</translation>
    </message>
    <message>
        <source>A follow-up interval must be at least 1 month, got {months}.</source>
        <translation>跟踪审查间隔至少为1个月，当前为 {months} 个月。</translation>
    </message>
    <message>
        <source>A meeting time needs a time zone.</source>
        <translation>会议时间需要注明时区。</translation>
    </message>
    <message>
        <source>A member id must be non-empty text, got {value!r}.</source>
        <translation>委员标识必须是非空文本，当前为 {value!r}。</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>委员需要填写姓名。</translation>
    </message>
    <message>
        <source>A page holds 1 to {n} cases.</source>
        <translation>每页可显示1至 {n} 个项目。</translation>
    </message>
    <message>
        <source>A public key is malformed.</source>
        <translation>公钥格式有误。</translation>
    </message>
    <message>
        <source>A re-review determination says on the list or not.</source>
        <translation>专家复核认定须说明是否列入清单。</translation>
    </message>
    <message>
        <source>A receipt in {path} does not verify ({detail}); nothing was imported.</source>
        <translation>{path} 中的回执验证失败（{detail}），未导入任何内容。</translation>
    </message>
    <message>
        <source>A signed statement is not in canonical form.</source>
        <translation>已签名的声明不是规范格式。</translation>
    </message>
    <message>
        <source>A signed statement is not valid JSON.</source>
        <translation>已签名的声明不是有效的 JSON。</translation>
    </message>
    <message>
        <source>A signing PIN needs at least {n} characters.</source>
        <translation>签名PIN码至少需要 {n} 位。</translation>
    </message>
    <message>
        <source>A training record needs a title.</source>
        <translation>培训记录需要填写名称。</translation>
    </message>
    <message>
        <source>A vault already exists in {path}.</source>
        <translation>{path} 中已有保险库。</translation>
    </message>
    <message>
        <source>A vault passphrase needs at least {n} characters.</source>
        <translation>保险库口令至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>Agreeing experts must be between 0 and the number of experts.</source>
        <translation>同意的专家人数必须在0与专家总数之间。</translation>
    </message>
    <message>
        <source>An emergency review must finish within {hours} hours; it cannot be extended ({basis}).</source>
        <translation>应急审查须在 {hours} 小时内完成，不得延期（{basis}）。</translation>
    </message>
    <message>
        <source>An extension must end after the regular deadline {due}.</source>
        <translation>延长后的期限必须晚于原定期限 {due}。</translation>
    </message>
    <message>
        <source>Bad signature by {signer}.</source>
        <translation>{signer} 的签名无效。</translation>
    </message>
    <message>
        <source>Cannot compare a time with a time zone to one without.</source>
        <translation>无法比较带时区和不带时区的时间。</translation>
    </message>
    <message>
        <source>Cannot create the vault folder: {err}</source>
        <translation>无法创建保险库文件夹：{err}</translation>
    </message>
    <message>
        <source>Cannot read the CA file: {err}</source>
        <translation type="vanished">无法读取CA证书文件：{err}</translation>
    </message>
    <message>
        <source>Cannot read the {what} file: {err}</source>
        <translation>无法读取{what}文件：{err}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {err}</source>
        <translation>无法读取 {path}：{err}</translation>
    </message>
    <message>
        <source>Cannot sort cases by {col}.</source>
        <translation>无法按 {col} 对项目排序。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {err}</source>
        <translation>无法写入 {path}：{err}</translation>
    </message>
    <message>
        <source>Case {case} has no decision yet.</source>
        <translation>项目 {case} 尚无审查决定。</translation>
    </message>
    <message>
        <source>Case {ref} has every material but is not accepted yet; accept it first.</source>
        <translation>项目 {ref} 材料齐全但尚未受理，请先受理。</translation>
    </message>
    <message>
        <source>Case {ref} is already past acceptance.</source>
        <translation>项目 {ref} 已过受理阶段。</translation>
    </message>
    <message>
        <source>Case {ref} was already accepted.</source>
        <translation>项目 {ref} 已受理。</translation>
    </message>
    <message>
        <source>Charter setting {setting} = {value} is looser than the regulation&apos;s floor ({floor}, {basis}).</source>
        <translation>章程设置 {setting} = {value} 宽于法规的最低要求（{floor}，{basis}）。</translation>
    </message>
    <message>
        <source>Charter setting {setting} must be a whole number of at least 1, got {value!r}.</source>
        <translation>章程设置 {setting} 必须是不小于1的整数，当前为 {value!r}。</translation>
    </message>
    <message>
        <source>Charter setting {setting} must be true or false, got {value!r}.</source>
        <translation>章程设置 {setting} 必须为是或否，当前为 {value!r}。</translation>
    </message>
    <message>
        <source>Charter settings must be a mapping, got {kind}.</source>
        <translation>章程设置必须是键值映射，当前为 {kind}。</translation>
    </message>
    <message>
        <source>Checklist folder {file} does not exist.</source>
        <translation>审查要点文件夹 {file} 不存在。</translation>
    </message>
    <message>
        <source>Checklist folder {file} holds no checklists.</source>
        <translation>审查要点文件夹 {file} 中没有审查要点。</translation>
    </message>
    <message>
        <source>Checklist item {item} is answered by a choice or as not applicable.</source>
        <translation>审查要点 {item} 应选择一个选项或答“不适用”。</translation>
    </message>
    <message>
        <source>Checklist item {item} is answered yes, no or na, without a choice.</source>
        <translation>审查要点 {item} 应答“是”“否”或“不适用”，不带选项。</translation>
    </message>
    <message>
        <source>Checklist item {item}: a not-applicable answer takes no choice.</source>
        <translation>审查要点 {item}：答“不适用”时不能带选项。</translation>
    </message>
    <message>
        <source>Checklist item {item}: choose one of {choices}.</source>
        <translation>审查要点 {item}：请从 {choices} 中选择一项。</translation>
    </message>
    <message>
        <source>Checklist item {item}: {answer} is not an answer (yes, no or na).</source>
        <translation>审查要点 {item}：{answer} 不是有效答复（是、否或不适用）。</translation>
    </message>
    <message>
        <source>Checklist {file}: malformed JSON at line {line}, column {column}: {detail}.</source>
        <translation>审查要点 {file}：第 {line} 行第 {column} 列 JSON 格式错误：{detail}。</translation>
    </message>
    <message>
        <source>A term is at most {years} years ({basis}).</source>
        <translation>委员任期不超过{years}年（{basis}）。</translation>
    </message>
    <message>
        <source>A case&apos;s {field} cannot be edited here.</source>
        <translation>项目的 {field} 不能在此编辑。</translation>
    </message>
    <message>
        <source>A certificate cannot be revoked from a time in the future.</source>
        <translation>证书不能从将来的某一时间起撤销。</translation>
    </message>
    <message>
        <source>A new member needs --background and --gender.</source>
        <translation>新委员需要 --background 和 --gender。</translation>
    </message>
    <message>
        <source>A newer packet for this meeting is already here; this older one is a replay.</source>
        <translation>本次会议已有更新的材料包；这个较早的材料包属于重放。</translation>
    </message>
    <message>
        <source>A packet&apos;s expiry must be in the future.</source>
        <translation>材料包的到期时间必须晚于现在。</translation>
    </message>
    <message>
        <source>A pin is the SHA-256 of the registry&apos;s public key (64 hex digits or sha256/BASE64), not {value!r}.</source>
        <translation>固定值应为登记平台公钥的 SHA-256（64 位十六进制或 sha256/BASE64），而不是 {value!r}。</translation>
    </message>
    <message>
        <source>A review of a {kind} cannot decide {decision}.</source>
        <translation>对{kind}的审查不能作出“{decision}”决定。</translation>
    </message>
    <message>
        <source>A sealed key names an unknown key derivation.</source>
        <translation>封存的密钥使用了未知的密钥派生方法。</translation>
    </message>
    <message>
        <source>A signature in the file does not verify; it was altered or forged.</source>
        <translation>文件中的签名验证失败，文件被篡改或伪造。</translation>
    </message>
    <message>
        <source>A signed statement in the file is not in canonical form.</source>
        <translation>文件中的签名声明不是规范格式。</translation>
    </message>
    <message>
        <source>A signed statement in the file is not valid JSON.</source>
        <translation>文件中的签名声明不是有效的 JSON。</translation>
    </message>
    <message>
        <source>A statement in the file is signed by a key that is not enrolled.</source>
        <translation>文件中的声明由未登记的密钥签名。</translation>
    </message>
    <message>
        <source>A statement in the file names a different signature algorithm.</source>
        <translation>文件中的声明注明了不同的签名算法。</translation>
    </message>
    <message>
        <source>A statement in the response does not belong to its packet.</source>
        <translation>回复中的声明不属于对应的材料包。</translation>
    </message>
    <message>
        <source>A statement in the response does not say what it would record.</source>
        <translation>回复中的声明与将要记录的内容不一致。</translation>
    </message>
    <message>
        <source>A statement in the response is damaged.</source>
        <translation>回复中的声明已损坏。</translation>
    </message>
    <message>
        <source>A submission cannot be received in the future.</source>
        <translation>受理日期不能晚于今天。</translation>
    </message>
    <message>
        <source>A timestamp does not verify ({detail}).</source>
        <translation>时间戳验证不通过（{detail}）。</translation>
    </message>
    <message>
        <source>A timestamp is not from the registry&apos;s timestamp authority or not for this PDF.</source>
        <translation>时间戳不是登记平台时间戳服务签发的，或不属于此 PDF。</translation>
    </message>
    <message>
        <source>A token member needs both --token-module and --token-label.</source>
        <translation>使用硬件密钥的委员需同时给出 --token-module 和 --token-label。</translation>
    </message>
    <message>
        <source>A {standing} activity cannot take a {kind} submission.</source>
        <translation>处于“{standing}”状态的活动不能受理{kind}。</translation>
    </message>
    <message>
        <source>All members ({value!r}) cannot be fewer than the members counted here ({counted}).</source>
        <translation>全体委员人数（{value!r}）不能少于此处计入的委员人数（{counted}）。</translation>
    </message>
    <message>
        <source>An extension must end after the current limit {due}.</source>
        <translation>延长后的期限须晚于当前期限{due}。</translation>
    </message>
    <message>
        <source>An objection cannot be received before the decision it objects to.</source>
        <translation>申诉的收到日期不能早于被申诉的审查决定。</translation>
    </message>
    <message>
        <source>An objection to this decision is already waiting for its review.</source>
        <translation>对该审查决定的申诉已在等待复审。</translation>
    </message>
    <message>
        <source>Cannot load the PKCS#11 module {module}: {detail}</source>
        <translation>无法加载 PKCS#11 模块 {module}：{detail}</translation>
    </message>
    <message>
        <source>Cannot read the {what} file {path}: {err}</source>
        <translation>无法读取{what}文件 {path}：{err}</translation>
    </message>
    <message>
        <source>Case {ref} is decided; its classification can no longer change.</source>
        <translation>项目 {ref} 已作出决定，其分类不能再修改。</translation>
    </message>
    <message>
        <source>Charter setting regime must be one of {choices}, got {value!r}.</source>
        <translation>章程设置 regime 须为 {choices} 之一，实际为 {value!r}。</translation>
    </message>
    <message>
        <source>Consultants advise but do not vote ({basis}).</source>
        <translation>顾问专家提供咨询意见，但不参与表决（{basis}）。</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, not {text!r}.</source>
        <translation>日期格式应为 YYYY-MM-DD，而不是 {text!r}。</translation>
    </message>
    <message>
        <source>Decision {id} is already recorded as relied upon.</source>
        <translation>审查决定 {id} 已记录为被采信。</translation>
    </message>
    <message>
        <source>Declaration by {member}: has_conflict must be true or false.</source>
        <translation>{member} 的声明：是否存在利益冲突必须为是或否。</translation>
    </message>
    <message>
        <source>Declare your conflicts of interest for this case first.</source>
        <translation>请先就本项目声明利益冲突。</translation>
    </message>
    <message>
        <source>Describe the conflict of interest in the declaration.</source>
        <translation>请在声明中说明利益冲突的情况。</translation>
    </message>
    <message>
        <source>Describe the submission in a line or two.</source>
        <translation>请用一两句话说明所提交的内容。</translation>
    </message>
    <message>
        <source>Documents are written in zh or en, not {language!r}.</source>
        <translation>文书只能用中文（zh）或英文（en）生成，不支持 {language!r}。</translation>
    </message>
    <message>
        <source>Every eligible member present must vote or be recorded as not voting before the decision; still to vote: {members} ({basis}).</source>
        <translation>作出决定前，每位有表决权的到会委员须投票或被记录为未投票；尚未投票：{members}（{basis}）。</translation>
    </message>
    <message>
        <source>Expected a Person, got {kind}.</source>
        <translation>应为人员信息，当前为 {kind}。</translation>
    </message>
    <message>
        <source>Give --decision ID or --case ID (one of them).</source>
        <translation>请给出 --decision ID 或 --case ID（二者之一）。</translation>
    </message>
    <message>
        <source>Give a meeting, or a period with a start or an end date.</source>
        <translation>请指定一次会议，或给出开始或结束日期的时间段。</translation>
    </message>
    <message>
        <source>Give a year from 2000 to {last}.</source>
        <translation>请输入2000至 {last} 之间的年份。</translation>
    </message>
    <message>
        <source>Give at least one background category for {name}.</source>
        <translation>请为 {name} 至少选择一个专业背景类别。</translation>
    </message>
    <message>
        <source>Give either a meeting or a period, not both.</source>
        <translation>请指定会议或时间段，不能同时指定。</translation>
    </message>
    <message>
        <source>Give the applicant&apos;s objection.</source>
        <translation>请填写申请人的申诉内容。</translation>
    </message>
    <message>
        <source>Give the case with --case ID or reference.</source>
        <translation>请用 --case 给出项目标识或受理编号。</translation>
    </message>
    <message>
        <source>Give the date the event or deviation occurred.</source>
        <translation>请填写事件或方案偏离的发生日期。</translation>
    </message>
    <message>
        <source>Give the meeting with --meeting ID.</source>
        <translation>请用 --meeting 给出会议标识。</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s address to use a proxy set by hand.</source>
        <translation>手动设置代理时请填写代理地址。</translation>
    </message>
    <message>
        <source>Give the reason for extending the decision limit.</source>
        <translation>请说明延长审查时限的理由。</translation>
    </message>
    <message>
        <source>Give the reason for superseding the earlier decision.</source>
        <translation>请说明取代此前决定的理由。</translation>
    </message>
    <message>
        <source>Give the reason the case is not on the expert re-review list.</source>
        <translation>请说明该项目不属于专家复核清单的理由。</translation>
    </message>
    <message>
        <source>Give the reason the member does not vote.</source>
        <translation>请说明该委员未投票的原因。</translation>
    </message>
    <message>
        <source>Give the reasons for a decision other than approval.</source>
        <translation>作出批准以外的决定时须说明理由。</translation>
    </message>
    <message>
        <source>Give the year with --year YYYY.</source>
        <translation>请用 --year YYYY 给出年份。</translation>
    </message>
    <message>
        <source>Give the {what} with --{flag}-file FILE or the {env} environment variable.</source>
        <translation>请用 --{flag}-file 文件 或环境变量 {env} 提供{what}。</translation>
    </message>
    <message>
        <source>Item {item} is not on this case&apos;s checklists.</source>
        <translation>条目 {item} 不在本项目的审查要点中。</translation>
    </message>
    <message>
        <source>List the modifications required for approval after modification.</source>
        <translation>作出“修改后批准”决定时须列明修改要求。</translation>
    </message>
    <message>
        <source>Malformed base64 in a signed record.</source>
        <translation>已签名记录中的 base64 编码有误。</translation>
    </message>
    <message>
        <source>Member {member}: external must be true or false.</source>
        <translation>委员 {member}：是否外单位人员必须为是或否。</translation>
    </message>
    <message>
        <source>Member {member}: {detail}</source>
        <translation>委员 {member}：{detail}</translation>
    </message>
    <message>
        <source>Name lookup: {name} cannot be found ({detail}). Ask IT whether this computer may look up {name}, or which proxy to use.</source>
        <translation>域名解析：找不到 {name}（{detail}）。请询问信息科：本机能否解析 {name}，或应使用哪个代理。</translation>
    </message>
    <message>
        <source>Name the authority that organised the expert re-review.</source>
        <translation>请填写组织专家复核的主管部门。</translation>
    </message>
    <message>
        <source>Name the list items the case falls under.</source>
        <translation>请指明该项目所属的清单条目。</translation>
    </message>
    <message>
        <source>Name the member the device belongs to, or enrol a new member.</source>
        <translation>请指明该设备所属的委员，或登记一名新委员。</translation>
    </message>
    <message>
        <source>Name the packets or the meeting to revoke.</source>
        <translation>请指明要撤回的材料包或会议。</translation>
    </message>
    <message>
        <source>No backup file at {path}.</source>
        <translation>{path} 处没有备份文件。</translation>
    </message>
    <message>
        <source>No certificate found in the CA file.</source>
        <translation>CA 文件中没有证书。</translation>
    </message>
    <message>
        <source>No checklist covers the review domain {domain}.</source>
        <translation>没有适用于审查领域 {domain} 的审查要点。</translation>
    </message>
    <message>
        <source>No folder {path}.</source>
        <translation>没有文件夹 {path}。</translation>
    </message>
    <message>
        <source>No key slot {slot} in this vault.</source>
        <translation>此保险库中没有密钥槽 {slot}。</translation>
    </message>
    <message>
        <source>No packet {id} in this vault.</source>
        <translation>本保险库中没有材料包 {id}。</translation>
    </message>
    <message>
        <source>No quorum for this case: {missing} ({basis}).</source>
        <translation>本项目未达到法定人数：{missing}（{basis}）。</translation>
    </message>
    <message>
        <source>No registry URL is configured; run `quorum sync-config --url URL`.</source>
        <translation>尚未配置登记平台地址；请运行 `quorum sync-config --url URL`。</translation>
    </message>
    <message>
        <source>No such document in this packet.</source>
        <translation>本材料包中没有该文件。</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <source>No such packet was issued.</source>
        <translation>未发出过该材料包。</translation>
    </message>
    <message>
        <source>No token labelled {label} is plugged in.</source>
        <translation>未插入标签为 {label} 的硬件密钥。</translation>
    </message>
    <message>
        <source>No vault at {path}.</source>
        <translation>{path} 处没有保险库。</translation>
    </message>
    <message>
        <source>Not on the expert re-review list: {ids}.</source>
        <translation>不在需要开展专家复核的清单内：{ids}。</translation>
    </message>
    <message>
        <source>Nothing is signed on this packet yet.</source>
        <translation>本材料包尚无任何签名内容。</translation>
    </message>
    <message>
        <source>Nothing to export: every decision in the outbox has a receipt.</source>
        <translation>没有需要导出的内容：待发队列中的每项决定都已有回执。</translation>
    </message>
    <message>
        <source>Only Ed25519 and ECDSA P-256 keys can sign in Quorum.</source>
        <translation>Quorum 仅支持 Ed25519 和 ECDSA P-256 密钥签名。</translation>
    </message>
    <message>
        <source>Only a preliminary decision awaits an expert re-review opinion.</source>
        <translation>只有初步审查决定才需等待专家复核意见。</translation>
    </message>
    <message>
        <source>Only a rejected item can be queued again.</source>
        <translation>只有被拒收的条目才能重新排队。</translation>
    </message>
    <message>
        <source>Only an accepted case has a decision limit to extend.</source>
        <translation>只有已受理的项目才有可延长的审查时限。</translation>
    </message>
    <message>
        <source>Only an approved activity takes linked submissions; this case has no approval in force.</source>
        <translation>只有已批准的活动才能受理关联报告或申请；该项目没有有效的批准。</translation>
    </message>
    <message>
        <source>Only the chair or a vice-chair records the re-review opinion.</source>
        <translation>只有主任委员或副主任委员可以录入复核意见。</translation>
    </message>
    <message>
        <source>Only the chair or a vice-chair signs a decision under the simplified procedure.</source>
        <translation>简易程序的决定只能由主任委员或副主任委员签署。</translation>
    </message>
    <message>
        <source>Only the chair, a vice-chair or the secretary records this determination.</source>
        <translation>只有主任委员、副主任委员或秘书可以记录此项认定。</translation>
    </message>
    <message>
        <source>Only the presiding chair (or the vice-chair standing in) records the decision.</source>
        <translation>只有主持会议的主任委员（或代为主持的副主任委员）可以录入审查决定。</translation>
    </message>
    <message>
        <source>Only the secretary, the chair or a vice-chair signs a USB export.</source>
        <translation>只有秘书、主任委员或副主任委员可以签署U盘导出包。</translation>
    </message>
    <message>
        <source>Only {fields} can be edited; the name and role are in the signing certificate.</source>
        <translation>只能编辑 {fields}；姓名和职务写在签名证书中。</translation>
    </message>
    <message>
        <source>Packet {id} was destroyed ({status}); its contents are gone.</source>
        <translation>材料包 {id} 已销毁（{status}），内容无法再读取。</translation>
    </message>
    <message>
        <source>Proxy authentication: the proxy {proxy} asks for a username and password (HTTP 407). Ask IT for the proxy account and enter it in Settings.</source>
        <translation>代理身份验证：代理 {proxy} 要求用户名和密码（HTTP 407）。请向信息科索取代理账号，并在“设置”中填写。</translation>
    </message>
    <message>
        <source>Proxy authentication: the proxy {proxy} refused the username {user} and its password (HTTP 407). Check the password in Settings, or ask IT whether the account may use the proxy.</source>
        <translation>代理身份验证：代理 {proxy} 拒绝了用户名 {user} 及其密码（HTTP 407）。请在“设置”中核对密码，或询问信息科该账号能否使用代理。</translation>
    </message>
    <message>
        <source>Proxy: no proxy auto-configuration (PAC) file was found at {where}. Ask IT for the address of the PAC file, or for the proxy to set by hand.</source>
        <translation>代理：在 {where} 找不到代理自动配置（PAC）文件。请向信息科索取 PAC 文件地址，或手动设置的代理地址。</translation>
    </message>
    <message>
        <source>Proxy: nothing answers at {proxy} ({detail}). Ask IT for the current proxy address and port.</source>
        <translation>代理：{proxy} 无应答（{detail}）。请向信息科询问当前的代理地址和端口。</translation>
    </message>
    <message>
        <source>Proxy: {proxy} is a {scheme} proxy, which Quorum cannot use. Ask IT for an HTTP proxy (or one set in a PAC file).</source>
        <translation>代理：{proxy} 是 {scheme} 代理，Quorum 无法使用。请向信息科索取 HTTP 代理（或 PAC 文件中设置的代理）。</translation>
    </message>
    <message>
        <source>Proxy: {proxy} would not connect to {host}:{port} ({detail}). Ask IT to allow HTTPS to {host}:{port} through the proxy.</source>
        <translation>代理：{proxy} 不肯连接 {host}:{port}（{detail}）。请信息科允许经代理访问 {host}:{port} 的 HTTPS。</translation>
    </message>
    <message>
        <source>Re-review vote by {expert} must be true or false.</source>
        <translation>{expert} 的复核表决必须为是或否。</translation>
    </message>
    <message>
        <source>Registry keys: the latest tree head from {url} is not signed by the log key {expected} imported here. Ask the registry&apos;s operator for its current registry-keys.json, and do not sync until they match.</source>
        <translation>登记平台密钥：{url} 最新的树头不是用本机导入的日志密钥 {expected} 签名的。请向登记平台运维方索取当前的 registry-keys.json，在密钥一致之前不要同步。</translation>
    </message>
    <message>
        <source>Registry keys: the registry at {url} has another transport key than the one imported here. Ask the registry&apos;s operator for its current registry-keys.json, and do not sync until they match.</source>
        <translation>登记平台密钥：{url} 的登记平台使用的传输密钥与本机导入的不同。请向登记平台运维方索取当前的 registry-keys.json，在密钥一致之前不要同步。</translation>
    </message>
    <message>
        <source>Registry keys: the registry at {url} signs with log key {found}, not the key {expected} imported here. Ask the registry&apos;s operator for its current registry-keys.json, and do not sync until they match.</source>
        <translation>登记平台密钥：{url} 的登记平台用日志密钥 {found} 签名，而不是本机导入的 {expected}。请向登记平台运维方索取当前的 registry-keys.json，在密钥一致之前不要同步。</translation>
    </message>
    <message>
        <source>Registry: the proxy {proxy} could not reach {host} (HTTP {status}). Ask the registry&apos;s operator whether it is running, and IT whether the proxy may reach {host}.</source>
        <translation>登记平台：代理 {proxy} 无法连到 {host}（HTTP {status}）。请询问登记平台运维方服务是否在运行，并询问信息科代理能否访问 {host}。</translation>
    </message>
    <message>
        <source>Registry: {host}:{port} did not answer ({detail}). Ask the registry&apos;s operator whether it is running, and IT whether {host} is reachable from this network.</source>
        <translation>登记平台：{host}:{port} 无应答（{detail}）。请询问登记平台运维方服务是否在运行，并询问信息科此网络能否访问 {host}。</translation>
    </message>
    <message>
        <source>Registry: {url} answered, but not as a Quorum registry (HTTP {status}). Check the registry address, or ask IT whether a filter replaced the answer.</source>
        <translation>登记平台：{url} 有应答，但不是 Quorum 登记平台（HTTP {status}）。请核对登记平台地址，或询问信息科是否有过滤设备替换了应答。</translation>
    </message>
    <message>
        <source>Reviewers must be active members of the committee.</source>
        <translation>主审委员必须是委员会的在任委员。</translation>
    </message>
    <message>
        <source>Say --no-conflict, or --conflict TEXT describing it.</source>
        <translation>请使用 --no-conflict，或用 --conflict 说明利益冲突。</translation>
    </message>
    <message>
        <source>Several members are called {name}; give the member id.</source>
        <translation>有多名委员名为 {name}，请给出委员标识。</translation>
    </message>
    <message>
        <source>TLS: the certificate for {host} is not trusted ({detail}). Ask IT whether HTTPS to {host} is inspected, and for the inspection root certificate.</source>
        <translation>TLS：{host} 的证书不受信任（{detail}）。请询问信息科访问 {host} 的 HTTPS 是否经过审查，并索取审查用的根证书。</translation>
    </message>
    <message>
        <source>TLS: the certificate for {host} was issued by {issuer}, which this computer does not trust. If that is the hospital&apos;s TLS inspection certificate, ask IT to install its root certificate on this computer (or add it under extra trusted certificates).</source>
        <translation>TLS：{host} 的证书由 {issuer} 签发，本机不信任该签发者。如果这是医院的 TLS 审查证书，请信息科在本机安装其根证书（或将其添加到“额外信任的证书”）。</translation>
    </message>
    <message>
        <source>TLS: the certificate presented for {host} (issued by {issuer}) does not carry the registry&apos;s pinned key, so something in between is inspecting TLS. Nothing was sent. Ask IT to exempt {host} from TLS inspection.</source>
        <translation>TLS：{host} 出示的证书（由 {issuer} 签发）不含登记平台的固定密钥，说明中间有设备在审查 TLS。未发送任何内容。请信息科将 {host} 排除在 TLS 审查之外。</translation>
    </message>
    <message>
        <source>TLS: the secure connection to {host} failed ({detail}). Ask IT whether HTTPS to {host} is blocked or inspected.</source>
        <translation>TLS：与 {host} 的安全连接失败（{detail}）。请询问信息科访问 {host} 的 HTTPS 是否被拦截或审查。</translation>
    </message>
    <message>
        <source>Term of {member} ends before it starts.</source>
        <translation>{member} 的任期结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Term of {member} must be (start, end or None).</source>
        <translation>{member} 的任期格式应为（开始，结束或空）。</translation>
    </message>
    <message>
        <source>Term of {member} must be given as dates.</source>
        <translation>{member} 的任期必须以日期表示。</translation>
    </message>
    <message>
        <source>That case is not in this packet.</source>
        <translation>该项目不在本材料包中。</translation>
    </message>
    <message>
        <source>That case is not on this meeting&apos;s agenda.</source>
        <translation>该项目不在本次会议议程中。</translation>
    </message>
    <message>
        <source>That decision has been replaced; object to the one in force.</source>
        <translation>该审查决定已被取代；请对现行有效的决定提出申诉。</translation>
    </message>
    <message>
        <source>That is not a certificate revocation list.</source>
        <translation>这不是证书撤销列表（CRL）。</translation>
    </message>
    <message>
        <source>That is not a meeting join code.</source>
        <translation>这不是会议加入码。</translation>
    </message>
    <message>
        <source>That is not an X.509 certificate ({detail}).</source>
        <translation>这不是 X.509 证书（{detail}）。</translation>
    </message>
    <message>
        <source>That member is not attending.</source>
        <translation>该委员未出席。</translation>
    </message>
    <message>
        <source>That signing key is already enrolled or was retired; make a new request.</source>
        <translation>该签名密钥已登记或已停用，请重新生成申请。</translation>
    </message>
    <message>
        <source>The PAC address must start with http://, https:// or file://.</source>
        <translation>PAC 地址必须以 http://、https:// 或 file:// 开头。</translation>
    </message>
    <message>
        <source>The PDF has no signature to add validation material for.</source>
        <translation>该 PDF 没有签名，无法添加验证材料。</translation>
    </message>
    <message>
        <source>The acceptance time must be a date and time, got {value!r}.</source>
        <translation>受理时间必须是日期和时间，当前为 {value!r}。</translation>
    </message>
    <message>
        <source>The activity text must be text.</source>
        <translation>活动内容必须是文本。</translation>
    </message>
    <message>
        <source>The approval fraction {num}/{den} can never be reached.</source>
        <translation>通过比例 {num}/{den} 永远无法达到。</translation>
    </message>
    <message>
        <source>The case is no longer waiting for a decision; its limit cannot be extended.</source>
        <translation>该项目已不在等待审查决定，不能延长时限。</translation>
    </message>
    <message>
        <source>The case is tagged with list items {ids}; remove the tags before determining it is not on the list.</source>
        <translation>该项目已标记清单条目{ids}；须先取消标记，才能认定其不属于清单。</translation>
    </message>
    <message>
        <source>The case matches expert re-review list items {ids}; record whether it is on the list before the decision ({basis}).</source>
        <translation>该项目与专家复核清单条目{ids}相符；作出决定前须记录其是否列入清单（{basis}）。</translation>
    </message>
    <message>
        <source>The committee CA certificate is malformed.</source>
        <translation>委员会 CA 证书格式有误。</translation>
    </message>
    <message>
        <source>The committee CA&apos;s key is neither Ed25519 nor ECDSA P-256.</source>
        <translation>委员会 CA 的密钥既不是 Ed25519 也不是 ECDSA P-256。</translation>
    </message>
    <message>
        <source>The committee already has a chair; end that term first.</source>
        <translation>委员会已有主任委员，请先结束其任期。</translation>
    </message>
    <message>
        <source>The committee has no certificate authority to vouch for signatures.</source>
        <translation>本委员会尚无证书颁发机构（CA），无法为签名作证。</translation>
    </message>
    <message>
        <source>The committee has no secretary; name the signer with --signer MEMBER_ID.</source>
        <translation>委员会没有秘书，请用 --signer 委员标识 指定签署人。</translation>
    </message>
    <message>
        <source>The committee needs a name and an institution.</source>
        <translation>委员会需要填写名称和所在单位。</translation>
    </message>
    <message>
        <source>The current time needs a time zone.</source>
        <translation>当前时间须带时区。</translation>
    </message>
    <message>
        <source>The day the objection was received must be a date.</source>
        <translation>申诉收到日期须为日期。</translation>
    </message>
    <message>
        <source>The decision date must be a date, got {value!r}.</source>
        <translation>决定日期必须是日期，当前为 {value!r}。</translation>
    </message>
    <message>
        <source>The decision on this case is signed; voting is closed.</source>
        <translation>本项目的审查决定已签署，表决已结束。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved.</source>
        <translation>磁盘已满，未保存任何内容。</translation>
    </message>
    <message>
        <source>The document is larger than the limit of {limit} MB.</source>
        <translation>文档超过 {limit} MB 的大小上限。</translation>
    </message>
    <message>
        <source>The document size limit must be between 1 and 10000 MB.</source>
        <translation>文档大小上限必须在1至10000 MB之间。</translation>
    </message>
    <message>
        <source>The enrolment reply is damaged or its signature does not verify.</source>
        <translation>登记回复文件已损坏或签名验证失败。</translation>
    </message>
    <message>
        <source>The enrolment reply is for another member&apos;s keys.</source>
        <translation>该登记回复对应的是其他委员的密钥。</translation>
    </message>
    <message>
        <source>The enrolment request is damaged or its self-signature does not verify.</source>
        <translation>登记申请已损坏或其自签名验证失败。</translation>
    </message>
    <message>
        <source>The enrolment request names nobody.</source>
        <translation>登记申请未写明姓名。</translation>
    </message>
    <message>
        <source>The enrolment request&apos;s encryption key is not an X25519 key.</source>
        <translation>登记申请中的加密密钥不是 X25519 密钥。</translation>
    </message>
    <message>
        <source>The enrolment request&apos;s signing key is malformed.</source>
        <translation>登记申请中的签名密钥格式错误。</translation>
    </message>
    <message>
        <source>The event cannot come after the report was received.</source>
        <translation>事件发生日期不能晚于报告收到日期。</translation>
    </message>
    <message>
        <source>The expert re-review is not valid: {why} ({basis}).</source>
        <translation>专家复核无效：{why}（{basis}）。</translation>
    </message>
    <message>
        <source>The file is too large to be an enrolment request.</source>
        <translation>文件过大，不可能是登记申请。</translation>
    </message>
    <message>
        <source>The file was refused; nothing changed.</source>
        <translation>文件被拒绝，未作任何更改。</translation>
    </message>
    <message>
        <source>The follow-up interval must be a whole number of months, got {value!r}.</source>
        <translation>跟踪审查间隔必须是整月数，当前为 {value!r}。</translation>
    </message>
    <message>
        <source>The host refused the message; nothing changed.</source>
        <translation>主持端拒绝了该消息；未作任何更改。</translation>
    </message>
    <message>
        <source>The key that opened is not the one enrolled for {name}.</source>
        <translation>打开的密钥不是为 {name} 登记的密钥。</translation>
    </message>
    <message>
        <source>The last passphrase slot cannot be revoked.</source>
        <translation>不能撤销最后一个口令槽。</translation>
    </message>
    <message>
        <source>The meeting host cannot be reached.</source>
        <translation>无法连接会议主持端。</translation>
    </message>
    <message>
        <source>The meeting host is not this committee&apos;s (its certificate is not from the committee CA).</source>
        <translation>该会议主持端不属于本委员会（其证书并非由委员会CA签发）。</translation>
    </message>
    <message>
        <source>The meeting host&apos;s key does not match the join code.</source>
        <translation>会议主持端的密钥与加入码不符。</translation>
    </message>
    <message>
        <source>The meeting is closed; its record can no longer change.</source>
        <translation>会议已结束，其记录不能再修改。</translation>
    </message>
    <message>
        <source>The meeting is scheduled for {day}; nothing can be recorded in it before that day ({basis}).</source>
        <translation>会议定于{day}召开；在此之前不能记录任何会议内容（{basis}）。</translation>
    </message>
    <message>
        <source>The member&apos;s term has already ended; no certificate can be issued.</source>
        <translation>该委员任期已结束，不能签发证书。</translation>
    </message>
    <message>
        <source>The new limit needs a date and time with a time zone.</source>
        <translation>新的期限须为带时区的日期和时间。</translation>
    </message>
    <message>
        <source>The packet comes from another committee.</source>
        <translation>该材料包来自其他委员会。</translation>
    </message>
    <message>
        <source>The packet is not signed by your committee, or it was altered.</source>
        <translation>该材料包不是本委员会签发的，或已被篡改。</translation>
    </message>
    <message>
        <source>The packet was altered: a part has the wrong length.</source>
        <translation>材料包已被篡改：某部分长度不符。</translation>
    </message>
    <message>
        <source>The packet was altered: a sealed part does not decrypt.</source>
        <translation>材料包已被篡改：某加密部分无法解密。</translation>
    </message>
    <message>
        <source>The packet was altered: its contents do not match the signed header.</source>
        <translation>材料包已被篡改：内容与签名的文件头不符。</translation>
    </message>
    <message>
        <source>The packet&apos;s contents are damaged.</source>
        <translation>材料包内容已损坏。</translation>
    </message>
    <message>
        <source>The packet&apos;s header is damaged.</source>
        <translation>材料包文件头已损坏。</translation>
    </message>
    <message>
        <source>The packet&apos;s sealed key does not open with your key; it was altered.</source>
        <translation>材料包的密封密钥无法用您的密钥打开，文件已被篡改。</translation>
    </message>
    <message>
        <source>The packet&apos;s sealed key is damaged.</source>
        <translation>材料包的密封密钥已损坏。</translation>
    </message>
    <message>
        <source>The period must end on or after its start.</source>
        <translation>时间段的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The proxy address must look like http://proxy.hospital.example:8080 (the username and password go in their own fields).</source>
        <translation>代理地址应形如 http://proxy.hospital.example:8080（用户名和密码请填在各自的栏中）。</translation>
    </message>
    <message>
        <source>The recipient&apos;s encryption key is malformed.</source>
        <translation>收件人的加密密钥格式错误。</translation>
    </message>
    <message>
        <source>The registry URL must look like https://registry.example:8470.</source>
        <translation>登记平台地址应形如 https://registry.example:8470。</translation>
    </message>
    <message>
        <source>The registry has not confirmed this decision yet; sync first.</source>
        <translation>登记平台尚未确认该决定，请先同步。</translation>
    </message>
    <message>
        <source>The registry witnessed audit event {seq}, which this vault&apos;s trail no longer holds; nothing was imported.</source>
        <translation>登记平台见证过审计事件 {seq}，而本保险库的审计记录中已没有该事件；未导入任何内容。</translation>
    </message>
    <message>
        <source>The registry&apos;s public keys are not configured; run `quorum sync-config --keys FILE`.</source>
        <translation>尚未配置登记平台的公钥；请运行 `quorum sync-config --keys FILE`。</translation>
    </message>
    <message>
        <source>The renewed term must end after {start}.</source>
        <translation type="vanished">续聘后的任期须在 {start} 之后截止。</translation>
    </message>
    <message>
        <source>The request names {request} but member {name} was chosen.</source>
        <translation>申请中的姓名是 {request}，但选择的委员是 {name}。</translation>
    </message>
    <message>
        <source>The response answers a packet that was not issued to {name}.</source>
        <translation>该回复对应的材料包并非发给 {name}。</translation>
    </message>
    <message>
        <source>The response answers a packet that was revoked.</source>
        <translation>该回复对应的材料包已被撤回。</translation>
    </message>
    <message>
        <source>The response is sealed to another committee&apos;s key.</source>
        <translation>该回复是加密给其他委员会密钥的。</translation>
    </message>
    <message>
        <source>The response is signed by a key that is not enrolled.</source>
        <translation>该回复由未登记的密钥签名。</translation>
    </message>
    <message>
        <source>The response is signed with a key {name} no longer uses (they moved devices).</source>
        <translation>该回复使用了 {name} 已停用的密钥签名（该委员已更换设备）。</translation>
    </message>
    <message>
        <source>The response was altered: it does not decrypt.</source>
        <translation>回复已被篡改：无法解密。</translation>
    </message>
    <message>
        <source>The response&apos;s contents are damaged.</source>
        <translation>回复内容已损坏。</translation>
    </message>
    <message>
        <source>The response&apos;s statements do not match its signed list; it was altered.</source>
        <translation>回复中的声明与其签名清单不符，文件已被篡改。</translation>
    </message>
    <message>
        <source>The reviewers agreed on {decided}, not {asked}.</source>
        <translation>审查委员一致意见为{decided}，而不是{asked}。</translation>
    </message>
    <message>
        <source>The revocation comes from another committee.</source>
        <translation>该撤回通知来自其他委员会。</translation>
    </message>
    <message>
        <source>The revocation is not signed by your committee, or it was altered.</source>
        <translation>该撤回通知不是本委员会签发的，或已被篡改。</translation>
    </message>
    <message>
        <source>The signature does not verify.</source>
        <translation>签名验证未通过。</translation>
    </message>
    <message>
        <source>The simplified procedure needs at least {n} reviewers ({basis}).</source>
        <translation>简易程序至少需要{n}名审查委员（{basis}）。</translation>
    </message>
    <message>
        <source>The simplified review has not reached a decision: {reason} ({basis}).</source>
        <translation>简易程序审查尚未形成决定：{reason}（{basis}）。</translation>
    </message>
    <message>
        <source>There are no checklist answers to sign.</source>
        <translation>没有需要签署的审查要点作答。</translation>
    </message>
    <message>
        <source>This enrolment reply was already imported; nothing changed.</source>
        <translation>该登记回复已导入过，未作任何更改。</translation>
    </message>
    <message>
        <source>This enrolment request was already imported; nothing changed.</source>
        <translation>该登记申请已导入过，未作任何更改。</translation>
    </message>
    <message>
        <source>This file is not a Quorum enrolment request.</source>
        <translation>该文件不是 Quorum 登记申请。</translation>
    </message>
    <message>
        <source>This file is not a Quorum packet response.</source>
        <translation>该文件不是 Quorum 材料包回复。</translation>
    </message>
    <message>
        <source>This file is not a Quorum review packet, or its header was altered.</source>
        <translation>该文件不是 Quorum 审查材料包，或其文件头已被篡改。</translation>
    </message>
    <message>
        <source>This is a member&apos;s vault; run this in the committee&apos;s vault.</source>
        <translation>这是委员保险库；请在委员会保险库中执行此操作。</translation>
    </message>
    <message>
        <source>This is the committee&apos;s vault, not a member&apos;s vault.</source>
        <translation>这是委员会保险库，不是委员保险库。</translation>
    </message>
    <message>
        <source>This packet expired on {date}.</source>
        <translation>该材料包已于 {date} 到期。</translation>
    </message>
    <message>
        <source>This packet is addressed to another member.</source>
        <translation>该材料包是发给其他委员的。</translation>
    </message>
    <message>
        <source>This packet needs checklist {id} version {version}; update Quorum.</source>
        <translation>该材料包需要审查要点清单 {id} 的 {version} 版，请升级 Quorum。</translation>
    </message>
    <message>
        <source>This packet was already received (a replay); nothing changed.</source>
        <translation>该材料包已收到过（重放），未作任何更改。</translation>
    </message>
    <message>
        <source>This packet was revoked by the committee.</source>
        <translation>该材料包已被委员会撤回。</translation>
    </message>
    <message>
        <source>This response was already imported; nothing changed.</source>
        <translation>该回复已导入过，未作任何更改。</translation>
    </message>
    <message>
        <source>This submission already has a signed decision; it cannot be edited.</source>
        <translation>该报告/申请已有签署的决定，不能修改。</translation>
    </message>
    <message>
        <source>This submission goes to a meeting; name the meeting.</source>
        <translation>该报告/申请须会议审查；请指定会议。</translation>
    </message>
    <message>
        <source>This submission goes to a meeting; reviewers&apos; opinions are for the simplified procedure.</source>
        <translation>该报告/申请须会议审查；审查委员意见仅用于简易程序。</translation>
    </message>
    <message>
        <source>This submission has been decided; its opinions are closed.</source>
        <translation>该报告/申请已作出决定，不再接受审查意见。</translation>
    </message>
    <message>
        <source>This vault is already enrolled with another committee.</source>
        <translation>本保险库已在其他委员会登记。</translation>
    </message>
    <message>
        <source>This vault is not enrolled yet; import the committee&apos;s enrolment reply first.</source>
        <translation>本保险库尚未登记，请先导入委员会的登记回复。</translation>
    </message>
    <message>
        <source>Unknown materials for this submission: {names}.</source>
        <translation>该报告/申请不包含这些材料：{names}。</translation>
    </message>
    <message>
        <source>Unknown submission kind {kind!r}.</source>
        <translation>未知的报告/申请类别 {kind!r}。</translation>
    </message>
    <message>
        <source>You declared a conflict for this case; its documents stay closed.</source>
        <translation>您已就本项目声明利益冲突，其文件不予打开。</translation>
    </message>
    <message>
        <source>You declared a conflict for this case; you do not review it.</source>
        <translation>您已就本项目声明利益冲突，不参与其审查。</translation>
    </message>
    <message>
        <source>{name} cannot take part: the appointment from {start} ran past the {years}-year limit on {limit}; the secretary can record a renewal ({basis}).</source>
        <translation>{name}不能参加：自{start}起的任命已于{limit}超过{years}年期限；秘书可以记录续聘（{basis}）。</translation>
    </message>
    <message>
        <source>{name} cannot take part: the term ended on {end}; the secretary can record a renewal ({basis}).</source>
        <translation>{name}不能参加：任期已于{end}届满；秘书可以记录续聘（{basis}）。</translation>
    </message>
    <message>
        <source>{name} cannot take part: the term starts on {start} ({basis}).</source>
        <translation>{name}不能参加：任期自{start}开始（{basis}）。</translation>
    </message>
    <message>
        <source>{name} has already given an opinion on this submission.</source>
        <translation>{name}已对该报告/申请提出意见。</translation>
    </message>
    <message>
        <source>{name} is no longer a member and cannot take part ({basis}).</source>
        <translation>{name}已不是委员，不能参加（{basis}）。</translation>
    </message>
    <message>
        <source>{name} is recorded as not voting on this case.</source>
        <translation>{name}已被记录为未就该项目投票。</translation>
    </message>
    <message>
        <source>{name} is recused from this case and cannot vote ({basis}).</source>
        <translation>{name}已回避该项目，不能投票（{basis}）。</translation>
    </message>
    <message>
        <source>The statement names a different signing key.</source>
        <translation>该声明指向另一个签名密钥。</translation>
    </message>
    <message>
        <source>The registry&apos;s timestamp authority is not configured; cannot check timestamps.</source>
        <translation>尚未配置登记平台的时间戳服务，无法核验时间戳。</translation>
    </message>
    <message>
        <source>The registry&apos;s timestamp authority is not configured; run `quorum sync-config --keys FILE` with the registry&apos;s current keys file.</source>
        <translation>尚未配置登记平台的时间戳服务；请用登记平台当前的密钥文件运行 `quorum sync-config --keys FILE`。</translation>
    </message>
    <message>
        <source>The sealed key of {who} is damaged.</source>
        <translation>{who} 的封存密钥已损坏。</translation>
    </message>
    <message>
        <source>The statement does not name the audit head it saw.</source>
        <translation>该声明未写明其所见的审计链头。</translation>
    </message>
    <message>
        <source>The statement does not say what the host would record.</source>
        <translation>该声明的内容与主持端将记录的内容不一致。</translation>
    </message>
    <message>
        <source>The statement is damaged.</source>
        <translation>该声明已损坏。</translation>
    </message>
    <message>
        <source>The statement is for another committee or meeting.</source>
        <translation>该声明属于其他委员会或会议。</translation>
    </message>
    <message>
        <source>The statement is not in canonical form.</source>
        <translation>该声明不是规范格式。</translation>
    </message>
    <message>
        <source>The statement is not valid JSON.</source>
        <translation>该声明不是有效的JSON。</translation>
    </message>
    <message>
        <source>The statement is of a kind the meeting room does not take.</source>
        <translation>会议室不接受此类声明。</translation>
    </message>
    <message>
        <source>The statement is signed by a key that is not enrolled.</source>
        <translation>该声明由未登记的密钥签名。</translation>
    </message>
    <message>
        <source>The statement is signed for another member than this device&apos;s.</source>
        <translation>该声明的签名人不是本设备的委员。</translation>
    </message>
    <message>
        <source>The statement names a different signature algorithm from the enrolled key.</source>
        <translation>该签名声明所写的签名算法与登记的密钥不一致。</translation>
    </message>
    <message>
        <source>The statement names an audit head this vault never had.</source>
        <translation>该声明所写的审计链头在本保险库中不存在。</translation>
    </message>
    <message>
        <source>The statement&apos;s signature does not verify; it was altered or forged.</source>
        <translation>该声明的签名无法验证；它已被篡改或伪造。</translation>
    </message>
    <message>
        <source>The term must end after it starts.</source>
        <translation>任期结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>The token holds another key than the one enrolled for {name}.</source>
        <translation>硬件密钥中的密钥不是为 {name} 登记的密钥。</translation>
    </message>
    <message>
        <source>The token holds no EC key labelled {label}.</source>
        <translation>硬件密钥中没有标签为 {label} 的椭圆曲线密钥。</translation>
    </message>
    <message>
        <source>The token holds several EC keys labelled {label}.</source>
        <translation>硬件密钥中有多个标签为 {label} 的椭圆曲线密钥。</translation>
    </message>
    <message>
        <source>The token of {who} is locked after too many wrong PINs.</source>
        <translation>{who} 的硬件密钥因 PIN 错误次数过多已被锁定。</translation>
    </message>
    <message>
        <source>The token refused to open: {detail}</source>
        <translation>硬件密钥拒绝打开：{detail}</translation>
    </message>
    <message>
        <source>The token refused to sign: {detail}</source>
        <translation>硬件密钥拒绝签名：{detail}</translation>
    </message>
    <message>
        <source>The token returned a malformed ECDSA signature.</source>
        <translation>硬件密钥返回的 ECDSA 签名格式有误。</translation>
    </message>
    <message>
        <source>The token&apos;s public key is not an EC point.</source>
        <translation>硬件密钥的公钥不是椭圆曲线点。</translation>
    </message>
    <message>
        <source>The vault database is damaged or is not a Quorum vault: {detail}</source>
        <translation>保险库数据库已损坏或不是 Quorum 保险库：{detail}</translation>
    </message>
    <message>
        <source>The vault is busy with another task; nothing was saved. Try again in a moment.</source>
        <translation>保险库正忙于另一项任务，本次操作未保存。请稍后重试。</translation>
    </message>
    <message>
        <source>The vault is open in another Quorum process (pid {pid}).</source>
        <translation>保险库已被另一个 Quorum 进程打开（进程号 {pid}）。</translation>
    </message>
    <message>
        <source>The vote of {members} does not count: only voting members attending and not recused for this case may vote ({basis}).</source>
        <translation>{members} 的表决无效：只有出席且未回避本项目的表决委员可以投票（{basis}）。</translation>
    </message>
    <message>
        <source>The votes decided {decided}, not {asked}.</source>
        <translation>表决结果为{decided}，而不是{asked}。</translation>
    </message>
    <message>
        <source>The votes have not reached a decision: {reason} ({basis}).</source>
        <translation>表决尚未形成决定：{reason}（{basis}）。</translation>
    </message>
    <message>
        <source>The {procedure} procedure may not be used for this case: {why} ({basis}).</source>
        <translation>本项目不得适用 {procedure} 程序：{why}（{basis}）。</translation>
    </message>
    <message>
        <source>These receipts are for another committee.</source>
        <translation>这些回执属于另一个委员会。</translation>
    </message>
    <message>
        <source>This case already has a signed decision; it cannot be edited, only superseded.</source>
        <translation>本项目已有签署的审查决定，不能修改，只能以新决定取代。</translation>
    </message>
    <message>
        <source>This device is not enrolled with the committee.</source>
        <translation>此设备未在本委员会登记。</translation>
    </message>
    <message>
        <source>This is one of your own committee&apos;s decisions.</source>
        <translation>这是本委员会自己的审查决定。</translation>
    </message>
    <message>
        <source>This statement is older than the one recorded (a replay); nothing changed.</source>
        <translation>该声明早于已记录的声明（重放）；未作任何更改。</translation>
    </message>
    <message>
        <source>This statement was already recorded (a replay); nothing changed.</source>
        <translation>该声明已被记录（重放）；未作任何更改。</translation>
    </message>
    <message>
        <source>This token signer is closed.</source>
        <translation>此硬件密钥签名会话已关闭。</translation>
    </message>
    <message>
        <source>This vault already belongs to a committee.</source>
        <translation>此保险库已属于某个委员会。</translation>
    </message>
    <message>
        <source>This vault was written by a newer Quorum (schema {found}); upgrade Quorum to open it.</source>
        <translation>此保险库由更新版本的 Quorum 写入（数据结构 {found}），请升级 Quorum 后再打开。</translation>
    </message>
    <message>
        <source>Times are written YYYY-MM-DDTHH:MM[:SS][+08:00], not {text!r}.</source>
        <translation>时间格式为 YYYY-MM-DDTHH:MM[:SS][+08:00]，而不是 {text!r}。</translation>
    </message>
    <message>
        <source>Too many wrong passphrases; try again in {seconds} seconds.</source>
        <translation>口令错误次数过多，请在 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <source>Training hours cannot be negative.</source>
        <translation>培训学时不能为负数。</translation>
    </message>
    <message>
        <source>Under {regime}, the number of all members is needed.</source>
        <translation>按{regime}，需要全体委员人数。</translation>
    </message>
    <message>
        <source>Unknown application material {item}.</source>
        <translation>未知的申请材料 {item}。</translation>
    </message>
    <message>
        <source>Unknown case status {status}.</source>
        <translation>未知的项目状态 {status}。</translation>
    </message>
    <message>
        <source>Unknown charter setting: {names}.</source>
        <translation>未知的章程设置：{names}。</translation>
    </message>
    <message>
        <source>Unknown decision type {t!r}.</source>
        <translation>未知的决定类型 {t!r}。</translation>
    </message>
    <message>
        <source>Unknown document kind {kind}; use one of: {kinds}.</source>
        <translation>未知的文档类型 {kind}；请使用以下之一：{kinds}。</translation>
    </message>
    <message>
        <source>Unknown domain: {detail}</source>
        <translation>未知的领域：{detail}</translation>
    </message>
    <message>
        <source>Unknown expert re-review list item {item}.</source>
        <translation>未知的专家复核清单条目 {item}。</translation>
    </message>
    <message>
        <source>Unknown review domain {domain}.</source>
        <translation>未知的审查领域 {domain}。</translation>
    </message>
    <message>
        <source>Unknown revocation reason {reason!r}; use one of: {allowed}.</source>
        <translation>未知的撤销原因 {reason!r}；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <source>Unknown setting {name}.</source>
        <translation>未知的设置 {name}。</translation>
    </message>
    <message>
        <source>Unknown signature algorithm {alg}.</source>
        <translation>未知的签名算法 {alg}。</translation>
    </message>
    <message>
        <source>Unknown vote {choice!r}.</source>
        <translation>未知的表决选项 {choice!r}。</translation>
    </message>
    <message>
        <source>Unknown {what} {value!r}; use one of: {allowed}.</source>
        <translation>未知的{what} {value!r}；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <source>Use the recovery code to add a new passphrase, not to change one.</source>
        <translation>恢复码只能用于添加新口令，不能用于修改口令。</translation>
    </message>
    <message>
        <source>Vote by {member}: {value!r} is not a vote choice.</source>
        <translation>{member} 的表决：{value!r} 不是有效的表决选项。</translation>
    </message>
    <message>
        <source>Wrong PIN for {member}.</source>
        <translation>{member} 的PIN码错误。</translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery code.</source>
        <translation>口令或恢复码错误。</translation>
    </message>
    <message>
        <source>involves_humans must be true or false.</source>
        <translation>“是否涉及人”必须为是或否。</translation>
    </message>
    <message>
        <source>{file}: {item}: {problem}</source>
        <translation>{file}：{item}：{problem}</translation>
    </message>
    <message>
        <source>{members} are not re-review experts on this panel; their votes do not count.</source>
        <translation>{members} 不是本次复核的专家，其表决无效。</translation>
    </message>
    <message>
        <source>{name} ({role}) may not sign the {document}.</source>
        <translation>{name}（{role}）无权签署{document}。</translation>
    </message>
    <message>
        <source>{name} has already checked in.</source>
        <translation>{name} 已签到。</translation>
    </message>
    <message>
        <source>{name} has already voted on this case.</source>
        <translation>{name} 已对本项目投票。</translation>
    </message>
    <message>
        <source>{name} has no certificate to revoke.</source>
        <translation>{name} 没有可撤销的证书。</translation>
    </message>
    <message>
        <source>{name} has no signing certificate; re-enrol the key.</source>
        <translation>{name} 没有签名证书，请重新登记密钥。</translation>
    </message>
    <message>
        <source>{name} is already recorded as not voting.</source>
        <translation>{name}已被记录为未投票。</translation>
    </message>
    <message>
        <source>{name} is no longer a member; enrol them again.</source>
        <translation>{name}已不是委员；请重新登记。</translation>
    </message>
    <message>
        <source>{name} is not a current member.</source>
        <translation>{name} 不是在任委员。</translation>
    </message>
    <message>
        <source>{name} is not an eligible voter present for this case.</source>
        <translation>{name}不是该项目有表决权的到会委员。</translation>
    </message>
    <message>
        <source>{name} is not checked in to this meeting.</source>
        <translation>{name} 未在本次会议签到。</translation>
    </message>
    <message>
        <source>{name} is recused from this case.</source>
        <translation>{name} 已回避本项目。</translation>
    </message>
    <message>
        <source>{name} must declare conflicts of interest before voting.</source>
        <translation>{name} 须在投票前声明利益冲突情况。</translation>
    </message>
    <message>
        <source>{name} signs on their own device; this vault holds no signing key for them.</source>
        <translation>{name} 在本人设备上签名；本保险库不保存其签名密钥。</translation>
    </message>
    <message>
        <source>{name}&apos;s certificate is already revoked.</source>
        <translation>{name} 的证书已被撤销。</translation>
    </message>
    <message>
        <source>{name}&apos;s certificate was revoked; enrol a new key before signing.</source>
        <translation>{name} 的证书已被撤销；请先登记新密钥再签名。</translation>
    </message>
    <message>
        <source>{name}&apos;s key is held in a way this Quorum does not know ({custody}).</source>
        <translation>{name} 的密钥保管方式（{custody}）本版 Quorum 无法识别。</translation>
    </message>
    <message>
        <source>{name}&apos;s key is not sealed in this vault; change the PIN where the key is.</source>
        <translation>{name} 的密钥未封存在本保险库中；请在密钥所在处修改 PIN。</translation>
    </message>
    <message>
        <source>{name}&apos;s signing key is locked after too many wrong PINs; re-enrol the key.</source>
        <translation>{name} 的PIN码错误次数过多，签名密钥已锁定，请重新登记密钥。</translation>
    </message>
    <message>
        <source>{name}&apos;s token is not recorded; enrol the token again.</source>
        <translation>{name} 的硬件密钥信息缺失；请重新登记硬件密钥。</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} 已存在，请使用新的文件名。</translation>
    </message>
    <message>
        <source>{path} already holds a vault; choose an empty folder.</source>
        <translation>{path} 中已有保险库，请选择空文件夹。</translation>
    </message>
    <message>
        <source>{path} exists; choose another name or add --force.</source>
        <translation>{path} 已存在，请换一个名称或加上 --force。</translation>
    </message>
    <message>
        <source>{path} is not a Quorum vault (no keyslots.json).</source>
        <translation>{path} 不是 Quorum 保险库（没有 keyslots.json）。</translation>
    </message>
    <message>
        <source>{path} is not a decision proof file.</source>
        <translation>{path} 不是审查决定证明文件。</translation>
    </message>
    <message>
        <source>{path} is not a receipts file ({detail}).</source>
        <translation>{path} 不是回执文件（{detail}）。</translation>
    </message>
    <message>
        <source>{path} is not a registry keys file ({detail}).</source>
        <translation>{path} 不是登记平台公钥文件（{detail}）。</translation>
    </message>
    <message>
        <source>{path} is not a {f} file.</source>
        <translation>{path} 不是 {f} 文件。</translation>
    </message>
    <message>
        <source>{path} is not empty; restore into a new folder.</source>
        <translation>{path} 不是空文件夹，请恢复到新文件夹。</translation>
    </message>
    <message>
        <source>{path} is too large to be a decision proof.</source>
        <translation>{path} 太大，不可能是审查决定证明文件。</translation>
    </message>
    <message>
        <source>{path}: the key ids do not match the keys.</source>
        <translation>{path}：密钥标识与密钥不匹配。</translation>
    </message>
    <message>
        <source>{value!r} is not a date (YYYY-MM-DD).</source>
        <translation>{value!r} 不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>{value!r} is not a risk level.</source>
        <translation>{value!r} 不是有效的风险等级。</translation>
    </message>
    <message>
        <source>{value!r} is not a valid {what}.</source>
        <translation>{value!r} 不是有效的{what}。</translation>
    </message>
    <message>
        <source>{what} not found: {key}</source>
        <translation>未找到{what}：{key}</translation>
    </message>
    <message>
        <source>{what}: a member id must be non-empty text, got {value!r}.</source>
        <translation>{what}：委员标识必须是非空文本，当前为 {value!r}。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Chair</source>
        <translation>主任委员</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>副主任委员</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>秘书</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>独立顾问</translation>
    </message>
    <message>
        <source>Science and technology</source>
        <translation>科学技术</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>医学</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>伦理学</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法学</translation>
    </message>
    <message>
        <source>Lay member</source>
        <translation>社会人士</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>材料不全</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Awaiting expert re-review</source>
        <translation>待专家复核</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟踪审查</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>General procedure</source>
        <translation>一般程序</translation>
    </message>
    <message>
        <source>Simplified procedure</source>
        <translation>简易程序</translation>
    </message>
    <message>
        <source>Emergency procedure</source>
        <translation>应急程序</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approve after modification</source>
        <translation>修改后批准</translation>
    </message>
    <message>
        <source>Modify and review again</source>
        <translation>修改后再审</translation>
    </message>
    <message>
        <source>Disapprove</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Life sciences and medicine</source>
        <translation>生命科学与医学</translation>
    </message>
    <message>
        <source>Artificial intelligence</source>
        <translation>人工智能</translation>
    </message>
    <message>
        <source>Animal research</source>
        <translation>动物实验</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Not above minimal risk</source>
        <translation>不大于最小风险</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>signs on the shared laptop</source>
        <translation>在共用电脑上签名</translation>
    </message>
    <message>
        <source>signs on own device</source>
        <translation>在本人设备上签名</translation>
    </message>
    <message>
        <source>signs with a token</source>
        <translation>使用硬件密钥签名</translation>
    </message>
</context>
<context>
    <name>meeting</name>
    <message>
        <source>{female} or {male}</source>
        <translation>{female}或{male}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Quorum met: {count} voting members present, every required category represented ({basis}).</source>
        <translation>已达到法定人数：{count} 名有表决权的委员到会，各类委员齐备（{basis}）。</translation>
    </message>
    <message>
        <source>No quorum yet: {missing} ({basis}).</source>
        <translation>尚未达到法定人数：{missing}（{basis}）。</translation>
    </message>
    <message>
        <source>Quorum for {case} after recusals: met, {count} voting members.</source>
        <translation>{case} 回避后的法定人数：已达到，有表决权的委员 {count} 名。</translation>
    </message>
    <message>
        <source>No quorum for {case} after recusals: {missing}.</source>
        <translation>{case} 回避后未达到法定人数：{missing}。</translation>
    </message>
    <message>
        <source>{cast} of {eligible} eligible members have voted; a decision needs {needed} votes.</source>
        <translation>{eligible} 名有表决权的委员中已有 {cast} 名投票；作出决定需要 {needed} 票。</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No votes yet.</source>
        <translation>尚无投票。</translation>
    </message>
    <message>
        <source>{reason} ({basis})</source>
        <translation>{reason}（{basis}）</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of this translation, e.g. zh_CN</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>room</name>
    <message>
        <source>Secret ballot: only the counts are shown.</source>
        <translation>无记名投票：仅显示票数。</translation>
    </message>
    <message>
        <source>Open ballot.</source>
        <translation>记名投票。</translation>
    </message>
    <message>
        <source>Decided.</source>
        <translation>已作出决定。</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>declared on {case}</source>
        <translation>已就 {case} 声明</translation>
    </message>
    <message>
        <source>answered the checklist of {case}</source>
        <translation>已填写 {case} 的审查清单</translation>
    </message>
    <message>
        <source>voted on {case}</source>
        <translation>已就 {case} 投票</translation>
    </message>
    <message>
        <source>signed the decision on {case}</source>
        <translation>已签署 {case} 的决定</translation>
    </message>
    <message>
        <source>was refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>reading {case}</source>
        <translation>正在阅读 {case}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>{needed} votes: {numerator}/{denominator} of the {eligible} eligible members attending</source>
        <translation>需{needed}票：有表决权的到会委员{eligible}人的{numerator}/{denominator}</translation>
    </message>
    <message>
        <source>{needed} votes: more than half of all {members} members</source>
        <translation>需{needed}票：超过全体委员{members}人的二分之一</translation>
    </message>
    <message>
        <source>the stricter rule applies, {regime}&apos;s: {needed} (STER asks {ster}, LSMR asks {lsmr})</source>
        <translation>适用较严格的{regime}规定：{needed}（《科技伦理审查办法（试行）》要求{ster}，《涉及人的生命科学和医学研究伦理审查办法》要求{lsmr}）</translation>
    </message>
    <message>
        <source>STER and LSMR ask for the same: {needed}</source>
        <translation>两部办法要求相同：{needed}</translation>
    </message>
    <message>
        <source>at least {needed} voting members attending</source>
        <translation>有表决权的到会委员不少于{needed}人</translation>
    </message>
    <message>
        <source>more than half of all {members} members attending ({needed})</source>
        <translation>到会委员超过全体委员{members}人的二分之一（{needed}人）</translation>
    </message>
    <message>
        <source>needs {missing} more voting member</source>
        <translation>还需 {missing} 名有表决权的委员</translation>
    </message>
    <message>
        <source>needs {missing} more voting members</source>
        <translation>还需 {missing} 名有表决权的委员</translation>
    </message>
    <message>
        <source>needs the chair or a vice-chair, not recused, to preside</source>
        <translation>需要未回避的主任委员或副主任委员主持</translation>
    </message>
    <message>
        <source>needs a science, technology or medicine member</source>
        <translation>还需 1 名科技或医学背景的委员</translation>
    </message>
    <message>
        <source>needs an ethics or law member</source>
        <translation>还需 1 名伦理或法律背景的委员</translation>
    </message>
    <message>
        <source>needs one external member</source>
        <translation>还需 1 名外单位委员</translation>
    </message>
    <message>
        <source>needs members of different genders</source>
        <translation>需要不同性别的委员</translation>
    </message>
    <message>
        <source>needs a member of another gender ({gender})</source>
        <translation>还需 1 名另一性别（{gender}）的委员</translation>
    </message>
    <message>
        <source>no eligible voting member for this case</source>
        <translation>本项目没有可以表决的委员</translation>
    </message>
    <message>
        <source>{decision} reached: {count} of {eligible} eligible votes, {needed} needed</source>
        <translation>已形成决定“{decision}”：{eligible} 票中 {count} 票赞成，需要 {needed} 票</translation>
    </message>
    <message>
        <source>no decision reached: at most {best} of {eligible} eligible votes for one decision, {needed} needed</source>
        <translation>未形成决定：{eligible} 票中任一决定最多得 {best} 票，需要 {needed} 票</translation>
    </message>
    <message>
        <source>no decision yet: {pending} of {eligible} eligible member still to vote, {needed} votes needed</source>
        <translation>尚未作出决定：{eligible} 名有表决权的委员中还有 {pending} 名未投票，需要 {needed} 票</translation>
    </message>
    <message>
        <source>no decision yet: {pending} of {eligible} eligible members still to vote, {needed} votes needed</source>
        <translation>尚未作出决定：{eligible} 名有表决权的委员中还有 {pending} 名未投票，需要 {needed} 票</translation>
    </message>
    <message>
        <source>the general procedure (a meeting) is always available</source>
        <translation>一般程序（会议审查）始终可以适用</translation>
    </message>
    <message>
        <source>a public emergency allows the emergency procedure</source>
        <translation>发生突发公共事件，可以适用应急程序</translation>
    </message>
    <message>
        <source>the emergency procedure is only for a public emergency</source>
        <translation>应急程序仅适用于突发公共事件</translation>
    </message>
    <message>
        <source>the risk is not above minimal</source>
        <translation>风险不大于最小风险</translation>
    </message>
    <message>
        <source>a minor change to an approved plan that leaves the risk-benefit balance unchanged</source>
        <translation>对已批准方案作较小修改且不影响风险受益比</translation>
    </message>
    <message>
        <source>a follow-up review without major change</source>
        <translation>无重大调整的跟踪审查</translation>
    </message>
    <message>
        <source>an activity on the expert re-review list needs a meeting, never the simplified procedure</source>
        <translation>纳入专家复核清单的科技活动须经会议审查，不得适用简易程序</translation>
    </message>
    <message>
        <source>no ground for the simplified procedure: the risk is {risk}, and it is neither a minor amendment nor a follow-up without major change</source>
        <translation>不符合简易程序的适用情形：风险等级为“{risk}”，且既非较小修改，也非无重大调整的跟踪审查</translation>
    </message>
</context>
</TS>
