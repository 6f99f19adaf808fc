<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="74" />
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="75" />
        <source>no clips found in this folder</source>
        <translation>no clips found in this folder</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="76" />
        <source>no clips found in this package</source>
        <translation>no clips found in this package</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="77" />
        <source>unsupported file type “%1”</source>
        <translation>unsupported file type “%1”</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="78" />
        <source>empty file (0 bytes)</source>
        <translation>empty file (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="79" />
        <source>the clip has no duration</source>
        <translation>the clip has no duration</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="80" />
        <source>no video in this file (sound or data only)</source>
        <translation>no video in this file (sound or data only)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="82" />
        <source>not a video file the desk accepts (MP4/MOV, MKV/WebM, AVI, MXF, MPEG-TS)</source>
        <translation>not a video file the desk accepts (MP4/MOV, MKV/WebM, AVI, MXF, MPEG-TS)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="83" />
        <source>damaged or unsupported video file</source>
        <translation>damaged or unsupported video file</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="84" />
        <source>not a readable video file</source>
        <translation>not a readable video file</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="86" />
        <source>no picture can be decoded (truncated or empty file)</source>
        <translation>no picture can be decoded (truncated or empty file)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="88" />
        <source>the first picture does not decode (damaged file)</source>
        <translation>the first picture does not decode (damaged file)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="89" />
        <source>picture size %1×%2 is larger than 8K</source>
        <translation>picture size %1×%2 is larger than 8K</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="90" />
        <source>the file ends early (an interrupted copy?)</source>
        <translation>the file ends early (an interrupted copy?)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="91" />
        <source>not a valid zip package</source>
        <translation>not a valid zip package</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="92" />
        <source>“%1” in the package is encrypted</source>
        <translation>“%1” in the package is encrypted</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="94" />
        <source>“%1” would be unpacked outside the package folder (unsafe package)</source>
        <translation>“%1” would be unpacked outside the package folder (unsafe package)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="95" />
        <source>the name “%1” appears twice in the package</source>
        <translation>the name “%1” appears twice in the package</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="97" />
        <source>it revises clip “%1”, which is not in the library</source>
        <translation>it revises clip “%1”, which is not in the library</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="98" />
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="99" />
        <source>no video named “%1” beside it</source>
        <translation>no video named “%1” beside it</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="101" />
        <source>a package inside a package is not opened; unpack it first</source>
        <translation>a package inside a package is not opened; unpack it first</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="103" />
        <source>These exact bytes are already in the library.</source>
        <translation>These exact bytes are already in the library.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="105" />
        <source>The disk holding the library is full; the file was not added.</source>
        <translation>The disk holding the library is full; the file was not added.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="107" />
        <source>The disk holding the library is full; the package was not unpacked.</source>
        <translation>The disk holding the library is full; the package was not unpacked.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="109" />
        <source>The disk holding the library is full; nothing was changed.</source>
        <translation>The disk holding the library is full; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="111" />
        <source>The disk holding the export folder is full; nothing was exported.</source>
        <translation>The disk holding the export folder is full; nothing was exported.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="112" />
        <source>A note needs some text.</source>
        <translation>A note needs some text.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="113" />
        <source>A note's end must not be before its start.</source>
        <translation>A note's end must not be before its start.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="115" />
        <source>Clip %1 has no approval of its current version to export (only a head's signed approval can be exported).</source>
        <translation>Clip %1 has no approval of its current version to export (only a head's signed approval can be exported).</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="118" />
        <source>The approval of %1 was revoked; there is nothing to export.</source>
        <translation>The approval of %1 was revoked; there is nothing to export.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="120" />
        <source>The approval of %1 no longer matches its files: %2</source>
        <translation>The approval of %1 no longer matches its files: %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="122" />
        <source>%1 already exists and is not an empty folder; choose another folder.</source>
        <translation>%1 already exists and is not an empty folder; choose another folder.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="131" />
        <source>Where should the package go?</source>
        <translation>Where should the package go?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="146" />
        <source>Choose where the package goes.</source>
        <translation>Choose where the package goes.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="149" />
        <source>Enter your passphrase: the package is handed over in your name.</source>
        <translation>Enter your passphrase: the package is handed over in your name.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="164" />
        <source>Package written to %1 (%2 files). The publishing desk checks it with VERIFY.txt, without this program.</source>
        <translation>Package written to %1 (%2 files). The publishing desk checks it with VERIFY.txt, without this program.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="170" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="185" />
        <source>Export the approval package</source>
        <translation>Export the approval package</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="186" />
        <source>Approval package of %1, version %2</source>
        <translation>Approval package of %1, version %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="188" />
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="189" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="190" />
        <source>Your passphrase:</source>
        <translation>Your passphrase:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="191" />
        <source>%1's signing passphrase</source>
        <translation>%1's signing passphrase</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="193" />
        <source>The package holds the clip, its captions and post text, the signed approval, the certificate and the commands to check them.</source>
        <translation>The package holds the clip, its captions and post text, the signed approval, the certificate and the commands to check them.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="195" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="197" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="221" />
        <source>Clip %1 has no valid approval of its current version: there is no certificate to print.</source>
        <translation>Clip %1 has no valid approval of its current version: there is no certificate to print.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="227" />
        <source>The approval of %1 has no signed checkpoint after it; run reviewer verify.</source>
        <translation>The approval of %1 has no signed checkpoint after it; run reviewer verify.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="260" />
        <source>Approval certificate %1</source>
        <translation>Approval certificate %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="267" />
        <source>Print the approval certificate</source>
        <translation>Print the approval certificate</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="59" />
        <source>Set up the station</source>
        <translation>Set up the station</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="60" />
        <source>No one is enrolled at this station yet. Enrol the first head on this workstation with the command below, then choose them here.</source>
        <translation>No one is enrolled at this station yet. Enrol the first head on this workstation with the command below, then choose them here.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="65" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="249" />
        <location filename="../../reviewer/ui/identity.py" line="315" />
        <source>Who is at the desk?</source>
        <translation>Who is at the desk?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="250" />
        <source>Who is at the desk? Your notes, checklist answers and viewing are recorded under your name.</source>
        <translation>Who is at the desk? Your notes, checklist answers and viewing are recorded under your name.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="252" />
        <source>This is me</source>
        <translation>This is me</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="253" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="290" />
        <source>Set up the station…</source>
        <translation>Set up the station…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="299" />
        <source>Someone else…</source>
        <translation>Someone else…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="306" />
        <source>Reviewer: %1</source>
        <translation>Reviewer: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="307" />
        <source>%1 — recorded as %2. Click to switch person.</source>
        <translation>%1 — recorded as %2. Click to switch person.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="311" />
        <source>No one is enrolled</source>
        <translation>No one is enrolled</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="312" />
        <source>No one is enrolled: set up the station first.</source>
        <translation>No one is enrolled: set up the station first.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="316" />
        <source>Choose who is at the desk before reviewing.</source>
        <translation>Choose who is at the desk before reviewing.</translation>
    </message>
</context>
<context>
    <name>IngestDialog</name>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="47" />
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="48" />
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="49" />
        <source>Already in the library</source>
        <translation>Already in the library</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="50" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="192" />
        <source>Choose clips or .zip packages</source>
        <translation>Choose clips or .zip packages</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="194" />
        <source>Clips and packages (%1)</source>
        <translation>Clips and packages (%1)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="195" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="202" />
        <source>Choose a folder of clips</source>
        <translation>Choose a folder of clips</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="223" />
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="242" />
        <source>%1 — %2 of %3 MB</source>
        <translation>%1 — %2 of %3 MB</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="248" />
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="265" />
        <source>Nothing to add.</source>
        <translation>Nothing to add.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="282" />
        <source>Stopped: %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="318" />
        <source>Add clips</source>
        <translation>Add clips</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="319" />
        <source>Add clips from files, folders or .zip packages (a USB stick). Captions, post text and metadata beside a clip come with it.</source>
        <translation>Add clips from files, folders or .zip packages (a USB stick). Captions, post text and metadata beside a clip come with it.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="321" />
        <source>Files or packages…</source>
        <translation>Files or packages…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="322" />
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="323" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="323" />
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="324" />
        <source>File or reason</source>
        <translation>File or reason</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="325" />
        <source>Add to the library</source>
        <translation>Add to the library</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="326" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="80" />
        <source>Political: %1</source>
        <translation>Political: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="81" />
        <source>Due today: %1</source>
        <translation>Due today: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="82" />
        <source>Overdue: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="83" />
        <source>Re-reviews: %1</source>
        <translation>Re-reviews: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="86" />
        <source>Political clips waiting for your decision (they head the queue)</source>
        <translation>Political clips waiting for your decision (they head the queue)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="87" />
        <source>Pending clips whose deadline is later today</source>
        <translation>Pending clips whose deadline is later today</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="88" />
        <source>Pending clips past their deadline</source>
        <translation>Pending clips past their deadline</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="89" />
        <source>New versions of clips that were sent back (changes requested or rejected)</source>
        <translation>New versions of clips that were sent back (changes requested or rejected)</translation>
    </message>
</context>
<context>
    <name>SignedBanner</name>
    <message>
        <location filename="../../reviewer/ui/signed_banner.py" line="87" />
        <source>✓ Signed: %1 of version %2, by %3 at %4.</source>
        <translation>✓ Signed: %1 of version %2, by %3 at %4.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signed_banner.py" line="98" />
        <source>Export the approval package…</source>
        <translation>Export the approval package…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signed_banner.py" line="99" />
        <source>Print the certificate…</source>
        <translation>Print the certificate…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signed_banner.py" line="100" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
