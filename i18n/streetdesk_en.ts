<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Whole district (no street)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used to sign in, e.g. zhangsan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the colleague this first password in person; they choose their own at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}; must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Account {name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account of {name} ({username})? They can no longer sign in; what they did stays under their name. It can be enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {username} disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {username} enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {username} unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {username} reset; it must be changed at the next sign-in. The account was locked and is now unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {username} reset; it must be changed at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled accounts keep their history. A reset password must be changed at the next sign-in; a reset also unlocks the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: the accounts of your street. Ask an administrator to change one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminTabs</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministrationPane</name>
    <message>
        <source>Your role has no administration tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>&lt;h3&gt;Step 1 of 3: the administrator&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no accounts yet. Create the administrator&apos;s account: the administrator sets up the organisation and creates the colleagues&apos; accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password (8+ characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join the district&apos;s central database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desk of a district that already works with StreetDesk: take the district&apos;s data and accounts with the profile file and password it gave you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Reading the audit log…</source>
        <extracomment>A filter typed or chosen is applied once the user pauses this long.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest {count} entries are shown; scroll down for older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} entries written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What (a&amp;rea)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;sk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste a record&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export period… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarOverridesDialog</name>
    <message>
        <source>New Year&apos;s Day</source>
        <extracomment>chinese_calendar&apos;s holiday names, as the calendar page shows them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomb-sweeping Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-autumn Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-Fascist 70th Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published for {year} yet; provisionally Monday to Friday less the statutory holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (statutory holiday: {holiday})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice for {year}, imported as overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a working day moved for {holiday})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({holiday})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: counts as a {kind}. Official calendar: {official}. Override: {override}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working calendar</source>
        <extracomment>the year&apos;s overrides are shown (read on the pool) reads asked for, and the last one shown (a later ask wins over an earlier)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the State Council&apos;s &amp;notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes the working calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Overdue {days} d</source>
        <extracomment>Warning colours as painted: clearly apart from each other, also on a projector. A light wash of the warning colour over the card, so colours tell apart at a glance. lane rank → lane title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workdays left: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lane} · {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on this desk, not yet sent to the centre</source>
        <extracomment>What a dragged card carries: its id, the version it was shown at and its stage. True for a swimlane header row. The swimlane rank of the row. Cards in the row&apos;s swimlane in this column (header rows). Starts reading the next page of a column after a key; calls ``done(cards, keys)`` with it, or ``failed()``. cards in this column that match the filters (not only those read); None until counted the key of the last card read page by page: the next page starts after it a page is being read; bumped ``_epoch`` drops it when it comes</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} (removed from the roster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (left the roster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} ({days} days, {workdays} working days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline in this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{deadline}: overdue by {days} working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{deadline}: due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{deadline}: {days} working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved ({how}) on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level}, captured {when}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(handed to the police {when}, receipt {receipt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident meeting “{topic}” on {day}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(resolved on the spot)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <source>Loading…</source>
        <extracomment>the CaseDetail shown, or None for the empty state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a card on the board to see the case here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount owed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-person team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early-warning lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting demand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this colour?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; (every step, oldest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-person &amp;team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>&amp;Source:</source>
        <extracomment>Fields an edit compares with what was loaded. the language the lists were read in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount owed (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the unit&apos;s name, pinyin or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, pinyin or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a case as it was received, from any source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case from the early-warning lead: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit {unit} has been removed from the roster; choose a current unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner {name} has left the roster; choose a new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the {field} from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload to merge; your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for {name}. Choose your own password now to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, choose a new password of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>&amp;Risk level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medical institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseLedgerDialog</name>
    <message>
        <source>Close the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the ledger of {who}? Its follow-ups end and nothing more can be recorded in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColleaguesPage</name>
    <message>
        <source>&lt;h3&gt;Step 3 of 3: the first colleagues&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account for each colleague who will use this desk, or do it later in Administration → Accounts. Each chooses their own password at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a colleague…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish and open the desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early-warning lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on the centre by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on the desk by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>The centre&apos;s value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s value is taken; it goes to the centre at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two desks changed the same field before either had synced. The centre kept the first value it received; choose which value the record keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the centre&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this desk&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBox</name>
    <message>
        <source>The connection is saved.</source>
        <extracomment>the profile and the password were stored, or the desk joined</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection and the password are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator joins a central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the central database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join {name}? The district&apos;s data comes down to this desk; records made here before joining are not sent to the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining: taking the district&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has joined the central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the central database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate check (sslmode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the profile file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system&apos;s credential store, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate checking is lowered: this desk does not verify that it talks to the district&apos;s real server. Ask the district for a verify-full profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StreetDesk met an unexpected error. Your data is safe: the change in progress was not saved. If it happens again, send the details below and the log file to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletePersonDialog</name>
    <message>
        <source>Remove staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {person} from the roster?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their open secondments end today, and the posts they hold become vacant: {posts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They hold no post today; any later secondment is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volunteer no longer shows in the roster or its exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is kept in the history and syncs as removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandsModel</name>
    <message>
        <source>Tick “resolved on the spot” to record how it was resolved.</source>
        <extracomment>Service field names (``demands.N.&lt;name&gt;``) by column. (row, column) the service refused, shown on a red background</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>synthetic data for training; it can be reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>Generating the demo data…</source>
        <extracomment>groups where earlier versions kept window layouts and filters for all users together</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StreetDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be put back: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy taken before the sync is back in place. Start StreetDesk again; the next sync brings what the centre has received since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StreetDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeFields</name>
    <message>
        <source>owner</source>
        <extracomment>Field codes the dispute services name in errors, as the forms label them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand-over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early-warning lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <extracomment>Seeded account roles; a district&apos;s own roles show by their code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological-service staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view dispute cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record and move dispute cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record resident meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record early-warning leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view rosters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputesPane</name>
    <message>
        <source>Not given</source>
        <extracomment>under the signed-in user&apos;s own group (``Pane.state``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving cards is not available on this desk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} moved to {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} was changed elsewhere after it was shown; the board has been read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-person team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a party to psychological care…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set work-in-progress limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-in-progress limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most cards wanted in {stage} (0 for no limit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ limit {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a case from any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early-warning leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card to see the case here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionTab</name>
    <message>
        <source>The key is kept in this computer&apos;s keyring (on Windows, the Credential Manager of the signed-in user), entry {entry}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is read from the key file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This demo database keeps its key in a file beside it: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The database on this desk is encrypted.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this desk is replaced, copy the database file to the new computer and type the recovery key at the first start there; the key is then kept in the new computer&apos;s keyring. Changing the key re-encrypts the file and gives a new recovery key: the old one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is re-encrypted with a new key and a new recovery key is shown. The old recovery key no longer opens it. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was changed. Write down the new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndSecondmentDialog</name>
    <message>
        <source>End a secondment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in {post}, since {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is vacant from the next day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. rotation ended, recalled to the department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-click sign-in is only for the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo account for {role} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a StreetDesk database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was written by a newer StreetDesk (schema {revision}). Update StreetDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database has a newer schema ({revision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} is in use by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo roster has nobody to work on cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale must be a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data goes into an empty database; this one has a district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of cases cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no street with units to add cases to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds data that is not demo data, so it was left as it is. Choose another file for the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calendar override on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case belongs to another street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists; it may have been removed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} was changed by {author} at {when} after you opened it. Reload it to see the change; what you entered is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit {unit} has been removed from the roster; choose a current unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That member of staff does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has left the roster; choose someone who is on it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of case {number} ({unit}) has been removed from the roster. Edit the case to give it a current unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner of case {number} ({name}) has left the roster. Edit the case to give it a new owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit (or street) the case belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a case from {from_stage} to {to_stage} needs: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move cannot be dated before the case entered its current stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That early-warning lead no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No street is set up yet: set up the organisation first (Administration → Organisation, or streetdesk org import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock of {minutes} minutes in the config file is outside {low} to {high}; {used} minutes are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text has {length} characters; at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} is outside the dates this desk accepts ({earliest} to {latest}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} has more than two decimal places; amounts are kept to the fen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s version is not valid; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} is in the future; record what has already happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the centre&apos;s value or the desk&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone settled this conflict meanwhile ({author}); reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available to keep the central password ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database is older than this desk; ask the administrator to upgrade it (streetdesk central init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database is newer than this desk; update StreetDesk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo database never syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is not enrolled with the central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another street&apos;s record, or not this desk&apos;s to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this desk&apos;s to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a StreetDesk connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile {file} is of a newer version; update StreetDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile {file} gives the port {port}; a port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile {file} gives an unknown sslmode {mode}; it must be one of {modes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate in the profile {file} is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile {file} is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file {file} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database refused the desk&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server&apos;s certificate could not be trusted ({reason}); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database does not accept this desk&apos;s connection ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has not joined a central database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central password of this desk is not stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has already joined a central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk file holds {count} records made here, which joining would never send to the centre; join with a new desk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the desk&apos;s password from the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a desk&apos;s own database file can be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not one of the copies of this desk; `sync snapshots` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of {path} could be made before syncing ({reason}); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database cannot be reached ({reason}); nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of people must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be between 0 and {high} yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field takes a single line of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains an invisible character (code U+{code}); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains a character that cannot be stored (code U+{code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount as a number of yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a known entry of this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot move from {from_stage} to {to_stage}. From {from_stage} it can move to: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage rules have no way from {from_stage} to {to_stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stage {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is in a stage that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already in {to_stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case in {from_stage} is finished and cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this action ({permission}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} with the mobile number {phone} is already on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot hold control or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password has at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password holds a character that cannot be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name to show has at most {max} visible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {path} is too large to hold a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to type the password in: give --password-file PATH or set STREETDESK_PASSWORD_FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command} reads or writes personal data: sign in with --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of {path} could be made before updating it ({reason}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database {path} failed ({detail}); the file was put back as it was. A copy is kept at {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the demo database on this desk can be reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage rules have no way from {from_stage} to a final stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the demand was resolved on the spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead and the case belong to different streets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already linked to this lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was changed by {author} after you opened it. Reload it; what you entered is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead was already handed to the police on {when} (receipt {receipt}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-over cannot be dated before the lead was captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each place in the team needs a different person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case&apos;s severity needs a team member in the {role} place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} is not a place in the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot take the {role} place: not on the roster for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster changed since this file was checked; check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows of {file} have errors; correct them or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv, not {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts ({start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a database of another program, not StreetDesk&apos;s. It was left as it is; choose a StreetDesk database or a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account of a new desk is its administrator: use --role admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a street from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} is the last active administrator and cannot be given another role: nobody would be left to manage the desk. Create another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} is the last active administrator and cannot be disabled: nobody would be left to manage the desk. Create another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password with Change my password (Ctrl+Shift+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the street: your account manages only your street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no street with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {username} was reset: choose a new one first, with streetdesk --user {username} user password (or by signing in on the desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an empty file, not a StreetDesk database. It was left as it is; to start a new database choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the database {path} failed ({detail}); no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is read-only and needs updating for this StreetDesk. It was left as it is; make it writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desk name has 1 to {max} visible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} is not set up as a central database yet: run central init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk {desk} is enrolled already. To give it a new password (its old one stops working), enrol it again with --new-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode {mode}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} exists already; the desk&apos;s password is written only to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate {file} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database {database} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database {database} is up to date: {tables} synced tables under row-level security; desks log in as members of the role {group}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from {file}: {rows} rows in {tables} tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District administrator {user} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk {desk} enrolled for street {street} as the role {role}; profile {file} written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its password is in {file}; hand it over apart from the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its password (shown only now; hand it over apart from the profile):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database already holds records; only an empty one can be filled from a desk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database {database} cannot be reached ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database {database} does not exist and cannot be made ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database must be given as a PostgreSQL URL with a database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an unencrypted database, but the database this desk keeps there is encrypted. It was left as it is. To use this file, give it another name and open it by that name: it is encrypted then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an encrypted StreetDesk database; it opens only with its key, as the desk&apos;s database (--db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the database {path} lies in a file beside it, which only a demo database may do. Nothing was opened; keep the key in the keyring or give it with --key-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional calendar for {years}: the official holiday schedule is not known yet, so deadlines count Monday to Friday less the statutory holidays, without the make-up working days. An administrator imports the State Council&apos;s notice under Working calendar once it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates of {holiday} in the notice could not be read; check the pasted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the State Council&apos;s holiday notice: its title 国务院办公厅关于20XX年部分节假日安排的通知 or the sentence 现将20XX年… is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice lists no holidays (一、元旦：…) that could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice gives {day} both as a day off and as a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice says {holiday} lasts {total} days but gives {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} has no move to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last move of case {number} was made by someone else; it is not yours to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move of case {number} was made more than {minutes} minutes ago; a supervisor can move the case back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} has moved since; it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} has no earlier stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case moves back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not an encrypted desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available on this computer ({reason}), so the key of the database {path} cannot be kept safely. Nothing was changed; give a key file with --key-file PATH or the STREETDESK_KEY_FILE environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to store the key of the database {path} ({reason}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} must hold the key as 64 hexadecimal digits on one line; it holds {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} must hold only hexadecimal digits (0-9, a-f); it holds other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} can be read by other users of this computer; make it readable by its owner only (chmod 600 {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} cannot be written ({reason}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring could not be read ({reason}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is now encrypted. The unencrypted file and {copies} unencrypted copies of earlier updates were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted copy did not check out ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the database {path} failed ({reason}); the unencrypted file was left as it is. Free some disk space if the disk is full, and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the encrypted database {path} is not on this desk: the keyring has no entry for it and no key file was given. Nothing was changed. Type the recovery key to open it, or start a fresh database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} is not the one this desk keeps there: this desk&apos;s key belongs to another file (this file is {found}, this desk&apos;s is {expected}). Were two desks&apos; files swapped? Nothing was changed; put this desk&apos;s own file back, or type this file&apos;s recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key from {source} does not open the database {path}. Nothing was changed; check that the key belongs to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not open the database {path}: it belongs to another database or to a key changed since. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} is damaged: the key this desk keeps for it no longer opens its first page. Nothing was changed; restore the file from a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key holds only digits (spaces and dashes may separate them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has {expected} digits in {groups} groups; {count} were typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a StreetDesk recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {group} of the recovery key ({digits}) has a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a 15-digit number of the old format; enter the 18-digit number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity number has 17 digits and a last digit or X (18 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number starts with {start}, which no region code uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character does not match the number (check character); check each digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth in the number ({digits}) is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth in the number ({digits}) is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number&apos;s gender digit is odd (male), but the gender given is female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number&apos;s gender digit is even (female), but the gender given is male.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a district administrator changes the district, its streets and templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is already used by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry no longer exists; the list has been refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} belonged to {name}, now retired; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the new entry belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit types are reference data; they are not added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit types are reference data; they are not changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be placed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community with 幸福里 units stays in its street; move its units first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It moves only between communities of its street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the post kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit type already has a template for that post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} still has {streets} streets; retire or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} still has {communities} communities, {units} 幸福里 units, {departments} departments and {staff} staff; retire or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} still has {grids} grids and {units} 幸福里 units; retire or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} still has {volunteers} volunteers; move them to another grid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} still has {cases} open cases, {posts} filled posts and {volunteers} volunteers; close the cases, end the secondments and move the volunteers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} still has {staff} staff; move them to another department first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} still has {volunteers} volunteers; move them to another team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has {count} rows with errors; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation changed since the dry run; nothing was written. Run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is also on row {row}; each may appear once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} has errors on its own row; correct that row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no street {code}, neither in this file nor in the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no community {code}, neither in this file nor in the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} belonged to an entry now retired; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a district administrator adds or changes other streets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a unit type; choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 幸福里 unit moves only between communities of its street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid {code} is also on row {row}, under another community; a grid belongs to one community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grid moves only between communities of its street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a department kind; choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 是 or 否.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no 幸福里 unit {code}, neither in this file nor in the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district {code} is named {name} in the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 幸福里 unit {code} is in another street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new district needs its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was made by a newer StreetDesk (template version {found}; this desk reads version {current}). Update this desk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has no header row in its first rows: it should name the columns ({columns}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no organisation sheet: use the template (streetdesk org template), with sheets such as 街道, 社区, 网格, 幸福里, 部门 and 志愿队伍.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was made from template version {found}; this desk reads version {current}. Write a new template (streetdesk org template), copy the rows into it and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has merged cells ({ref}); unmerge them and fill in every cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has more than {limit} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has two {sheet} sheets; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template version in {file} ({value}) is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the reason for seeing these identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the reason in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the legal basis of this access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such person in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person&apos;s group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose male, female or not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger is closed; nothing more can be recorded in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is dated before the ledger was opened ({opened}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the follow-up was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the open crisis before closing the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the identity number, or say why the person has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next follow-up must come after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already has an open crisis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such crisis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crisis is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a checklist item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crisis cannot be closed before a crisis assessment is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the risk level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the medical institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the signs of distress you saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is closed and takes no referrals; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is already in this institution&apos;s care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district centre is missing from the institutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral that is {current} cannot become {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of hours from 1 to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the crisis clock counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry no longer exists; reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this entry since you opened it; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is already used by another entry of this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifecycle needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This severity already has a deadline in this stage; edit that rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move goes to another stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This move is already allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change would leave the stage {stage} with no way out: a stage that is not final needs at least one allowed move to another stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cases are in the stage {stage}; move them before hiding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An institution cannot sit under itself or under one of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deadline and warning rules change the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reference list {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code takes small letters a-z, digits, - and _ only; {code} does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no street named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a month: write it as YYYY-MM, e.g. 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} has not begun yet; choose this month or an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a StreetDesk monthly report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read as a PDF ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (write it as 2024-03-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department {value} in this street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no volunteer team {value} in this street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no grid {value} in this street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no 幸福里 unit {value} in this street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a post kind (格长, 副格长, 基础岗, or a specialist post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} names more than one entry; use its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one person on the roster has this mobile number, none of them with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has “?” where characters were lost: the file was saved in an encoding (GBK) that cannot hold them. Save it as .xlsx or CSV UTF-8 and check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is held by {name} from {start} on those dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} lists people of several streets ({streets}); import one street at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is the roster of the street {street}, which is not set up in this desk: import the organisation first (Administration → Organisation, or streetdesk org import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is the roster of the street {street}, not of the street imported into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} does not say whether it lists staff or volunteers: name it 人员 or 志愿者, or add a 类别 column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} lacks the column(s) {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别 must be 人员 (staff) or 志愿者 (volunteer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 幸福里 unit of the post is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post in the 幸福里 unit is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit {unit} has no post {post}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one person on the roster has this name and mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are given but no 幸福里 unit and post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person as row {row}, but with a different {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is neither an .xlsx workbook nor a .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be used ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This belongs to another street; your account works on yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not text in UTF-8 or GB18030; save it as CSV UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has no header row: its first row should name the columns (姓名, 手机, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is an old .xls workbook or is encrypted; save it as .xlsx first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has too many parts to be a roster workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} would expand to {size} MB when opened; it is refused as unsafe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no roster sheet: name a sheet 人员 (staff) or 志愿者 (volunteers) and give it a header row with 姓名 and 手机.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no header row with 姓名 (name) and 手机 (phone) in its first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is encrypted; save it without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} would expand {ratio}-fold when opened; it is refused as unsafe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has merged cells ({ref}); unmerge them and fill in every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable CSV file ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has two {column} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed elsewhere (version {loaded} → {current}). Reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit with the code {code} exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post of {unit} is already filled by {name} from {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secondment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} already has a grid head ({name}) from {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no community)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The street is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a mainland mobile number (11 digits starting 13–19).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export roster</source>
        <extracomment>kept in the signed-in user&apos;s own settings (``users/&lt;name&gt;/rosters/``) what the list shows, or None for the whole roster how &quot;open the folder&quot; is done; a test replaces it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the roster to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} rows exported: {staff} staff rows and {volunteers} volunteer rows.
Saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names with characters that GBK cannot hold: {names} ({count} in all). Excel or WPS saving this CSV file again turns those characters into “?”: keep the roster as .xlsx, or save it as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillPostDialog</name>
    <message>
        <source>Choose a staff member from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post: {post}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last held by {name} until {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, its pinyin or initials, or a mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All unit types</source>
        <extracomment>Wait this long after the last keystroke before searching. Reference lists offered as single-choice filters. the filters or the swimlanes changed (search text after a short pause) values set before the lists that hold them were filled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number or title (pinyin works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only cards with this warning colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No swimlanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By unit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swimlanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilteredNotice</name>
    <message>
        <source>Filtered: {filters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(clear)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>The two passwords differ.</source>
        <extracomment>the desk joined the centre: sign in with a central account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StreetDesk — first start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayNoticeDialog</name>
    <message>
        <source>Import the State Council&apos;s holiday notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole &amp;text of 国务院办公厅关于20XX年部分节假日安排的通知 as published. The days off and the make-up working days read from it are listed below for you to check against the notice before they are stored as calendar overrides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the notice (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store as overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: {rest} days off and {work} make-up working days. Storing them replaces the provisional count of {year}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <source>no colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you save this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of {open} open cards, {colours} would change colour and {deadlines} would get another deadline ({changed} cards in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {shown} of {changed} are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the changes from {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}… Nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import {count} rows, skip {errors}</source>
        <extracomment>kept in the signed-in user&apos;s own settings (``users/&lt;name&gt;/rosters/``) why the summary is shown again after an import did not go through</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Correct the file, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {file}: {rows} rows. Nothing is written until you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates (same name and mobile, skipped):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not understood (ignored): {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows that need attention ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster changed since this file was checked. Nothing was written; check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the roster already holds every row of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the rows with errors and check the file again, or tick “Skip rows with errors” to import the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster files (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>the file column a problem is about, in the user&apos;s language (Chinese: the export headers)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name and mobile as row {row}; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Server {host}:{port}, database {database}, as {role} (sslmode {mode})</source>
        <extracomment>the desk joined; the centre&apos;s accounts sign in now stage, done, total (emitted on the worker, shown on the GUI thread)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the desk&apos;s password from the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the district&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has joined the central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Join the district&apos;s central database&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district gives each desk a connection profile file and a password. Joining takes the district&apos;s organisation, reference data and accounts; then sign in with your account from the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the profile file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate checking is lowered: this desk does not verify that it talks to the district&apos;s real server. Ask the district for a verify-full profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRecoveryDialog</name>
    <message>
        <source>The database key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key (13 groups of 7 digits, as written down when the first administrator was created):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;fresh database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a fresh database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database without its key is moved aside, untouched, beside its place; a new, empty database is made. Once the recovery key is found, the old file can still be opened. Start a fresh database?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsDialog</name>
    <message>
        <source>Early-warning leads</source>
        <extracomment>The filter&apos;s choices: every lead, those not yet handed over, those handed over. emitted after each (re)load with the rows shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise a lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand to the &amp;police…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead is handed to the police once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role can read the leads; recording them needs the lead permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lead in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <source>Online patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline canvassing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, receipt {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to the police</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerButton</name>
    <message>
        <source>Print &amp;ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s confidential ledger, previewed before printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Close crisis</source>
        <extracomment>a checklist item (or &quot;closed&quot;) the user asked to record for the open crisis</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person and press Enter to open the ledger (the view is logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open crisis: respond by {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (outside office hours: on-call duty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {phone} · ID {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{community} · {unit} · worker {worker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter: {matter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up {due} (every {days} days for this group)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkLeadDialog</name>
    <message>
        <source>Link the lead to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number, the title or its pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>StreetDesk is locked</source>
        <extracomment>locked by the user (Ctrl+L) rather than after a time without use the last refusal, kept to be said again in another language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk locked itself after a time without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reset demo data</source>
        <extracomment>pixels the database&apos;s path may take in the status bar The settings pane saved a new configuration (an ``AppConfig``). The Sync pane asks to put this snapshot (a ``Path``) back, which closes the desk. the pane to build once the window has painted (see ``event``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all demo data with a freshly generated set? Everything changed in this demo is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About StreetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;StreetDesk {version}&lt;/h3&gt;&lt;p&gt;Back-office desk for street offices: rosters, disputes, psychological services, reports.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StreetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About StreetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now and refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Resident meeting (幸福大家谈)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the meeting and every demand raised at it. Each demand becomes a case; one resolved on the spot is closed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the unit&apos;s name, pinyin or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;emands raised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add demand (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove demand (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was recorded with {demands} demands: {opened} cases opened, {closed} resolved on the spot and closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident meeting recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move case to {stage}</source>
        <extracomment>``exec()`` result when another writer changed the card first. What was typed into a move refused as a conflict, offered again on the next try.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; {title}&lt;br&gt;From &lt;b&gt;{from_stage}&lt;/b&gt; to &lt;b&gt;{to_stage}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for escalation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, pinyin or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a case to {stage} needs the permission to {permission}; your role ({role}) does not have it. Ask a supervisor to make this move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveUndo</name>
    <message>
        <source>There is no move of yours to undo here.</source>
        <extracomment>the case this desk moved last</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move undone: case {number} is back in {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} cannot move further right from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} cannot move back to the left from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} does not move back from here. Ctrl+Z takes back your own move within {minutes} minutes; after that a supervisor can move it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move case {number} back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the case move back a stage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} moved back to {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoOrganisation</name>
    <message>
        <source>There is no organisation yet. An administrator can build it in Administration → Organisation, or import it from a template file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organisation yet. Ask your administrator to set it up (Administration → Organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note to case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDaysModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgImportDialog</name>
    <message>
        <source>Choose the organisation workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an empty template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows have errors (listed first). Nothing will be written: correct the file, then check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk already holds all of this; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. {added} entries added and {updated} changed; {posts} posts were created from the post templates. The roster import can now name these units, grids, departments and teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: choose the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: check what the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workbook filled in from the organisation template (streets, communities, grids, 幸福里 units, departments, volunteer teams), or the organisation export of another desk. Entries are matched by their code: importing an edited workbook again updates them, never duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path of an .xlsx workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an empty &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgMoveDialog</name>
    <message>
        <source>Move {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {kind} {name} to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nowhere else to put it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New place:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgNodeDialog</name>
    <message>
        <source>Change the post count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under {kind} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the top of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts per &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique; a re-import matches by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Psychological-service team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgPlanModel</name>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <extracomment>errors first, then what changes, then the rest</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>幸福里 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post template · {count} posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>&amp;Add</source>
        <extracomment>what may be added under a node of each kind (None: at the top) the entry to select once the tree is read again (one just added or moved)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {kind}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire {kind} {name}? It disappears from lists and choices; its history is kept. Anything still using it is named and nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an empty template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organisation yet. Import it from a filled-in template (Ctrl+I), or add the district and build it here (Insert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;district…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverridesModel</name>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <source>Rosters</source>
        <extracomment>English source title; shown through the &quot;Panes&quot; translation context. &quot;module:ClassName&quot; built with the pane context, imported on first use. Seeing the pane at all needs this permission (None: everyone).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Take a person into care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid · born {birth}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliceDialog</name>
    <message>
        <source>Hand the lead to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: {summary}&lt;br&gt;The hand-over is recorded on the lead and on the timeline of its linked cases ({cases}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;receipt number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handed over at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <extracomment>set once the first page is on screen (benchmarks and tests wait for it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font on this computer has some characters of these names; they print as 〓: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
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
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Choose the connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles (*.json *.sdprofile);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Psych</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline or online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapid-response visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency referral to a medical institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting life and health (emergency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public health emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis: respond by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PsychPane</name>
    <message>
        <source>Why do you open this ledger?</source>
        <extracomment>a person just taken into care, selected once the list shows them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you print this ledger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue follow-ups only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the open ledger (Ctrl+Shift+X); refused while a crisis is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print access log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views, reveals, prints and disclosures of the last 30 days, without names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin, phone, unit, group, ledger no. or worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit, group, ledger no. or worker (identities are masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ledgers {total}: {groups} · overdue {overdue} · open crises {crises}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role sees the registry&apos;s counts only; records are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities are masked for your role. Search by unit, group, ledger number or worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the {shown} most overdue of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PsychRulesTab</name>
    <message>
        <source>Raising a crisis starts a clock: the response is due this many hours later. Round the clock, a crisis raised on Friday evening is due on Saturday and shown as the on-call duty&apos;s; in office hours, the clock stops outside working hours and on rest days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis &amp;response within (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock &amp;runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In office hours of working days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaiseCrisisDialog</name>
    <message>
        <source>Raise a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaiseLeadDialog</name>
    <message>
        <source>Raise an early-warning lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead from online patrol or offline canvassing, e.g. a planned gathering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People (estimate):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of an organised &amp;gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the unit&apos;s name, pinyin or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Identities of persons in care are health data. The reason, the legal basis, your name and the time are written to the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key opens the database when this computer has lost its key (a new Windows profile, a reinstalled or replaced desk). Write it down or print this window, and keep it locked away from the computer. Each group ends with a check digit, so a mistyped digit is found by its group.
An administrator can show it again under Administration → Encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery key and keep it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StreetDesk recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer to another institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the receiving side needs is sent (a hospital: name, gender, year of birth, phone, reason; a school: name and reason). The disclosure is logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferPartyDialog</name>
    <message>
        <source>Refer a party of case {number} to psychological care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the name, a phone number and what you saw are sent. The psychological-service staff take it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signs of distress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred. Registry ledger number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceEditDialog</name>
    <message>
        <source>Add to {list}</source>
        <extracomment>The spin box value that stands for &quot;no condition&quot; in an optional number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the history with this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either</source>
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
</context>
<context>
    <name>ReferenceFields</name>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>The fields a stage move may ask for (stage_rules.KNOWN_MOVE_FIELDS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceHistoryDialog</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as seeded, never changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceKinds</name>
    <message>
        <source>Dispute categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions (1+6+37+272)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up cadence by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service categories (幸福清单)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceTab</name>
    <message>
        <source>Show again (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions (Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change is saved as a new version with its reason; the history keeps every earlier one. Rows are hidden, never deleted: cases that name them keep their label. A change to a deadline or warning rule shows, before it is saved, how many open cards it would affect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may read the reference lists; only an administrator changes them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralStepDialog</name>
    <message>
        <source>Referral step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <source>Whole district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes received and resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by warning colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: {received} received, {resolved} resolved, {escalated} escalated, {overdue} overdue at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may see the figures but not print reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit rosters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the report in the background (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {name} ({username}) a temporary password. They must choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is locked; the reset unlocks it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff member or a volunteer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected person (F2 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second someone into the vacant post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End secondment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected secondment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected person (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected unit&apos;s roster as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the roster to Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the roster again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by unit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the units by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post filled: {post}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list shows {shown} of {total} rows. What should be exported?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the roster PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster not printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterFilterBar</name>
    <message>
        <source>All unit types</source>
        <extracomment>status filter → which staff rows it keeps a combo changed the search text changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, pinyin, initials or mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing 张, zhang, zs or part of a mobile number finds 张三.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant posts and ended secondments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondment ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterTreeModel</name>
    <message>
        <source>All streets</source>
        <extracomment>id of the node above the streets when a user sees several</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant: the secondment ended on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vacant} of {posts} posts vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, unit, post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant / posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RostersPane</name>
    <message>
        <source>Loading the roster…</source>
        <extracomment>the staff rows shown (they arrive before ``data``, which is built from them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacant post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondment ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Record a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>what the config file held out of range, said until the settings are saved the outcome of the last save, worded again after a language switch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk works on its own database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the district&apos;s central database (the connection, pending changes, conflicts and the copies taken before each sync) is in the Sync pane (Ctrl+5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes these settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Choose a new password to sign in.</source>
        <extracomment>The dialog has painted once: slow start-up work may begin without delaying it. The desk has no account yet: the first-run guide creates the administrator. what the message says, asked again after a language switch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StreetDesk — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;StreetDesk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: sign in with one click as any role to see what it sees.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffChoiceModel</name>
    <message>
        <source>now: {posts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Choose a department from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vacant post from the list, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits, e.g. 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second into a vacant post (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None; type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconded from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconded until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondment ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vacant post)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartChoicePage</name>
    <message>
        <source>&lt;h3&gt;Step 2 of 3: how to begin&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up from a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the streets, communities, grids, 幸福里 units, departments and teams from the organisation workbook (streetdesk org template writes an empty one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database, a whole district of made-up data, to try every screen. Your own database stays as it is, with its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <source>{time} ({size} KB)</source>
        <extracomment>the pane hands a confirmed restore on to the main window</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
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
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: {pushed} sent, {pulled} received, {conflicts} conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the copy taken at {time}? Everything changed on this desk since then and not yet sent is lost. StreetDesk closes to do it; start it again afterwards, and the next sync brings what the centre has received since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo database: it never syncs with a central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to settle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync (China time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies taken before each sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before each sync a copy of this desk&apos;s database is kept (the newest five). Putting one back closes StreetDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPane</name>
    <message>
        <source>Status</source>
        <extracomment>a confirmed restore of this snapshot&apos;s ``Path``: the main window closes the desk</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Click to open the Sync pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: never syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: no central database joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>{person} · {count} open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-person team of case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; {title}&lt;br&gt;A {severity} case needs: {places}. Each place is proposed to the person with the fewest open cases; change any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} (&amp;{key}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the roster fits this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, pinyin or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload to see the current team; your choices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-person team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-person team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early-warning lead linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead handed to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead level: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police receipt: {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypeVacancyModel</name>
    <message>
        <source>Unit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitVacancyModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the kinds of vacant post</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyStrip</name>
    <message>
        <source>{scope}: {vacant} posts vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{posts} posts in {units} units, {filled} filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {expired} left vacant by an ended secondment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Choose an entry from the list, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits, e.g. 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None; type to search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningRulesDialog</name>
    <message>
        <source>Warning rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card takes the colour of the first rule, in this order, whose every condition holds; a case no rule matches has no colour. The rules are reference data kept by the district.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningRulesModel</name>
    <message>
        <source>any open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When every condition holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningText</name>
    <message>
        <source>severity is {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} or more people involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} yuan or more owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past its deadline</source>
        <extracomment>Fill colours of the four warning levels (the board&apos;s cards use the same).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity is {expected} (this case: {actual})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{expected} or more people involved (this case: {actual})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{expected} yuan or more owed (this case: {actual})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wanted} (this case: {actual})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no warning colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matched this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the rule “{rule}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave the colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any open case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
