<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>ForgetPersonDialog</name>
    <message>
        <source>Forget {name}</source>
        <translation>Zapomnij: {name}</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonimizuj</translation>
    </message>
    <message>
        <source>{name} cannot be erased or anonymised yet: a funder&apos;s evidence holds them.</source>
        <translation>Osoby {name} nie można jeszcze usunąć ani zanonimizować: dotyczy jej dokumentacja dla podmiotu finansującego.</translation>
    </message>
    <message>
        <source>Kept because:</source>
        <translation>Przechowywane, ponieważ:</translation>
    </message>
    <message>
        <source>{name} takes part in no event a funder&apos;s evidence must keep: they can be erased from this database.</source>
        <translation>Osoba {name} nie uczestniczy w żadnym wydarzeniu, którego dokumentację trzeba przechowywać dla podmiotu finansującego: można ją usunąć z tej bazy danych.</translation>
    </message>
    <message>
        <source>The evidence of {name}&apos;s funded events is no longer kept: they can be anonymised, their events keeping them as statistics.</source>
        <translation>Dokumentacja finansowanych wydarzeń osoby {name} nie jest już przechowywana: można ją zanonimizować, a wydarzenia zachowają ją w statystykach.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Usuwane:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Zachowywane:</translation>
    </message>
    <message>
        <source>Until Planner is closed, Edit &gt; Undo brings everything back; then it is final.</source>
        <translation>Do zamknięcia programu Planner polecenie Edycja &gt; Cofnij przywraca wszystko; potem zmiana jest ostateczna.</translation>
    </message>
    <message>
        <source>Erase {name}</source>
        <translation>Usuń: {name}</translation>
    </message>
    <message>
        <source>Erase {name} and the records only about them from this database now?</source>
        <translation>Usunąć teraz z tej bazy danych osobę {name} i zapisy dotyczące tylko jej?</translation>
    </message>
    <message>
        <source>Anonymise {name}</source>
        <translation>Anonimizuj: {name}</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s name and contact details from this database now? Their events keep them as statistics.</source>
        <translation>Usunąć teraz z tej bazy danych imię i nazwisko oraz dane kontaktowe osoby {name}? Wydarzenia zachowają ją w statystykach.</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <source>a ZIP archive</source>
        <translation>archiwum ZIP</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Export personal data…</source>
        <translation>Eksportuj dane osobowe…</translation>
    </message>
    <message>
        <source>Save everything held about the selected person as one ZIP file</source>
        <translation>Zapisz wszystko, co jest przechowywane o wybranej osobie, w jednym pliku ZIP</translation>
    </message>
    <message>
        <source>Forget this person…</source>
        <translation>Zapomnij tę osobę…</translation>
    </message>
    <message>
        <source>Erase or anonymise the selected person, after showing what that does</source>
        <translation>Usuń lub zanonimizuj wybraną osobę po pokazaniu, co to oznacza</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <source>Export or forget the selected person&apos;s data</source>
        <translation>Eksportuj lub zapomnij dane wybranej osoby</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Eksport danych osobowych</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archiwa ZIP (*.zip)</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>Nie udało się zapisać pliku {file}.

{error}</translation>
    </message>
</context>
</TS>
