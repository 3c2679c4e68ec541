<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n unreadable file(s) moved to quarantine</source>
        <translation>
            <numerusform>%n unreadable file moved to quarantine</numerusform>
            <numerusform>%n unreadable files moved to quarantine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will be submitted again</source>
        <translation>
            <numerusform>%n session will be submitted again</numerusform>
            <numerusform>%n sessions will be submitted again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will not be submitted</source>
        <translation>
            <numerusform>%n session will not be submitted</numerusform>
            <numerusform>%n sessions will not be submitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)? They move to the trash in the data folder and are purged by the retention cleanup after 7 days.</source>
        <translation>
            <numerusform>Delete %n session? They move to the trash in the data folder and are purged by the retention cleanup after 7 days.</numerusform>
            <numerusform>Delete %n sessions? They move to the trash in the data folder and are purged by the retention cleanup after 7 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bytes %1–%2 (%n selected)</source>
        <translation>
            <numerusform>bytes %1–%2 (%n selected)</numerusform>
            <numerusform>bytes %1–%2 (%n selected)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDetailPanel</name>
    <message numerus="yes">
        <source>%n day(s) from its start; as it is not submitted yet, it stays until it is submitted or ignored.</source>
        <translation>
            <numerusform>%n day from its start; as it is not submitted yet, it stays until it is submitted or ignored.</numerusform>
            <numerusform>%n days from its start; as it is not submitted yet, it stays until it is submitted or ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from its start, then the retention cleanup moves it to the trash.</source>
        <translation>
            <numerusform>%n day from its start, then the retention cleanup moves it to the trash.</numerusform>
            <numerusform>%n days from its start, then the retention cleanup moves it to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) selected</source>
        <translation>
            <numerusform>%n session selected</numerusform>
            <numerusform>%n sessions selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in all</source>
        <translation>
            <numerusform>%n message in all</numerusform>
            <numerusform>%n messages in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n value(s) not accepted, so nothing was saved; the reasons are next to the fields.</source>
        <translation>
            <numerusform>%n value not accepted, so nothing was saved; the reasons are next to the fields.</numerusform>
            <numerusform>%n values not accepted, so nothing was saved; the reasons are next to the fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n session(s) (%1)</source>
        <translation>
            <numerusform>Would remove %n session (%1)</numerusform>
            <numerusform>Would remove %n sessions (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n session(s) (%1) to the trash</source>
        <translation>
            <numerusform>Moved %n session (%1) to the trash</numerusform>
            <numerusform>Moved %n sessions (%1) to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n kept because not submitted</source>
        <translation>
            <numerusform>%1; %n kept because not submitted</numerusform>
            <numerusform>%1; %n kept because not submitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n could not be moved: %2</source>
        <translation>
            <numerusform>%1; %n could not be moved: %2</numerusform>
            <numerusform>%1; %n could not be moved: %2</numerusform>
        </translation>
    </message>
</context>
</TS>
