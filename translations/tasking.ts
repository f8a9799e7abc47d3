<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ActionHistoryPanel</name>
    <message>
        <location filename="../tasking/ui/tracker/history_panel.py" line="18"/>
        <source>&amp;History of the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/history_panel.py" line="20"/>
        <source>Action history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/history_panel.py" line="28"/>
        <source>Select an action to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/history_panel.py" line="33"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/history_panel.py" line="35"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/history_panel.py" line="38"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/history_panel.py" line="39"/>
        <source>Hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/history_panel.py" line="40"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/history_panel.py" line="41"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/history_panel.py" line="42"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/history_panel.py" line="43"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/history_panel.py" line="44"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../tasking/ui/actions.py" line="47"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="49"/>
        <source>Set up a database for a partnership from its boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="52"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="54"/>
        <source>Open another Tasking database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="57"/>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="58"/>
        <source>Make a checked copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="61"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="62"/>
        <source>Put back the database as it was in a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="64"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="65"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="66"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="68"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="70"/>
        <source>Filter the list shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="72"/>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="73"/>
        <source>&amp;Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="74"/>
        <location filename="../tasking/ui/actions.py" line="113"/>
        <source>&amp;Action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="75"/>
        <source>&amp;Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="76"/>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="77"/>
        <source>&amp;About Tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="79"/>
        <source>&amp;Import police.uk data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="80"/>
        <source>Import police.uk street-level crime for your wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="83"/>
        <source>&amp;Candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="85"/>
        <source>Places police.uk data suggests as hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="88"/>
        <source>&amp;Import returned trackers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="90"/>
        <source>Import the trackers officers sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="94"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="103"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="104"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="112"/>
        <source>H&amp;otspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="114"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../tasking/ui/app.py" line="46"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="49"/>
        <source>Tasking could not open %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="54"/>
        <source>&amp;Open another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="57"/>
        <source>&amp;Keep the current database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="59"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="68"/>
        <source>Open a Tasking database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="70"/>
        <source>Tasking databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="80"/>
        <source>Tasking cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="162"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="165"/>
        <source>Read-only: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="168"/>
        <source>You can read this database but not change it: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="173"/>
        <source>This database is read-only: you can look, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="50"/>
        <source>the default database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../tasking/ui/policeuk/assessment_panel.py" line="25"/>
        <source>Monthly counts before and after the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/assessment_panel.py" line="53"/>
        <source>Choose a hotspot to see its police.uk data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/assessment_panel.py" line="58"/>
        <source>&lt;b&gt;Evidence:&lt;/b&gt; %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/assessment_panel.py" line="60"/>
        <source>Not nominated from police.uk data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/assessment_panel.py" line="64"/>
        <source>No police.uk data imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="58"/>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="60"/>
        <source>Type part of a name, role or agency; Return marks them present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="63"/>
        <source>Only people on the attendance &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="66"/>
        <source>People and their attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="73"/>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="74"/>
        <source>Apolo&amp;gies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="75"/>
        <source>A&amp;bsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="76"/>
        <source>R&amp;emove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="77"/>
        <source>&amp;Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="90"/>
        <source>Acts on the person selected in the list (or the only match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="94"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="134"/>
        <source>%1 present, %2 apologies, %3 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="189"/>
        <source>Choose a person in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="204"/>
        <source>Mark %1 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="205"/>
        <source>Record apologies from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="206"/>
        <source>Mark %1 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="207"/>
        <source>Remove %1 from attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../tasking/ui/backups.py" line="194"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="223"/>
        <source>Backing up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="227"/>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="228"/>
        <source>The database was backed up and checked:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="230"/>
        <source>Not backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="242"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="244"/>
        <source>Replace the database with the backup taken %s (latest meeting: %s)? The database as it is now is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="258"/>
        <source>Restoring the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="261"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../tasking/ui/backups.py" line="48"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="49"/>
        <source>Backed up by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="50"/>
        <source>Before minutes were finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="51"/>
        <source>Before minutes were reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="52"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="59"/>
        <source>Before upgrading (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="69"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="70"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="71"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="72"/>
        <source>Latest meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <location filename="../tasking/ui/policeuk/candidate_dialogs.py" line="46"/>
        <source>Nominate from police.uk data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidate_dialogs.py" line="76"/>
        <source>Leave a point out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidate_dialogs.py" line="77"/>
        <source>Why leave %s out of candidates (for example “police station front desk”)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidate_dialogs.py" line="92"/>
        <source>Points left out of candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidate_dialogs.py" line="104"/>
        <source>Points left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidate_dialogs.py" line="107"/>
        <source>&amp;Put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidate_dialogs.py" line="115"/>
        <source>These map points are not counted in any candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="46"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="47"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="50"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="54"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="55"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="58"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="64"/>
        <source>Months in top tenth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="69"/>
        <source>Harm (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="75"/>
        <source>Covered by hotspot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="91"/>
        <source>Candidate hotspots from police.uk data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="99"/>
        <source>Last %d months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="103"/>
        <source>All crime and ASB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="107"/>
        <source>Map points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="107"/>
        <source>LSOAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="108"/>
        <source>Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="110"/>
        <source>Weigh by &amp;harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="113"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="114"/>
        <source>&amp;Crime type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="115"/>
        <source>Pla&amp;ces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="127"/>
        <source>Candidate hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="133"/>
        <source>&amp;Nominate as hotspot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="134"/>
        <source>&amp;Leave this point out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="135"/>
        <source>Points left &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="172"/>
        <source>Ranking places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="188"/>
        <source>No police.uk data yet: Hotspots ▸ Import police.uk data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="191"/>
        <source>harm-weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="191"/>
        <source>counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="193"/>
        <source>all types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="196"/>
        <source> (%d of its %d months imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="198"/>
        <source>%s, %s. Score out of 100: %s, months in the top tenth, trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="201"/>
        <source> %d points left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Circulation</name>
    <message>
        <location filename="../tasking/ui/circulation.py" line="60"/>
        <location filename="../tasking/ui/circulation.py" line="316"/>
        <source>Circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="148"/>
        <source>&amp;Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="151"/>
        <source>&amp;Circulate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="154"/>
        <source>&amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="157"/>
        <source>E-mail drafts of the minutes and each agency&apos;s tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="180"/>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="181"/>
        <source>Action &amp;tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="216"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="223"/>
        <source>Writing the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="229"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="247"/>
        <source>Folder for the e-mail drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="262"/>
        <source>Writing the e-mail drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="275"/>
        <source>Folder for the reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="287"/>
        <source>Nothing is overdue or due within %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="292"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="299"/>
        <source>Writing the reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="27"/>
        <source>Any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="28"/>
        <source>Date of the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="30"/>
        <source>Step down to the meeting&apos;s own date for Not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="32"/>
        <source>&amp;Next meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="33"/>
        <source>Any other &amp;business:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="68"/>
        <source>Edit any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="80"/>
        <source>Change next meeting date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfidentialBox</name>
    <message>
        <location filename="../tasking/ui/confidential.py" line="42"/>
        <source>Confidential: leave out of the minutes for wider circulation</source>
        <extracomment>The flag of the item shown, or None when nothing editable is shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/confidential.py" line="47"/>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/confidential.py" line="49"/>
        <source>The full minutes keep it; the version for wider circulation leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/confidential.py" line="97"/>
        <location filename="../tasking/ui/confidential.py" line="139"/>
        <source>Confidential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/confidential.py" line="118"/>
        <source>Confidential: any other business</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="43"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="49"/>
        <source>What you &amp;typed (copy it before reloading):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="52"/>
        <source>What you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="58"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="61"/>
        <source>&amp;Keep my text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../tasking/ui/crash.py" line="78"/>
        <source>Tasking met an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/crash.py" line="81"/>
        <source>Something went wrong that Tasking did not expect. Your saved work is safe; the last change may not have been made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/crash.py" line="85"/>
        <source>(no log file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/crash.py" line="86"/>
        <source>The details are in the log file:
%s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="35"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDateDelegate</name>
    <message>
        <location filename="../tasking/ui/tracker/delegates.py" line="43"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="65"/>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="66"/>
        <source>Show inactive entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="67"/>
        <location filename="../tasking/ui/partnership/lists.py" line="108"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="108"/>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="112"/>
        <source>Change %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="117"/>
        <source>Deactivate %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="117"/>
        <source>Reactivate %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="157"/>
        <source>Add %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../tasking/ui/exporting.py" line="143"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="146"/>
        <source>Wrote %1 files into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="152"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="158"/>
        <source>Open &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="163"/>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="179"/>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="183"/>
        <source>Choose another &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="196"/>
        <source>Lower protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="198"/>
        <source>These actions come from meetings marked %1. Mark the tracker %2 instead? Only the originator should lower a marking; the change is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="208"/>
        <source>Mark it %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="219"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="242"/>
        <source>Mark as circulated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="244"/>
        <source>Mark the minutes of %1 as circulated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="249"/>
        <source>Say yes once they have been sent to the partners. What they say does not change; the Meetings list then shows them as Circulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="256"/>
        <source>Mark &amp;circulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="260"/>
        <source>&amp;Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="281"/>
        <source>&amp;Minutes as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="286"/>
        <source>Action &amp;tracker (Excel or PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="291"/>
        <source>&amp;Per-agency trackers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="327"/>
        <source>Export minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="334"/>
        <source>Writing the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="367"/>
        <source>Export the action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="369"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="371"/>
        <source>PDF, landscape (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="376"/>
        <source>Writing the action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="389"/>
        <source>Folder for the trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="397"/>
        <source>Writing one tracker per agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../tasking/ui/fields.py" line="98"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../tasking/ui/new_database.py" line="52"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="53"/>
        <source>Browse for %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinaliseBar</name>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="95"/>
        <source>&amp;Finalise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="96"/>
        <source>Lock the minutes: they refuse edits until reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="97"/>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="98"/>
        <source>Make final minutes editable again (asks for a reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="112"/>
        <source>Draft: every change is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="115"/>
        <source>These minutes are %1: reopen them to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="128"/>
        <source>Finalise minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="138"/>
        <source>Reopen minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="152"/>
        <source>Finalising undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderSection</name>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="25"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="29"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="31"/>
        <source>State of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="32"/>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="34"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="35"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="36"/>
        <source>Minute taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="37"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="48"/>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="48"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="49"/>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="49"/>
        <source>C&amp;hair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="50"/>
        <source>Minute &amp;taker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="50"/>
        <source>Mar&amp;king:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="58"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="64"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="74"/>
        <source>%1 tasking meeting, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="101"/>
        <source>Change meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="109"/>
        <source>Change venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="112"/>
        <source>Change chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="115"/>
        <source>Change minute taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="122"/>
        <source>Change marking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotspotEditor</name>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="48"/>
        <source>O&amp;bjective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="49"/>
        <source>Objective: what the partnership wants to achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="53"/>
        <source>S&amp;canning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="54"/>
        <source>Scanning: what the problem is and how it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="58"/>
        <source>Analysis, &amp;victim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="59"/>
        <source>Analysis: victim (never a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="63"/>
        <source>Analysis, o&amp;ffender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="64"/>
        <source>Analysis: offender (never a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="68"/>
        <source>Analysis, locatio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="69"/>
        <source>Analysis: location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="73"/>
        <source>Anal&amp;ysis, other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="74"/>
        <source>Analysis: other findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="78"/>
        <source>Respo&amp;nse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="79"/>
        <source>Response: what the partners do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="83"/>
        <source>Assess&amp;ment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="84"/>
        <source>Assessment: did it work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="108"/>
        <source>No priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="112"/>
        <source>No lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="114"/>
        <location filename="../tasking/ui/hotspots/editor.py" line="217"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="115"/>
        <location filename="../tasking/ui/hotspots/editor.py" line="141"/>
        <source>Date nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="116"/>
        <location filename="../tasking/ui/hotspots/editor.py" line="143"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="117"/>
        <location filename="../tasking/ui/hotspots/editor.py" line="142"/>
        <source>Reason for nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="118"/>
        <source>&amp;Repeat or vulnerable victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="119"/>
        <source>Repeat or vulnerable victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="120"/>
        <source>A flag only: never record victims&apos; names here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="130"/>
        <source>The place and its nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="133"/>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="133"/>
        <source>Hotspot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="134"/>
        <source>Loca&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="134"/>
        <source>Location description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="135"/>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="135"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="136"/>
        <source>&amp;LSOA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="136"/>
        <source>LSOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="137"/>
        <source>CSP &amp;priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="137"/>
        <source>CSP priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="138"/>
        <source>Problem t&amp;ypes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="138"/>
        <source>Problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="139"/>
        <source>Lead a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="139"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="140"/>
        <source>Nominated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="140"/>
        <source>Nominating agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="141"/>
        <source>Nominated &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="142"/>
        <source>Reason for nominat&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="143"/>
        <source>Revie&amp;w date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="156"/>
        <source>Problem-solving profile (OSARA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="288"/>
        <source>Change %s of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotspotSection</name>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="37"/>
        <source>Hotspots discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="39"/>
        <source>Notes on this hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="41"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="44"/>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="45"/>
        <source>Needed to close or escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="46"/>
        <source>Ctrl+Return saves this hotspot and moves to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="47"/>
        <location filename="../tasking/ui/meeting/hotspots.py" line="104"/>
        <source>Save and ne&amp;xt (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="50"/>
        <source>Nomi&amp;nate a hotspot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="67"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="68"/>
        <source>Deci&amp;sion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="69"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="76"/>
        <source>Active hotspots of the area, in turn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="86"/>
        <source>(no decision yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="104"/>
        <source>Ne&amp;xt (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="182"/>
        <source>Nominate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="196"/>
        <source>No active hotspots in this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="233"/>
        <source>Notes on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="262"/>
        <source>Give the reason, then press Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="266"/>
        <source>The decision “%1” on %2 was not recorded: it needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="293"/>
        <source>Clear the decision on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="294"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hotspots</name>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="46"/>
        <source>Hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="47"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="48"/>
        <source>Problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="49"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="50"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="53"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="57"/>
        <source>Nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="58"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="59"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="62"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="65"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="69"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotspotsPlace</name>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="92"/>
        <source>Name, location, agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="94"/>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="95"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="99"/>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="104"/>
        <source>All problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="109"/>
        <source>Filte&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="109"/>
        <source>Filter hotspots by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="110"/>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="110"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="111"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="111"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="112"/>
        <source>Priorit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="112"/>
        <source>CSP priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="113"/>
        <source>Problem &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="113"/>
        <source>Problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="125"/>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="133"/>
        <source>&amp;Nominate hotspot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="134"/>
        <source>Change stat&amp;us…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="135"/>
        <source>&amp;Close hotspot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="154"/>
        <source>Hotspot history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="159"/>
        <source>Pro&amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="160"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="162"/>
        <source>police.uk &amp;data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="278"/>
        <source>Nominate %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="306"/>
        <source>Set %s to %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="121"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="122"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="123"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="124"/>
        <source>Clean changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="125"/>
        <source>Every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="140"/>
        <source>Preview the returned trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="148"/>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="152"/>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="156"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="157"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="158"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="172"/>
        <source>Proposed changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="174"/>
        <source>Accept all &amp;clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="176"/>
        <source>&amp;Map status to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="178"/>
        <source>Return &amp;queries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="186"/>
        <source>&amp;Apply ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="191"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="192"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="193"/>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="221"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="226"/>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="245"/>
        <source>%1 shown, %2 ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="274"/>
        <source>Map status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="275"/>
        <source>&apos;%1&apos; is not a status. Which did the officer mean?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../tasking/ui/labels.py" line="27"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="28"/>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="29"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="30"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="33"/>
        <source>Keeps the hotspot active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="34"/>
        <source>Moves the hotspot to monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="35"/>
        <source>Closes the hotspot (needs a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="36"/>
        <source>Escalates it (needs a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="39"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="40"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="41"/>
        <source>Circulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="42"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="43"/>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="44"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="45"/>
        <source>Red: overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="46"/>
        <source>Amber: due soon or stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="47"/>
        <source>Green: on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="48"/>
        <source>Grey: closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="54"/>
        <source>Contains public sector information licensed under the Open Government Licence v3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/labels.py" line="58"/>
        <source>Harm: Cambridge Crime Harm Index (Sherman, Neyroud &amp; Neyroud 2016), median days per police.uk crime type as grouped by techinesis/UK-Crime-Explorer; anti-social behaviour is not in the index and weighs 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tasking/ui/main_window.py" line="42"/>
        <source>Contains public sector information licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="82"/>
        <source>Tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="86"/>
        <location filename="../tasking/ui/main_window.py" line="129"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="111"/>
        <source>&amp;Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="113"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="116"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="138"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="139"/>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="140"/>
        <source>Action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="141"/>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="174"/>
        <source>Database: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="180"/>
        <source>Tasking — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="195"/>
        <source>&amp;Undo %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="195"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="199"/>
        <source>&amp;Redo %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="199"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="282"/>
        <source>Open a Tasking database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="286"/>
        <source>Tasking databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="299"/>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="303"/>
        <source>&lt;h3&gt;Tasking %s&lt;/h3&gt;&lt;p&gt;Neighbourhood tasking meetings for %s.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %s&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; %s&lt;/p&gt;&lt;p&gt;%s&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="308"/>
        <source>not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="309"/>
        <source>not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="314"/>
        <source>About Tasking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialogs</name>
    <message>
        <location filename="../tasking/ui/meeting/dialogs.py" line="19"/>
        <source>Finalise the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/dialogs.py" line="20"/>
        <source>Finalise the minutes of %1?

They will refuse edits until reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/dialogs.py" line="35"/>
        <source>Reopen the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/dialogs.py" line="36"/>
        <source>Why are the minutes being reopened?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingModels</name>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="38"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="39"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="40"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="43"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="55"/>
        <source>(status changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="59"/>
        <location filename="../tasking/ui/meeting/models.py" line="99"/>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="61"/>
        <location filename="../tasking/ui/meeting/models.py" line="100"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="63"/>
        <location filename="../tasking/ui/meeting/models.py" line="102"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="66"/>
        <location filename="../tasking/ui/meeting/models.py" line="103"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="72"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="80"/>
        <location filename="../tasking/ui/meeting/models.py" line="89"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="84"/>
        <source>Update at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="87"/>
        <location filename="../tasking/ui/meeting/models.py" line="104"/>
        <source>Hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="88"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="92"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="96"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/models.py" line="101"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <location filename="../tasking/ui/meeting/workspace.py" line="78"/>
        <source>Choose a meeting, or open the next one for an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/workspace.py" line="185"/>
        <source>&amp;1 Attendance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/workspace.py" line="186"/>
        <source>&amp;2 Review of actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/workspace.py" line="187"/>
        <source>&amp;3 Hotspots (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/workspace.py" line="188"/>
        <source>&amp;4 New actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/workspace.py" line="189"/>
        <source>&amp;5 Any other business and next meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="43"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="44"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="47"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="51"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="52"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="53"/>
        <source>Actions reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="54"/>
        <source>Actions raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="55"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPlace</name>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="130"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="132"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="134"/>
        <source>Show meetings of area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="135"/>
        <source>Open &amp;next meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="136"/>
        <source>&amp;Open meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="140"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="162"/>
        <source>← &amp;Back to all meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="259"/>
        <source>Open next meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewActionsSection</name>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="55"/>
        <source>Raise an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="56"/>
        <source>Tab through the fields; Return raises the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="59"/>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="60"/>
        <source>What is to be done (Return raises it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="61"/>
        <source>Action type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="62"/>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="63"/>
        <source>Named officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="64"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="65"/>
        <source>Hotspot the action serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="66"/>
        <source>&amp;Raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="68"/>
        <source>W&amp;ithdraw the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="69"/>
        <source>Delete an action raised by mistake (undoable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="71"/>
        <source>Actions raised at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="92"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="93"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="94"/>
        <source>Owner a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="95"/>
        <source>Offi&amp;cer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="96"/>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="97"/>
        <source>Hots&amp;pot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="115"/>
        <source>Confidential (left out for wider circulation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="123"/>
        <source>Raised at this meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="148"/>
        <source>(no hotspot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="179"/>
        <source>(no named officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="213"/>
        <source>Raise action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="221"/>
        <source>Raise an action (last raised: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="248"/>
        <source>Withdraw %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../tasking/ui/new_database.py" line="26"/>
        <source>GeoJSON boundaries (*.geojson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="76"/>
        <source>New database for a partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="80"/>
        <source>Download your council&apos;s ward and LSOA boundaries from the ONS Open Geography Portal as GeoJSON (WGS84). Tasking makes an area for each ward and starts you with a list of agencies you can rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="87"/>
        <source>Partnership name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="88"/>
        <source>Safer Somewhere Community Safety Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="93"/>
        <source>Ward boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="94"/>
        <source>LSOA boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="96"/>
        <source>New database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="98"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="98"/>
        <source>Tasking databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="102"/>
        <source>&amp;Partnership:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="103"/>
        <source>&amp;Wards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="104"/>
        <source>&amp;LSOAs (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="105"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="114"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="129"/>
        <location filename="../tasking/ui/new_database.py" line="155"/>
        <source>Not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="130"/>
        <source>Give the partnership&apos;s name, its ward file and where to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="143"/>
        <source>Setting up the partnership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="111"/>
        <source>Nominate a hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="113"/>
        <source>For example: Arboretum Park bandstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="115"/>
        <location filename="../tasking/ui/dialogs.py" line="147"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="117"/>
        <location filename="../tasking/ui/dialogs.py" line="152"/>
        <source>Nominating agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="120"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="123"/>
        <location filename="../tasking/ui/dialogs.py" line="157"/>
        <source>Date nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="135"/>
        <source>&amp;Name of the place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="137"/>
        <source>Hotspot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="140"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="142"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="145"/>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="150"/>
        <source>Nominated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="155"/>
        <source>Nominated &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="160"/>
        <source>&amp;Reason and evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="162"/>
        <source>Reason and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="165"/>
        <source>&amp;Problem types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="167"/>
        <source>Problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="178"/>
        <source>&amp;Nominate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenNextDialog</name>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="67"/>
        <source>Open the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="72"/>
        <location filename="../tasking/ui/meetings_place.py" line="77"/>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="76"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="76"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="77"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="87"/>
        <source>&amp;Open meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="98"/>
        <source>This area has no meetings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="102"/>
        <source>Last meeting: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="35"/>
        <source>Action statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="36"/>
        <source>Hotspot statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="37"/>
        <source>Protective markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="38"/>
        <source>Hotspot decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="39"/>
        <source>Action types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="40"/>
        <source>ASB tools and powers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="41"/>
        <source>Problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="42"/>
        <source>CSP priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="99"/>
        <location filename="../tasking/ui/partnership/place.py" line="134"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="101"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="103"/>
        <location filename="../tasking/ui/partnership/place.py" line="135"/>
        <location filename="../tasking/ui/partnership/place.py" line="177"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="131"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="132"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="133"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="166"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="167"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="170"/>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="175"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipNameEdit</name>
    <message>
        <location filename="../tasking/ui/partnership/name.py" line="21"/>
        <source>Partnership name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/name.py" line="22"/>
        <source>Printed on the minutes and trackers, for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/name.py" line="23"/>
        <source>Partnership &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/name.py" line="43"/>
        <source>Rename the partnership %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipPlace</name>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="91"/>
        <source>New a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="91"/>
        <source>New agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="92"/>
        <source>S&amp;hort name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="92"/>
        <source>New agency short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="94"/>
        <source>Add a&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="105"/>
        <location filename="../tasking/ui/partnership/place.py" line="197"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="121"/>
        <source>New &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="121"/>
        <source>New person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="122"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="122"/>
        <source>New person&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="123"/>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="123"/>
        <source>New person&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="124"/>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="124"/>
        <source>New person&apos;s agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="126"/>
        <source>Add p&amp;erson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="137"/>
        <location filename="../tasking/ui/partnership/place.py" line="198"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="151"/>
        <source>Cl&amp;oses the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="152"/>
        <source>The new status closes the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="154"/>
        <source>New &amp;term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="154"/>
        <source>New term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="155"/>
        <source>Add &amp;term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="159"/>
        <source>What the new decision does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="179"/>
        <source>Vocabulary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="189"/>
        <source>&amp;Vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="189"/>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="199"/>
        <source>Vocabularies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="26"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="30"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="32"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="33"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="36"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="37"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="38"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="39"/>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="43"/>
        <source>Add as &amp;present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliceImport</name>
    <message>
        <location filename="../tasking/ui/policeuk/importing.py" line="18"/>
        <source>police.uk downloads (*.zip *-street.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/importing.py" line="28"/>
        <source>Import police.uk data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/importing.py" line="38"/>
        <source>police.uk data imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/importing.py" line="45"/>
        <source>police.uk data not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/importing.py" line="68"/>
        <source>Importing police.uk data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../tasking/ui/background.py" line="98"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../tasking/ui/table_model.py" line="74"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/table_model.py" line="76"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../tasking/ui/circulation.py" line="69"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="73"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="75"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="81"/>
        <source>Each agency&apos;s own (its meetings&apos; highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="92"/>
        <source>Overdue or due &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="92"/>
        <source>Due within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="93"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="93"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="94"/>
        <source>&amp;Protective marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="94"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../tasking/ui/backups.py" line="112"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="119"/>
        <source>Choose the backup to restore. The database as it is now is backed up first, so a restore can itself be undone. Backups are kept in %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="128"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="137"/>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="140"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnFilesDialog</name>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="49"/>
        <source>Import returned trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="53"/>
        <source>Returned files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="54"/>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="55"/>
        <source>Add a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="61"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="69"/>
        <source>Drop the officers&apos; files here, or add them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="93"/>
        <source>Returned trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="95"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.xls *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="101"/>
        <source>Folder of returns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <location filename="../tasking/ui/returns/history.py" line="24"/>
        <source>Import of %n returned tracker(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsCommands</name>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="38"/>
        <source>Returned trackers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="45"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="52"/>
        <source>Return queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="54"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="92"/>
        <source>Reading the returned trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="110"/>
        <source>Applying the returned trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="123"/>
        <source>
%1 changed in Tasking meanwhile: back to conflict, Tasking&apos;s kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="144"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPreview</name>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="18"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="19"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="20"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="21"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="22"/>
        <source>Check first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="23"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="24"/>
        <source>New row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="25"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="26"/>
        <source>Already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="29"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="30"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="31"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="32"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="33"/>
        <location filename="../tasking/ui/returns/model.py" line="65"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="59"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="63"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="64"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="66"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="67"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="70"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="73"/>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/model.py" line="74"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="35"/>
        <source>Actions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="40"/>
        <source>Status of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="41"/>
        <source>Update reported at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="43"/>
        <source>Ctrl+Return saves this review and moves to the next action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="44"/>
        <location filename="../tasking/ui/meeting/review.py" line="93"/>
        <source>&amp;Save and next (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="63"/>
        <source>Ne&amp;w status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="64"/>
        <source>&amp;Update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="93"/>
        <source>&amp;Next (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="111"/>
        <source>That was the last action to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="139"/>
        <source>No actions were carried forward to this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="148"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="149"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="151"/>
        <source>%1
Owner: %2 · Due: %3 · RAG: %4
Last update: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="160"/>
        <source>Action %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="191"/>
        <source>Review %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <location filename="../tasking/ui/tracker/delegates.py" line="26"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="28"/>
        <source>Close the hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="28"/>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="39"/>
        <source>New &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="39"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="40"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="40"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="61"/>
        <source>Closing needs a reason, for example what worked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tracker</name>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="50"/>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="55"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="56"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="57"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="58"/>
        <source>Hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="59"/>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="60"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="61"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="62"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="73"/>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="81"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerFilterBar</name>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="28"/>
        <source>Reference, words, officer, hotspot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="33"/>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="38"/>
        <source>Filte&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="38"/>
        <source>Filter actions by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="39"/>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="39"/>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="40"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="41"/>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="41"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="42"/>
        <source>Hots&amp;pot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="42"/>
        <source>Hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="51"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="69"/>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="72"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="73"/>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="75"/>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="90"/>
        <source>All hotspots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerPlace</name>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="77"/>
        <source>Action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="108"/>
        <source>Status for the selected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="111"/>
        <source>Set status of se&amp;lected actions to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="113"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="114"/>
        <source>Apply the status to the selected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="169"/>
        <source>Loading actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="192"/>
        <source>The actions could not be read: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="224"/>
        <source>Showing %s of %s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="312"/>
        <source>Set %s to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="314"/>
        <source>Set %s actions to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="339"/>
        <source>Change the due date of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerScopeDialog</name>
    <message>
        <location filename="../tasking/ui/exporting.py" line="48"/>
        <source>Export per-agency trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="50"/>
        <source>Export the action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="53"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="57"/>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="64"/>
        <source>Each agency&apos;s own (its meetings&apos; highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="73"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="73"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="74"/>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="74"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="75"/>
        <source>&amp;Protective marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="75"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
