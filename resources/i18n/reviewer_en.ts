<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaptionWarning</name>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="77" />
        <source>Cue %1 (%2) overlaps cue %3 by %4 ms</source>
        <translation>Cue %1 (%2) overlaps cue %3 by %4 ms</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="82" />
        <source>Cue %1 (%2) reads at %3 characters per second (limit %4): %5 characters in %6 s</source>
        <translation>Cue %1 (%2) reads at %3 characters per second (limit %4): %5 characters in %6 s</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="84" />
        <source>Cue %1 (%2): line %3 has %4 characters (limit %5)</source>
        <translation>Cue %1 (%2): line %3 has %4 characters (limit %5)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="86" />
        <source>Cue %1 (%2) has zero duration</source>
        <translation>Cue %1 (%2) has zero duration</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="88" />
        <source>Cue %1 (%2) ends %3 ms before it starts</source>
        <translation>Cue %1 (%2) ends %3 ms before it starts</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="90" />
        <source>The file was decoded as Windows-1258 (legacy Vietnamese encoding)</source>
        <translation>The file was decoded as Windows-1258 (legacy Vietnamese encoding)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="696" />
        <source>Cannot open the clip</source>
        <translation>Cannot open the clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="713" />
        <location filename="../../reviewer/ui/main_window.py" line="921" />
        <source>This clip cannot be played</source>
        <translation>This clip cannot be played</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="714" />
        <source>The media file is missing from the library: %1</source>
        <translation>The media file is missing from the library: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="771" />
        <location filename="../../reviewer/ui/main_window.py" line="1216" />
        <source>No clip to review</source>
        <translation>No clip to review</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="784" />
        <source>No clip selected</source>
        <translation>No clip selected</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="789" />
        <location filename="../../reviewer/ui/main_window.py" line="1192" />
        <location filename="../../reviewer/ui/main_window.py" line="1244" />
        <location filename="../../reviewer/ui/main_window.py" line="1256" />
        <source>Review desk</source>
        <translation>Review desk</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="794" />
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="798" />
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="800" />
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="802" />
        <source>POLITICAL</source>
        <translation>POLITICAL</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="804" />
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="807" />
        <source>%1 — Review desk</source>
        <translation>%1 — Review desk</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="821" />
        <location filename="../../reviewer/ui/main_window.py" line="1211" />
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="865" />
        <source>You have watched all of this version.</source>
        <translation>You have watched all of this version.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="932" />
        <source>Muted</source>
        <translation>Muted</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="932" />
        <source>Volume %1%</source>
        <translation>Volume %1%</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="944" />
        <source>Playing the parts you have not watched yet…</source>
        <translation>Playing the parts you have not watched yet…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="981" />
        <source>Choose who is at the desk first.</source>
        <translation>Choose who is at the desk first.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="995" />
        <source>Note saved.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1154" />
        <source>About the review desk</source>
        <translation>About the review desk</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1155" />
        <source>Clip review and sign-off desk, version %1.
Library: %2</source>
        <translation>Clip review and sign-off desk, version %1.
