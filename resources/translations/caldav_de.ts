<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>CalDavPublishDialog</name>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="41" />
            <source>The password is kept until Planner closes only, never written down: {problem}.</source>
            <translation>Das Passwort wird nur aufbewahrt, bis Planner geschlossen wird, und nirgends notiert: {problem}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="44" />
            <source>The password is kept in the system keyring ({keyring}), never in the database.</source>
            <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert ({keyring}), nie in der Datenbank.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="61" />
            <source>Planner puts the event and each agenda item into a calendar on a CalDAV server (Nextcloud, Radicale, Baïkal, SOGo, Fastmail, iCloud…). Partners subscribe to that calendar once and always see the current programme. Planner changes only the entries it published there, never your partners' own.</source>
            <translation>Planner trägt die Veranstaltung und jeden Punkt der Tagesordnung in einen Kalender auf einem CalDAV-Server ein (Nextcloud, Radicale, Baïkal, SOGo, Fastmail, iCloud…). Partner abonnieren diesen Kalender einmal und sehen immer das aktuelle Programm. Planner ändert dort nur die Einträge, die es selbst veröffentlicht hat, nie die eigenen Einträge Ihrer Partner.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="77" />
            <source>Calendar URL:</source>
            <translation>Kalender-URL:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="78" />
            <source>User name:</source>
            <translation>Benutzername:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="79" />
            <source>Password:</source>
            <translation>Passwort:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="85" />
            <source>Also publish each participant's personal calendar, each to a calendar of its own</source>
            <translation>Auch den persönlichen Kalender jeder teilnehmenden Person veröffentlichen, jeden in einem eigenen Kalender</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="91" />
            <source>Make them under:</source>
            <translation>Anlegen unter:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="93" />
            <source>Each of these calendars holds that person's travel and hotel. On the server, share each one with its person only, never with a group. The account you publish with can read them all.</source>
            <translation>Jeder dieser Kalender enthält Reise und Hotel der jeweiligen Person. Geben Sie jeden auf dem Server nur für diese eine Person frei, nie für eine Gruppe. Das Konto, mit dem Sie veröffentlichen, kann sie alle lesen.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="97" />
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="100" />
            <source>&amp;Publish</source>
            <translation>&amp;Veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="103" />
            <source>&amp;Stop publishing</source>
            <translation>Veröffentlichung b&amp;eenden</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="136" />
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="234" />
            <source>Type the password of {user}.</source>
            <translation>Geben Sie das Passwort von {user} ein.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="147" />
            <source>Connecting to {url}…</source>
            <translation>Verbindung mit {url} wird hergestellt…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="159" />
            <source>a connection test</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>ein Verbindungstest</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="180" />
            <source>The event is no longer published; the calendar on the server keeps its entries.</source>
            <translation>Die Veranstaltung wird nicht mehr veröffentlicht; der Kalender auf dem Server behält seine Einträge.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="215" />
            <source>Type the address under which the personal calendars are made.</source>
            <translation>Geben Sie die Adresse ein, unter der die persönlichen Kalender angelegt werden.</translation>
        </message>
    </context>
    <context>
        <name>CalDavPublishing</name>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="30" />
            <source>Publish to a calendar &amp;server…</source>
            <translation>Auf einem Kalender&amp;server veröffentlichen…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="33" />
            <source>Put the programme into a CalDAV calendar (Nextcloud, Radicale…) that partners subscribe to</source>
            <translation>Das Programm in einen CalDAV-Kalender (Nextcloud, Radicale…) eintragen, den Partner abonnieren</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="38" />
            <source>Publish &amp;now</source>
            <translation>&amp;Jetzt veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="40" />
            <source>Bring the published calendar up to date with the programme</source>
            <translation>Den veröffentlichten Kalender auf den Stand des Programms bringen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="34" />
            <source>Publish to a calendar server</source>
            <translation>Auf einem Kalenderserver veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="35" />
            <source>Cannot publish the calendar</source>
            <translation>Der Kalender kann nicht veröffentlicht werden</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="252" />
            <source>{error}

Nothing was changed on the server.</source>
            <translation>{error}

Auf dem Server wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="261" />
            <source>publishing</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>die Veröffentlichung</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="262" />
            <source>Publishing to {url}…</source>
            <translation>Veröffentlichung auf {url}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="276" />
            <source>The calendar at {url} was up to date: nothing was written (%n entries).</source>
            <translation>
                <numerusform>Der Kalender unter {url} war aktuell: Es wurde nichts geschrieben (%n Eintrag).</numerusform>
                <numerusform>Der Kalender unter {url} war aktuell: Es wurde nichts geschrieben (%n Einträge).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="284" />
            <source>Published to {url}:</source>
            <translation>Veröffentlicht auf {url}:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="285" />
            <source>%n created</source>
            <translation>
                <numerusform>%n erstellt</numerusform>
                <numerusform>%n erstellt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="286" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n aktualisiert</numerusform>
                <numerusform>%n aktualisiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="287" />
            <source>%n removed</source>
            <translation>
                <numerusform>%n entfernt</numerusform>
                <numerusform>%n entfernt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="291" />
            <source>Left as they are, changed on the server by someone else since Planner published them: {titles}</source>
            <translation>Unverändert gelassen, da seit der Veröffentlichung durch Planner von jemand anderem auf dem Server geändert: {titles}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="298" />
            <source>{problem}

What was written before is recorded: publish again to finish.</source>
            <translation>{problem}

Was zuvor geschrieben wurde, ist festgehalten: Veröffentlichen Sie erneut, um den Rest zu übertragen.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="313" />
            <source>Replace them with the programme?</source>
            <translation>Sollen sie durch das Programm ersetzt werden?</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="340" />
            <source>Personal calendar of {name}: {done}</source>
            <translation>Persönlicher Kalender von {name}: {done}</translation>
        </message>
    </context>
</TS>
