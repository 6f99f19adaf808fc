<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>IngestDialog</name>
        <message>
            <location filename="../../reviewer/ui/ingest_dialog.py" line="53" />
            <source>Attached</source>
            <translation>Attached</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/ingest_dialog.py" line="68" />
            <source>Captions (%1)</source>
            <translation>Captions (%1)</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/ingest_dialog.py" line="69" />
            <source>Captions</source>
            <translation>Captions</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/ingest_dialog.py" line="71" />
            <source>Post text</source>
            <translation>Post text</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/ingest_dialog.py" line="73" />
            <source>Metadata</source>
            <translation>Metadata</translation>
        </message>
        <message>
            <location filename="../../reviewer/ui/ingest_dialog.py" line="302" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../reviewer/ui/sign_dialog.py" line="307" />
            <source>Notes on this version</source>
            <translation>Notes on this version</translation>
        </message>
    </context>
</TS>
