<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>CalDavPublishDialog</name>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="41" />
            <source>The password is kept until Planner closes only, never written down: {problem}.</source>
            <translation>Le mot de passe n'est conservé que jusqu'à la fermeture de Planner, jamais écrit nulle part : {problem}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="44" />
            <source>The password is kept in the system keyring ({keyring}), never in the database.</source>
            <translation>Le mot de passe est conservé dans le trousseau du système ({keyring}), jamais dans la base de données.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="61" />
            <source>Planner puts the event and each agenda item into a calendar on a CalDAV server (Nextcloud, Radicale, Baïkal, SOGo, Fastmail, iCloud…). Partners subscribe to that calendar once and always see the current programme. Planner changes only the entries it published there, never your partners' own.</source>
            <translation>Planner place l'événement et chaque point de l'ordre du jour dans un calendrier sur un serveur CalDAV (Nextcloud, Radicale, Baïkal, SOGo, Fastmail, iCloud…). Les partenaires s'abonnent une fois à ce calendrier et voient toujours le programme à jour. Planner ne modifie que les éléments qu'il y a publiés, jamais ceux de vos partenaires.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="77" />
            <source>Calendar URL:</source>
            <translation>URL du calendrier :</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="78" />
            <source>User name:</source>
            <translation>Nom d'utilisateur :</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="79" />
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="85" />
            <source>Also publish each participant's personal calendar, each to a calendar of its own</source>
            <translation>Publier aussi le calendrier personnel de chaque participant, chacun dans un calendrier distinct</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="91" />
            <source>Make them under:</source>
            <translation>Les créer sous :</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="93" />
            <source>Each of these calendars holds that person's travel and hotel. On the server, share each one with its person only, never with a group. The account you publish with can read them all.</source>
            <translation>Chacun de ces calendriers contient les trajets et l'hôtel de la personne concernée. Sur le serveur, partagez chacun uniquement avec cette personne, jamais avec un groupe. Le compte avec lequel vous publiez peut tous les lire.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="97" />
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="100" />
            <source>&amp;Publish</source>
            <translation>&amp;Publier</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="103" />
            <source>&amp;Stop publishing</source>
            <translation>&amp;Arrêter la publication</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="136" />
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="234" />
            <source>Type the password of {user}.</source>
            <translation>Saisissez le mot de passe de {user}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="147" />
            <source>Connecting to {url}…</source>
            <translation>Connexion à {url}…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="159" />
            <source>a connection test</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>un test de connexion</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="180" />
            <source>The event is no longer published; the calendar on the server keeps its entries.</source>
            <translation>L'événement n'est plus publié ; le calendrier sur le serveur conserve ses éléments.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="215" />
            <source>Type the address under which the personal calendars are made.</source>
            <translation>Saisissez l'adresse sous laquelle les calendriers personnels sont créés.</translation>
        </message>
    </context>
    <context>
        <name>CalDavPublishing</name>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="30" />
            <source>Publish to a calendar &amp;server…</source>
            <translation>Publier sur un &amp;serveur de calendrier…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="33" />
            <source>Put the programme into a CalDAV calendar (Nextcloud, Radicale…) that partners subscribe to</source>
            <translation>Placer le programme dans un calendrier CalDAV (Nextcloud, Radicale…) auquel les partenaires s'abonnent</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="38" />
            <source>Publish &amp;now</source>
            <translation>Publier mai&amp;ntenant</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="40" />
            <source>Bring the published calendar up to date with the programme</source>
            <translation>Mettre le calendrier publié à jour avec le programme</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="34" />
            <source>Publish to a calendar server</source>
            <translation>Publier sur un serveur de calendrier</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="35" />
            <source>Cannot publish the calendar</source>
            <translation>Impossible de publier le calendrier</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="252" />
            <source>{error}

Nothing was changed on the server.</source>
            <translation>{error}

Rien n'a été modifié sur le serveur.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="261" />
            <source>publishing</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>une publication</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="262" />
            <source>Publishing to {url}…</source>
            <translation>Publication sur {url}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="276" />
            <source>The calendar at {url} was up to date: nothing was written (%n entries).</source>
            <translation>
                <numerusform>Le calendrier à l'adresse {url} était à jour : rien n'a été écrit (%n élément).</numerusform>
                <numerusform>Le calendrier à l'adresse {url} était à jour : rien n'a été écrit (%n éléments).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="284" />
            <source>Published to {url}:</source>
            <translation>Publié sur {url} :</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="285" />
            <source>%n created</source>
            <translation>
                <numerusform>%n créé</numerusform>
                <numerusform>%n créés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="286" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n mis à jour</numerusform>
                <numerusform>%n mis à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="287" />
            <source>%n removed</source>
            <translation>
                <numerusform>%n supprimé</numerusform>
                <numerusform>%n supprimés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="291" />
            <source>Left as they are, changed on the server by someone else since Planner published them: {titles}</source>
            <translation>Laissés tels quels, car modifiés sur le serveur par quelqu'un d'autre depuis leur publication par Planner : {titles}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="298" />
            <source>{problem}

What was written before is recorded: publish again to finish.</source>
            <translation>{problem}

Ce qui a été écrit auparavant est enregistré : publiez à nouveau pour terminer.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="313" />
            <source>Replace them with the programme?</source>
            <translation>Les remplacer par le programme ?</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="340" />
            <source>Personal calendar of {name}: {done}</source>
            <translation>Calendrier personnel de {name} : {done}</translation>
        </message>
    </context>
</TS>
