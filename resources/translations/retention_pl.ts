<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AuditDateField</name>
    <message>
        <source>The funder's evidence of this programme's events (names, organisations, signed sheets) is kept until this day; after it Planner proposes anonymising them. Empty: not known yet, kept.</source>
        <translation>Dowody dla grantodawcy dotyczące wydarzeń tego programu (nazwiska, organizacje, podpisane listy) są przechowywane do tego dnia; potem Planner proponuje ich anonimizację. Puste: data jeszcze nieznana, dowody są przechowywane.</translation>
    </message>
    <message>
        <source>Empty while not known: the evidence is kept.</source>
        <translation>Puste, dopóki data nie jest znana: dowody są przechowywane.</translation>
    </message>
    <message>
        <source>Evidence kept &amp;until</source>
        <translation>Dowody przechowywane &amp;do</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Before removing personal data</source>
        <translation>Przed usunięciem danych osobowych</translation>
    </message>
</context>
<context>
    <name>DataProtectionDialog</name>
    <message numerus="yes">
        <source>{event} ({day}): the dietary and access needs of %n participant(s)</source>
        <translation>
            <numerusform>{event} ({day}): potrzeby żywieniowe i w zakresie dostępności %n uczestnika</numerusform><numerusform>{event} ({day}): potrzeby żywieniowe i w zakresie dostępności %n uczestników</numerusform><numerusform>{event} ({day}): potrzeby żywieniowe i w zakresie dostępności %n uczestników</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{event} ({day}): the names, positions, e-mail addresses, phone numbers and needs of %n participant(s); their countries, organisations and genders stay for the statistics</source>
        <translation>
            <numerusform>{event} ({day}): imię i nazwisko, stanowisko, adres e-mail, telefon i potrzeby %n uczestnika; kraj, organizacja i płeć pozostają na potrzeby statystyk</numerusform><numerusform>{event} ({day}): imiona i nazwiska, stanowiska, adresy e-mail, telefony i potrzeby %n uczestników; kraje, organizacje i płeć pozostają na potrzeby statystyk</numerusform><numerusform>{event} ({day}): imiona i nazwiska, stanowiska, adresy e-mail, telefony i potrzeby %n uczestników; kraje, organizacje i płeć pozostają na potrzeby statystyk</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) keep their needs: they come to a later event</source>
        <translation>
            <numerusform>%n uczestnik zachowuje swoje potrzeby: bierze udział w późniejszym wydarzeniu</numerusform><numerusform>%n uczestników zachowuje swoje potrzeby: biorą udział w późniejszym wydarzeniu</numerusform><numerusform>%n uczestników zachowuje swoje potrzeby: biorą udział w późniejszym wydarzeniu</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) stay named: another event whose records are still kept lists them</source>
        <translation>
            <numerusform>%n uczestnik pozostaje z nazwiskiem: figuruje w innym wydarzeniu, którego dane są nadal przechowywane</numerusform><numerusform>%n uczestników pozostaje z nazwiskiem: figurują w innym wydarzeniu, którego dane są nadal przechowywane</numerusform><numerusform>%n uczestników pozostaje z nazwiskiem: figurują w innym wydarzeniu, którego dane są nadal przechowywane</numerusform></translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Ochrona danych</translation>
    </message>
    <message>
        <source>Dietary and access needs are health data. Planner proposes removing them a set time after each event, and the names and contact details of an event's participants once its programme's audit date has passed (the statistics stay). Nothing is removed until you agree.</source>
        <translation>Potrzeby żywieniowe i w zakresie dostępności to dane dotyczące zdrowia. Planner proponuje ich usunięcie po określonym czasie od każdego wydarzenia, a imion, nazwisk i danych kontaktowych uczestników wydarzenia – po upływie daty audytu jego programu (statystyki pozostają). Nic nie zostanie usunięte bez Pana/Pani zgody.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Days needs are kept after each event</source>
        <translation>Liczba dni przechowywania potrzeb po każdym wydarzeniu</translation>
    </message>
    <message>
        <source>&amp;Keep dietary and access needs for</source>
        <translation>&amp;Przechowuj potrzeby żywieniowe i w zakresie dostępności przez</translation>
    </message>
    <message>
        <source>after each event's last day</source>
        <translation>po ostatnim dniu każdego wydarzenia</translation>
    </message>
    <message>
        <source>An event may keep them longer or shorter: see its Overview.</source>
        <translation>Wydarzenie może przechowywać je dłużej lub krócej: zobacz jego Przegląd.</translation>
    </message>
    <message>
        <source>Past its retention date</source>
        <translation>Po upływie terminu przechowywania</translation>
    </message>
    <message>
        <source>Nothing is past its retention date.</source>
        <translation>Nic nie przekroczyło terminu przechowywania.</translation>
    </message>
    <message>
        <source>&amp;Remove checked…</source>
        <translation>&amp;Usuń zaznaczone…</translation>
    </message>
    <message>
        <source>Removed so far</source>
        <translation>Dotychczas usunięte</translation>
    </message>
    <message>
        <source>Due since {day}</source>
        <translation>Do wykonania od {day}</translation>
    </message>
    <message>
        <source>an event since deleted</source>
        <translation>wydarzenie usunięte później</translation>
    </message>
    <message>
        <source>Nothing has been removed yet.</source>
        <translation>Nic jeszcze nie usunięto.</translation>
    </message>
    <message>
        <source>A backup is made first. Edit ▸ Undo brings it all back until you close Planner.</source>
        <translation>Najpierw tworzona jest kopia zapasowa. Edycja ▸ Cofnij przywraca wszystko do czasu zamknięcia programu Planner.</translation>
    </message>
    <message>
        <source>Remove personal data?</source>
        <translation>Usunąć dane osobowe?</translation>
    </message>
    <message>
        <source>This will be removed:</source>
        <translation>Zostanie usunięte:</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Nic nie usunięto</translation>
    </message>
    <message>
        <source>{problem}.

