<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../planner/ui/context.py" line="110"/>
        <source>Cannot save this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/context.py" line="112"/>
        <source>Cannot {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/context.py" line="114"/>
        <source>The database is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/context.py" line="147"/>
        <source>{path}: opened read-only; nothing was changed. To make changes, close it in the other Planner (or make the file writable), then open it again with File ▸ Open database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryLine</name>
    <message>
        <location filename="../../planner/ui/country_line.py" line="17"/>
        <source>e.g. Greece, Ελλάδα or GR: a name in any European language, or the code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventNavigator</name>
    <message>
        <location filename="../../planner/ui/navigator.py" line="82"/>
        <source>Search events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/navigator.py" line="99"/>
        <source>No event matches &apos;{}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/navigator.py" line="122"/>
        <source>Directory of people and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/navigator.py" line="123"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/navigator.py" line="133"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/navigator.py" line="134"/>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/navigator.py" line="135"/>
        <source>By programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/navigator.py" line="148"/>
        <source>No programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <location filename="../../planner/ui/event_view.py" line="32"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/event_view.py" line="33"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/event_view.py" line="34"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/event_view.py" line="35"/>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/event_view.py" line="36"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../../planner/ui/forms.py" line="133"/>
        <source>No {field} matches &apos;{}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../../planner/ui/help/getting_started.py" line="21"/>
        <source>&lt;h2&gt;Getting started with Planner&lt;/h2&gt; &lt;p&gt;Planner keeps your workshops, partner meetings, study visits and conferences in one database on this computer: each event with its days, venue and time zone, its programme, who takes part, their travel and hotels, and what was decided. Every change is saved at once, and &lt;b&gt;Edit ▸ Undo&lt;/b&gt; (Ctrl+Z) takes it back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/getting_started.py" line="29"/>
        <source>&lt;h3&gt;The events and their five tabs&lt;/h3&gt; &lt;p&gt;Choose an event on the left, or create one with &lt;b&gt;Event ▸ New event&lt;/b&gt; (Ctrl+N). It opens in five tabs (Alt+1 to Alt+5):&lt;/p&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Overview&lt;/b&gt;: the event&apos;s details, related events, and what needs attention: conflicts, people without travel or a hotel, invitations not answered, actions overdue. Click a line to go there.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Agenda&lt;/b&gt;: the programme day by day, as a list or a timeline. Drag a block to move it, or its bottom edge to change its length; from the keyboard, Alt+Up/Down and Alt+Shift+Up/Down.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Participants&lt;/b&gt;: who is invited and coming, with their role, status and needs. Add people from the Directory, or import a list with &lt;b&gt;File ▸ Participant lists&lt;/b&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Logistics&lt;/b&gt;: each person&apos;s travel and hotel, arrivals and departures, and costs.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Minutes&lt;/b&gt;: the summary, conclusions, decisions and actions, with owners and due days.&lt;/li&gt; &lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/getting_started.py" line="47"/>
        <source>&lt;h3&gt;Invitations and messages&lt;/h3&gt; &lt;p&gt;&lt;b&gt;Calendar ▸ Send invitations…&lt;/b&gt; e-mails each participant a calendar invitation and says first who gets a new one, an update, a cancellation or nothing. Their answers come back with &lt;b&gt;Calendar ▸ Fetch replies from mailbox…&lt;/b&gt; (or &lt;b&gt;Import replies to invitations…&lt;/b&gt;, for replies saved as files). &lt;b&gt;Calendar ▸ Send a message…&lt;/b&gt; sends a letter from a template (practical information, a reminder, a thank-you). The mail server is set once in &lt;b&gt;Edit ▸ Mail settings…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/getting_started.py" line="57"/>
        <source>&lt;h3&gt;Documents&lt;/h3&gt; &lt;p&gt;The &lt;b&gt;Documents&lt;/b&gt; menu previews, prints or saves as PDF the agenda, participant and signature lists, badges, itineraries and the conclusions report (Ctrl+P opens the agenda).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/getting_started.py" line="63"/>
        <source>&lt;p&gt;Every keyboard shortcut is listed in &lt;b&gt;Help ▸ Keyboard shortcuts&lt;/b&gt;; this page stays in &lt;b&gt;Help ▸ Getting started&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/getting_started.py" line="75"/>
        <location filename="../../planner/ui/help/getting_started.py" line="79"/>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/accessibility.py" line="19"/>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/accessibility.py" line="20"/>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/accessibility.py" line="21"/>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/accessibility.py" line="22"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/accessibility.py" line="23"/>
        <source>Scroll left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/accessibility.py" line="24"/>
        <source>Scroll right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/accessibility.py" line="39"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/app.py" line="40"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/app.py" line="41"/>
        <source>{error}

Your data is safe: everything before this was saved, and the unfinished change was not. Details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/app.py" line="83"/>
        <source>Planner opens the default database instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/auto_backup.py" line="45"/>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/auto_backup.py" line="46"/>
        <source>{problem}.

The database is open and every change is still saved. Try File ▸ Back up now later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/shortcuts_dialog.py" line="99"/>
        <location filename="../../planner/ui/main_window.py" line="218"/>
        <source>Show the {tab} tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="66"/>
        <source>Choose an event on the left, or create one with Event ▸ New event (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="90"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="92"/>
        <source>Opened read-only: nothing can be changed. Close it where it is open, then open it again to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="152"/>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="156"/>
        <source>Create an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="159"/>
        <source>&amp;Delete event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="164"/>
        <location filename="../../planner/ui/main_window.py" line="235"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="168"/>
        <location filename="../../planner/ui/main_window.py" line="240"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="174"/>
        <location filename="../../planner/ui/main_window.py" line="234"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="175"/>
        <location filename="../../planner/ui/main_window.py" line="239"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="187"/>
        <source>&amp;Find event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="191"/>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="195"/>
        <source>People and organisations of all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="199"/>
        <source>Open &amp;actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="203"/>
        <source>Open actions of all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="208"/>
        <source>&amp;{number} {tab}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="222"/>
        <source>Import participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="224"/>
        <source>Add participants from a CSV or Excel list, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="228"/>
        <source>Export participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="230"/>
        <source>Save the participant list as an Excel or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="235"/>
        <source>&amp;Undo {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="240"/>
        <source>&amp;Redo {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="262"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="263"/>
        <source>Planner will speak the language chosen from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="272"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="279"/>
        <source>&amp;Participant lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="287"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="289"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="295"/>
        <source>&amp;Mail settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="297"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="302"/>
        <source>E&amp;vent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="312"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="316"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="319"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="321"/>
        <source>Every keyboard shortcut, and where it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="325"/>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="327"/>
        <source>What Planner keeps, and where to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="332"/>
        <source>&amp;About Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="335"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/main_window.py" line="426"/>
        <source>%n event(s) · read-only {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/main_window.py" line="428"/>
        <source>%n event(s) · saved in {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="455"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="456"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="457"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="458"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="461"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="463"/>
        <source>e.g. Kraków: the time zone follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="465"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="475"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="494"/>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="495"/>
        <source>Delete “{title}” with its agenda, participants, travel, stays, costs and minutes?

People and organisations stay in the Directory. You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="506"/>
        <source>Cannot delete the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="531"/>
        <source>{file} — Read-only — Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="533"/>
        <source>{file} — Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="556"/>
        <source>About Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="557"/>
        <source>&lt;b&gt;Planner {version}&lt;/b&gt;&lt;p&gt;Plan workshops, partner meetings, study visits and conferences.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../planner/ui/overview.py" line="52"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="53"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="54"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="55"/>
        <location filename="../../planner/ui/overview.py" line="454"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="56"/>
        <location filename="../../planner/ui/overview.py" line="455"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="57"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="58"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="59"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="60"/>
        <location filename="../../planner/ui/overview.py" line="456"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="61"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="62"/>
        <source>Host organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="63"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="64"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="65"/>
        <source>Organiser e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="66"/>
        <source>About the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="67"/>
        <source>Objectives (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="78"/>
        <source>Click to see the conflicts, below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="79"/>
        <location filename="../../planner/ui/overview.py" line="80"/>
        <source>Click to go to the first of them in the Logistics tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="81"/>
        <source>Click to list them in the Participants tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="82"/>
        <source>Click to see the first in the Minutes tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/overview.py" line="91"/>
        <source>{names} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="146"/>
        <source>e.g. the organiser&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="161"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="163"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="169"/>
        <source>Related events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="179"/>
        <source>Conflicts and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="184"/>
        <location filename="../../planner/ui/overview.py" line="189"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="299"/>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="312"/>
        <source>Press Enter or double-click to open this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="321"/>
        <source>Click to go to the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="325"/>
        <source>No conflicts found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="361"/>
        <source>Cannot save this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="424"/>
        <source>{city} is in {zone}. &lt;a href=&quot;{link}&quot;&gt;Use this time zone&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="442"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="445"/>
        <source>Event in Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="451"/>
        <source>…or its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="452"/>
        <source>Only for an event not in Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="463"/>
        <source>Add a related event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/overview.py" line="487"/>
        <source>the people whose invitation is not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../planner/ui/preferences_dialog.py" line="20"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences_dialog.py" line="24"/>
        <source>System language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences_dialog.py" line="30"/>
        <source>Planner speaks the language chosen from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences_dialog.py" line="36"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="35"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="36"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="37"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="38"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="39"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="40"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="41"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="30"/>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="31"/>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="12"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="13"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="14"/>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="15"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="16"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="17"/>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="18"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="19"/>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="20"/>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="21"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="22"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="23"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="24"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="25"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="26"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="27"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="28"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="29"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="42"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="43"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="44"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="45"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="46"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="47"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="48"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_words.py" line="49"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <location filename="../../planner/ui/search_combo.py" line="84"/>
        <source>Nothing matches &apos;{}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../planner/ui/help/shortcuts_dialog.py" line="30"/>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/shortcuts_dialog.py" line="43"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/shortcuts_dialog.py" line="109"/>
        <source>{tab} tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/shortcuts_dialog.py" line="113"/>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/shortcuts_dialog.py" line="114"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/shortcuts_dialog.py" line="124"/>
        <location filename="../../planner/ui/help/shortcuts_dialog.py" line="128"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/shortcuts_dialog.py" line="130"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/shortcuts_dialog.py" line="130"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/help/shortcuts_dialog.py" line="150"/>
        <source>A tab&apos;s keys work while the tab is shown; the others, everywhere in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts.py" line="71"/>
        <location filename="../../planner/ui/shortcuts.py" line="73"/>
        <location filename="../../planner/ui/shortcuts.py" line="76"/>
        <location filename="../../planner/ui/shortcuts.py" line="78"/>
        <location filename="../../planner/ui/shortcuts.py" line="82"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts.py" line="71"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts.py" line="74"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts.py" line="76"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts.py" line="79"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts.py" line="83"/>
        <source>Fit the page&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <location filename="../../planner/ui/status_chips.py" line="104"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../planner/ui/tasks.py" line="60"/>
        <source>{task} is still running; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/tasks.py" line="102"/>
        <source>{task} stopped on an unexpected error ({error}); nothing was changed. Details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/tasks.py" line="206"/>
        <source>an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/tasks.py" line="289"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/tasks.py" line="305"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/tasks.py" line="333"/>
        <source>Quit Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/tasks.py" line="334"/>
        <source>{task} is running. Stop it and quit?

Nothing of it will be saved or written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <location filename="../../planner/ui/zone_picker.py" line="78"/>
        <source>No time zone or place matches &apos;{}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/zone_picker.py" line="81"/>
        <source>Type a city, an airport or a country: Athens, ATH, Greece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/zone_picker.py" line="83"/>
        <source>Type a city, an airport or a country, in any of the usual European languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/zone_picker.py" line="152"/>
        <source>Planner does not know where “{place}” is: check the time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
