<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AllowancesDialog</name>
    <message numerus="yes">
        <location filename="../../planner/ui/budget/allowances_dialog.py" line="136"/>
        <source>%n cost line(s) added.</source>
        <translation>
            <numerusform>%n cost line added.</numerusform>
            <numerusform>%n cost lines added.</numerusform>
        </translation>
    </message>
</context>
</TS>
