<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>EventView</name>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Checked out by {author} to a laptop copy since {time} UTC: changes are refused until it is checked in ({copy}).</source>
            <translation>Extrait par {author} vers une copie sur ordinateur portable depuis le {time} UTC : les modifications sont refusées jusqu'à sa réintégration ({copy}).</translation>
        </message>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Read-only: a copy of the shared event. Check it out to this copy to change it (planner checkout); changes are refused until then.</source>
            <translation>Lecture seule : copie de l'événement partagé. Extrayez-le vers cette copie pour le modifier (planner checkout) ; d'ici là, les modifications sont refusées.</translation>
        </message>
    </context>
    <context>
        <name>RoadCopiesMenu</name>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check &amp;out to a laptop copy…</source>
            <translation>Extraire vers une c&amp;opie sur l'ordinateur portable…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check &amp;in a laptop copy…</source>
            <translation>Réintégrer une cop&amp;ie de l'ordinateur portable…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check out to a laptop copy</source>
            <translation>Extraire vers une copie sur l'ordinateur portable</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Planner databases (*.sqlite)</source>
            <translation>Bases de données Planner (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>The event is checked out to {path}. Open that file on the laptop to change the event there; nobody can change it here until it is checked in.</source>
            <translation>L'événement est extrait vers {path}. Ouvrez ce fichier sur l'ordinateur portable pour y modifier l'événement ; personne ne peut le modifier ici avant sa réintégration.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check in a laptop copy</source>
            <translation>Réintégrer une copie de l'ordinateur portable</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Bring these changes back and release the events?</source>
            <translation>Rapporter ces modifications et libérer les événements ?</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>The conflicts (the server's values were kept) are listed in {path}.</source>
            <translation>Les conflits (les valeurs du serveur ont été conservées) sont listés dans {path}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>{added} added, {changed} changed, {removed} removed, {other} rows of speakers, attendance and messages made as on the laptop; conflicts: {conflicts}</source>
            <translation>{added} ajoutés, {changed} modifiés, {removed} supprimés, {other} lignes d'intervenants, de présences et de messages reprises de l'ordinateur portable ; conflits : {conflicts}</translation>
        </message>
    </context>
</TS>
