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
        <location filename="../tasking/ui/actions.py" line="41"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="43"/>
        <source>Open another Tasking database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="45"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="46"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="47"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="49"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="51"/>
        <source>Filter the list shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="53"/>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="54"/>
        <source>&amp;Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="55"/>
        <source>&amp;Action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="56"/>
        <source>&amp;Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="57"/>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="58"/>
        <source>&amp;About Tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="61"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="62"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="63"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/actions.py" line="71"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../tasking/ui/app.py" line="42"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="43"/>
        <source>Tasking could not open %s.

%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/app.py" line="44"/>
        <source>the default database</source>
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
    <name>ClosingSection</name>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="26"/>
        <source>Any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="27"/>
        <source>Date of the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="29"/>
        <source>Step down to the meeting&apos;s own date for Not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="31"/>
        <source>&amp;Next meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="32"/>
        <source>Any other &amp;business:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="61"/>
        <source>Edit any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="73"/>
        <source>Change next meeting date</source>
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
        <location filename="../tasking/ui/exporting.py" line="95"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="98"/>
        <source>Wrote %1 files into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="104"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="110"/>
        <source>Open &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="115"/>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="131"/>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="135"/>
        <source>Choose another &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="145"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="174"/>
        <source>&amp;Minutes as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="179"/>
        <source>Action &amp;tracker as Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="184"/>
        <source>&amp;Per-agency trackers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="220"/>
        <source>Export minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="227"/>
        <source>Writing the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="242"/>
        <source>Export the action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="249"/>
        <source>Writing the action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="262"/>
        <source>Folder for the trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="270"/>
        <source>Writing one tracker per agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../tasking/ui/fields.py" line="88"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinaliseBar</name>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="88"/>
        <source>&amp;Finalise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="89"/>
        <source>Lock the minutes: they refuse edits until reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="90"/>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="91"/>
        <source>Make final minutes editable again (asks for a reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="105"/>
        <source>Draft: every change is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="108"/>
        <source>These minutes are %1: reopen them to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="121"/>
        <source>Finalise minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="131"/>
        <source>Reopen minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/closing.py" line="145"/>
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
        <location filename="../tasking/ui/hotspots/editor.py" line="47"/>
        <source>O&amp;bjective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="48"/>
        <source>Objective: what the partnership wants to achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="52"/>
        <source>S&amp;canning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="53"/>
        <source>Scanning: what the problem is and how it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="57"/>
        <source>Analysis, &amp;victim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="58"/>
        <source>Analysis: victim (never a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="62"/>
        <source>Analysis, o&amp;ffender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="63"/>
        <source>Analysis: offender (never a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="67"/>
        <source>Analysis, locatio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="68"/>
        <source>Analysis: location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="72"/>
        <source>Anal&amp;ysis, other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="73"/>
        <source>Analysis: other findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="77"/>
        <source>Respo&amp;nse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="78"/>
        <source>Response: what the partners do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="82"/>
        <source>Assess&amp;ment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="83"/>
        <source>Assessment: did it work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="107"/>
        <source>No priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="111"/>
        <source>No lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="113"/>
        <location filename="../tasking/ui/hotspots/editor.py" line="216"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="114"/>
        <location filename="../tasking/ui/hotspots/editor.py" line="140"/>
        <source>Date nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="115"/>
        <location filename="../tasking/ui/hotspots/editor.py" line="142"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="116"/>
        <location filename="../tasking/ui/hotspots/editor.py" line="141"/>
        <source>Reason for nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="117"/>
        <source>&amp;Repeat or vulnerable victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="118"/>
        <source>Repeat or vulnerable victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="119"/>
        <source>A flag only: never record victims&apos; names here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="129"/>
        <source>The place and its nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="132"/>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="132"/>
        <source>Hotspot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="133"/>
        <source>Loca&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="133"/>
        <source>Location description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="134"/>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="134"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="135"/>
        <source>&amp;LSOA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="135"/>
        <source>LSOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="136"/>
        <source>CSP &amp;priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="136"/>
        <source>CSP priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="137"/>
        <source>Problem t&amp;ypes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="137"/>
        <source>Problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="138"/>
        <source>Lead a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="138"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="139"/>
        <source>Nominated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="139"/>
        <source>Nominating agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="140"/>
        <source>Nominated &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="141"/>
        <source>Reason for nominat&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="142"/>
        <source>Revie&amp;w date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="155"/>
        <source>Problem-solving profile (OSARA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/editor.py" line="287"/>
        <source>Change %s of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotspotSection</name>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="36"/>
        <source>Hotspots discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="38"/>
        <source>Notes on this hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="40"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="43"/>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="44"/>
        <source>Needed to close or escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="45"/>
        <source>Ctrl+Return saves this hotspot and moves to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="46"/>
        <location filename="../tasking/ui/meeting/hotspots.py" line="100"/>
        <source>Save and ne&amp;xt (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="49"/>
        <source>Nomi&amp;nate a hotspot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="65"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="66"/>
        <source>Deci&amp;sion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="67"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="73"/>
        <source>Active hotspots of the area, in turn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="83"/>
        <source>(no decision yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="100"/>
        <source>Ne&amp;xt (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="178"/>
        <source>Nominate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="189"/>
        <source>No active hotspots in this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="225"/>
        <source>Notes on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="254"/>
        <source>Give the reason, then press Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="258"/>
        <source>The decision “%1” on %2 was not recorded: it needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="283"/>
        <source>Decision undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="292"/>
        <source>Clear the decision on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/hotspots.py" line="293"/>
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
        <location filename="../tasking/ui/hotspots/place.py" line="273"/>
        <source>Nominate %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="297"/>
        <source>Set %s to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/hotspots/place.py" line="305"/>
        <source>Undone</source>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../tasking/ui/main_window.py" line="42"/>
        <source>Contains public sector information licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="84"/>
        <source>Tasking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="88"/>
        <location filename="../tasking/ui/main_window.py" line="128"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="110"/>
        <source>&amp;Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="112"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="115"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="137"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="138"/>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="139"/>
        <source>Action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="140"/>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="172"/>
        <source>Database: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="178"/>
        <source>Tasking — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="193"/>
        <source>&amp;Undo %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="193"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="197"/>
        <source>&amp;Redo %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="197"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="254"/>
        <source>Open a Tasking database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="258"/>
        <source>Tasking databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="271"/>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="275"/>
        <source>&lt;h3&gt;Tasking %s&lt;/h3&gt;&lt;p&gt;Neighbourhood tasking meetings for %s.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %s&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; %s&lt;/p&gt;&lt;p&gt;%s&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="280"/>
        <source>not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="281"/>
        <source>not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/main_window.py" line="286"/>
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
        <location filename="../tasking/ui/meeting/new_actions.py" line="53"/>
        <source>Raise an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="54"/>
        <source>Tab through the fields; Return raises the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="57"/>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="58"/>
        <source>What is to be done (Return raises it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="59"/>
        <source>Action type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="60"/>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="61"/>
        <source>Named officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="62"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="63"/>
        <source>Hotspot the action serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="64"/>
        <source>&amp;Raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="66"/>
        <source>W&amp;ithdraw the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="67"/>
        <source>Delete an action raised by mistake (undoable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="69"/>
        <source>Actions raised at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="90"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="91"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="92"/>
        <source>Owner a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="93"/>
        <source>Offi&amp;cer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="94"/>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="95"/>
        <source>Hots&amp;pot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="119"/>
        <source>Raised at this meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="144"/>
        <source>(no hotspot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="175"/>
        <source>(no named officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="208"/>
        <source>Raise action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="215"/>
        <source>Raise an action (last raised: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/new_actions.py" line="240"/>
        <source>Withdraw %1</source>
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
        <location filename="../tasking/ui/partnership/place.py" line="34"/>
        <source>Action statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="35"/>
        <source>Hotspot statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="36"/>
        <source>Protective markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="37"/>
        <source>Hotspot decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="38"/>
        <source>Action types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="39"/>
        <source>ASB tools and powers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="40"/>
        <source>Problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="41"/>
        <source>CSP priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="98"/>
        <location filename="../tasking/ui/partnership/place.py" line="133"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="100"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="102"/>
        <location filename="../tasking/ui/partnership/place.py" line="134"/>
        <location filename="../tasking/ui/partnership/place.py" line="176"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="130"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="131"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="132"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="165"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="166"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="169"/>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="174"/>
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
        <location filename="../tasking/ui/partnership/place.py" line="90"/>
        <source>New a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="90"/>
        <source>New agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="91"/>
        <source>S&amp;hort name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="91"/>
        <source>New agency short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="93"/>
        <source>Add a&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="104"/>
        <location filename="../tasking/ui/partnership/place.py" line="196"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="120"/>
        <source>New &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="120"/>
        <source>New person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="121"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="121"/>
        <source>New person&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="122"/>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="122"/>
        <source>New person&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="123"/>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="123"/>
        <source>New person&apos;s agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="125"/>
        <source>Add p&amp;erson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="136"/>
        <location filename="../tasking/ui/partnership/place.py" line="197"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="150"/>
        <source>Cl&amp;oses the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="151"/>
        <source>The new status closes the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="153"/>
        <source>New &amp;term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="153"/>
        <source>New term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="154"/>
        <source>Add &amp;term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="158"/>
        <source>What the new decision does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="178"/>
        <source>Vocabulary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="188"/>
        <source>&amp;Vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="188"/>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/partnership/place.py" line="198"/>
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
    <name>QProgressDialog</name>
    <message>
        <location filename="../tasking/ui/background.py" line="97"/>
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
    <name>ReviewSection</name>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="34"/>
        <source>Actions to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="39"/>
        <source>Status of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="40"/>
        <source>Update reported at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="42"/>
        <source>Ctrl+Return saves this review and moves to the next action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="43"/>
        <location filename="../tasking/ui/meeting/review.py" line="89"/>
        <source>&amp;Save and next (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="61"/>
        <source>Ne&amp;w status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="62"/>
        <source>&amp;Update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="89"/>
        <source>&amp;Next (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="107"/>
        <source>That was the last action to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="131"/>
        <source>No actions were carried forward to this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="140"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="141"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="143"/>
        <source>%1
Owner: %2 · Due: %3 · RAG: %4
Last update: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="152"/>
        <source>Action %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/meeting/review.py" line="181"/>
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
        <location filename="../tasking/ui/tracker/filter_bar.py" line="26"/>
        <source>Reference, words, officer, hotspot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="31"/>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="36"/>
        <source>Filte&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="36"/>
        <source>Filter actions by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="37"/>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="37"/>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="38"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="38"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="39"/>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="39"/>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="40"/>
        <source>Hots&amp;pot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="40"/>
        <source>Hotspot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="49"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="67"/>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="70"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="71"/>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="73"/>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/filter_bar.py" line="88"/>
        <source>All hotspots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerPlace</name>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="76"/>
        <source>Action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="107"/>
        <source>Status for the selected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="110"/>
        <source>Set status of se&amp;lected actions to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="112"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="113"/>
        <source>Apply the status to the selected actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="168"/>
        <source>Loading actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="191"/>
        <source>The actions could not be read: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="223"/>
        <source>Showing %s of %s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="324"/>
        <source>Set %s to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="326"/>
        <source>Set %s actions to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/tracker/place.py" line="347"/>
        <source>Change the due date of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerScopeDialog</name>
    <message>
        <location filename="../tasking/ui/exporting.py" line="40"/>
        <source>Export per-agency trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="42"/>
        <source>Export the action tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="45"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="49"/>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="58"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="58"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="59"/>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="59"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="60"/>
        <source>&amp;Protective marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tasking/ui/exporting.py" line="60"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
