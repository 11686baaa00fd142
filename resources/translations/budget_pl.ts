<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AllowancesDialog</name>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="35"/>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="140"/>
        <source>Allowances and unit costs</source>
        <translation>Diety i koszty jednostkowe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="49"/>
        <source>Add rate…</source>
        <translation>Dodaj stawkę…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="51"/>
        <source>Delete rate</source>
        <translation>Usuń stawkę</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="59"/>
        <source>Add as costs</source>
        <translation>Dodaj jako koszty</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="61"/>
        <source>Add each amount as a cost charged to this funder; those added before are not added again</source>
        <translation>Dodaje każdą kwotę jako koszt przypisany do tego podmiotu finansującego; kwoty dodane wcześniej nie są dodawane ponownie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="71"/>
        <source>Funder:</source>
        <translation>Podmiot finansujący:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="84"/>
        <source>The funder's rates</source>
        <translation>Stawki podmiotu finansującego</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="89"/>
        <source>What the rates give each traveller: days from the first departure to the last arrival (without travel, the nights of their stays + 1); distance from where their travel starts to the event's city</source>
        <translation>Co stawki dają każdej osobie podróżującej: dni od pierwszego wyjazdu do ostatniego przyjazdu (bez podróży: noclegi + 1); odległość od miejsca rozpoczęcia podróży do miasta wydarzenia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="136"/>
        <source>%n cost line(s) added.</source>
        <translation>
            <numerusform>Dodano %n pozycję kosztów.</numerusform>
            <numerusform>Dodano %n pozycje kosztów.</numerusform>
            <numerusform>Dodano %n pozycji kosztów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="141"/>
        <source>These allowances are costs already: nothing was added.</source>
        <translation>Te kwoty są już wśród kosztów: nic nie dodano.</translation>
    </message>
</context>
<context>
    <name>AllowancesModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="116"/>
        <source>Daily allowance</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="117"/>
        <source>Travel (distance band)</source>
        <translation>Podróż (przedział odległości)</translation>
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
        <translation>Osoba podróżująca</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="133"/>
        <source>Allowance</source>
        <translation>Świadczenie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="134"/>
        <source>Worked out from</source>
        <translation>Obliczono na podstawie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="136"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="42"/>
        <source>Funder</source>
        <translation>Podmiot finansujący</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="43"/>
        <source>as the costs name it in “Funded by”</source>
        <translation>tak jak w polu „Źródło finansowania” kosztów</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="45"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="48"/>
        <source>Planned amount</source>
        <translation>Planowana kwota</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="50"/>
        <source>e.g. 4800.00</source>
        <translation>np. 4800.00</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="54"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="55"/>
        <source>e.g. {currency}</source>
        <translation>np. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="57"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="65"/>
        <source>Add budget line</source>
        <translation>Dodaj pozycję budżetu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="74"/>
        <source>Change budget line</source>
        <translation>Zmień pozycję budżetu</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="39"/>
        <source>Funder</source>
        <translation>Podmiot finansujący</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="40"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="41"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="43"/>
        <source>Planned</source>
        <translation>Planowane</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="49"/>
        <source>Spent</source>
        <translation>Wydane</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="55"/>
        <source>Left</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="61"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="63"/>
        <source>Over budget</source>
        <translation>Przekroczenie budżetu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="65"/>
        <source>Not in the budget</source>
        <translation>Poza budżetem</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="40"/>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="75"/>
        <source>Add budget line…</source>
        <translation>Dodaj pozycję budżetu…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="77"/>
        <source>Change…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="79"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="81"/>
        <source>Allowances…</source>
        <translation>Diety…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="83"/>
        <source>Daily allowances and unit costs a funder pays travellers, added as costs</source>
        <translation>Diety i koszty jednostkowe, które podmiot finansujący wypłaca osobom podróżującym, dodane jako koszty</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="86"/>
        <source>Cost report…</source>
        <translation>Zestawienie kosztów…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="88"/>
        <source>One funder's costs line by line for the auditor, as PDF or Excel workbook</source>
        <translation>Koszty jednego podmiotu finansującego pozycja po pozycji dla audytora, jako PDF lub skoroszyt Excel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="94"/>
        <source>No budget yet. Add what each funder is planned to pay per category with “Add budget line”; costs charged to a funder (“Funded by”) are set against it.</source>
        <translation>Brak budżetu. Za pomocą „Dodaj pozycję budżetu” wpisz, ile każdy podmiot finansujący ma zapłacić w danej kategorii; koszty przypisane do podmiotu („Źródło finansowania”) są z tym porównywane.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="136"/>
        <source>{funder}: {spent} of {planned} {currency} spent, {left} left</source>
        <translation>{funder}: wydano {spent} z {planned} {currency}, pozostało {left}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="144"/>
        <source>over budget</source>
        <translation>przekroczenie budżetu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="189"/>
        <source>Delete the budget of {funder} for {category} in {currency}?</source>
        <translation>Usunąć budżet {funder} w kategorii {category} w walucie {currency}?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="192"/>
        <source>Delete budget line</source>
        <translation>Usuń pozycję budżetu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="210"/>
        <location filename="../../planner/ui/budget/page.py" line="217"/>
        <location filename="../../planner/ui/budget/page.py" line="232"/>
        <source>Cost report</source>
        <translation>Zestawienie kosztów</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="211"/>
        <source>No cost or budget line names a funder yet: fill in “Funded by” first.</source>
        <translation>Żaden koszt ani pozycja budżetu nie wskazuje jeszcze podmiotu finansującego: najpierw wypełnij „Źródło finansowania”.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="217"/>
        <source>Funder:</source>
        <translation>Podmiot finansujący:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="223"/>
        <source>Save cost report</source>
        <translation>Zapisz zestawienie kosztów</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="225"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>Dokument PDF (*.pdf);;Skoroszyt Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="24"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="27"/>
        <source>Paid to</source>
        <translation>Odbiorca płatności</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="28"/>
        <source>e.g. the hotel, the caterer</source>
        <translation>np. hotel, firma cateringowa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="32"/>
        <source>Evidence</source>
        <translation>Dowód księgowy</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="33"/>
        <source>e.g. invoice or receipt number</source>
        <translation>np. numer faktury lub paragonu</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="84"/>
        <source>Funder</source>
        <translation>Podmiot finansujący</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="87"/>
        <source>Paid</source>
        <translation>Wypłacane</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="90"/>
        <source>per day away</source>
        <translation>za każdy dzień wyjazdu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="91"/>
        <source>per journey, by distance band</source>
        <translation>za podróż, według przedziału odległości</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="96"/>
        <source>Band from (km)</source>
        <translation>Przedział od (km)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="97"/>
        <source>distance bands only, e.g. 500</source>
        <translation>tylko przedziały odległości, np. 500</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="101"/>
        <source>Band to (km)</source>
        <translation>Przedział do (km)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="102"/>
        <source>empty: and farther</source>
        <translation>puste: i dalej</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="106"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="108"/>
        <source>e.g. 80.00</source>
        <translation>np. 80.00</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="112"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="113"/>
        <source>e.g. {currency}</source>
        <translation>np. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="120"/>
        <source>Add rate</source>
        <translation>Dodaj stawkę</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="89"/>
        <source>Per day away</source>
        <translation>Za każdy dzień wyjazdu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="91"/>
        <source>Journey of {start} km or more</source>
        <translation>Podróż od {start} km</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="92"/>
        <source>Journey of {start}–{end} km</source>
        <translation>Podróż od {start} do {end} km</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="101"/>
        <source>Rate</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="103"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
</context>
</TS>
