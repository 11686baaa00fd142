<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>AllowancesDialog</name>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="35"/>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="140"/>
        <source>Allowances and unit costs</source>
        <translation>Ημερήσιες αποζημιώσεις και μοναδιαίες δαπάνες</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="49"/>
        <source>Add rate…</source>
        <translation>Προσθήκη συντελεστή…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="51"/>
        <source>Delete rate</source>
        <translation>Διαγραφή συντελεστή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="59"/>
        <source>Add as costs</source>
        <translation>Προσθήκη στις δαπάνες</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="61"/>
        <source>Add each amount as a cost charged to this funder; those added before are not added again</source>
        <translation>Προσθέτει κάθε ποσό ως δαπάνη που χρεώνεται σε αυτόν τον χρηματοδότη· όσα έχουν ήδη προστεθεί δεν προστίθενται ξανά</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="71"/>
        <source>Funder:</source>
        <translation>Χρηματοδότης:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="84"/>
        <source>The funder's rates</source>
        <translation>Συντελεστές του χρηματοδότη</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="89"/>
        <source>What the rates give each traveller: days from the first departure to the last arrival (without travel, the nights of their stays + 1); distance from where their travel starts to the event's city</source>
        <translation>Τι αποδίδουν οι συντελεστές σε κάθε ταξιδιώτη: ημέρες από την πρώτη αναχώρηση έως την τελευταία άφιξη (χωρίς ταξίδια, οι διανυκτερεύσεις + 1)· απόσταση από την αφετηρία του ταξιδιού έως την πόλη της εκδήλωσης</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="136"/>
        <source>%n cost line(s) added.</source>
        <translation>
            <numerusform>Προστέθηκε %n γραμμή δαπάνης.</numerusform>
            <numerusform>Προστέθηκαν %n γραμμές δαπανών.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="141"/>
        <source>These allowances are costs already: nothing was added.</source>
        <translation>Αυτές οι αποζημιώσεις υπάρχουν ήδη στις δαπάνες: δεν προστέθηκε τίποτα.</translation>
    </message>
