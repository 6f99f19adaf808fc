<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Set up the station</source>
        <translation>Set up the station</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>This library has no station key yet. The station key certifies who is a head (who may approve) and who is an editor; only whoever holds its passphrase can enrol, retire or revoke signers. Keep that passphrase apart from everyone's signing passphrase.</source>
        <translation>This library has no station key yet. The station key certifies who is a head (who may approve) and who is an editor; only whoever holds its passphrase can enrol, retire or revoke signers. Keep that passphrase apart from everyone's signing passphrase.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Nobody is enrolled yet: enrol the first signer with the station passphrase.</source>
        <translation>Nobody is enrolled yet: enrol the first signer with the station passphrase.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Station key</source>
        <translation>Station key</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Station passphrase</source>
        <translation>Station passphrase</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>First signer</source>
        <translation>First signer</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Identity (principal)</source>
        <translation>Identity (principal)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Printed name</source>
        <translation>Printed name</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Signing passphrase</source>
        <translation>Signing passphrase</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>head (approves)</source>
        <translation>head (approves)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>editor (recommends)</source>
        <translation>editor (recommends)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>The two station passphrases differ.</source>
        <translation>The two station passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>The two signing passphrases differ.</source>
        <translation>The two signing passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>%1 is enrolled. Publish the station's trust file: reviewer station trust</source>
        <translation>%1 is enrolled. Publish the station's trust file: reviewer station trust</translation>
    </message>
</context>
</TS>
