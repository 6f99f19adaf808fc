<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>RoundTrip</name>
        <message>
            <source>Click to see this moment</source>
            <translation>Click to see this moment</translation>
        </message>
        <message>
            <source>The post text is the same as in version %1.</source>
            <translation>The post text is the same as in version %1.</translation>
        </message>
        <message>
            <source>Version %1 compared with version %2.</source>
            <translation>Version %1 compared with version %2.</translation>
        </message>
        <message>
            <source>Comparing pictures and sound…</source>
            <translation>Comparing pictures and sound…</translation>
        </message>
        <message>
            <source>Changed segments of pictures and sound: %1.</source>
            <translation>Changed segments of pictures and sound: %1.</translation>
        </message>
        <message>
            <source>Caption changes: %1.</source>
            <translation>Caption changes: %1.</translation>
        </message>
        <message>
            <source>Post text changed.</source>
            <translation>Post text changed.</translation>
        </message>
        <message>
            <source>Post text unchanged.</source>
            <translation>Post text unchanged.</translation>
        </message>
        <message>
            <source>Notes of earlier versions: %1 open of %2.</source>
            <translation>Notes of earlier versions: %1 open of %2.</translation>
        </message>
        <message>
            <source>Pictures and sound</source>
            <translation>Pictures and sound</translation>
        </message>
        <message>
            <source>Length %1 → %2</source>
            <translation>Length %1 → %2</translation>
        </message>
        <message>
            <source>The same file as the earlier version.</source>
            <translation>The same file as the earlier version.</translation>
        </message>
        <message>
            <source>Could not compare: %1</source>
            <translation>Could not compare: %1</translation>
        </message>
        <message>
            <source>No change in pictures or sound (a new encoding of the same content).</source>
            <translation>No change in pictures or sound (a new encoding of the same content).</translation>
        </message>
        <message>
            <source>pictures</source>
            <translation>pictures</translation>
        </message>
        <message>
            <source>sound</source>
            <translation>sound</translation>
        </message>
        <message>
            <source>pictures and sound</source>
            <translation>pictures and sound</translation>
        </message>
        <message>
            <source>Cut here: %1–%2 of version %3 (%4)</source>
            <translation>Cut here: %1–%2 of version %3 (%4)</translation>
        </message>
        <message>
            <source>New: %1</source>
            <translation>New: %1</translation>
        </message>
        <message>
            <source>Changed: %1</source>
            <translation>Changed: %1</translation>
        </message>
        <message>
            <source>Captions [%1]: %2</source>
            <translation>Captions [%1]: %2</translation>
        </message>
        <message>
            <source>No caption changed.</source>
            <translation>No caption changed.</translation>
        </message>
        <message>
            <source>Cue %1 rewritten: “%2” → “%3”</source>
            <translation>Cue %1 rewritten: “%2” → “%3”</translation>
        </message>
        <message>
            <source>Cue %1 moved: %2–%3 → %4–%5</source>
            <translation>Cue %1 moved: %2–%3 → %4–%5</translation>
        </message>
        <message>
            <source>Cue %1 added: “%2”</source>
            <translation>Cue %1 added: “%2”</translation>
        </message>
        <message>
            <source>Cue %1 of version %2 removed: “%3”</source>
            <translation>Cue %1 of version %2 removed: “%3”</translation>
        </message>
        <message>
            <source>Clip information</source>
            <translation>Clip information</translation>
        </message>
        <message>
            <source>Notes of earlier versions (tick when dealt with)</source>
            <translation>Notes of earlier versions (tick when dealt with)</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>resolved</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>Version %1: %2</source>
            <translation>Version %1: %2</translation>
        </message>
        <message>
            <source>Ticked: resolved. Click the box to change.</source>
            <translation>Ticked: resolved. Click the box to change.</translation>
        </message>
        <message>
            <source>Compare A/B (B)</source>
            <translation>Compare A/B (B)</translation>
        </message>
        <message>
            <source>Play the earlier and this version in turn at the same timecode</source>
            <translation>Play the earlier and this version in turn at the same timecode</translation>
        </message>
        <message>
            <source>POST TEXT (struck through: taken out; underlined: new)</source>
            <translation>POST TEXT (struck through: taken out; underlined: new)</translation>
        </message>
        <message>
            <source>This is the first version of the clip: there is no earlier version to compare with.</source>
            <translation>This is the first version of the clip: there is no earlier version to compare with.</translation>
        </message>
        <message>
            <source>This version cannot be played</source>
            <translation>This version cannot be played</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pause (Space)</translation>
        </message>
        <message>
            <source>Play (Space)</source>
            <translation>Play (Space)</translation>
        </message>
        <message>
            <source>A · version %1 (earlier)</source>
            <translation>A · version %1 (earlier)</translation>
        </message>
        <message>
            <source>B · version %1 (new)</source>
            <translation>B · version %1 (new)</translation>
        </message>
        <message>
            <source>Compare versions — %1</source>
            <translation>Compare versions — %1</translation>
        </message>
        <message>
            <source>%1 — version %2 against version %3</source>
            <translation>%1 — version %2 against version %3</translation>
        </message>
        <message>
            <source>A: version %1</source>
            <translation>A: version %1</translation>
        </message>
        <message>
            <source>B: version %1</source>
            <translation>B: version %1</translation>
        </message>
        <message>
            <source>B switches version at the same timecode · ←/→ 1 s · Esc closes. Blue marks on the bar: what changed.</source>
            <translation>B switches version at the same timecode · ←/→ 1 s · Esc closes. Blue marks on the bar: what changed.</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Save (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <source>The earlier text stays in the audit trail.</source>
            <translation>The earlier text stays in the audit trail.</translation>
        </message>
        <message>
            <source>Reply to note</source>
            <translation>Reply to note</translation>
        </message>
        <message>
            <source>Note: “%1”</source>
            <translation>Note: “%1”</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>Note saved.</translation>
        </message>
        <message>
            <source>This is the first version of the clip: nothing to compare with.</source>
            <translation>This is the first version of the clip: nothing to compare with.</translation>
        </message>
        <message>
            <source>Where to put the change request</source>
            <translation>Where to put the change request</translation>
        </message>
        <message>
            <source>The change request was not written</source>
            <translation>The change request was not written</translation>
        </message>
        <message>
            <source>Change request written to %1 (notes: %2)</source>
            <translation>Change request written to %1 (notes: %2)</translation>
        </message>
        <message>
            <source>Changes (%1)</source>
            <translation>Changes (%1)</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Compare with the earlier version: A/B at the same timecode (B again switches)</source>
            <translation>Compare with the earlier version: A/B at the same timecode (B again switches)</translation>
        </message>
        <message>
            <source>Changes since the earlier version</source>
            <translation>Changes since the earlier version</translation>
        </message>
        <message>
            <source>Send change request…</source>
            <translation>Send change request…</translation>
        </message>
        <message>
            <source>Versions and changes</source>
            <translation>Versions and changes</translation>
        </message>
        <message>
            <source>Notes not marked resolved yet: %1</source>
            <translation>Notes not marked resolved yet: %1</translation>
        </message>
        <message>
            <source>Version %1 at %2: %3</source>
            <translation>Version %1 at %2: %3</translation>
        </message>
        <message>
            <source>… and %1 more (Notes and Changes tabs)</source>
            <translation>… and %1 more (Notes and Changes tabs)</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>edited</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Mark resolved</source>
            <translation>Mark resolved</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Reply…</source>
            <translation>Reply…</translation>
        </message>
        <message>
            <source>Note edited</source>
            <translation>Note edited</translation>
        </message>
        <message>
            <source>Note resolved</source>
            <translation>Note resolved</translation>
        </message>
        <message>
            <source>Note reopened</source>
            <translation>Note reopened</translation>
        </message>
        <message>
            <source>Note reply</source>
            <translation>Note reply</translation>
        </message>
        <message>
            <source>superseded by a newer version, not valid for publishing</source>
            <translation>superseded by a newer version, not valid for publishing</translation>
        </message>
        <message>
            <source>Change request for version %1 written to %2</source>
            <translation>Change request for version %1 written to %2</translation>
        </message>
        <message>
            <source>Version %1, note %2: “%3” → “%4”</source>
            <translation>Version %1, note %2: “%3” → “%4”</translation>
        </message>
        <message>
            <source>Version %1, note %2 resolved: “%3”</source>
            <translation>Version %1, note %2 resolved: “%3”</translation>
        </message>
        <message>
            <source>Version %1, note %2 open again: “%3”</source>
            <translation>Version %1, note %2 open again: “%3”</translation>
        </message>
        <message>
            <source>Version %1, note %2, reply: “%3”</source>
            <translation>Version %1, note %2, reply: “%3”</translation>
        </message>
    </context>
</TS>