</context>
<context>
    <name>AllowancesModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="116"/>
        <source>Daily allowance</source>
        <translation>Ημερήσια αποζημίωση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="117"/>
        <source>Travel (distance band)</source>
        <translation>Ταξίδι (κλιμάκιο απόστασης)</translation>
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
        <translation>Ταξιδιώτης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="133"/>
        <source>Allowance</source>
        <translation>Αποζημίωση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="134"/>
        <source>Worked out from</source>
        <translation>Υπολογισμός από</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="136"/>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="42"/>
        <source>Funder</source>
        <translation>Χρηματοδότης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="43"/>
        <source>as the costs name it in “Funded by”</source>
        <translation>όπως αναγράφεται στο «Χρηματοδότηση» των δαπανών</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="45"/>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="48"/>
        <source>Planned amount</source>
        <translation>Προβλεπόμενο ποσό</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="50"/>
        <source>e.g. 4800.00</source>
        <translation>π.χ. 4800.00</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="54"/>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="55"/>
        <source>e.g. {currency}</source>
        <translation>π.χ. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="57"/>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="65"/>
        <source>Add budget line</source>
        <translation>Προσθήκη γραμμής προϋπολογισμού</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="74"/>
        <source>Change budget line</source>
        <translation>Αλλαγή γραμμής προϋπολογισμού</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="39"/>
        <source>Funder</source>
        <translation>Χρηματοδότης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="40"/>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="41"/>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="43"/>
        <source>Planned</source>
        <translation>Προβλεπόμενο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="49"/>
        <source>Spent</source>
        <translation>Εκτελεσμένο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="55"/>
        <source>Left</source>
        <translation>Υπόλοιπο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="61"/>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="63"/>
        <source>Over budget</source>
        <translation>Υπέρβαση προϋπολογισμού</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="65"/>
        <source>Not in the budget</source>
        <translation>Εκτός προϋπολογισμού</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="40"/>
        <source>Budget</source>
        <translation>Προϋπολογισμός</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="75"/>
        <source>Add budget line…</source>
        <translation>Προσθήκη γραμμής προϋπολογισμού…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="77"/>
        <source>Change…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="79"/>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="81"/>
        <source>Allowances…</source>
        <translation>Αποζημιώσεις…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="83"/>
        <source>Daily allowances and unit costs a funder pays travellers, added as costs</source>
        <translation>Ημερήσιες αποζημιώσεις και μοναδιαίες δαπάνες που καταβάλλει ένας χρηματοδότης στους ταξιδιώτες, ως δαπάνες</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="86"/>
        <source>Cost report…</source>
        <translation>Έκθεση δαπανών…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="88"/>
        <source>One funder's costs line by line for the auditor, as PDF or Excel workbook</source>
        <translation>Οι δαπάνες ενός χρηματοδότη ανά γραμμή για τον ελεγκτή, σε PDF ή βιβλίο εργασίας Excel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="94"/>
        <source>No budget yet. Add what each funder is planned to pay per category with “Add budget line”; costs charged to a funder (“Funded by”) are set against it.</source>
        <translation>Δεν υπάρχει ακόμη προϋπολογισμός. Προσθέστε με «Προσθήκη γραμμής προϋπολογισμού» τι προβλέπεται να πληρώσει κάθε χρηματοδότης ανά κατηγορία· οι δαπάνες που χρεώνονται σε χρηματοδότη («Χρηματοδότηση») συγκρίνονται με αυτό.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="136"/>
        <source>{funder}: {spent} of {planned} {currency} spent, {left} left</source>
        <translation>{funder}: δαπανήθηκαν {spent} από {planned} {currency}, υπόλοιπο {left}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="144"/>
        <source>over budget</source>
        <translation>υπέρβαση προϋπολογισμού</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="189"/>
        <source>Delete the budget of {funder} for {category} in {currency}?</source>
        <translation>Διαγραφή του προϋπολογισμού του {funder} για {category} σε {currency};</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="192"/>
        <source>Delete budget line</source>
        <translation>Διαγραφή γραμμής προϋπολογισμού</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="210"/>
        <location filename="../../planner/ui/budget/page.py" line="217"/>
        <location filename="../../planner/ui/budget/page.py" line="232"/>
        <source>Cost report</source>
        <translation>Έκθεση δαπανών</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="211"/>
        <source>No cost or budget line names a funder yet: fill in “Funded by” first.</source>
        <translation>Καμία δαπάνη ή γραμμή προϋπολογισμού δεν αναφέρει ακόμη χρηματοδότη: συμπληρώστε πρώτα το «Χρηματοδότηση».</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="217"/>
        <source>Funder:</source>
        <translation>Χρηματοδότης:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="223"/>
        <source>Save cost report</source>
        <translation>Αποθήκευση έκθεσης δαπανών</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="225"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>Έγγραφο PDF (*.pdf);;Βιβλίο εργασίας Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="24"/>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="27"/>
        <source>Paid to</source>
        <translation>Δικαιούχος πληρωμής</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="28"/>
        <source>e.g. the hotel, the caterer</source>
        <translation>π.χ. το ξενοδοχείο, η εταιρεία τροφοδοσίας</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="32"/>
        <source>Evidence</source>
        <translation>Παραστατικό</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="33"/>
        <source>e.g. invoice or receipt number</source>
        <translation>π.χ. αριθμός τιμολογίου ή απόδειξης</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="84"/>
        <source>Funder</source>
        <translation>Χρηματοδότης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="87"/>
        <source>Paid</source>
        <translation>Καταβάλλεται</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="90"/>
        <source>per day away</source>
        <translation>ανά ημέρα μετακίνησης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="91"/>
        <source>per journey, by distance band</source>
        <translation>ανά ταξίδι, κατά κλιμάκιο απόστασης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="96"/>
        <source>Band from (km)</source>
        <translation>Κλιμάκιο από (km)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="97"/>
        <source>distance bands only, e.g. 500</source>
        <translation>μόνο για κλιμάκια απόστασης, π.χ. 500</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="101"/>
        <source>Band to (km)</source>
        <translation>Κλιμάκιο έως (km)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="102"/>
        <source>empty: and farther</source>
        <translation>κενό: και πέραν</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="106"/>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="108"/>
        <source>e.g. 80.00</source>
        <translation>π.χ. 80.00</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="112"/>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="113"/>
        <source>e.g. {currency}</source>
        <translation>π.χ. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="120"/>
        <source>Add rate</source>
        <translation>Προσθήκη συντελεστή</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="89"/>
        <source>Per day away</source>
        <translation>Ανά ημέρα μετακίνησης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="91"/>
        <source>Journey of {start} km or more</source>
        <translation>Ταξίδι {start} km και άνω</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="92"/>
        <source>Journey of {start}–{end} km</source>
        <translation>Ταξίδι {start}–{end} km</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="101"/>
        <source>Rate</source>
        <translation>Συντελεστής</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="103"/>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
</context>
</TS>
