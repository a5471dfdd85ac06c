<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdministrationPane</name>
    <message>
        <source>Your role has no administration tasks.</source>
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
        <extracomment>Fields an edit compares with what was loaded.</extracomment>
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
        <source>Choose an entry from the list.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StreetDesk cannot start</source>
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
        <source>Case {number} cannot move further right from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} cannot move back to the left from here.</source>
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
        <source>The post is held by {name} from {start} on those dates.</source>
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
        <source>More than one person on the roster has this mobile number, none of them with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has “?” where characters were lost: the file was saved in an encoding (GBK) that cannot hold them. Save it as .xlsx or CSV UTF-8 and check it again.</source>
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
        <extracomment>how &quot;open the folder&quot; is done; a test replaces it</extracomment>
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
    <name>ImportDialog</name>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <extracomment>why the summary is shown again after an import did not go through</extracomment>
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
        <source>Imported from {file}: {added} rows added, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk locked itself after a time without use. {name}, enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk locked itself after a time without use.</source>
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
        <extracomment>The settings pane saved a new configuration (an ``AppConfig``).</extracomment>
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
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
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
        <source>Sync: no central database set up</source>
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
        <source>Type a name, pinyin or initials</source>
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
    <name>OverviewPane</name>
    <message>
        <source>In this database</source>
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
        <source>Sync and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
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
    <name>PsychOverview</name>
    <message>
        <source>Psychological registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons in care by group, services delivered, referrals between institutions, crisis records and follow-ups: one person, one matter, one ledger. Identifiable records are shown only to psychological-service staff, and every view is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons in care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
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
        <source>Type a name, pinyin or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsOverview</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly report per street or for the district, compared with the previous month and the same month last year, printed on A4 without personal names; confidential ledgers per person or per case.</source>
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
        <source>{unit} roster.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the roster as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the roster PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster was saved as {path}. Open it now?</source>
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
        <source>Vacancies</source>
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
        <extracomment>what the config file held out of range, said until the settings are saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync and settings</source>
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
        <source>Central database:</source>
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
        <source>Sync with the district&apos;s central database shows here: pending changes, conflicts to settle and the last sync. The password of the central database is kept in the system&apos;s credential store, never in a file.</source>
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
        <source>The two passwords differ.</source>
        <extracomment>The dialog has painted once: slow start-up work may begin without delaying it.</extracomment>
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
    <message>
        <source>This desk has no accounts yet. Create the administrator account; the administrator then creates the other accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (8+ characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator and sign in</source>
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
