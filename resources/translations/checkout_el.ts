<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
    <context>
        <name>EventView</name>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Checked out by {author} to a laptop copy since {time} UTC: changes are refused until it is checked in ({copy}).</source>
            <translation>Έχει αναληφθεί σε αντίγραφο φορητού από {author} από {time} UTC: οι αλλαγές απορρίπτονται μέχρι να επιστραφεί ({copy}).</translation>
        </message>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Read-only: a copy of the shared event. Check it out to this copy to change it (planner checkout); changes are refused until then.</source>
            <translation>Μόνο για ανάγνωση: αντίγραφο της κοινόχρηστης εκδήλωσης. Κάντε ανάληψή της (check-out) σε αυτό το αντίγραφο για να την αλλάξετε (planner checkout)· μέχρι τότε οι αλλαγές απορρίπτονται.</translation>
        </message>
    </context>
    <context>
        <name>RoadCopiesMenu</name>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check &amp;out to a laptop copy…</source>
            <translation>Ανάληψη σε αντί&amp;γραφο φορητού…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check &amp;in a laptop copy…</source>
            <translation>Επιστρο&amp;φή αντιγράφου φορητού…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check out to a laptop copy</source>
            <translation>Ανάληψη σε αντίγραφο φορητού</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Planner databases (*.sqlite)</source>
            <translation>Βάσεις δεδομένων Planner (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>The event is checked out to {path}. Open that file on the laptop to change the event there; nobody can change it here until it is checked in.</source>
            <translation>Η εκδήλωση έχει αναληφθεί στο {path}. Ανοίξτε αυτό το αρχείο στον φορητό για να την αλλάξετε εκεί· κανείς δεν μπορεί να την αλλάξει εδώ μέχρι να επιστραφεί.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check in a laptop copy</source>
            <translation>Επιστροφή αντιγράφου φορητού</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Bring these changes back and release the events?</source>
            <translation>Να μεταφερθούν αυτές οι αλλαγές και να αποδεσμευτούν οι εκδηλώσεις;</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>The conflicts (the server's values were kept) are listed in {path}.</source>
            <translation>Οι συγκρούσεις (διατηρήθηκαν οι τιμές του διακομιστή) αναφέρονται στο {path}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>{added} added, {changed} changed, {removed} removed, {other} rows of speakers, attendance and messages made as on the laptop; conflicts: {conflicts}</source>
            <translation>{added} προστέθηκαν, {changed} άλλαξαν, {removed} αφαιρέθηκαν, {other} γραμμές ομιλητών, παρουσιών και μηνυμάτων όπως στον φορητό· συγκρούσεις: {conflicts}</translation>
        </message>
    </context>
</TS>
