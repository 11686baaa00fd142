<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AllowancesDialog</name>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="35"/>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="140"/>
        <source>Allowances and unit costs</source>
        <translation>Indemnités journalières et coûts unitaires</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="49"/>
        <source>Add rate…</source>
        <translation>Ajouter un taux…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="51"/>
        <source>Delete rate</source>
        <translation>Supprimer le taux</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="59"/>
        <source>Add as costs</source>
        <translation>Ajouter aux dépenses</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="61"/>
        <source>Add each amount as a cost charged to this funder; those added before are not added again</source>
        <translation>Ajoute chaque montant comme dépense imputée à ce financeur ; celles déjà ajoutées ne sont pas ajoutées à nouveau</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="71"/>
        <source>Funder:</source>
        <translation>Financeur :</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="84"/>
        <source>The funder's rates</source>
        <translation>Taux du financeur</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="89"/>
        <source>What the rates give each traveller: days from the first departure to the last arrival (without travel, the nights of their stays + 1); distance from where their travel starts to the event's city</source>
        <translation>Ce que les taux donnent à chaque voyageur : jours du premier départ à la dernière arrivée (sans voyage, les nuits d'hébergement + 1) ; distance du point de départ à la ville de l'événement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="136"/>
        <source>%n cost line(s) added.</source>
        <translation>
            <numerusform>%n ligne de dépense ajoutée.</numerusform>
            <numerusform>%n lignes de dépense ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="141"/>
        <source>These allowances are costs already: nothing was added.</source>
        <translation>Ces indemnités figurent déjà parmi les dépenses : rien n'a été ajouté.</translation>
    </message>
</context>
<context>
    <name>AllowancesModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="116"/>
        <source>Daily allowance</source>
        <translation>Indemnité journalière</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="117"/>
        <source>Travel (distance band)</source>
        <translation>Voyage (tranche de distance)</translation>
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
        <translation>Voyageur</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="133"/>
        <source>Allowance</source>
        <translation>Indemnité</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="134"/>
        <source>Worked out from</source>
        <translation>Calculé à partir de</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="136"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="42"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="43"/>
        <source>as the costs name it in “Funded by”</source>
        <translation>tel qu'indiqué dans « Financé par » des dépenses</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="45"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="48"/>
        <source>Planned amount</source>
        <translation>Montant prévu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="50"/>
        <source>e.g. 4800.00</source>
        <translation>p. ex. 4800.00</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="54"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="55"/>
        <source>e.g. {currency}</source>
        <translation>p. ex. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="57"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="65"/>
        <source>Add budget line</source>
        <translation>Ajouter une ligne budgétaire</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="74"/>
        <source>Change budget line</source>
        <translation>Modifier la ligne budgétaire</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="39"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="40"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="41"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="43"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="49"/>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="55"/>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="61"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="63"/>
        <source>Over budget</source>
        <translation>Budget dépassé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="65"/>
        <source>Not in the budget</source>
        <translation>Hors budget</translation>
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
        <translation>Ajouter une ligne budgétaire…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="77"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="79"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="81"/>
        <source>Allowances…</source>
        <translation>Indemnités…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="83"/>
        <source>Daily allowances and unit costs a funder pays travellers, added as costs</source>
        <translation>Indemnités journalières et coûts unitaires qu'un financeur verse aux voyageurs, ajoutés aux dépenses</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="86"/>
        <source>Cost report…</source>
        <translation>Rapport des dépenses…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="88"/>
        <source>One funder's costs line by line for the auditor, as PDF or Excel workbook</source>
        <translation>Les dépenses d'un financeur, ligne par ligne, pour l'audit, en PDF ou en classeur Excel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="94"/>
        <source>No budget yet. Add what each funder is planned to pay per category with “Add budget line”; costs charged to a funder (“Funded by”) are set against it.</source>
        <translation>Pas encore de budget. Indiquez avec « Ajouter une ligne budgétaire » ce que chaque financeur doit payer par catégorie ; les dépenses imputées à un financeur (« Financé par ») y sont comparées.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="136"/>
        <source>{funder}: {spent} of {planned} {currency} spent, {left} left</source>
        <translation>{funder} : {spent} dépensés sur {planned} {currency}, reste {left}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="144"/>
        <source>over budget</source>
        <translation>budget dépassé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="189"/>
        <source>Delete the budget of {funder} for {category} in {currency}?</source>
        <translation>Supprimer le budget de {funder} pour {category} en {currency} ?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="192"/>
        <source>Delete budget line</source>
        <translation>Supprimer la ligne budgétaire</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="210"/>
        <location filename="../../planner/ui/budget/page.py" line="217"/>
        <location filename="../../planner/ui/budget/page.py" line="232"/>
        <source>Cost report</source>
        <translation>Rapport des dépenses</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="211"/>
        <source>No cost or budget line names a funder yet: fill in “Funded by” first.</source>
        <translation>Aucune dépense ni ligne budgétaire n'indique encore de financeur : remplissez d'abord « Financé par ».</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="217"/>
        <source>Funder:</source>
        <translation>Financeur :</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="223"/>
        <source>Save cost report</source>
        <translation>Enregistrer le rapport des dépenses</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="225"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>Document PDF (*.pdf);;Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="24"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="27"/>
        <source>Paid to</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="28"/>
        <source>e.g. the hotel, the caterer</source>
        <translation>p. ex. l'hôtel, le traiteur</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="32"/>
        <source>Evidence</source>
        <translation>Pièce justificative</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="33"/>
        <source>e.g. invoice or receipt number</source>
        <translation>p. ex. numéro de facture ou de reçu</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="84"/>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="87"/>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="90"/>
        <source>per day away</source>
        <translation>par jour de déplacement</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="91"/>
        <source>per journey, by distance band</source>
        <translation>par voyage, selon la tranche de distance</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="96"/>
        <source>Band from (km)</source>
        <translation>Tranche à partir de (km)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="97"/>
        <source>distance bands only, e.g. 500</source>
        <translation>tranches de distance uniquement, p. ex. 500</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="101"/>
        <source>Band to (km)</source>
        <translation>Tranche jusqu'à (km)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="102"/>
        <source>empty: and farther</source>
        <translation>vide : et au-delà</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="106"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="108"/>
        <source>e.g. 80.00</source>
        <translation>p. ex. 80.00</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="112"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="113"/>
        <source>e.g. {currency}</source>
        <translation>p. ex. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="120"/>
        <source>Add rate</source>
        <translation>Ajouter un taux</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="89"/>
        <source>Per day away</source>
        <translation>Par jour de déplacement</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="91"/>
        <source>Journey of {start} km or more</source>
        <translation>Voyage de {start} km ou plus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="92"/>
        <source>Journey of {start}–{end} km</source>
        <translation>Voyage de {start} à {end} km</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="101"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="103"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
</TS>