Without a backup, nothing was removed.</source>
        <translation>{problem}.

Bez kopii zapasowej nic nie usunięto.</translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n item(s).</source>
        <translation>
            <numerusform>Usunięto: %n pozycję.</numerusform><numerusform>Usunięto: %n pozycje.</numerusform><numerusform>Usunięto: %n pozycji.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) kept: a later event, or another event whose records are still kept, needs them.</source>
        <translation>
            <numerusform>Zachowano %n uczestnika: potrzebuje go późniejsze wydarzenie lub inne wydarzenie, którego dane są nadal przechowywane.</numerusform><numerusform>Zachowano %n uczestników: potrzebuje ich późniejsze wydarzenie lub inne wydarzenie, którego dane są nadal przechowywane.</numerusform><numerusform>Zachowano %n uczestników: potrzebuje ich późniejsze wydarzenie lub inne wydarzenie, którego dane są nadal przechowywane.</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Catering needs</source>
        <translation>Potrzeby dla firmy cateringowej</translation>
    </message>
    <message>
        <source>catering needs</source>
        <translation>potrzeby dla firmy cateringowej</translation>
    </message>
    <message>
        <source>Dietary and access needs counted, without names, for the caterer</source>
        <translation>Potrzeby żywieniowe i w zakresie dostępności zliczone, bez nazwisk, dla firmy cateringowej</translation>
    </message>
    <message>
        <source>Cat&amp;ering needs…</source>
        <translation>Potrzeby dla firmy cat&amp;eringowej…</translation>
    </message>
