<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n event(s) · read-only {path}</source>
        <translation>
            <numerusform>%n event · read-only {path}</numerusform>
            <numerusform>%n events · read-only {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · saved in {path}</source>
        <translation>
            <numerusform>%n event · saved in {path}</numerusform>
            <numerusform>%n events · saved in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>