Library: %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1157" />
        <location filename="../../reviewer/ui/main_window.py" line="1245" />
        <location filename="../../reviewer/ui/main_window.py" line="1258" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="219" />
        <source>Opening the library…</source>
        <translation>Opening the library…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1202" />
        <source>Add a folder of clips…</source>
        <translation>Add a folder of clips…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1203" />
        <source>Refresh queue</source>
        <translation>Refresh queue</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1204" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1205" />
        <source>Keyboard shortcuts…</source>
        <translation>Keyboard shortcuts…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1206" />
        <source>About…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1208" />
        <source>Captions</source>
        <translation>Captions</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1209" />
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1186" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="574" />
        <source>No one is enrolled: set up the station first (status bar, bottom right).</source>
        <translation>No one is enrolled: set up the station first (status bar, bottom right).</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="777" />
        <source>The queue is empty for this filter. Add clips with File → Add clips… (Ctrl+O) or drop them on the queue.</source>
        <translation>The queue is empty for this filter. Add clips with File → Add clips… (Ctrl+O) or drop them on the queue.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1187" />
        <source>&amp;Playback</source>
        <translation>&amp;Playback</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1188" />
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1189" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1207" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1190" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1228" />
        <source>Pending: %1</source>
        <translation>Pending: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1230" />
        <source>Overdue: %1</source>
        <translation>Overdue: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../reviewer/ui/messages.py" line="74" />
        <source>Internal error: %1. The desk keeps running; details are in the log.</source>
        <translation>Internal error: %1. The desk keeps running; details are in the log.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="155" />
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="161" />
        <source>Range: until</source>
        <translation>Range: until</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="169" />
        <source>What needs attention here?</source>
        <translation>What needs attention here?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="174" />
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="176" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="190" />
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="191" />
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="192" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="194" />
        <source>Ctrl+Enter saves · Esc cancels</source>
        <translation>Ctrl+Enter saves · Esc cancels</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="209" />
        <source>The start time is not a timecode HH:MM:SS:FF.</source>
        <translation>The start time is not a timecode HH:MM:SS:FF.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="214" />
        <source>The end time is not a timecode HH:MM:SS:FF.</source>
        <translation>The end time is not a timecode HH:MM:SS:FF.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="216" />
        <source>The end of the range is before its start.</source>
        <translation>The end of the range is before its start.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="218" />
        <source>The start time is after the end of the clip.</source>
        <translation>The start time is after the end of the clip.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="221" />
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="129" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="129" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="129" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="131" />
        <source>Add note at current time (N)</source>
        <translation>Add note at current time (N)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="132" />
        <source>No notes on this version yet. Press N while watching to add one at the current time.</source>
        <translation>No notes on this version yet. Press N while watching to add one at the current time.</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../../reviewer/media/player.py" line="264" />
        <source>The video engine (libvlc) could not start.</source>
        <translation>The video engine (libvlc) could not start.</translation>
    </message>
    <message>
        <location filename="../../reviewer/media/player.py" line="387" />
        <source>Video cannot be shown on Wayland; start the desk with QT_QPA_PLATFORM=xcb.</source>
        <translation>Video cannot be shown on Wayland; start the desk with QT_QPA_PLATFORM=xcb.</translation>
    </message>
    <message>
        <location filename="../../reviewer/media/player.py" line="417" />
        <source>The media file does not exist: %1</source>
        <translation>The media file does not exist: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/media/player.py" line="730" />
        <source>This file cannot be played: %1</source>
        <translation>This file cannot be played: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/media/player.py" line="774" />
        <location filename="../../reviewer/media/player.py" line="815" />
        <source>No picture could be shown from %1; the file is damaged or not a video.</source>
        <translation>No picture could be shown from %1; the file is damaged or not a video.</translation>
    </message>
