<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../planner/ui/main_window.py" />
            <source>%n event(s) · saved on the server, shared: {name}</source>
            <translation>
                <numerusform>%n event · saved on the server, shared: {name}</numerusform>
                <numerusform>%n events · saved on the server, shared: {name}</numerusform>
            </translation>
        </message>
    </context>
</TS>
