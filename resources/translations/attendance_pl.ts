<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
    <context>
        <name>ProgrammeDialog</name>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Import…</source>
            <translation>Importuj…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>None</source>
            <translation>Brak</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Import a picture</source>
            <translation>Importuj obraz</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Obrazy (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Cannot import the picture</source>
            <translation>Nie można zaimportować obrazu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>{file}: is not a PNG, JPEG or SVG picture Planner can read.</source>
            <translation>{file}: nie jest obrazem PNG, JPEG ani SVG, który Planner potrafi odczytać.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme details</source>
            <translation>Dane programu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Shown on every document of the events of this programme: on signature sheets, on every page.</source>
            <translation>Widoczne na każdym dokumencie wydarzeń tego programu, a na arkuszach podpisów na każdej stronie.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>e.g. Interreg Europe, COSME, Erasmus+</source>
            <translation>np. Interreg Europe, COSME, Erasmus+</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>e.g. 101083928</source>
            <translation>np. 101083928</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Programme</source>
            <translation>&amp;Program</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Funding statement</source>
            <translation>Informacja o &amp;finansowaniu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Grant agreement number</source>
            <translation>Numer umowy o udzielenie &amp;dotacji</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme's &amp;logo</source>
            <translation>&amp;Logo programu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Funder's &amp;emblem</source>
            <translation>&amp;Emblemat podmiotu finansującego</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme: please write the programme's name.</source>
            <translation>Program: proszę wpisać nazwę programu.</translation>
        </message>
    </context>
    <context>
        <name>DoorCheckIn</name>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Attendance</source>
            <translation>Obecność</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Signed &amp;morning and afternoon apart</source>
            <translation>Podpisy przed południem i po południu &amp;osobno</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Morning</source>
            <translation>Przed południem</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Afternoon</source>
            <translation>Po południu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Ticked at the door</source>
            <translation>Odhaczone przy wejściu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>From a signed sheet</source>
            <translation>Z podpisanego arkusza</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Type a name to find it</source>
            <translation>Wpisz nazwisko, aby znaleźć osobę</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Day</source>
            <translation>&amp;Dzień</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Part of the day</source>
            <translation>&amp;Część dnia</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Source</source>
            <translation>Ź&amp;ródło</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Find</source>
            <translation>&amp;Szukaj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Present: {present} of {total}</source>
            <translation>Obecni: {present} z {total}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>&amp;Programme details…</source>
            <translation>Dane &amp;programu…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>&amp;Attendance…</source>
            <translation>&amp;Obecność…</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../planner/ui/overview.py" />
            <source>Logos, funding statement, grant number…</source>
            <translation>Logo, informacja o finansowaniu, nr umowy…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/overview.py" />
            <source>The programme's logos, funding statement and grant agreement number</source>
            <translation>Logo, informacja o finansowaniu i numer umowy o udzielenie dotacji dla programu</translation>
        </message>
    </context>
</TS>