</context>
<context>
    <name>PostPanel</name>
    <message>
        <location filename="../../reviewer/ui/post_panel.py" line="102" />
        <source>This version has no post text.</source>
        <translation>This version has no post text.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/post_panel.py" line="108" />
        <source>no platform</source>
        <translation>no platform</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/post_panel.py" line="110" />
        <source>%1 characters · %2 (no limit configured)</source>
        <translation>%1 characters · %2 (no limit configured)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/post_panel.py" line="113" />
        <source>%1 / %2 characters · %3 · %4 too long</source>
        <translation>%1 / %2 characters · %3 · %4 too long</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/post_panel.py" line="116" />
        <source>%1 / %2 characters · %3</source>
        <translation>%1 / %2 characters · %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/post_panel.py" line="123" />
        <source>Hashtags: %1 · Mentions: %2</source>
        <translation>Hashtags: %1 · Mentions: %2</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="117" />
        <location filename="../../reviewer/ui/queue_model.py" line="139" />
        <source>Cannot read the queue</source>
        <translation>Cannot read the queue</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="212" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="213" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="214" />
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="215" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="217" />
        <source>Ver.</source>
        <translation>Ver.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="221" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="222" />
        <location filename="../../reviewer/ui/queue_model.py" line="264" />
        <source>Political content</source>
        <translation>Political content</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="223" />
        <source>Version under review</source>
        <translation>Version under review</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="224" />
        <source>Publishing deadline (red when overdue)</source>
        <translation>Publishing deadline (red when overdue)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="266" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../../reviewer/ui/queue_view.py" line="287" />
        <source>REVIEW QUEUE</source>
        <translation>REVIEW QUEUE</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_view.py" line="288" />
        <source>Search title, id, author, platform (Ctrl+F)</source>
        <translation>Search title, id, author, platform (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_view.py" line="291" />
        <source>Show clips with this status</source>
        <translation>Show clips with this status</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_view.py" line="329" />
        <source>%1 clips</source>
        <translation>%1 clips</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="52" />
        <source>Playback</source>
        <translation>Playback</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="53" />
        <source>Moving in the clip</source>
        <translation>Moving in the clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="54" />
        <source>Speed and sound</source>
        <translation>Speed and sound</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="55" />
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="56" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="57" />
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="58" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="59" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="61" />
        <source>Play at normal speed / pause</source>
        <translation>Play at normal speed / pause</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="62" />
        <source>Stop (always pauses, shuttles too)</source>
        <translation>Stop (always pauses, shuttles too)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="63" />
        <source>Shuttle backward (press again: faster)</source>
        <translation>Shuttle backward (press again: faster)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="64" />
        <source>Shuttle forward (press again: faster)</source>
        <translation>Shuttle forward (press again: faster)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="65" />
        <source>Play the parts not yet watched</source>
        <translation>Play the parts not yet watched</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="66" />
        <source>Loop the clip on/off</source>
        <translation>Loop the clip on/off</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="67" />
        <source>Back 5 seconds</source>
        <translation>Back 5 seconds</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="68" />
        <source>Forward 5 seconds</source>
        <translation>Forward 5 seconds</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="69" />
        <source>Back 1 second</source>
        <translation>Back 1 second</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="70" />
        <source>Forward 1 second</source>
        <translation>Forward 1 second</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="71" />
        <source>One frame back</source>
        <translation>One frame back</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="72" />
        <source>One frame forward</source>
        <translation>One frame forward</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="73" />
        <source>Go to the start</source>
        <translation>Go to the start</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="74" />
        <source>Go to the end</source>
        <translation>Go to the end</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="75" />
        <source>Slower (down to 0.5×)</source>
        <translation>Slower (down to 0.5×)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="76" />
        <source>Faster (up to 2×)</source>
        <translation>Faster (up to 2×)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="77" />
        <source>Normal speed (1×)</source>
        <translation>Normal speed (1×)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="78" />
        <source>Volume down</source>
        <translation>Volume down</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="79" />
        <source>Volume up</source>
        <translation>Volume up</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="80" />
        <source>Mute on/off</source>
        <translation>Mute on/off</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="81" />
        <source>Full screen on/off (Esc leaves)</source>
        <translation>Full screen on/off (Esc leaves)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="82" />
        <source>Captions over the video on/off</source>
        <translation>Captions over the video on/off</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="83" />
        <source>Captions at the top of the picture</source>
        <translation>Captions at the top of the picture</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="84" />
        <source>Add a note at the current time</source>
        <translation>Add a note at the current time</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="85" />
        <source>Who is at the desk…</source>
        <translation>Who is at the desk…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="86" />
        <source>Checklist: first open item</source>
        <translation>Checklist: first open item</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="87" />
        <source>Approve and sign…</source>
        <translation>Approve and sign…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="89" />
        <source>Write the reason (request changes, reject, revoke)</source>
        <translation>Write the reason (request changes, reject, revoke)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="90" />
        <source>History of the clip</source>
        <translation>History of the clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="91" />
        <source>Next clip in the queue</source>
        <translation>Next clip in the queue</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="92" />
        <source>Previous clip in the queue</source>
        <translation>Previous clip in the queue</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="93" />
        <source>Search the queue</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="94" />
        <source>Back to the queue list (↑/↓ choose a clip)</source>
        <translation>Back to the queue list (↑/↓ choose a clip)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="95" />
        <source>Add clips (files, folders, .zip)…</source>
        <translation>Add clips (files, folders, .zip)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="96" />
        <source>Export the approval package…</source>
        <translation>Export the approval package…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="97" />
        <source>Print the approval certificate…</source>
        <translation>Print the approval certificate…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="202" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="203" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="203" />
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="204" />
        <source>The keys work wherever the keyboard focus is, except while you type in a text field.</source>
        <translation>The keys work wherever the keyboard focus is, except while you type in a text field.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="205" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="33" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="34" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="35" />
        <source>Changes requested</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="36" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="37" />
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="38" />
        <source>All clips</source>
        <translation>All clips</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="165" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="277" />
        <source>No captions</source>
        <translation>No captions</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="279" />
        <source>unknown language</source>
        <translation>unknown language</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="280" />
        <source>%1 · %2 · %3 cues</source>
        <translation>%1 · %2 · %3 cues</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="281" />
        <source>This version has no caption file.</source>
        <translation>This version has no caption file.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="285" />
        <source>Cues that need attention: %1 (marked ⚠; hover for details).</source>
        <translation>Cues that need attention: %1 (marked ⚠; hover for details).</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="197" />
        <source>No sound: %1</source>
        <translation>No sound: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="230" />
        <source>Watched</source>
        <translation>Watched</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="231" />
        <source>not counted as watched</source>
        <translation>not counted as watched</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="232" />
        <source>Faster than 2× or backwards: this part is not counted as watched. K stops, Space plays at 1×.</source>
        <translation>Faster than 2× or backwards: this part is not counted as watched. K stops, Space plays at 1×.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="234" />
        <source>Parts of this version you have watched at up to 2× (green). Seeking and skipping do not count.</source>
        <translation>Parts of this version you have watched at up to 2× (green). Seeking and skipping do not count.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="235" />
        <source>Volume (- and =)</source>
        <translation>Volume (- and =)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="236" />
        <source>Playback speed ([ and ])</source>
        <translation>Playback speed ([ and ])</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="237" />
        <source>Timecode HH:MM:SS:FF at %1 frames per second</source>
        <translation>Timecode HH:MM:SS:FF at %1 frames per second</translation>
    </message>
</context>
</TS>
