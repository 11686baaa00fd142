<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ActionsView</name>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarMenu</name>
    <message numerus="yes">
        <source>%n personal calendars written to {folder}</source>
        <translation>
            <numerusform>%n personal calendars written to {folder}</numerusform>
            <numerusform>%n personal calendars written to {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPlanDialog</name>
    <message numerus="yes">
        <source>{file} is a newer calendar of “{title}”. Importing it makes these %n changes:</source>
        <translation>
            <numerusform>{file} is a newer calendar of “{title}”. Importing it makes these %n changes:</numerusform>
            <numerusform>{file} is a newer calendar of “{title}”. Importing it makes these %n changes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message numerus="yes">
        <source>The %n participant(s) selected in the Participants tab</source>
        <translation>
            <numerusform>The %n participant selected in the Participants tab</numerusform>
            <numerusform>The %n participants selected in the Participants tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message numerus="yes">
        <source>%n page(s) · {paper}</source>
        <translation>
            <numerusform>%n page · {paper}</numerusform>
            <numerusform>%n pages · {paper}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}</source>
        <translation>
            <numerusform>Sent %n page to {printer}</numerusform>
            <numerusform>Sent %n pages to {printer}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Printed %n page</numerusform>
            <numerusform>Printed %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>• … and %n more</source>
        <translation>
            <numerusform>• … and %n more</numerusform>
            <numerusform>• … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message numerus="yes">
        <source>%n event(s), the newest: {event}</source>
        <translation>
            <numerusform>%n event, the newest: {event}</numerusform>
            <numerusform>%n events, the newest: {event}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message numerus="yes">
        <source>Only the %n selected participants</source>
        <translation>
            <numerusform>Only the %n selected participants</numerusform>
            <numerusform>Only the %n selected participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the document for the %n participants selected in the Participants tab</source>
        <translation>
            <numerusform>Make the document for the %n participants selected in the Participants tab</numerusform>
            <numerusform>Make the document for the %n participants selected in the Participants tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n saved</numerusform>
            <numerusform>%n saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (stopped)</source>
        <translation>
            <numerusform>%n not sent (stopped)</numerusform>
            <numerusform>%n not sent (stopped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got nothing</source>
        <translation>
            <numerusform>%n got nothing</numerusform>
            <numerusform>%n got nothing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new invitation(s)</source>
        <translation>
            <numerusform>%n new invitation</numerusform>
            <numerusform>%n new invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n update</numerusform>
            <numerusform>%n updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s)</source>
        <translation>
            <numerusform>%n cancellation</numerusform>
            <numerusform>%n cancellations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete message(s)</source>
        <translation>
            <numerusform>%n incomplete message</numerusform>
            <numerusform>%n incomplete messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to send: none of the %n people listed is due a message.</source>
        <translation>
            <numerusform>Nothing to send: none of the %n people listed is due a message.</numerusform>
            <numerusform>Nothing to send: none of the %n people listed is due a message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver.</source>
        <translation>
            <numerusform>%n message to deliver.</numerusform>
            <numerusform>%n messages to deliver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver: {what}.</source>
        <translation>
            <numerusform>%n message to deliver: {what}.</numerusform>
            <numerusform>%n messages to deliver: {what}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people get nothing (see why below).</source>
        <translation>
            <numerusform>%n people get nothing (see why below).</numerusform>
            <numerusform>%n people get nothing (see why below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalCalendarsDialog</name>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A calendar for each of the %n participants selected ({names}), one file each in a folder you choose: the programme with their own items marked, their travel and hotel.</source>
        <translation>
            <numerusform>A calendar for each of the %n participants selected ({names}), one file each in a folder you choose: the programme with their own items marked, their travel and hotel.</numerusform>
            <numerusform>A calendar for each of the %n participants selected ({names}), one file each in a folder you choose: the programme with their own items marked, their travel and hotel.</numerusform>
        </translation>
    </message>
</context>
</TS>