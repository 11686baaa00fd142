<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AllowancesDialog</name>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="35"/>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="140"/>
        <source>Allowances and unit costs</source>
        <translation>Dietas y costes unitarios</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="49"/>
        <source>Add rate…</source>
        <translation>Añadir tarifa…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="51"/>
        <source>Delete rate</source>
        <translation>Eliminar tarifa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="59"/>
        <source>Add as costs</source>
        <translation>Añadir como gastos</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="61"/>
        <source>Add each amount as a cost charged to this funder; those added before are not added again</source>
        <translation>Añade cada importe como gasto imputado a este financiador; los ya añadidos no se vuelven a añadir</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="71"/>
        <source>Funder:</source>
        <translation>Financiador:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="84"/>
        <source>The funder's rates</source>
        <translation>Tarifas del financiador</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="89"/>
        <source>What the rates give each traveller: days from the first departure to the last arrival (without travel, the nights of their stays + 1); distance from where their travel starts to the event's city</source>
        <translation>Lo que las tarifas dan a cada viajero: días desde la primera salida hasta la última llegada (sin viajes, las noches de alojamiento + 1); distancia desde el origen del viaje hasta la ciudad del evento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="136"/>
        <source>%n cost line(s) added.</source>
        <translation>
            <numerusform>Se ha añadido %n línea de gasto.</numerusform>
            <numerusform>Se han añadido %n líneas de gasto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="141"/>
        <source>These allowances are costs already: nothing was added.</source>
        <translation>Estas dietas ya figuran como gastos: no se ha añadido nada.</translation>
    </message>
</context>
<context>
    <name>AllowancesModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="116"/>
        <source>Daily allowance</source>
        <translation>Dieta diaria</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="117"/>
        <source>Travel (distance band)</source>
        <translation>Viaje (tramo de distancia)</translation>
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
        <translation>Viajero</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="133"/>
        <source>Allowance</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="134"/>
        <source>Worked out from</source>
        <translation>Calculado a partir de</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="136"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="42"/>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="43"/>
        <source>as the costs name it in “Funded by”</source>
        <translation>tal como figura en «Financiado por» de los gastos</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="45"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="48"/>
        <source>Planned amount</source>
        <translation>Importe previsto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="50"/>
        <source>e.g. 4800.00</source>
        <translation>p. ej., 4800.00</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="54"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="55"/>
        <source>e.g. {currency}</source>
        <translation>p. ej., {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="57"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="65"/>
        <source>Add budget line</source>
        <translation>Añadir partida presupuestaria</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="74"/>
        <source>Change budget line</source>
        <translation>Cambiar partida presupuestaria</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="39"/>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="40"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="41"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="43"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="49"/>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="55"/>
        <source>Left</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="61"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="63"/>
        <source>Over budget</source>
        <translation>Presupuesto superado</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="65"/>
        <source>Not in the budget</source>
        <translation>Fuera del presupuesto</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="40"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="75"/>
        <source>Add budget line…</source>
        <translation>Añadir partida presupuestaria…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="77"/>
        <source>Change…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="79"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="81"/>
        <source>Allowances…</source>
        <translation>Dietas…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="83"/>
        <source>Daily allowances and unit costs a funder pays travellers, added as costs</source>
        <translation>Dietas diarias y costes unitarios que un financiador paga a los viajeros, añadidos como gastos</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="86"/>
        <source>Cost report…</source>
        <translation>Informe de gastos…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="88"/>
        <source>One funder's costs line by line for the auditor, as PDF or Excel workbook</source>
        <translation>Los gastos de un financiador, línea por línea, para la auditoría, en PDF o libro de Excel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="94"/>
        <source>No budget yet. Add what each funder is planned to pay per category with “Add budget line”; costs charged to a funder (“Funded by”) are set against it.</source>
        <translation>Todavía no hay presupuesto. Añada con «Añadir partida presupuestaria» lo que cada financiador prevé pagar por categoría; los gastos imputados a un financiador («Financiado por») se comparan con ello.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="136"/>
        <source>{funder}: {spent} of {planned} {currency} spent, {left} left</source>
        <translation>{funder}: gastados {spent} de {planned} {currency}, disponibles {left}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="144"/>
        <source>over budget</source>
        <translation>presupuesto superado</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="189"/>
        <source>Delete the budget of {funder} for {category} in {currency}?</source>
        <translation>¿Eliminar el presupuesto de {funder} para {category} en {currency}?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="192"/>
        <source>Delete budget line</source>
        <translation>Eliminar partida presupuestaria</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="210"/>
        <location filename="../../planner/ui/budget/page.py" line="217"/>
        <location filename="../../planner/ui/budget/page.py" line="232"/>
        <source>Cost report</source>
        <translation>Informe de gastos</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="211"/>
        <source>No cost or budget line names a funder yet: fill in “Funded by” first.</source>
        <translation>Ningún gasto ni partida presupuestaria indica todavía un financiador: rellene primero «Financiado por».</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="217"/>
        <source>Funder:</source>
        <translation>Financiador:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="223"/>
        <source>Save cost report</source>
        <translation>Guardar informe de gastos</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/page.py" line="225"/>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>Documento PDF (*.pdf);;Libro de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="24"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="27"/>
        <source>Paid to</source>
        <translation>Pagado a</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="28"/>
        <source>e.g. the hotel, the caterer</source>
        <translation>p. ej., el hotel, el servicio de catering</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="32"/>
        <source>Evidence</source>
        <translation>Justificante</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="33"/>
        <source>e.g. invoice or receipt number</source>
        <translation>p. ej., número de factura o recibo</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="84"/>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="87"/>
        <source>Paid</source>
        <translation>Se paga</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="90"/>
        <source>per day away</source>
        <translation>por día de ausencia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="91"/>
        <source>per journey, by distance band</source>
        <translation>por viaje, según el tramo de distancia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="96"/>
        <source>Band from (km)</source>
        <translation>Tramo desde (km)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="97"/>
        <source>distance bands only, e.g. 500</source>
        <translation>solo tramos de distancia, p. ej., 500</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="101"/>
        <source>Band to (km)</source>
        <translation>Tramo hasta (km)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="102"/>
        <source>empty: and farther</source>
        <translation>vacío: y más</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="106"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="108"/>
        <source>e.g. 80.00</source>
        <translation>p. ej., 80.00</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="112"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="113"/>
        <source>e.g. {currency}</source>
        <translation>p. ej., {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/forms.py" line="120"/>
        <source>Add rate</source>
        <translation>Añadir tarifa</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="89"/>
        <source>Per day away</source>
        <translation>Por día de ausencia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="91"/>
        <source>Journey of {start} km or more</source>
        <translation>Viaje de {start} km o más</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="92"/>
        <source>Journey of {start}–{end} km</source>
        <translation>Viaje de {start} a {end} km</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="101"/>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/budget/model.py" line="103"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
</TS>
