<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>CalDavPublishDialog</name>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="41" />
            <source>The password is kept until Planner closes only, never written down: {problem}.</source>
            <translation>Hasło jest przechowywane tylko do zamknięcia programu Planner i nigdzie nie jest zapisywane: {problem}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="44" />
            <source>The password is kept in the system keyring ({keyring}), never in the database.</source>
            <translation>Hasło jest przechowywane w systemowym pęku kluczy ({keyring}), nigdy w bazie danych.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="61" />
            <source>Planner puts the event and each agenda item into a calendar on a CalDAV server (Nextcloud, Radicale, Baïkal, SOGo, Fastmail, iCloud…). Partners subscribe to that calendar once and always see the current programme. Planner changes only the entries it published there, never your partners' own.</source>
            <translation>Planner umieszcza wydarzenie i każdy punkt programu w kalendarzu na serwerze CalDAV (Nextcloud, Radicale, Baïkal, SOGo, Fastmail, iCloud…). Partnerzy subskrybują ten kalendarz raz i zawsze widzą aktualny program. Planner zmienia tam tylko pozycje, które sam opublikował, nigdy własnych pozycji partnerów.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="77" />
            <source>Calendar URL:</source>
            <translation>Adres URL kalendarza:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="78" />
            <source>User name:</source>
            <translation>Nazwa użytkownika:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="79" />
            <source>Password:</source>
            <translation>Hasło:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="85" />
            <source>Also publish each participant's personal calendar, each to a calendar of its own</source>
            <translation>Publikuj także osobisty kalendarz każdego uczestnika, każdy w osobnym kalendarzu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="91" />
            <source>Make them under:</source>
            <translation>Adres, pod którym zostaną utworzone:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="93" />
            <source>Each of these calendars holds that person's travel and hotel. On the server, share each one with its person only, never with a group. The account you publish with can read them all.</source>
            <translation>Każdy z tych kalendarzy zawiera podróże i hotel danej osoby. Na serwerze każdy z nich należy udostępnić wyłącznie tej osobie, nigdy grupie. Konto używane do publikowania ma dostęp do wszystkich.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="97" />
            <source>&amp;Test connection</source>
            <translation>&amp;Sprawdź połączenie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="100" />
            <source>&amp;Publish</source>
            <translation>&amp;Opublikuj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="103" />
            <source>&amp;Stop publishing</source>
            <translation>&amp;Zakończ publikowanie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="136" />
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="234" />
            <source>Type the password of {user}.</source>
            <translation>Proszę wpisać hasło użytkownika {user}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="147" />
            <source>Connecting to {url}…</source>
            <translation>Łączenie z {url}…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="159" />
            <source>a connection test</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>sprawdzanie połączenia</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="180" />
            <source>The event is no longer published; the calendar on the server keeps its entries.</source>
            <translation>Wydarzenie nie jest już publikowane; kalendarz na serwerze zachowuje swoje pozycje.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="215" />
            <source>Type the address under which the personal calendars are made.</source>
            <translation>Należy wpisać adres, pod którym zostaną utworzone kalendarze osobiste.</translation>
        </message>
    </context>
    <context>
        <name>CalDavPublishing</name>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="30" />
            <source>Publish to a calendar &amp;server…</source>
            <translation>Opublikuj na &amp;serwerze kalendarzy…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="33" />
            <source>Put the programme into a CalDAV calendar (Nextcloud, Radicale…) that partners subscribe to</source>
            <translation>Umieść program w kalendarzu CalDAV (Nextcloud, Radicale…), który subskrybują partnerzy</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="38" />
            <source>Publish &amp;now</source>
            <translation>Opublikuj &amp;teraz</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="40" />
            <source>Bring the published calendar up to date with the programme</source>
            <translation>Zaktualizuj opublikowany kalendarz zgodnie z programem</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="34" />
            <source>Publish to a calendar server</source>
            <translation>Publikowanie na serwerze kalendarzy</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="35" />
            <source>Cannot publish the calendar</source>
            <translation>Nie można opublikować kalendarza</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="252" />
            <source>{error}

Nothing was changed on the server.</source>
            <translation>{error}

Na serwerze niczego nie zmieniono.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="261" />
            <source>publishing</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>publikowanie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="262" />
            <source>Publishing to {url}…</source>
            <translation>Publikowanie na {url}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="276" />
            <source>The calendar at {url} was up to date: nothing was written (%n entries).</source>
            <translation>
                <numerusform>Kalendarz pod adresem {url} był aktualny: niczego nie zapisano (%n pozycja).</numerusform>
                <numerusform>Kalendarz pod adresem {url} był aktualny: niczego nie zapisano (%n pozycje).</numerusform>
                <numerusform>Kalendarz pod adresem {url} był aktualny: niczego nie zapisano (%n pozycji).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="284" />
            <source>Published to {url}:</source>
            <translation>Opublikowano na {url}:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="285" />
            <source>%n created</source>
            <translation>
                <numerusform>utworzone: %n</numerusform>
                <numerusform>utworzone: %n</numerusform>
                <numerusform>utworzone: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="286" />
            <source>%n updated</source>
            <translation>
                <numerusform>zaktualizowane: %n</numerusform>
                <numerusform>zaktualizowane: %n</numerusform>
                <numerusform>zaktualizowane: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="287" />
            <source>%n removed</source>
            <translation>
                <numerusform>usunięte: %n</numerusform>
                <numerusform>usunięte: %n</numerusform>
                <numerusform>usunięte: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="291" />
            <source>Left as they are, changed on the server by someone else since Planner published them: {titles}</source>
            <translation>Pozostawione bez zmian, ponieważ ktoś inny zmienił je na serwerze po opublikowaniu przez Planner: {titles}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="298" />
            <source>{problem}

What was written before is recorded: publish again to finish.</source>
            <translation>{problem}

To, co zapisano wcześniej, zostało odnotowane: proszę opublikować ponownie, aby dokończyć.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="313" />
            <source>Replace them with the programme?</source>
            <translation>Czy zastąpić je programem?</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="340" />
            <source>Personal calendar of {name}: {done}</source>
            <translation>Kalendarz osobisty – {name}: {done}</translation>
        </message>
    </context>
</TS>
