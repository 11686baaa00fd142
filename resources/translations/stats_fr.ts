<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>StatisticsDialog</name>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="69" />
            <source>Statistics</source>
            <translation>Statistiques</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="78" />
            <source>This event: {title}</source>
            <translation>Cet événement : {title}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="80" />
            <source>All events</source>
            <translation>Tous les événements</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="83" />
            <source>Programme: {programme}</source>
            <translation>Programme : {programme}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="85" />
            <source>Only events starting from</source>
            <translation>Seulement les événements commençant entre le</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="90" />
            <source>to</source>
            <translation>et le</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="92" />
            <source>&amp;Figures of:</source>
            <translation>&amp;Chiffres de :</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="109" />
            <source>In numbers</source>
            <translation>En chiffres</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="110" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="111" />
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="112" />
            <source>Types of organisation</source>
            <translation>Types d’organisation</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="113" />
            <source>New or returning</source>
            <translation>Nouveaux ou récurrents</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="114" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="126" />
            <source>Save as &amp;PDF…</source>
            <translation>Enregistrer en &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="128" />
            <source>Save as &amp;Excel…</source>
            <translation>Enregistrer en &amp;Excel…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="194" />
            <source>No event is in this selection.</source>
            <translation>Cette sélection ne contient aucun événement.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="196" />
            <source>Counted: the people who attended, as recorded.</source>
            <translation>Sont comptées les personnes présentes, telles qu’enregistrées.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="199" />
            <source>Attendance has not been recorded: counted are the people who were coming.</source>
            <translation>La présence n’a pas été enregistrée : sont comptées les personnes attendues.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="1" />
            <source>Counted: at events whose attendance is recorded, the people who attended; at the others, the people who were coming.</source>
            <translation>Sont comptées : pour les événements dont la présence est enregistrée, les personnes présentes ; pour les autres, les personnes attendues.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="1" />
            <source>Returning: took part in an earlier event of the same programme (for an event without a programme, in any earlier event).</source>
            <translation>Récurrents : ont participé à un événement antérieur du même programme (pour un événement sans programme, à tout événement antérieur).</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="222" />
            <source>Events held</source>
            <translation>Événements tenus</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="223" />
            <source>Participations in joint actions</source>
            <translation>Participations à des actions conjointes</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="224" />
            <source>Different people</source>
            <translation>Personnes différentes</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="227" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="229" />
            <source>Of them women</source>
            <translation>Dont femmes</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="230" />
            <source>New to the network</source>
            <translation>Nouveaux dans le réseau</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="231" />
            <source>Organisations involved (participants' and hosts)</source>
            <translation>Organisations impliquées (des participants et hôtes)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="232" />
            <source>Countries of the participants</source>
            <translation>Pays des participants</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="236" />
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="236" />
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="245" />
            <source>Not known</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="247" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="251" />
            <source>No organisation</source>
            <translation>Sans organisation</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="254" />
            <source>Type of organisation</source>
            <translation>Type d’organisation</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="113" />
            <source>New</source>
            <translation>Nouveaux</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="209" />
            <source>Returning</source>
            <translation>Récurrents</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="114" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="262" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="196" />
            <source>Counted</source>
            <translation>Comptés</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="273" />
            <source>attended</source>
            <translation>présents</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="275" />
            <source>coming</source>
            <translation>attendus</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="294" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="300" />
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="335" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="339" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="347" />
            <source>Save the statistics</source>
            <translation>Enregistrer les statistiques</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="354" />
            <source>Cannot save the statistics</source>
            <translation>Impossible d’enregistrer les statistiques</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="367" />
            <source>{file} could not be saved.

{error}</source>
            <translation>Impossible d’enregistrer {file}.

{error}</translation>
        </message>
    </context>
</TS>
