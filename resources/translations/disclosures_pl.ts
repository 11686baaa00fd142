<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>DisclosuresDialog</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Do kogo</translation>
    </message>
    <message>
        <source>File, printer or server</source>
        <translation>Plik, drukarka lub serwer</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Czyje dane</translation>
    </message>
    <message>
        <source>CSV lists (*.csv);;All files (*)</source>
        <translation>Listy CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>i jeszcze {count}</translation>
    </message>
    <message>
        <source>What left this laptop</source>
        <translation>Co opuściło ten komputer</translation>
    </message>
    <message>
        <source>Every file of personal data Planner wrote, every document it printed and every e-mail it sent, with whose data it held: newest first.</source>
        <translation>Każdy plik z danymi osobowymi zapisany przez Planner, każdy wydrukowany dokument i każdy wysłany e-mail, wraz z osobami, których dane zawierał: od najnowszych.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Wszystkie wydarzenia</translation>
    </message>
    <message>
        <source>Name or e-mail address</source>
        <translation>Imię i nazwisko lub adres e-mail</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Wydarzenie:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Osoba:</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;ksportuj jako CSV…</translation>
    </message>
    <message>
        <source>Save what is listed as a CSV list, for a spreadsheet</source>
        <translation>Zapisz wyświetlone pozycje jako listę CSV do arkusza kalkulacyjnego</translation>
    </message>
    <message>
        <source>Nothing has left this laptop yet, as far as Planner knows.</source>
        <translation>Według wiedzy programu Planner nic jeszcze nie opuściło tego komputera.</translation>
    </message>
    <message>
        <source>Nothing that left names “{text}”.</source>
        <translation>Nic z tego, co opuściło komputer, nie wymienia „{text}”.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Eksportuj jako CSV</translation>
    </message>
    <message>
        <source>Cannot export the record</source>
        <translation>Nie można wyeksportować rejestru</translation>
    </message>
</context>
<context>
    <name>DisclosuresMenu</name>
    <message>
        <source>What &amp;left this laptop…</source>
        <translation>Co opuściło ten &amp;komputer…</translation>
    </message>
    <message>
        <source>Every file of personal data written, document printed and e-mail sent, with whose data it held</source>
        <translation>Każdy zapisany plik z danymi osobowymi, wydrukowany dokument i wysłany e-mail, wraz z osobami, których dane zawierał</translation>
    </message>
</context>
</TS>
