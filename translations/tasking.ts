<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../tasking/ui/search/results.py" line="50"/>
        <source>%1 (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/results.py" line="56"/>
        <location filename="../tasking/ui/search/results.py" line="59"/>
        <source>%1 meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="49"/>
        <source>Action type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="50"/>
        <source>ASB power used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="51"/>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="52"/>
        <source>Named officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="53"/>
        <source>Hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="54"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="55"/>
        <source>Update reported between meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="56"/>
        <source>Date of the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="57"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="58"/>
        <source>Record &amp;update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="62"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="72"/>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="73"/>
        <source>Correct the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="76"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="77"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="78"/>
        <source>AS&amp;B power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="79"/>
        <source>Owner a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="80"/>
        <source>Offi&amp;cer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="81"/>
        <source>Hots&amp;pot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="82"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="88"/>
        <source>An update between meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="90"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="90"/>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="107"/>
        <source>Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="116"/>
        <source>(no hotspot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="126"/>
        <source>(no named officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="160"/>
        <source>Correct action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/action_editor.py" line="194"/>
        <source>Record update on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionHistoryPanel</name>
    <message>
        <location filename="../tasking/ui/tracker/history_panel.py" line="18"/>
        <source>H&amp;istory of the selected action</source>
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
        <location filename="../tasking/ui/actions.py" line="49"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="51"/>
        <source>Set up a database for a partnership from its boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="54"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="56"/>
        <source>Open another Tasking database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="59"/>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="60"/>
        <source>Make a checked copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="63"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="64"/>
        <source>Put back the database as it was in a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="66"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="67"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="68"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="70"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="72"/>
        <source>Filter the list shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="75"/>
        <source>&amp;Search the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="77"/>
        <source>Find words in meetings, notes, decisions, actions and updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="81"/>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="82"/>
        <source>&amp;Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="83"/>
        <source>&amp;Action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="84"/>
        <source>&amp;Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="86"/>
        <source>Ma&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="88"/>
        <source>Hotspots and incidents on the ward&apos;s map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="90"/>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="91"/>
        <source>&amp;About Tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="93"/>
        <source>&amp;Import police.uk data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="94"/>
        <source>Import police.uk street-level crime for your wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="97"/>
        <source>&amp;Candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="99"/>
        <source>Places police.uk data suggests as hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="102"/>
        <source>&amp;Import returned trackers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="104"/>
        <source>Import the trackers officers sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="108"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="117"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="124"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="133"/>
        <source>H&amp;otspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="134"/>
        <source>Action trac&amp;ker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="135"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../tasking/ui/app.py" line="67"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="70"/>
        <source>Tasking could not open %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="75"/>
        <source>&amp;Open another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="78"/>
        <source>&amp;Keep the current database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="80"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="109"/>
        <source>Open a Tasking database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="111"/>
        <source>Tasking databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="121"/>
        <source>Tasking cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="393"/>
        <source>Read-only (encrypted): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="395"/>
        <source>Database (encrypted): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="399"/>
        <source>The database file and its backups are encrypted; without its key (in this computer&apos;s keyring, or the passphrase) no one can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="412"/>
        <source>Read-only: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="415"/>
        <source>You can read this database but not change it: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="420"/>
        <source>This database is read-only: you can look, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="71"/>
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
        <location filename="../tasking/ui/meeting/attendance.py" line="75"/>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="77"/>
        <source>Type part of a name, role or agency; Return marks them present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="83"/>
        <source>People and their attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="89"/>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="90"/>
        <source>Apolo&amp;gies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="91"/>
        <source>A&amp;bsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="80"/>
        <source>Only people on the attendance list (&amp;q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="92"/>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="93"/>
        <source>&amp;Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="106"/>
        <source>Acts on the person selected in the list (or the only match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="110"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="151"/>
        <source>%1 present, %2 apologies, %3 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="206"/>
        <source>Choose a person in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="221"/>
        <source>Mark %1 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="222"/>
        <source>Record apologies from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="223"/>
        <source>Mark %1 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/attendance.py" line="224"/>
        <source>Remove %1 from attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../tasking/ui/backups.py" line="250"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="279"/>
        <source>Backing up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="283"/>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="284"/>
        <source>The database was backed up and checked:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="287"/>
        <source>Not backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="300"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="302"/>
        <source>Replace the database with the backup taken %s (latest meeting: %s)? The database as it is now is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="319"/>
        <source>Restoring the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="323"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../tasking/ui/backups.py" line="54"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="55"/>
        <source>Backed up by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="56"/>
        <source>Before minutes were finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="57"/>
        <source>Before minutes were reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="58"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="65"/>
        <source>Before upgrading (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="75"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="76"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="77"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="78"/>
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
        <location filename="../tasking/ui/policeuk/candidates.py" line="49"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="50"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="53"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="57"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="58"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="61"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="67"/>
        <source>Months in top tenth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="72"/>
        <source>Harm (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="78"/>
        <source>Covered by hotspot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="95"/>
        <source>Candidate hotspots from police.uk data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="104"/>
        <source>Last %d months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="108"/>
        <source>All crime and ASB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="112"/>
        <source>Map points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="112"/>
        <source>LSOAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="113"/>
        <source>Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="115"/>
        <source>Weigh by &amp;harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="118"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="119"/>
        <source>&amp;Crime type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="120"/>
        <source>Pla&amp;ces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="132"/>
        <source>Candidate hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="139"/>
        <source>&amp;Nominate as hotspot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="140"/>
        <source>&amp;Leave this point out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="141"/>
        <source>Points left &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="178"/>
        <source>Ranking places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="194"/>
        <source>No police.uk data yet: Hotspots ▸ Import police.uk data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="197"/>
        <source>harm-weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="197"/>
        <source>counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="199"/>
        <source>all types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="202"/>
        <source> (%d of its %d months imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="204"/>
        <source>%s, %s. Score out of 100: %s, months in the top tenth, trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="207"/>
        <source> %d points left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/candidates.py" line="261"/>
        <source>Nominate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Circulation</name>
    <message>
        <location filename="../tasking/ui/circulation.py" line="62"/>
        <location filename="../tasking/ui/circulation.py" line="330"/>
        <source>Circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="157"/>
        <source>&amp;Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="160"/>
        <source>&amp;Circulate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="163"/>
        <source>&amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="166"/>
        <source>E-mail drafts of the minutes and each agency&apos;s tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="190"/>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="191"/>
        <source>Action &amp;tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="230"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="237"/>
        <source>Writing the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="243"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="261"/>
        <source>Folder for the e-mail drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="276"/>
        <source>Writing the e-mail drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="289"/>
        <source>Folder for the reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="301"/>
        <source>Nothing is overdue or due within %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="306"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="313"/>
        <source>Writing the reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="36"/>
        <source>Any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="37"/>
        <source>Date of the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="40"/>
        <source>&amp;Next meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="41"/>
        <source>Any other &amp;business:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="75"/>
        <source>Edit any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="85"/>
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
        <location filename="../tasking/ui/dialogs.py" line="51"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="57"/>
        <source>What you &amp;typed (copy it before reloading):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="60"/>
        <source>What you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="66"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="69"/>
        <source>&amp;Keep my text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../tasking/ui/crash.py" line="81"/>
        <source>Tasking met an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/crash.py" line="84"/>
        <source>Something went wrong that Tasking did not expect. Your saved work is safe; the last change may not have been made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/crash.py" line="88"/>
        <source>(no log file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/crash.py" line="89"/>
        <source>The details are in the log file:
%s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="42"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDateDelegate</name>
    <message>
        <location filename="../tasking/ui/tracker/delegates.py" line="41"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="67"/>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="68"/>
        <source>Show inactive entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="69"/>
        <location filename="../tasking/ui/partnership/lists.py" line="113"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="113"/>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="117"/>
        <source>Change %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="122"/>
        <source>Deactivate %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="122"/>
        <source>Reactivate %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/lists.py" line="162"/>
        <source>Add %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="22"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="25"/>
        <source>Wrote %1 files into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="31"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="37"/>
        <source>Open &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="42"/>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="58"/>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="62"/>
        <source>Choose another &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="75"/>
        <source>Lower protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="77"/>
        <source>These actions come from meetings marked %1. Mark the tracker %2 instead? Only the originator should lower a marking; the change is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="87"/>
        <source>Mark it %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="98"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="121"/>
        <source>Mark as circulated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="123"/>
        <source>Mark the minutes of %1 as circulated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="128"/>
        <source>Say yes once they have been sent to the partners. What they say does not change; the Meetings list then shows them as Circulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="135"/>
        <source>Mark &amp;circulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_outcome.py" line="139"/>
        <source>&amp;Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="53"/>
        <source>&amp;Minutes as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="58"/>
        <source>Minutes with the ward&apos;s ma&amp;p as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="63"/>
        <source>Action &amp;tracker (Excel or PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="68"/>
        <source>&amp;Per-agency trackers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="123"/>
        <source>Export minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="130"/>
        <source>Writing the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="164"/>
        <source>Export the action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="166"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="168"/>
        <source>PDF, landscape (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="173"/>
        <source>Writing the action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="184"/>
        <source>Folder for the trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="192"/>
        <source>Writing one tracker per agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../tasking/ui/date_edit.py" line="42"/>
        <source>“%1” is not a date: type it as dd/mm/yyyy, for example 12/01/2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/date_edit.py" line="53"/>
        <source>There is no date %1: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/date_edit.py" line="81"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/date_edit.py" line="83"/>
        <source>Type dd/mm/yyyy (12012027 and 12/1/27 work too); F4 opens the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/date_edit.py" line="88"/>
        <source>Open the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/date_edit.py" line="147"/>
        <source>This date is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/date_edit.py" line="153"/>
        <source>%1 is outside the dates allowed here (%2 to %3): nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../tasking/ui/new_database.py" line="68"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="69"/>
        <source>Browse for %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinaliseBar</name>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="101"/>
        <source>Fina&amp;lise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="102"/>
        <source>Lock the minutes: they refuse edits until reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="103"/>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="104"/>
        <source>Make final minutes editable again (asks for a reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="118"/>
        <source>Draft: every change is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="121"/>
        <source>These minutes are %1: reopen them to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="133"/>
        <source>Backing up before finalising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="141"/>
        <source>Backing up before reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="173"/>
        <source>Finalise minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="171"/>
        <source>Reopen minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="181"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="182"/>
        <source>The backup taken first failed, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="208"/>
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
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="49"/>
        <source>Chair (&amp;z):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="50"/>
        <source>Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/header.py" line="50"/>
        <source>Minute &amp;taker:</source>
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
        <location filename="../tasking/ui/hotspots/editor.py" line="53"/>
        <source>Objective: what the partnership wants to achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="58"/>
        <source>Scanning: what the problem is and how it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="63"/>
        <source>Analysis: victim (never a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="68"/>
        <source>Analysis: offender (never a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="73"/>
        <source>Analysis: location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="78"/>
        <source>Analysis: other findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="83"/>
        <source>Response: what the partners do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="88"/>
        <source>Assessment: did it work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="224"/>
        <source>No priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="226"/>
        <source>No lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="227"/>
        <location filename="../tasking/ui/hotspots/editor.py" line="253"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="137"/>
        <location filename="../tasking/ui/hotspots/editor.py" line="163"/>
        <source>Date nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="138"/>
        <location filename="../tasking/ui/hotspots/editor.py" line="165"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="139"/>
        <location filename="../tasking/ui/hotspots/editor.py" line="164"/>
        <source>Reason for nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="140"/>
        <location filename="../tasking/ui/hotspots/editor.py" line="141"/>
        <source>Repeat or vulnerable victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="142"/>
        <source>A flag only: never record victims&apos; names here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="152"/>
        <source>The place and its nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="155"/>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="155"/>
        <source>Hotspot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="156"/>
        <source>Location description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="52"/>
        <source>Ob&amp;jective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="57"/>
        <source>Scanning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="62"/>
        <source>Analysis, victim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="67"/>
        <source>Analysis, offender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="72"/>
        <source>Analysis, location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="77"/>
        <source>Analysis, other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="82"/>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="87"/>
        <source>Assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="156"/>
        <source>Lo&amp;cation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="157"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="157"/>
        <source>Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="158"/>
        <source>&amp;LSOA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="158"/>
        <source>LSOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="159"/>
        <source>CSP &amp;priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="159"/>
        <source>CSP priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="160"/>
        <source>Problem t&amp;ypes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="160"/>
        <source>Problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="161"/>
        <source>Lead a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="161"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="162"/>
        <source>Nominated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="162"/>
        <source>Nominating agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="163"/>
        <source>&amp;Date nominated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="164"/>
        <source>Reason for nomination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="165"/>
        <source>Rev&amp;iew date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="178"/>
        <source>Problem-solving profile (OSARA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="327"/>
        <source>Change %s of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotspotSection</name>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="47"/>
        <source>Hotspots discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="49"/>
        <source>Notes on this hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="51"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="54"/>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="55"/>
        <source>Needed to close or escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="56"/>
        <source>Ctrl+Return saves this hotspot and moves to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="57"/>
        <location filename="../tasking/ui/meeting/hotspots.py" line="151"/>
        <source>Save and ne&amp;xt (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="60"/>
        <source>Nomi&amp;nate a hotspot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="81"/>
        <source>Deci&amp;sion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="80"/>
        <source>Notes (&amp;j):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="82"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="89"/>
        <source>Active hotspots of the area, in turn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="103"/>
        <source>(no decision yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="151"/>
        <source>Ne&amp;xt (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="235"/>
        <source>Nominate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="249"/>
        <source>No active hotspots in this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="286"/>
        <source>Notes on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="315"/>
        <source>Give the reason, then press Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="319"/>
        <source>The decision “%1” on %2 was not recorded: it needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="346"/>
        <source>Clear the decision on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="347"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hotspots</name>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="53"/>
        <source>Hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="54"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="55"/>
        <source>Problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="56"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="57"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="60"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="64"/>
        <source>Nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="65"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="66"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="69"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="72"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="76"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotspotsPlace</name>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="105"/>
        <source>Name, location, agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="261"/>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="262"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="264"/>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="269"/>
        <source>All problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="111"/>
        <source>Filte&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="111"/>
        <source>Filter hotspots by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="112"/>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="112"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="113"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="113"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="136"/>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="137"/>
        <source>Close hotspot… (&amp;x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="195"/>
        <source>&amp;1 Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="196"/>
        <source>&amp;2 History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="198"/>
        <source>&amp;3 police.uk data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="114"/>
        <source>CSP priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="114"/>
        <source>Priority (&amp;q):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="115"/>
        <source>Problem &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="115"/>
        <source>Problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="127"/>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="135"/>
        <source>&amp;Nominate hotspot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="191"/>
        <source>Hotspot history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="402"/>
        <source>Nominate %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="430"/>
        <source>Set %s to %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="123"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="124"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="125"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="126"/>
        <source>Clean changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="127"/>
        <source>Every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="142"/>
        <source>Preview the returned trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="150"/>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="154"/>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="158"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="159"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="160"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="182"/>
        <source>Proposed changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="184"/>
        <source>Accept all &amp;clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="186"/>
        <source>&amp;Map status to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="188"/>
        <source>Return &amp;queries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="196"/>
        <source>&amp;Apply ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="201"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="202"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="203"/>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="231"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="236"/>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="259"/>
        <source>%1 shown, %2 ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="288"/>
        <source>Map status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="289"/>
        <source>&apos;%1&apos; is not a status. Which did the officer mean?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPrompt</name>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="86"/>
        <source>Encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="89"/>
        <source>Passphrase or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="91"/>
        <source>&amp;Passphrase or key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="93"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="94"/>
        <source>Open &amp;another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="96"/>
        <source>&amp;Keep the current database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="96"/>
        <source>&amp;Quit</source>
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
        <location filename="../tasking/ui/main_window.py" line="55"/>
        <source>Contains public sector information licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="109"/>
        <location filename="../tasking/ui/main_window.py" line="155"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="137"/>
        <source>&amp;Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="139"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="142"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="164"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="165"/>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="166"/>
        <source>Action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="167"/>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="168"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="169"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="214"/>
        <source>Database: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="302"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="318"/>
        <source>&amp;Undo %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="318"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="322"/>
        <source>&amp;Redo %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="322"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="387"/>
        <source>Read-only database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="436"/>
        <source>Open a Tasking database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="440"/>
        <source>Tasking databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="453"/>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="457"/>
        <source>&lt;h3&gt;Tasking %s&lt;/h3&gt;&lt;p&gt;Neighbourhood tasking meetings for %s.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %s&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; %s&lt;/p&gt;&lt;p&gt;%s&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="462"/>
        <source>not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="463"/>
        <source>not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="468"/>
        <source>About Tasking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../tasking/ui/map/items.py" line="150"/>
        <source> (placed at its LSOA: no point recorded)</source>
        <extracomment>Data roles on items, so a click or a test finds the record behind an item.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/items.py" line="155"/>
        <source>%d open actions: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/items.py" line="159"/>
        <source>Click to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/items.py" line="171"/>
        <source>Candidate: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/items.py" line="172"/>
        <location filename="../tasking/ui/map/legend.py" line="84"/>
        <location filename="../tasking/ui/map/points.py" line="202"/>
        <source>%d incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/items.py" line="173"/>
        <source>Click to see the candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/legend.py" line="15"/>
        <source>Contains public sector information licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/legend.py" line="29"/>
        <source>Map key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/legend.py" line="45"/>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/legend.py" line="48"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/legend.py" line="49"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/legend.py" line="50"/>
        <source>Closed (discussed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/legend.py" line="54"/>
        <source>Candidate hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/legend.py" line="55"/>
        <source>all crime types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/legend.py" line="60"/>
        <source>police.uk, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/legend.py" line="61"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/legend.py" line="73"/>
        <source>%s–%s a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/legend.py" line="82"/>
        <source>1 incident at a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="123"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="124"/>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="128"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="131"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="133"/>
        <source>Last %d months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="138"/>
        <source>Crime type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="139"/>
        <location filename="../tasking/ui/map/place.py" line="204"/>
        <source>All crime types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="141"/>
        <source>Shade &amp;LSOAs by rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="142"/>
        <source>LSOA bo&amp;undaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="144"/>
        <source>&amp;Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="145"/>
        <source>Fi&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="147"/>
        <source>Show the whole ward (0 or Home on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="151"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="152"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="171"/>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="172"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="173"/>
        <source>C&amp;rime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="307"/>
        <source>%s: %d hotspots, %d incidents at %d map points (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/place.py" line="309"/>
        <source>no police.uk data imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/points.py" line="201"/>
        <source>Map point</source>
        <extracomment>The largest count, the dots by size in chunks, and the rectangle they cover.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/scene.py" line="123"/>
        <source>%d incidents, %s a month</source>
        <extracomment>Layer names, in the order the legend and the layer buttons list them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/view.py" line="39"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/words.py" line="12"/>
        <source>Overdue action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/words.py" line="13"/>
        <source>Action due soon or stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/words.py" line="14"/>
        <source>Actions on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/map/words.py" line="15"/>
        <source>No open actions</source>
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
        <location filename="../tasking/ui/meeting/workspace.py" line="104"/>
        <source>Choose a meeting, or open the next one for an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/workspace.py" line="159"/>
        <source>Opening the meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/workspace.py" line="279"/>
        <source>The database is read-only: these minutes can be read, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/workspace.py" line="289"/>
        <source>&amp;1 Attendance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/workspace.py" line="290"/>
        <source>&amp;2 Review of actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/workspace.py" line="291"/>
        <source>&amp;3 Hotspots (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/workspace.py" line="292"/>
        <source>&amp;4 New actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/workspace.py" line="293"/>
        <source>&amp;5 Any other business and next meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../tasking/ui/meetings_list.py" line="37"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_list.py" line="38"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_list.py" line="41"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_list.py" line="45"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_list.py" line="46"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_list.py" line="47"/>
        <source>Actions reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_list.py" line="48"/>
        <source>Actions raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_list.py" line="49"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPlace</name>
    <message>
        <location filename="../tasking/ui/meetings_list.py" line="81"/>
        <location filename="../tasking/ui/meetings_place.py" line="135"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_list.py" line="84"/>
        <location filename="../tasking/ui/meetings_place.py" line="137"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="139"/>
        <source>Show meetings of area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_list.py" line="91"/>
        <location filename="../tasking/ui/meetings_place.py" line="140"/>
        <location filename="../tasking/ui/meetings_place.py" line="243"/>
        <source>Open &amp;next meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_list.py" line="90"/>
        <location filename="../tasking/ui/meetings_place.py" line="141"/>
        <source>O&amp;pen meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="154"/>
        <source>Select a meeting and press Return to open it, or start the next one with Open next meeting… (Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="170"/>
        <source>← Back to all meetings (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="244"/>
        <source>Pick the area and the date of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="266"/>
        <source>There are no meetings yet. Start with the first: Open next meeting… asks for the area and the date, and the meeting opens with the area&apos;s active hotspots. Agencies and people are set up in Partnership (Ctrl+4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="273"/>
        <source>This area has no meetings yet: Open next meeting… starts its first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_list.py" line="97"/>
        <location filename="../tasking/ui/meetings_place.py" line="145"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="381"/>
        <source>Open next meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="12"/>
        <source>--database is empty: give a file name or a database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="13"/>
        <source>Unknown kind of database &apos;{scheme}://&apos;: use an SQLite file name or a postgresql+psycopg:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="14"/>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="15"/>
        <source>The folder {folder} does not exist (is a network drive not connected?). Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="16"/>
        <source>{path} does not exist. Create a database with &apos;tasking init --database {path}&apos; (or File &gt; New database...), or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="17"/>
        <source>You do not have permission to read {path}. Ask whoever manages the folder for access, or open another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="18"/>
        <source>{path} is empty (0 bytes), not a Tasking database; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="19"/>
        <source>{path} is not a Tasking database (it is not an SQLite file); it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="20"/>
        <source>{path} cannot be read as a database ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="21"/>
        <source>{path} is another program&apos;s SQLite database, not Tasking&apos;s; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="22"/>
        <source>{path} holds tables that are not Tasking&apos;s; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="23"/>
        <source>Another program has held {path} locked for over {seconds} seconds (a database browser, a sync or backup tool, or Tasking on another computer). Close it and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="24"/>
        <source>The disk holding {path} is full: free some space and try again. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="25"/>
        <source>{path} is read-only: changes cannot be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="26"/>
        <source>Cannot open {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="27"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="28"/>
        <source>{path} was written by a newer version of Tasking (schema {revision}). Install the newer version to open it; the database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="29"/>
        <source>{path} is read-only: changes cannot be saved. Ask for write permission, or copy the file somewhere you can write and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="30"/>
        <source>{path} was left half-written by a crash and needs repairing, but it is read-only here. Open it where you can write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="31"/>
        <source>{path} needs upgrading to this version of Tasking, but it is read-only here; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="32"/>
        <source>{path} already exists; choose a new file for the partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="33"/>
        <source>{path} already holds a partnership&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="34"/>
        <source>Encrypted databases need SQLCipher, which this installation of Tasking does not have on this platform ({reason}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="35"/>
        <source>This computer has no keyring to keep the database&apos;s key in ({reason}). Give a passphrase instead (on the command line: set TASKING_DATABASE_KEY or use --key-file); nothing was created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="36"/>
        <source>{path} is encrypted (or is not a database at all) and this computer has no key for it: enter its passphrase or key (on the command line: set TASKING_DATABASE_KEY or use --key-file). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="37"/>
        <source>The key or passphrase given does not open {path} (or the file is not a Tasking database); it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="38"/>
        <source>Could not keep the key of {path} in this computer&apos;s keyring ({reason}); the new database was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="39"/>
        <source>Cannot use the key file {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="40"/>
        <source>A passphrase needs at least {least} characters (or give a raw key x&apos;…&apos; of 64 hex digits); nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="41"/>
        <source>{path} is already encrypted; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="42"/>
        <source>{path} is not encrypted: it has no key to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="43"/>
        <source>{path} is open in Tasking or another program: close it, then encrypt it. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="44"/>
        <source>{path} does not exist, so there is nothing to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="45"/>
        <source>The folder {folder} does not exist; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="46"/>
        <source>Cannot read {path} to back it up: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="47"/>
        <source>The disk is full: {path} could not be copied. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="48"/>
        <source>Another program has held {path} locked for over 10 seconds; close it, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="49"/>
        <source>Cannot copy {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="50"/>
        <source>{problem} The database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="51"/>
        <source>{path} is not a Tasking backup (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="52"/>
        <source>{path} is damaged and cannot be used ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="53"/>
        <source>{path} failed its integrity check: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="54"/>
        <source>{path} is another program&apos;s SQLite database, not a Tasking backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="55"/>
        <source>{path} does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="56"/>
        <source>{path} is the database itself; choose a backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="57"/>
        <source>{backup} and {database} are not encrypted with the same key (one of them is not encrypted, or their keys differ): restore the backup to a new file instead; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="58"/>
        <source>The folder {folder} does not exist; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="59"/>
        <source>{path} is a database server, not a file: Tasking&apos;s backups apply to SQLite files only. The server&apos;s own backups (pg_dump, or your IT team&apos;s schedule) protect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="60"/>
        <source>This {record} was changed by someone else while you were editing it. Their change has been kept: reload to see it, then make your edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="61"/>
        <source>{count} of these actions were changed by someone else since they were shown ({references}). Nothing was changed: reload to see their changes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="62"/>
        <source>That would duplicate a record that already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="63"/>
        <source>That refers to a record that does not exist or is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="64"/>
        <source>The database refused the change: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="65"/>
        <source>The database could not save this ({reason}). Nothing was changed: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="66"/>
        <source>The {record} {id} no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="67"/>
        <source>The {area} meeting of {date} is {state}: reopen it before changing its minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="68"/>
        <source>Cannot change {fields} here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="69"/>
        <source>&apos;{status}&apos; is not an action status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="70"/>
        <source>An update needs a note or a change of status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="71"/>
        <source>The action {id} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="72"/>
        <source>An action needs a description of what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="73"/>
        <source>An action belongs to an area: choose a hotspot or an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="74"/>
        <source>{reference} already has updates; cancel it instead of deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="75"/>
        <source>&apos;{status}&apos; is not a hotspot status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="76"/>
        <source>Closing a hotspot needs a reason (for example, what worked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="77"/>
        <source>A hotspot needs a name, for example the park or street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="78"/>
        <source>A hotspot needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="79"/>
        <source>{name} already has a history; close it with a reason instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="80"/>
        <source>The next meeting must come after the last one ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="81"/>
        <source>Attendance is one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="82"/>
        <source>That person is not on this meeting&apos;s attendance list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="83"/>
        <source>A decision is one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="84"/>
        <source>To {decision} a hotspot, give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="85"/>
        <source>Things have already been recorded at this meeting; it cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="86"/>
        <source>Only final minutes can be marked as circulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="87"/>
        <source>Say why the minutes are being reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="88"/>
        <source>This meeting is already open for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="89"/>
        <source>There is no area called &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="90"/>
        <source>There is no agency called &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="91"/>
        <source>An agency needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="92"/>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="93"/>
        <source>&apos;{email}&apos; does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="94"/>
        <source>The partnership needs a name, as its minutes print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="95"/>
        <source>&apos;{kind}&apos; is not a vocabulary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="96"/>
        <source>A term needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="97"/>
        <source>Give the partnership a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="98"/>
        <source>None of the {count} LSOAs in {lsoas} lies in the wards of {wards}: are they the same place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="99"/>
        <source>There is no protective marking called &apos;{marking}&apos;; choose one of: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="100"/>
        <source>A protective marking can be at most {most} characters (this one has {length}): Excel cannot print a longer header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="101"/>
        <source>These actions come from meetings marked {needed}: a tracker marked {chosen} would be under-marked. Confirm the lower marking to go on (on the command line: --allow-lower-marking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="102"/>
        <source>Cannot write {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="103"/>
        <source>{path} is a folder: give a file name to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="104"/>
        <source>{name} is the open Tasking database: exporting onto it would destroy it. Choose another name; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="105"/>
        <source>{name} is a database file: writing an export over it would destroy it. Choose another name; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="106"/>
        <source>{name} exists and is not {kind}: choose another name rather than overwrite it; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="107"/>
        <source>Cannot write {name}: the file is open in another program or the folder is read-only. Close it and try again, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="108"/>
        <source>Cannot write {name}: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="109"/>
        <source>The disk is full: {name} could not be written. Free some space or choose another folder; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="110"/>
        <source>The protective marking is too long to print in a spreadsheet header ({length} characters; at most {most} fit in Excel&apos;s {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="111"/>
        <source>The export could not start: Tasking&apos;s command line was not found next to the app. Reinstall Tasking; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="112"/>
        <source>The export stopped unexpectedly; nothing was written. {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="113"/>
        <source>Meeting {id} ({area}, {date}) has been held: its minutes are final, so there is no agenda to send. Open the next meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="114"/>
        <source>Only a final meeting can be circulated: meeting {id} ({area}, {date}) is a draft. Finalise it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="115"/>
        <source>Due within takes a number of days, not {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="116"/>
        <source>Meeting {id} ({area}, {date}) has no date for the next meeting: set it under Any other business and next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="117"/>
        <source>There is no police.uk street-level file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="118"/>
        <source>This database has no ward boundaries, so police.uk rows cannot be placed; set the partnership up with `tasking init --wards …` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="119"/>
        <source>{path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="120"/>
        <source>{name} holds no street-level crime files (*-street.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="121"/>
        <source>{name} is a police.uk {kind} file; Tasking imports street-level crime (*-street.csv) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="122"/>
        <source>{name} is empty or not a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="123"/>
        <source>{name} is not a police.uk street-level file: its columns are {found}…, not {expected}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="124"/>
        <source>{name}, line {line}: {found} columns, not {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="125"/>
        <source>{name} is not UTF-8 text ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="126"/>
        <source>{name} cannot be read as CSV ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="127"/>
        <source>{name} uses the projected grid {crs}; Tasking needs longitude and latitude (WGS84). Download the file again choosing GeoJSON in WGS84 (EPSG:4326).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="128"/>
        <source>{name} holds eastings and northings (a projected grid such as British National Grid), not longitude and latitude; download it again in WGS84 (EPSG:4326).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="129"/>
        <source>cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="130"/>
        <source>{name} is not a GeoJSON file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="131"/>
        <source>{name} is not a GeoJSON FeatureCollection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="132"/>
        <source>{name} has no polygons: it cannot give {kind} boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="133"/>
        <source>{name} has no {kind} code and name properties (such as {example}); it has {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="134"/>
        <source>{name} has the code {code} more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="135"/>
        <source>Candidates cover the last 3, 6 or 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="136"/>
        <source>Say why the point is left out, for example “police front desk”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="137"/>
        <source>There is no ward called {ward} any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="138"/>
        <source>encrypted, no key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="139"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="140"/>
        <source>no meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="141"/>
        <source>{name}: cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="142"/>
        <source>{name}: {size} MB is larger than a tracker can be ({limit} MB); not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="143"/>
        <source>{name}: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="144"/>
        <source>{name}: {count} parts inside; not a tracker, not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="145"/>
        <source>{name}: would inflate to {size} MB (limit {limit} MB); refused as a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="146"/>
        <source>{name}: a zip file, but not an Excel or OpenDocument workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="147"/>
        <source>{name}: a damaged workbook ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="148"/>
        <source>{name}: the part {part} would inflate to {size} MB; refused as a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="149"/>
        <source>{name}: the part {part} inflates {ratio} times (limit {limit}); refused as a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="150"/>
        <source>{name}: the part {part} declares XML entities (a &apos;billion laughs&apos; file); not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="151"/>
        <source>{name}: not a workbook or a CSV file; not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="152"/>
        <source>{name}: no &apos;Tasking ID&apos; column found; is it a tracker exported by Tasking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="153"/>
        <source>{name}: the workbook cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="154"/>
        <source>{name}: not readable as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="155"/>
        <source>{where} has an older Tasking schema ({revision}; this version needs {head}). Ask IT to upgrade it with: tasking admin upgrade --database {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="156"/>
        <source>{where} has no Tasking schema yet; nothing was created. Ask IT to set it up with: tasking admin init --database {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="157"/>
        <source>{where} has no Tasking schema yet, and this login may not create one. Ask IT to set it up with: tasking admin init --database {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="158"/>
        <source>The server {where} did not answer in time; nothing was half-saved. Tasking keeps trying and carries on when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="159"/>
        <source>The server {where} cannot be reached: the connection was lost; nothing was half-saved. Tasking keeps trying and carries on when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/message_texts.py" line="160"/>
        <source>Cannot open {where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewActionsSection</name>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="58"/>
        <source>Raise an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="59"/>
        <source>Tab through the fields; Return raises the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="62"/>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="63"/>
        <source>What is to be done (Return raises it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="64"/>
        <source>Action type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="65"/>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="66"/>
        <source>Named officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="67"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="68"/>
        <source>Hotspot the action serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="69"/>
        <source>&amp;Raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="71"/>
        <source>W&amp;ithdraw the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="72"/>
        <source>Delete an action raised by mistake (undoable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="74"/>
        <source>Actions raised at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="95"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="96"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="97"/>
        <source>Owner a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="98"/>
        <source>Offi&amp;cer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="99"/>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="100"/>
        <source>Hots&amp;pot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="121"/>
        <source>Confidential (left out for wider circulation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="129"/>
        <source>Raised at this meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="143"/>
        <source>(choose the owner agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="156"/>
        <source>(no hotspot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="194"/>
        <source>(no named officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="212"/>
        <source>Choose the agency that owns the action: none was raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="237"/>
        <source>Raise action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="249"/>
        <source>Raise an action (last raised: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="276"/>
        <source>Withdraw %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../tasking/ui/new_database.py" line="29"/>
        <source>GeoJSON boundaries (*.geojson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="92"/>
        <source>New database for a partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="96"/>
        <source>Download your council&apos;s ward and LSOA boundaries from the ONS Open Geography Portal as GeoJSON (WGS84). Tasking makes an area for each ward and starts you with a list of agencies you can rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="103"/>
        <source>Partnership name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="104"/>
        <source>Safer Somewhere Community Safety Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="109"/>
        <source>Ward boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="110"/>
        <source>LSOA boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="112"/>
        <source>New database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="114"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="114"/>
        <source>Tasking databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="118"/>
        <source>&amp;Partnership:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="119"/>
        <source>&amp;Wards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="120"/>
        <source>&amp;LSOAs (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="121"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="122"/>
        <source>E&amp;ncrypt this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="125"/>
        <source>Encrypt the file with a random key kept in this computer&apos;s keyring (or, without one, a passphrase you choose). Losing the key loses the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="138"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="153"/>
        <location filename="../tasking/ui/new_database.py" line="167"/>
        <location filename="../tasking/ui/new_database.py" line="193"/>
        <source>Not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="154"/>
        <source>Give the partnership&apos;s name, its ward file and where to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/new_database.py" line="181"/>
        <source>Setting up the partnership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="31"/>
        <source>Passphrase for the new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="34"/>
        <source>This computer has no keyring to keep the database&apos;s key in (%1). Choose a passphrase instead: Tasking asks for it each time the database opens and does not store it. Without it the records cannot be read, by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="40"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="41"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="45"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="46"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="63"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/passphrase.py" line="68"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="119"/>
        <source>Nominate a hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="121"/>
        <source>For example: Arboretum Park bandstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="123"/>
        <location filename="../tasking/ui/dialogs.py" line="155"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="125"/>
        <location filename="../tasking/ui/dialogs.py" line="160"/>
        <source>Nominating agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="128"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="131"/>
        <location filename="../tasking/ui/dialogs.py" line="165"/>
        <source>Date nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="143"/>
        <source>N&amp;ame of the place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="145"/>
        <source>Hotspot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="148"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="150"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="153"/>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="158"/>
        <source>Nominated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="163"/>
        <source>Nominated &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="168"/>
        <source>&amp;Reason and evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="170"/>
        <source>Reason and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="173"/>
        <source>&amp;Problem types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="175"/>
        <source>Problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/dialogs.py" line="186"/>
        <source>&amp;Nominate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenNextDialog</name>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="60"/>
        <source>Open the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="65"/>
        <location filename="../tasking/ui/meetings_place.py" line="70"/>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="69"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="69"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="70"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="80"/>
        <source>O&amp;pen meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="91"/>
        <source>This area has no meetings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meetings_place.py" line="95"/>
        <source>Last meeting: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="44"/>
        <source>Action statuses</source>
        <extracomment>What one read of the place brings: its token, agencies, people, terms, agency choices.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="45"/>
        <source>Hotspot statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="46"/>
        <source>Protective markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="47"/>
        <source>Hotspot decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="48"/>
        <source>Action types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="49"/>
        <source>ASB tools and powers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="50"/>
        <source>Problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="51"/>
        <source>CSP priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="113"/>
        <location filename="../tasking/ui/partnership/place.py" line="148"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="115"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="117"/>
        <location filename="../tasking/ui/partnership/place.py" line="149"/>
        <location filename="../tasking/ui/partnership/place.py" line="191"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="145"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="146"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="147"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="180"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="181"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="184"/>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="189"/>
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
        <location filename="../tasking/ui/partnership/place.py" line="105"/>
        <source>New a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="105"/>
        <source>New agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="106"/>
        <source>New agency short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="106"/>
        <source>Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="108"/>
        <source>Add agen&amp;cy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="119"/>
        <location filename="../tasking/ui/partnership/place.py" line="211"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="135"/>
        <source>New &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="135"/>
        <source>New person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="136"/>
        <source>Ro&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="140"/>
        <source>Add pe&amp;rson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="165"/>
        <source>C&amp;loses the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="169"/>
        <source>Add te&amp;rm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="136"/>
        <source>New person&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="137"/>
        <source>New person&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="137"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="138"/>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="138"/>
        <source>New person&apos;s agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="151"/>
        <location filename="../tasking/ui/partnership/place.py" line="212"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="166"/>
        <source>The new status closes the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="168"/>
        <source>New &amp;term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="168"/>
        <source>New term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="173"/>
        <source>What the new decision does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="193"/>
        <source>Vocabulary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="203"/>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="203"/>
        <source>Voc&amp;abulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="213"/>
        <source>Vocabularies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="214"/>
        <source>Reading the partnership&apos;s lists…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="27"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="31"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="33"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="34"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="37"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="38"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="39"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="40"/>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/person_dialog.py" line="44"/>
        <source>Add as &amp;present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliceImport</name>
    <message>
        <location filename="../tasking/ui/policeuk/importing.py" line="20"/>
        <source>police.uk downloads (*.zip *-street.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/importing.py" line="30"/>
        <source>Import police.uk data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/importing.py" line="40"/>
        <source>police.uk data imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/importing.py" line="47"/>
        <source>police.uk data not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/policeuk/importing.py" line="71"/>
        <source>Importing police.uk data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../tasking/ui/background.py" line="116"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../tasking/ui/table_model.py" line="89"/>
        <source>Yes</source>
        <extracomment>The roles ``cell`` answers; a view asks for a dozen more per painted cell (font, icon, check state…), each answered None at once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/table_model.py" line="91"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../tasking/ui/circulation.py" line="71"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="75"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="77"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="83"/>
        <source>Each agency&apos;s own (its meetings&apos; highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="94"/>
        <source>Overdue or due &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="94"/>
        <source>Due within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="95"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="95"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="96"/>
        <source>&amp;Protective marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="96"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/circulation.py" line="114"/>
        <source>Working out the marking these actions need…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteChanges</name>
    <message>
        <location filename="../tasking/ui/remote_changes.py" line="43"/>
        <source>An action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/remote_changes.py" line="44"/>
        <source>A hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/remote_changes.py" line="45"/>
        <source>A meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/remote_changes.py" line="46"/>
        <source>The partnership&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/remote_changes.py" line="48"/>
        <source>A record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/remote_changes.py" line="98"/>
        <source>changed by %s just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/remote_changes.py" line="121"/>
        <source>%s was changed by %s just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../tasking/ui/backups.py" line="121"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="162"/>
        <source>Choose the backup to restore. The database as it is now is backed up first, so a restore can itself be undone. Backups are kept in %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="138"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="129"/>
        <source>&amp;Change backup folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="131"/>
        <source>Keep them &amp;beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="146"/>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="150"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/backups.py" line="196"/>
        <source>Keep backups in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnFilesDialog</name>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="51"/>
        <source>Import returned trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="55"/>
        <source>Returned files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="56"/>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="57"/>
        <source>Add a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="63"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="71"/>
        <source>Drop the officers&apos; files here, or add them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="95"/>
        <source>Returned trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="97"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.xls *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/dialogs.py" line="103"/>
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
        <location filename="../tasking/ui/returns/commands.py" line="40"/>
        <source>Returned trackers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="47"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="54"/>
        <source>Return queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="56"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="95"/>
        <source>Reading the returned trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="114"/>
        <source>Applying the returned trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="127"/>
        <source>
%1 changed in Tasking meanwhile: back to conflict, Tasking&apos;s kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="144"/>
        <source>No queries: every row was taken or is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/returns/commands.py" line="148"/>
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
        <location filename="../tasking/ui/meeting/review.py" line="38"/>
        <source>Actions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="43"/>
        <source>Status of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="44"/>
        <source>Update reported at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="46"/>
        <source>Ctrl+Return saves this review and moves to the next action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="47"/>
        <location filename="../tasking/ui/meeting/review.py" line="100"/>
        <source>&amp;Save and next (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="48"/>
        <source>Correct the a&amp;ction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="68"/>
        <source>Ne&amp;w status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="69"/>
        <source>&amp;Update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="100"/>
        <source>&amp;Next (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="118"/>
        <source>That was the last action to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="152"/>
        <source>No actions were carried forward to this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="161"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="162"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="164"/>
        <source>%1
Owner: %2 · Due: %3 · RAG: %4
Last update: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="173"/>
        <source>Action %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="204"/>
        <source>Review %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../tasking/ui/search/results.py" line="31"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/results.py" line="32"/>
        <source>Any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/results.py" line="33"/>
        <source>Hotspot notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/results.py" line="34"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/results.py" line="35"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/results.py" line="36"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/results.py" line="37"/>
        <source>Hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/results.py" line="38"/>
        <source>Hotspot status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/results.py" line="82"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPlace</name>
    <message>
        <location filename="../tasking/ui/search/place.py" line="55"/>
        <source>Search the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/place.py" line="56"/>
        <source>Words in meetings, notes, decisions, actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/place.py" line="61"/>
        <source>Places found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/place.py" line="69"/>
        <location filename="../tasking/ui/search/place.py" line="151"/>
        <source>Type words to find: case and accents do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/place.py" line="71"/>
        <source>Search the record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/place.py" line="144"/>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/place.py" line="153"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/place.py" line="156"/>
        <source>The newest %1 found; more words narrow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/place.py" line="160"/>
        <source>Found in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/search/place.py" line="162"/>
        <source>Found in %1 places, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <location filename="../tasking/ui/server_watch.py" line="69"/>
        <source>Read-only until the server answers again. %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/server_watch.py" line="85"/>
        <source>The server has not answered for an hour. Close Tasking and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedDatabase</name>
    <message>
        <location filename="../tasking/ui/shared_database.py" line="30"/>
        <source>Check this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <location filename="../tasking/ui/tracker/delegates.py" line="23"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="29"/>
        <source>Close the hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="29"/>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="40"/>
        <source>New &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="40"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="41"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="41"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/dialogs.py" line="66"/>
        <source>Closing needs a reason, for example what worked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tracker</name>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="49"/>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="54"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="55"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="56"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="57"/>
        <source>Hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="58"/>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="59"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="60"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="61"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="64"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="72"/>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/columns.py" line="80"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerFilterBar</name>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="29"/>
        <source>Reference, words, officer, hotspot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="34"/>
        <source>Overdue onl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="39"/>
        <source>Filte&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="39"/>
        <source>Filter actions by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="40"/>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="40"/>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="41"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="42"/>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="42"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="43"/>
        <source>Hots&amp;pot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="43"/>
        <source>Hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="52"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="70"/>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="74"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="75"/>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="79"/>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="96"/>
        <source>All hotspots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerPlace</name>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="73"/>
        <source>Action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="113"/>
        <source>Status for the selected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="116"/>
        <source>Set status of se&amp;lected actions to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="118"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="119"/>
        <source>Correct the a&amp;ction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="121"/>
        <source>Owner, officer, description, hotspot, due date, ASB power, or an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="123"/>
        <source>Apply the status to the selected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="187"/>
        <source>Loading actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="216"/>
        <source>The actions could not be read: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="273"/>
        <source>Showing %s of %s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="388"/>
        <source>Reading %s actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="422"/>
        <source>Setting %s actions to %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="433"/>
        <source>Putting back %s actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="448"/>
        <source>Set %s to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="450"/>
        <source>Set %s actions to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="476"/>
        <source>Change the due date of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerScopeDialog</name>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="56"/>
        <source>Export per-agency trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="58"/>
        <source>Export the action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="61"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="63"/>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="68"/>
        <source>Each agency&apos;s own (its meetings&apos; highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="73"/>
        <source>Working out the marking these actions need…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="77"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="77"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="78"/>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="78"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="79"/>
        <source>&amp;Protective marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="79"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="136"/>
        <source>The marking these actions need could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="148"/>
        <source>Each file needs at least its own agency&apos;s meetings&apos; marking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/export_scope.py" line="150"/>
        <source>These actions&apos; meetings need at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
