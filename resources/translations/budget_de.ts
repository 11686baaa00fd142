<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AllowancesDialog</name>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="35"/>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="140"/>
        <source>Allowances and unit costs</source>
        <translation>Tagegelder und Pauschalen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="49"/>
        <source>Add rate…</source>
        <translation>Satz hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="51"/>
        <source>Delete rate</source>
        <translation>Satz löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="59"/>
        <source>Add as costs</source>
        <translation>Als Kosten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="61"/>
        <source>Add each amount as a cost charged to this funder; those added before are not added again</source>
        <translation>Jeden Betrag als Kosten dieses Fördergebers hinzufügen; bereits hinzugefügte werden nicht erneut hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="71"/>
        <source>Funder:</source>
        <translation>Fördergeber:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="84"/>
        <source>The funder's rates</source>
        <translation>Sätze des Fördergebers</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="89"/>
        <source>What the rates give each traveller: days from the first departure to the last arrival (without travel, the nights of their stays + 1); distance from where their travel starts to the event's city</source>
        <translation>Was die Sätze jeder reisenden Person ergeben: Tage von der ersten Abreise bis zur letzten Ankunft (ohne Reisen die Übernachtungen + 1); Entfernung vom Ausgangsort der Reise bis zum Ort der Veranstaltung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="136"/>
        <source>%n cost line(s) added.</source>
        <translation>
            <numerusform>%n Kostenposition hinzugefügt.</numerusform>
            <numerusform>%n Kostenpositionen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="141"/>
        <source>These allowances are costs already: nothing was added.</source>
        <translation>Diese Beträge sind bereits als Kosten erfasst: Es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>AllowancesModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="116"/>
        <source>Daily allowance</source>
        <translation>Tagegeld</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="117"/>
        <source>Travel (distance band)</source>
        <translation>Reise (Entfernungsstufe)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="122"/>
        <source>{days} × {rate}</source>
        <translation>{days} × {rate}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="125"/>
        <source>{distance} km</source>
        <translation>{distance} km</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="132"/>
        <source>Traveller</source>
        <translation>Reisende Person</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="133"/>
        <source>Allowance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="134"/>
        <source>Worked out from</source>
        <translation>Berechnet aus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="136"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="42"/>
        <source>Funder</source>
        <translation>Fördergeber</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="43"/>
        <source>as the costs name it in “Funded by”</source>
        <translation>wie bei den Kosten unter „Finanziert durch“ angegeben</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="45"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="48"/>
        <source>Planned amount</source>
        <translation>Geplanter Betrag</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="50"/>
        <source>e.g. 4800.00</source>
        <translation>z. B. 4800.00</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="54"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="55"/>
        <source>e.g. {currency}</source>
        <translation>z. B. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="57"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="65"/>
        <source>Add budget line</source>
        <translation>Budgetposten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="74"/>
        <source>Change budget line</source>
        <translation>Budgetposten ändern</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="39"/>
        <source>Funder</source>
        <translation>Fördergeber</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="40"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="41"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="43"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="49"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="55"/>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="61"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="63"/>
        <source>Over budget</source>
        <translation>Budget überschritten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="65"/>
        <source>Not in the budget</source>
        <translation>Nicht im Budget</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="40"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="75"/>
        <source>Add budget line…</source>
        <translation>Budgetposten hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="77"/>
        <source>Change…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="79"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="81"/>
        <source>Allowances…</source>
        <translation>Tagegelder…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="83"/>
        <source>Daily allowances and unit costs a funder pays travellers, added as costs</source>
        <translation>Tagegelder und Pauschalen, die ein Fördergeber Reisenden zahlt, als Kosten hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="86"/>
        <source>Cost report…</source>
        <translation>Kostenbericht…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="88"/>
        <source>One funder's costs line by line for the auditor, as PDF or Excel workbook</source>
        <translation>Die Kosten eines Fördergebers Posten für Posten für die Prüfung, als PDF oder Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="94"/>
        <source>No budget yet. Add what each funder is planned to pay per category with “Add budget line”; costs charged to a funder (“Funded by”) are set against it.</source>
        <translation>Noch kein Budget. Erfassen Sie mit „Budgetposten hinzufügen“, was jeder Fördergeber je Kategorie zahlen soll; die Kosten eines Fördergebers („Finanziert durch“) werden damit verglichen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="136"/>
        <source>{funder}: {spent} of {planned} {currency} spent, {left} left</source>
        <translation>{funder}: {spent} von {planned} {currency} ausgegeben, {left} verbleibend</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="144"/>
        <source>over budget</source>
        <translation>Budget überschritten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="189"/>
        <source>Delete the budget of {funder} for {category} in {currency}?</source>
        <translation>Das Budget von {funder} für {category} in {currency} löschen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="192"/>
        <source>Delete budget line</source>
        <translation>Budgetposten löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="210"/>
        <location filename="../../planner/ui/budget/page.py" line="217"/>
        <location filename="../../planner/ui/budget/page.py" line="232"/>
        <source>Cost report</source>
        <translation>Kostenbericht</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="211"/>
        <source>No cost or budget line names a funder yet: fill in “Funded by” first.</source>
        <translation>Noch keine Kosten und kein Budgetposten nennen einen Fördergeber: Füllen Sie zuerst „Finanziert durch“ aus.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="217"/>
        <source>Funder:</source>
        <translation>Fördergeber:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="223"/>
        <source>Save cost report</source>
        <translation>Kostenbericht speichern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="225"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF-Dokument (*.pdf);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="24"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="27"/>
        <source>Paid to</source>
        <translation>Zahlungsempfänger</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="28"/>
        <source>e.g. the hotel, the caterer</source>
        <translation>z. B. Hotel, Caterer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="32"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="33"/>
        <source>e.g. invoice or receipt number</source>
        <translation>z. B. Rechnungs- oder Belegnummer</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="84"/>
        <source>Funder</source>
        <translation>Fördergeber</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="87"/>
        <source>Paid</source>
        <translation>Gezahlt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="90"/>
        <source>per day away</source>
        <translation>pro Tag der Reise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="91"/>
        <source>per journey, by distance band</source>
        <translation>pro Reise, nach Entfernungsstufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="96"/>
        <source>Band from (km)</source>
        <translation>Stufe ab (km)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="97"/>
        <source>distance bands only, e.g. 500</source>
        <translation>nur Entfernungsstufen, z. B. 500</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="101"/>
        <source>Band to (km)</source>
        <translation>Stufe bis (km)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="102"/>
        <source>empty: and farther</source>
        <translation>leer: und weiter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="106"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="108"/>
        <source>e.g. 80.00</source>
        <translation>z. B. 80.00</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="112"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="113"/>
        <source>e.g. {currency}</source>
        <translation>z. B. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="120"/>
        <source>Add rate</source>
        <translation>Satz hinzufügen</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="89"/>
        <source>Per day away</source>
        <translation>Pro Tag der Reise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="91"/>
        <source>Journey of {start} km or more</source>
        <translation>Reise ab {start} km</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="92"/>
        <source>Journey of {start}–{end} km</source>
        <translation>Reise von {start} bis {end} km</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="101"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="103"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
</TS>