</context>
<context>
    <name>HealthData</name>
    <message numerus="yes">
        <source>Health data: kept for catering and access only, and removed %n day(s) after the person's last event (an event may set its own time), once you agree in File ▸ Data protection…</source>
        <translation>
            <numerusform>Dane dotyczące zdrowia: przechowywane wyłącznie na potrzeby cateringu i dostępności, usuwane %n dzień po ostatnim wydarzeniu danej osoby (wydarzenie może mieć własny termin), po wyrażeniu zgody w menu Plik ▸ Ochrona danych…</numerusform><numerusform>Dane dotyczące zdrowia: przechowywane wyłącznie na potrzeby cateringu i dostępności, usuwane %n dni po ostatnim wydarzeniu danej osoby (wydarzenie może mieć własny termin), po wyrażeniu zgody w menu Plik ▸ Ochrona danych…</numerusform><numerusform>Dane dotyczące zdrowia: przechowywane wyłącznie na potrzeby cateringu i dostępności, usuwane %n dni po ostatnim wydarzeniu danej osoby (wydarzenie może mieć własny termin), po wyrażeniu zgody w menu Plik ▸ Ochrona danych…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Health data · removed %n day(s) after the event</source>
        <translation>
            <numerusform>Dane dotyczące zdrowia · usuwane %n dzień po wydarzeniu</numerusform><numerusform>Dane dotyczące zdrowia · usuwane %n dni po wydarzeniu</numerusform><numerusform>Dane dotyczące zdrowia · usuwane %n dni po wydarzeniu</numerusform></translation>
    </message>
</context>
<context>
    <name>NeedsKept</name>
    <message>
        <source> days after the last day</source>
        <translation> dni po ostatnim dniu</translation>
    </message>
    <message>
        <source>Days dietary and access needs are kept</source>
        <translation>Liczba dni przechowywania potrzeb żywieniowych i w zakresie dostępności</translation>
    </message>
    <message>
        <source>Health data: Planner proposes removing them this many days after the event's last day. The lowest choice follows the database (File ▸ Data protection…).</source>
        <translation>Dane dotyczące zdrowia: Planner proponuje ich usunięcie po tylu dniach od ostatniego dnia wydarzenia. Najniższa wartość oznacza ustawienie bazy danych (Plik ▸ Ochrona danych…).</translation>
    </message>
    <message numerus="yes">
        <source>As the database says (%n day(s))</source>
        <translation>
            <numerusform>Jak w bazie danych (%n dzień)</numerusform><numerusform>Jak w bazie danych (%n dni)</numerusform><numerusform>Jak w bazie danych (%n dni)</numerusform></translation>
    </message>
    <message>
        <source>The event was anonymised on {day}.</source>
        <translation>Wydarzenie zostało zanonimizowane {day}.</translation>
    </message>
    <message>
        <source>Removed on {day}.</source>
        <translation>Usunięte {day}.</translation>
    </message>
    <message>
        <source>Health data: proposed for removal from {day}.</source>
        <translation>Dane dotyczące zdrowia: proponowane do usunięcia od {day}.</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Potrzeby żywieniowe i w zakresie dostępności</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Names beside the needs</source>
        <translation>Nazwiska obok potrzeb</translation>
    </message>
    <message>
        <source>Dietary and access needs are health data: give names only if the caterer must know</source>
        <translation>Potrzeby żywieniowe i w zakresie dostępności to dane dotyczące zdrowia: podawaj nazwiska tylko wtedy, gdy firma cateringowa musi je znać</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Personal data kept past the time set for it: review what to remove</source>
        <translation>Dane osobowe przechowywane dłużej niż ustalono: sprawdź, co usunąć</translation>
    </message>
    <message>
        <source>Data &amp;protection…</source>
        <translation>&amp;Ochrona danych…</translation>
    </message>
    <message>
        <source>How long dietary and access needs are kept, and what is due for removal</source>
        <translation>Jak długo przechowywane są potrzeby żywieniowe i w zakresie dostępności oraz co należy usunąć</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) past their retention date</source>
        <translation>
            <numerusform>%n wydarzenie po upływie terminu przechowywania</numerusform><numerusform>%n wydarzenia po upływie terminu przechowywania</numerusform><numerusform>%n wydarzeń po upływie terminu przechowywania</numerusform></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Przejrzyj…</translation>
    </message>
</context>
</TS>
