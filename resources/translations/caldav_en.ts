<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CalDavPublishing</name>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="276" />
            <source>The calendar at {url} was up to date: nothing was written (%n entries).</source>
            <translation>
                <numerusform>The calendar at {url} was up to date: nothing was written (%n entry).</numerusform>
                <numerusform>The calendar at {url} was up to date: nothing was written (%n entries).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="285" />
            <source>%n created</source>
            <translation>
                <numerusform>%n created</numerusform>
                <numerusform>%n created</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="286" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="287" />
            <source>%n removed</source>
            <translation>
                <numerusform>%n removed</numerusform>
                <numerusform>%n removed</numerusform>
            </translation>
        </message>
    </context>
</TS>
