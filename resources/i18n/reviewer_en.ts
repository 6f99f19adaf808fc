<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaptionNote</name>
    <message>
        <source>start time: %1</source>
        <translation>start time: %1</translation>
    </message>
    <message>
        <source>end time: %1</source>
        <translation>end time: %1</translation>
    </message>
    <message>
        <source>%1-digit milliseconds (WebVTT needs exactly 3)</source>
        <translation>%1-digit milliseconds (WebVTT needs exactly 3)</translation>
    </message>
    <message>
        <source>%1-digit milliseconds read as %2 ms (FFmpeg-based players read %3)</source>
        <translation>%1-digit milliseconds read as %2 ms (FFmpeg-based players read %3)</translation>
    </message>
    <message>
        <source>a time must start with a digit</source>
        <translation>a time must start with a digit</translation>
    </message>
    <message>
        <source>a time needs minutes and seconds (mm:ss.ttt)</source>
        <translation>a time needs minutes and seconds (mm:ss.ttt)</translation>
    </message>
    <message>
        <source>minutes and seconds need exactly two digits</source>
        <translation>minutes and seconds need exactly two digits</translation>
    </message>
    <message>
        <source>minutes need exactly two digits (or hours, minutes and seconds: hh:mm:ss.ttt)</source>
        <translation>minutes need exactly two digits (or hours, minutes and seconds: hh:mm:ss.ttt)</translation>
    </message>
    <message>
        <source>minutes over 59</source>
        <translation>minutes over 59</translation>
    </message>
    <message>
        <source>&apos;,&apos; before the milliseconds (WebVTT needs &apos;.&apos;)</source>
        <translation>&apos;,&apos; before the milliseconds (WebVTT needs &apos;.&apos;)</translation>
    </message>
    <message>
        <source>the milliseconds are missing (hh:mm:ss.ttt)</source>
        <translation>the milliseconds are missing (hh:mm:ss.ttt)</translation>
    </message>
    <message>
        <source>minutes or seconds over 59</source>
        <translation>minutes or seconds over 59</translation>
    </message>
    <message>
        <source>the arrow &apos;--&gt;&apos; must follow the start time</source>
        <translation>the arrow &apos;--&gt;&apos; must follow the start time</translation>
    </message>
    <message>
        <source>a vertical tab is not a space in WebVTT</source>
        <translation>a vertical tab is not a space in WebVTT</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>no hours</translation>
    </message>
    <message>
        <source>one-digit minutes or seconds</source>
        <translation>one-digit minutes or seconds</translation>
    </message>
    <message>
        <source>Line %1: cue skipped: malformed timing %2: %3</source>
        <translation>Line %1: cue skipped: malformed timing %2: %3</translation>
    </message>
    <message>
        <source>Line %1: text outside any cue ignored</source>
        <translation>Line %1: text outside any cue ignored</translation>
    </message>
    <message>
        <source>Line %1 before the first cue ignored</source>
        <translation>Line %1 before the first cue ignored</translation>
    </message>
    <message>
        <source>Lines %1 before the first cue ignored</source>
        <translation>Lines %1 before the first cue ignored</translation>
    </message>
    <message>
        <source>Line %1: no blank line before the timing on line %2: %3 is shown as the last line of the cue above</source>
        <translation>Line %1: no blank line before the timing on line %2: %3 is shown as the last line of the cue above</translation>
    </message>
    <message>
        <source>Line %1: this cue has no text (in WebVTT a blank line right below the timing ends the cue)</source>
        <translation>Line %1: this cue has no text (in WebVTT a blank line right below the timing ends the cue)</translation>
    </message>
    <message>
        <source>Line %1: unusual timestamp %2: %3</source>
        <translation>Line %1: unusual timestamp %2: %3</translation>
    </message>
    <message>
        <source>%1 more timing lines with unusual timestamps</source>
        <translation>%1 more timing lines with unusual timestamps</translation>
    </message>
    <message>
        <source>%1 timestamps with &apos;.&apos; before the milliseconds (SRT uses &apos;,&apos;): most players accept it, some do not</source>
        <translation>%1 timestamps with &apos;.&apos; before the milliseconds (SRT uses &apos;,&apos;): most players accept it, some do not</translation>
    </message>
    <message>
        <source>Line %1: no blank line before the cue number %2: some players show the number and the timing below it as text of the cue above</source>
        <translation>Line %1: no blank line before the cue number %2: some players show the number and the timing below it as text of the cue above</translation>
    </message>
</context>
<context>
    <name>CaptionWarning</name>
    <message>
        <source>Cue %1 (%2) overlaps cue %3 by %4 ms</source>
        <translation>Cue %1 (%2) overlaps cue %3 by %4 ms</translation>
    </message>
    <message>
        <source>Cue %1 (%2) reads at %3 characters per second (limit %4): %5 characters in %6 s</source>
        <translation>Cue %1 (%2) reads at %3 characters per second (limit %4): %5 characters in %6 s</translation>
    </message>
    <message>
        <source>Cue %1 (%2): line %3 has %4 characters (limit %5)</source>
        <translation>Cue %1 (%2): line %3 has %4 characters (limit %5)</translation>
    </message>
    <message>
        <source>Cue %1 (%2) has zero duration</source>
        <translation>Cue %1 (%2) has zero duration</translation>
    </message>
    <message>
        <source>Cue %1 (%2) ends %3 ms before it starts</source>
        <translation>Cue %1 (%2) ends %3 ms before it starts</translation>
    </message>
    <message>
        <source>The file was decoded as Windows-1258 (legacy Vietnamese encoding)</source>
        <translation>The file was decoded as Windows-1258 (legacy Vietnamese encoding)</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Why does it fail? (note)</source>
        <translation>Why does it fail? (note)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Choose a clip in the queue to fill in its checklist.</source>
        <translation>Choose a clip in the queue to fill in its checklist.</translation>
    </message>
    <message>
        <source>Note written when the answer was %1:</source>
        <translation>Note written when the answer was %1:</translation>
    </message>
    <message>
        <source>%1 · item %2 of %3</source>
        <translation>%1 · item %2 of %3</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>%1 failed (%2 blocking)</source>
        <translation>%1 failed (%2 blocking)</translation>
    </message>
    <message>
        <source>The answer changes</source>
        <translation>The answer changes</translation>
    </message>
    <message>
        <source>This item had the note “%1”, written when it was %2. Keep the note with the new answer %3?</source>
        <translation>This item had the note “%1”, written when it was %2. Keep the note with the new answer %3?</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Keep the note</translation>
    </message>
    <message>
        <source>Clear the note</source>
        <translation>Clear the note</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (key %2)</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <source>Blocking item: a Fail here blocks approval.</source>
        <translation>Blocking item: a Fail here blocks approval.</translation>
    </message>
    <message>
        <source>Keys: 1 Pass · 2 Fail · 3 N/A, then on to the next open item · ↑↓ other items · Tab note</source>
        <translation>Keys: 1 Pass · 2 Fail · 3 N/A, then on to the next open item · ↑↓ other items · Tab note</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>no clips found in this folder</source>
        <translation>no clips found in this folder</translation>
    </message>
    <message>
        <source>no clips found in this package</source>
        <translation>no clips found in this package</translation>
    </message>
    <message>
        <source>unsupported file type “%1”</source>
        <translation>unsupported file type “%1”</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>empty file (0 bytes)</translation>
    </message>
    <message>
        <source>the clip has no duration</source>
        <translation>the clip has no duration</translation>
    </message>
    <message>
        <source>no video in this file (sound or data only)</source>
        <translation>no video in this file (sound or data only)</translation>
    </message>
    <message>
        <source>not a video file the desk accepts (MP4/MOV, MKV/WebM, AVI, MXF, MPEG-TS)</source>
        <translation>not a video file the desk accepts (MP4/MOV, MKV/WebM, AVI, MXF, MPEG-TS)</translation>
    </message>
    <message>
        <source>damaged or unsupported video file</source>
        <translation>damaged or unsupported video file</translation>
    </message>
    <message>
        <source>not a readable video file</source>
        <translation>not a readable video file</translation>
    </message>
    <message>
        <source>no picture can be decoded (truncated or empty file)</source>
        <translation>no picture can be decoded (truncated or empty file)</translation>
    </message>
    <message>
        <source>the first picture does not decode (damaged file)</source>
        <translation>the first picture does not decode (damaged file)</translation>
    </message>
    <message>
        <source>picture size %1×%2 is larger than 8K</source>
        <translation>picture size %1×%2 is larger than 8K</translation>
    </message>
    <message>
        <source>the file ends early (an interrupted copy?)</source>
        <translation>the file ends early (an interrupted copy?)</translation>
    </message>
    <message>
        <source>not a valid zip package</source>
        <translation>not a valid zip package</translation>
    </message>
    <message>
        <source>“%1” in the package is encrypted</source>
        <translation>“%1” in the package is encrypted</translation>
    </message>
    <message>
        <source>“%1” would be unpacked outside the package folder (unsafe package)</source>
        <translation>“%1” would be unpacked outside the package folder (unsafe package)</translation>
    </message>
    <message>
        <source>the name “%1” appears twice in the package</source>
        <translation>the name “%1” appears twice in the package</translation>
    </message>
    <message>
        <source>it revises clip “%1”, which is not in the library</source>
        <translation>it revises clip “%1”, which is not in the library</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>no video named “%1” beside it</source>
        <translation>no video named “%1” beside it</translation>
    </message>
    <message>
        <source>a package inside a package is not opened; unpack it first</source>
        <translation>a package inside a package is not opened; unpack it first</translation>
    </message>
    <message>
        <source>These exact bytes are already in the library.</source>
        <translation>These exact bytes are already in the library.</translation>
    </message>
    <message>
        <source>The disk holding the library is full; the file was not added.</source>
        <translation>The disk holding the library is full; the file was not added.</translation>
    </message>
    <message>
        <source>The disk holding the library is full; the package was not unpacked.</source>
        <translation>The disk holding the library is full; the package was not unpacked.</translation>
    </message>
    <message>
        <source>The disk holding the library is full; nothing was changed.</source>
        <translation>The disk holding the library is full; nothing was changed.</translation>
    </message>
    <message>
        <source>The disk holding the export folder is full; nothing was exported.</source>
        <translation>The disk holding the export folder is full; nothing was exported.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>A note needs some text.</translation>
    </message>
    <message>
        <source>A note&apos;s end must not be before its start.</source>
        <translation>A note&apos;s end must not be before its start.</translation>
    </message>
    <message>
        <source>Clip %1 has no approval of its current version to export (only a head&apos;s signed approval can be exported).</source>
        <translation>Clip %1 has no approval of its current version to export (only a head&apos;s signed approval can be exported).</translation>
    </message>
    <message>
        <source>The approval of %1 was revoked; there is nothing to export.</source>
        <translation>The approval of %1 was revoked; there is nothing to export.</translation>
    </message>
    <message>
        <source>The approval of %1 no longer matches its files: %2</source>
        <translation>The approval of %1 no longer matches its files: %2</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose another folder.</source>
        <translation>%1 already exists and is not an empty folder; choose another folder.</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>No clip under review.</source>
        <translation>No clip under review.</translation>
    </message>
    <message>
        <source>Choose who is at the desk first.</source>
        <translation>Choose who is at the desk first.</translation>
    </message>
    <message>
        <source>Approval is not possible yet:</source>
        <translation>Approval is not possible yet:</translation>
    </message>
    <message>
        <source>%1 of version %2</source>
        <translation>%1 of version %2</translation>
    </message>
    <message>
        <source>The clip, a caption file or the post text no longer has the signed bytes.</source>
        <translation>The clip, a caption file or the post text no longer has the signed bytes.</translation>
    </message>
    <message>
        <source>The signature or the audit record does not verify: do not publish.</source>
        <translation>The signature or the audit record does not verify: do not publish.</translation>
    </message>
    <message>
        <source>Revoked at %1</source>
        <translation>Revoked at %1</translation>
    </message>
    <message>
        <source>Already approved</source>
        <translation>Already approved</translation>
    </message>
    <message>
        <source>Version %1 of this clip was already approved by %2 at %3, and that approval is valid. Sign another approval of the same version?</source>
        <translation>Version %1 of this clip was already approved by %2 at %3, and that approval is valid. Sign another approval of the same version?</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Meaning of the signature: %1</source>
        <translation>Meaning of the signature: %1</translation>
    </message>
    <message>
        <source>Watched by you: %1</source>
        <translation>Watched by you: %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Recommend approval &amp;&amp; sign…</source>
        <translation>Recommend approval &amp;&amp; sign…</translation>
    </message>
    <message>
        <source>Approve &amp;&amp; sign…</source>
        <translation>Approve &amp;&amp; sign…</translation>
    </message>
    <message>
        <source>Reason — required to request changes, reject or revoke (Ctrl+Shift+R)</source>
        <translation>Reason — required to request changes, reject or revoke (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>What must change, or why it cannot be published</source>
        <translation>What must change, or why it cannot be published</translation>
    </message>
    <message>
        <source>Request changes…</source>
        <translation>Request changes…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
</context>
<context>
    <name>EffectivenessView</name>
    <message>
        <source>Political</source>
        <translation>Political</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Reactions, comments, shares</source>
        <translation>Reactions, comments, shares</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Engagement rate</translation>
    </message>
    <message>
        <source>Watch-through</source>
        <translation>Watch-through</translation>
    </message>
    <message>
        <source>Political clip</source>
        <translation>Political clip</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>Political and other</source>
        <translation>Political and other</translation>
    </message>
    <message>
        <source>Political clips</source>
        <translation>Political clips</translation>
    </message>
    <message>
        <source>Other clips</source>
        <translation>Other clips</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Cannot compute the numbers</source>
        <translation>Cannot compute the numbers</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; clips published · views &lt;b&gt;%2&lt;/b&gt; · reach &lt;b&gt;%3&lt;/b&gt; · engagement rate &lt;b&gt;%4&lt;/b&gt; · watch-through &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; clips published · views &lt;b&gt;%2&lt;/b&gt; · reach &lt;b&gt;%3&lt;/b&gt; · engagement rate &lt;b&gt;%4&lt;/b&gt; · watch-through &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Views and reach by platform</source>
        <translation>Views and reach by platform</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Audience online and our publications by hour</source>
        <translation>Audience online and our publications by hour</translation>
    </message>
    <message>
        <source>Clips published</source>
        <translation>Clips published</translation>
    </message>
    <message>
        <source>Active followers</source>
        <translation>Active followers</translation>
    </message>
    <message>
        <source>Views per clip by hour of publication</source>
        <translation>Views per clip by hour of publication</translation>
    </message>
    <message>
        <source>Top clips by reach</source>
        <translation>Top clips by reach</translation>
    </message>
    <message>
        <source>Top clips by views</source>
        <translation>Top clips by views</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Best suggestion</source>
        <translation>Best suggestion</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (score %2)</translation>
    </message>
    <message>
        <source>%1 — suggested (score %2)</source>
        <translation>%1 — suggested (score %2)</translation>
    </message>
    <message>
        <source>Cannot match the row</source>
        <translation>Cannot match the row</translation>
    </message>
    <message>
        <source>Row %1 tied to %2 (%3 rows across snapshots).</source>
        <translation>Row %1 tied to %2 (%3 rows across snapshots).</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>The review in this period</source>
        <translation>The review in this period</translation>
    </message>
    <message>
        <source>%1 clips vetted: %2 approved, %3 sent back for changes, %4 rejected.</source>
        <translation>%1 clips vetted: %2 approved, %3 sent back for changes, %4 rejected.</translation>
    </message>
    <message>
        <source>From ingest to the head&apos;s decision: median %1 %3, mean %2 %3.</source>
        <translation>From ingest to the head&apos;s decision: median %1 %3, mean %2 %3.</translation>
    </message>
    <message>
        <source>Rounds of changes per clip: mean %1, most %2.</source>
        <translation>Rounds of changes per clip: mean %1, most %2.</translation>
    </message>
    <message>
        <source>From approval to publication: median %1 %2.</source>
        <translation>From approval to publication: median %1 %2.</translation>
    </message>
    <message>
        <source>Failed checklist items</source>
        <translation>Failed checklist items</translation>
    </message>
    <message>
        <source>Approved but never published: %1</source>
        <translation>Approved but never published: %1</translation>
    </message>
    <message>
        <source>Who follows and watches</source>
        <translation>Who follows and watches</translation>
    </message>
    <message>
        <source>Aggregates the platforms give; nothing about any person.</source>
        <translation>Aggregates the platforms give; nothing about any person.</translation>
    </message>
    <message>
        <source>No audience file imported yet.</source>
        <translation>No audience file imported yet.</translation>
    </message>
    <message>
        <source>%1: followers online most at %2.</source>
        <translation>%1: followers online most at %2.</translation>
    </message>
    <message>
        <source>Our clips do best when published at %1.</source>
        <translation>Our clips do best when published at %1.</translation>
    </message>
    <message>
        <source>Import platform export files</source>
        <translation>Import platform export files</translation>
    </message>
    <message>
        <source>Exports (*.csv *.zip);;All files (*)</source>
        <translation>Exports (*.csv *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 matched, %4 unmatched (%5).</source>
        <translation>%1: %2 rows, %3 matched, %4 unmatched (%5).</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Unmatched (%1)</source>
        <translation>Unmatched (%1)</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Effectiveness</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Import exports…</source>
        <translation>Import exports…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Tie to this clip</source>
        <translation>Tie to this clip</translation>
    </message>
    <message>
        <source>Rows of the platforms&apos; exports that no recorded publication or clip code claimed. Suggestions come from the publish time, the duration and the title; tie each row to its clip yourself (the choice is recorded in the audit trail).</source>
        <translation>Rows of the platforms&apos; exports that no recorded publication or clip code claimed. Suggestions come from the publish time, the duration and the title; tie each row to its clip yourself (the choice is recorded in the audit trail).</translation>
    </message>
    <message>
        <source>Age and gender</source>
        <translation>Age and gender</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Subscription status</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Where should the package go?</source>
        <translation>Where should the package go?</translation>
    </message>
    <message>
        <source>Choose where the package goes.</source>
        <translation>Choose where the package goes.</translation>
    </message>
    <message>
        <source>Enter your passphrase: the package is handed over in your name.</source>
        <translation>Enter your passphrase: the package is handed over in your name.</translation>
    </message>
    <message>
        <source>Package written to %1 (%2 files). The publishing desk checks it with VERIFY.txt, without this program.</source>
        <translation>Package written to %1 (%2 files). The publishing desk checks it with VERIFY.txt, without this program.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export the approval package</source>
        <translation>Export the approval package</translation>
    </message>
    <message>
        <source>Approval package of %1, version %2</source>
        <translation>Approval package of %1, version %2</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>Your passphrase:</translation>
    </message>
    <message>
        <source>%1&apos;s signing passphrase</source>
        <translation>%1&apos;s signing passphrase</translation>
    </message>
    <message>
        <source>The package holds the clip, its captions and post text, the signed approval, the certificate and the commands to check them.</source>
        <translation>The package holds the clip, its captions and post text, the signed approval, the certificate and the commands to check them.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Clip %1 has no valid approval of its current version: there is no certificate to print.</source>
        <translation>Clip %1 has no valid approval of its current version: there is no certificate to print.</translation>
    </message>
    <message>
        <source>The approval of %1 has no signed checkpoint after it; run reviewer verify.</source>
        <translation>The approval of %1 has no signed checkpoint after it; run reviewer verify.</translation>
    </message>
    <message>
        <source>Approval certificate %1</source>
        <translation>Approval certificate %1</translation>
    </message>
    <message>
        <source>Print the approval certificate</source>
        <translation>Print the approval certificate</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up the station</source>
        <translation>Set up the station</translation>
    </message>
    <message>
        <source>This library has no station key yet. The station key certifies who is a head (who may approve) and who is an editor; only whoever holds its passphrase can enrol, retire or revoke signers. Keep that passphrase apart from everyone&apos;s signing passphrase.</source>
        <translation>This library has no station key yet. The station key certifies who is a head (who may approve) and who is an editor; only whoever holds its passphrase can enrol, retire or revoke signers. Keep that passphrase apart from everyone&apos;s signing passphrase.</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet: enrol the first signer with the station passphrase.</source>
        <translation>Nobody is enrolled yet: enrol the first signer with the station passphrase.</translation>
    </message>
    <message>
        <source>Station key</source>
        <translation>Station key</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Station passphrase</source>
        <translation>Station passphrase</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>First signer</source>
        <translation>First signer</translation>
    </message>
    <message>
        <source>Identity (principal)</source>
        <translation>Identity (principal)</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Printed name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Signing passphrase</source>
        <translation>Signing passphrase</translation>
    </message>
    <message>
        <source>head (approves)</source>
        <translation>head (approves)</translation>
    </message>
    <message>
        <source>editor (recommends)</source>
        <translation>editor (recommends)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>The two station passphrases differ.</source>
        <translation>The two station passphrases differ.</translation>
    </message>
    <message>
        <source>The two signing passphrases differ.</source>
        <translation>The two signing passphrases differ.</translation>
    </message>
    <message>
        <source>%1 is enrolled. Publish the station&apos;s trust file: reviewer station trust</source>
        <translation>%1 is enrolled. Publish the station&apos;s trust file: reviewer station trust</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Ingested</source>
        <translation>Ingested</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Viewing</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Key enrolled</source>
        <translation>Key enrolled</translation>
    </message>
    <message>
        <source>Key retired</source>
        <translation>Key retired</translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation>Policy changed</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Wrong passphrase</translation>
    </message>
    <message>
        <source>Signing locked</source>
        <translation>Signing locked</translation>
    </message>
    <message>
        <source>%1 events in the audit trail of this clip, %2 signed; newest first.</source>
        <translation>%1 events in the audit trail of this clip, %2 signed; newest first.</translation>
    </message>
    <message>
        <source>(payload unreadable)</source>
        <translation>(payload unreadable)</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <source>Version %1: %2 answers — %3 pass · %4 fail · %5 N/A</source>
        <translation>Version %1: %2 answers — %3 pass · %4 fail · %5 N/A</translation>
    </message>
    <message>
        <source>Version %1: %2, caption files: %3, SHA-256 %4…</source>
        <translation>Version %1: %2, caption files: %3, SHA-256 %4…</translation>
    </message>
    <message>
        <source>Version %1: watched %2 in this session, %3 in all</source>
        <translation>Version %1: watched %2 in this session, %3 in all</translation>
    </message>
    <message>
        <source>Version %1 at %2: “%3”</source>
        <translation>Version %1 at %2: “%3”</translation>
    </message>
    <message>
        <source>%1 of version %2 (%3), %4</source>
        <translation>%1 of version %2 (%3), %4</translation>
    </message>
    <message>
        <source>%1 of version %2, %3</source>
        <translation>%1 of version %2, %3</translation>
    </message>
    <message>
        <source>Approval of version %1 revoked: “%2”</source>
        <translation>Approval of version %1 revoked: “%2”</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>signature %1</translation>
    </message>
    <message>
        <source>Package of version %1 exported to %2</source>
        <translation>Package of version %1 exported to %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Verify again</translation>
    </message>
    <message>
        <source>Check every signature and re-hash the files the sign-offs name</source>
        <translation>Check every signature and re-hash the files the sign-offs name</translation>
    </message>
    <message>
        <source>The history of the clip under review appears here.</source>
        <translation>The history of the clip under review appears here.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Who is at the desk?</translation>
    </message>
    <message>
        <source>Who is at the desk? Your notes, checklist answers and viewing are recorded under your name.</source>
        <translation>Who is at the desk? Your notes, checklist answers and viewing are recorded under your name.</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>This is me</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Set up the station…</source>
        <translation>Set up the station…</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Someone else…</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Reviewer: %1</translation>
    </message>
    <message>
        <source>%1 — recorded as %2. Click to switch person.</source>
        <translation>%1 — recorded as %2. Click to switch person.</translation>
    </message>
    <message>
        <source>No one is enrolled</source>
        <translation>No one is enrolled</translation>
    </message>
    <message>
        <source>No one is enrolled: set up the station first.</source>
        <translation>No one is enrolled: set up the station first.</translation>
    </message>
    <message>
        <source>Choose who is at the desk before reviewing.</source>
        <translation>Choose who is at the desk before reviewing.</translation>
    </message>
</context>
<context>
    <name>IngestDialog</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Already in the library</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Choose clips or .zip packages</source>
        <translation>Choose clips or .zip packages</translation>
    </message>
    <message>
        <source>Clips and packages (%1)</source>
        <translation>Clips and packages (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Choose a folder of clips</source>
        <translation>Choose a folder of clips</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 MB</source>
        <translation>%1 — %2 of %3 MB</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>Nothing to add.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message>
        <source>Add clips</source>
        <translation>Add clips</translation>
    </message>
    <message>
        <source>Add clips from files, folders or .zip packages (a USB stick). Captions, post text and metadata beside a clip come with it.</source>
        <translation>Add clips from files, folders or .zip packages (a USB stick). Captions, post text and metadata beside a clip come with it.</translation>
    </message>
    <message>
        <source>Files or packages…</source>
        <translation>Files or packages…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>File or reason</source>
        <translation>File or reason</translation>
    </message>
    <message>
        <source>Add to the library</source>
        <translation>Add to the library</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <source>Captions (%1)</source>
        <translation>Captions (%1)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Captions</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Post text</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the clip</source>
        <translation>Cannot open the clip</translation>
    </message>
    <message>
        <source>This clip cannot be played</source>
        <translation>This clip cannot be played</translation>
    </message>
    <message>
        <source>The media file is missing from the library: %1</source>
        <translation>The media file is missing from the library: %1</translation>
    </message>
    <message>
        <source>No clip to review</source>
        <translation>No clip to review</translation>
    </message>
    <message>
        <source>No clip selected</source>
        <translation>No clip selected</translation>
    </message>
    <message>
        <source>Review desk</source>
        <translation>Review desk</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>POLITICAL</source>
        <translation>POLITICAL</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>%1 — Review desk</source>
        <translation>%1 — Review desk</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>You have watched all of this version.</source>
        <translation>You have watched all of this version.</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Muted</translation>
    </message>
    <message>
        <source>Volume %1%</source>
        <translation>Volume %1%</translation>
    </message>
    <message>
        <source>Playing the parts you have not watched yet…</source>
        <translation>Playing the parts you have not watched yet…</translation>
    </message>
    <message>
        <source>Choose who is at the desk first.</source>
        <translation>Choose who is at the desk first.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>About the review desk</source>
        <translation>About the review desk</translation>
    </message>
    <message>
        <source>Clip review and sign-off desk, version %1.
Library: %2</source>
        <translation>Clip review and sign-off desk, version %1.
Library: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Opening the library…</translation>
    </message>
    <message>
        <source>Add a folder of clips…</source>
        <translation>Add a folder of clips…</translation>
    </message>
    <message>
        <source>Refresh queue</source>
        <translation>Refresh queue</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>About…</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Captions</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>No one is enrolled: set up the station first (status bar, bottom right).</source>
        <translation>No one is enrolled: set up the station first (status bar, bottom right).</translation>
    </message>
    <message>
        <source>The queue is empty for this filter. Add clips with File → Add clips… (Ctrl+O) or drop them on the queue.</source>
        <translation>The queue is empty for this filter. Add clips with File → Add clips… (Ctrl+O) or drop them on the queue.</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Playback</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Pending: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Overdue: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Internal error: %1. The desk keeps running; details are in the log.</source>
        <translation>Internal error: %1. The desk keeps running; details are in the log.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Range: until</source>
        <translation>Range: until</translation>
    </message>
    <message>
        <source>What needs attention here?</source>
        <translation>What needs attention here?</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Esc cancels</source>
        <translation>Ctrl+Enter saves · Esc cancels</translation>
    </message>
    <message>
        <source>The start time is not a timecode HH:MM:SS:FF.</source>
        <translation>The start time is not a timecode HH:MM:SS:FF.</translation>
    </message>
    <message>
        <source>The end time is not a timecode HH:MM:SS:FF.</source>
        <translation>The end time is not a timecode HH:MM:SS:FF.</translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation>The end of the range is before its start.</translation>
    </message>
    <message>
        <source>The start time is after the end of the clip.</source>
        <translation>The start time is after the end of the clip.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add note at current time (N)</source>
        <translation>Add note at current time (N)</translation>
    </message>
    <message>
        <source>No notes on this version yet. Press N while watching to add one at the current time.</source>
        <translation>No notes on this version yet. Press N while watching to add one at the current time.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Political: %1</source>
        <translation>Political: %1</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>Due today: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>Re-reviews: %1</source>
        <translation>Re-reviews: %1</translation>
    </message>
    <message>
        <source>Political clips waiting for your decision (they head the queue)</source>
        <translation>Political clips waiting for your decision (they head the queue)</translation>
    </message>
    <message>
        <source>Pending clips whose deadline is later today</source>
        <translation>Pending clips whose deadline is later today</translation>
    </message>
    <message>
        <source>Pending clips past their deadline</source>
        <translation>Pending clips past their deadline</translation>
    </message>
    <message>
        <source>New versions of clips that were sent back (changes requested or rejected)</source>
        <translation>New versions of clips that were sent back (changes requested or rejected)</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>The video engine (libvlc) could not start.</source>
        <translation>The video engine (libvlc) could not start.</translation>
    </message>
    <message>
        <source>Video cannot be shown on Wayland; start the desk with QT_QPA_PLATFORM=xcb.</source>
        <translation>Video cannot be shown on Wayland; start the desk with QT_QPA_PLATFORM=xcb.</translation>
    </message>
    <message>
        <source>The media file does not exist: %1</source>
        <translation>The media file does not exist: %1</translation>
    </message>
    <message>
        <source>This file cannot be played: %1</source>
        <translation>This file cannot be played: %1</translation>
    </message>
    <message>
        <source>No picture could be shown from %1; the file is damaged or not a video.</source>
        <translation>No picture could be shown from %1; the file is damaged or not a video.</translation>
    </message>
</context>
<context>
    <name>PostPanel</name>
    <message>
        <source>This version has no post text.</source>
        <translation>This version has no post text.</translation>
    </message>
    <message>
        <source>no platform</source>
        <translation>no platform</translation>
    </message>
    <message>
        <source>%1 characters · %2 (no limit configured)</source>
        <translation>%1 characters · %2 (no limit configured)</translation>
    </message>
    <message>
        <source>%1 / %2 characters · %3 · %4 too long</source>
        <translation>%1 / %2 characters · %3 · %4 too long</translation>
    </message>
    <message>
        <source>%1 / %2 characters · %3</source>
        <translation>%1 / %2 characters · %3</translation>
    </message>
    <message>
        <source>Hashtags: %1 · Mentions: %2</source>
        <translation>Hashtags: %1 · Mentions: %2</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Record a publication</source>
        <translation>Record a publication</translation>
    </message>
    <message>
        <source>Where and when did the approved version of “%1” go out?</source>
        <translation>Where and when did the approved version of “%1” go out?</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Address of the post</source>
        <translation>Address of the post</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Published at</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Cannot read the queue</source>
        <translation>Cannot read the queue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>Ver.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Political content</source>
        <translation>Political content</translation>
    </message>
    <message>
        <source>Version under review</source>
        <translation>Version under review</translation>
    </message>
    <message>
        <source>Publishing deadline (red when overdue)</source>
        <translation>Publishing deadline (red when overdue)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>REVIEW QUEUE</source>
        <translation>REVIEW QUEUE</translation>
    </message>
    <message>
        <source>Search title, id, author, platform (Ctrl+F)</source>
        <translation>Search title, id, author, platform (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show clips with this status</source>
        <translation>Show clips with this status</translation>
    </message>
    <message>
        <source>%1 clips</source>
        <translation>%1 clips</translation>
    </message>
</context>
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
<context>
    <name>Shortcuts</name>
    <message>
        <source>Playback</source>
        <translation>Playback</translation>
    </message>
    <message>
        <source>Moving in the clip</source>
        <translation>Moving in the clip</translation>
    </message>
    <message>
        <source>Speed and sound</source>
        <translation>Speed and sound</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Play at normal speed / pause</source>
        <translation>Play at normal speed / pause</translation>
    </message>
    <message>
        <source>Stop (always pauses, shuttles too)</source>
        <translation>Stop (always pauses, shuttles too)</translation>
    </message>
    <message>
        <source>Shuttle backward (press again: faster)</source>
        <translation>Shuttle backward (press again: faster)</translation>
    </message>
    <message>
        <source>Shuttle forward (press again: faster)</source>
        <translation>Shuttle forward (press again: faster)</translation>
    </message>
    <message>
        <source>Play the parts not yet watched</source>
        <translation>Play the parts not yet watched</translation>
    </message>
    <message>
        <source>Loop the clip on/off</source>
        <translation>Loop the clip on/off</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Back 5 seconds</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Forward 5 seconds</translation>
    </message>
    <message>
        <source>Back 1 second</source>
        <translation>Back 1 second</translation>
    </message>
    <message>
        <source>Forward 1 second</source>
        <translation>Forward 1 second</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>One frame back</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>One frame forward</translation>
    </message>
    <message>
        <source>Go to the start</source>
        <translation>Go to the start</translation>
    </message>
    <message>
        <source>Go to the end</source>
        <translation>Go to the end</translation>
    </message>
    <message>
        <source>Slower (down to 0.5×)</source>
        <translation>Slower (down to 0.5×)</translation>
    </message>
    <message>
        <source>Faster (up to 2×)</source>
        <translation>Faster (up to 2×)</translation>
    </message>
    <message>
        <source>Normal speed (1×)</source>
        <translation>Normal speed (1×)</translation>
    </message>
    <message>
        <source>Volume down</source>
        <translation>Volume down</translation>
    </message>
    <message>
        <source>Volume up</source>
        <translation>Volume up</translation>
    </message>
    <message>
        <source>Mute on/off</source>
        <translation>Mute on/off</translation>
    </message>
    <message>
        <source>Full screen on/off (Esc leaves)</source>
        <translation>Full screen on/off (Esc leaves)</translation>
    </message>
    <message>
        <source>Captions over the video on/off</source>
        <translation>Captions over the video on/off</translation>
    </message>
    <message>
        <source>Captions at the top of the picture</source>
        <translation>Captions at the top of the picture</translation>
    </message>
    <message>
        <source>Add a note at the current time</source>
        <translation>Add a note at the current time</translation>
    </message>
    <message>
        <source>Who is at the desk…</source>
        <translation>Who is at the desk…</translation>
    </message>
    <message>
        <source>Checklist: first open item</source>
        <translation>Checklist: first open item</translation>
    </message>
    <message>
        <source>Approve and sign…</source>
        <translation>Approve and sign…</translation>
    </message>
    <message>
        <source>Write the reason (request changes, reject, revoke)</source>
        <translation>Write the reason (request changes, reject, revoke)</translation>
    </message>
    <message>
        <source>History of the clip</source>
        <translation>History of the clip</translation>
    </message>
    <message>
        <source>Next clip in the queue</source>
        <translation>Next clip in the queue</translation>
    </message>
    <message>
        <source>Previous clip in the queue</source>
        <translation>Previous clip in the queue</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Search the queue</translation>
    </message>
    <message>
        <source>Back to the queue list (↑/↓ choose a clip)</source>
        <translation>Back to the queue list (↑/↓ choose a clip)</translation>
    </message>
    <message>
        <source>Add clips (files, folders, .zip)…</source>
        <translation>Add clips (files, folders, .zip)…</translation>
    </message>
    <message>
        <source>Export the approval package…</source>
        <translation>Export the approval package…</translation>
    </message>
    <message>
        <source>Print the approval certificate…</source>
        <translation>Print the approval certificate…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>The keys work wherever the keyboard focus is, except while you type in a text field.</source>
        <translation>The keys work wherever the keyboard focus is, except while you type in a text field.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Clip SHA-256</source>
        <translation>Clip SHA-256</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Watched</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Not passed, or with a note</source>
        <translation>Not passed, or with a note</translation>
    </message>
    <message>
        <source>Revokes</source>
        <translation>Revokes</translation>
    </message>
    <message>
        <source>Record SHA-256</source>
        <translation>Record SHA-256</translation>
    </message>
    <message>
        <source>Time of signing</source>
        <translation>Time of signing</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Sign the revocation</source>
        <translation>Sign the revocation</translation>
    </message>
    <message>
        <source>You are about to revoke this approval</source>
        <translation>You are about to revoke this approval</translation>
    </message>
    <message>
        <source>Sign the decision</source>
        <translation>Sign the decision</translation>
    </message>
    <message>
        <source>You are about to sign this decision</source>
        <translation>You are about to sign this decision</translation>
    </message>
    <message>
        <source>%1 (recommendation: only a head approves)</source>
        <translation>%1 (recommendation: only a head approves)</translation>
    </message>
    <message>
        <source>%1 — %2, version %3</source>
        <translation>%1 — %2, version %3</translation>
    </message>
    <message>
        <source>approval of version %1 signed by %2 at %3</source>
        <translation>approval of version %1 signed by %2 at %3</translation>
    </message>
    <message>
        <source>By entering your passphrase you sign the facts above with your own key. The signature binds you to this decision like your handwritten signature.</source>
        <translation>By entering your passphrase you sign the facts above with your own key. The signature binds you to this decision like your handwritten signature.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Your signing passphrase</source>
        <translation>Your signing passphrase</translation>
    </message>
    <message>
        <source>Sign (Ctrl+Enter)</source>
        <translation>Sign (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The passphrase is asked at every signing.</source>
        <translation>The passphrase is asked at every signing.</translation>
    </message>
    <message>
        <source>none: every item passed, without notes</source>
        <translation>none: every item passed, without notes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (%2) — recorded when you sign</source>
        <translation>%1 (%2) — recorded when you sign</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to sign.</source>
        <translation>Press Ctrl+Enter to sign.</translation>
    </message>
    <message>
        <source>Enter your passphrase to sign.</source>
        <translation>Enter your passphrase to sign.</translation>
    </message>
    <message>
        <source>A new version of this clip has arrived since this dialog opened. Close it and review the new version.</source>
        <translation>A new version of this clip has arrived since this dialog opened. Close it and review the new version.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Wrong passphrase. %1 of %2 attempts left before signing locks for %3.</source>
        <translation>Wrong passphrase. %1 of %2 attempts left before signing locks for %3.</translation>
    </message>
    <message>
        <source>Notes on this version</source>
        <translation>Notes on this version</translation>
    </message>
</context>
<context>
    <name>SignedBanner</name>
    <message>
        <source>✓ Signed: %1 of version %2, by %3 at %4.</source>
        <translation>✓ Signed: %1 of version %2, by %3 at %4.</translation>
    </message>
    <message>
        <source>Export the approval package…</source>
        <translation>Export the approval package…</translation>
    </message>
    <message>
        <source>Print the certificate…</source>
        <translation>Print the certificate…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Signoff</name>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Revoke the approval</source>
        <translation>Revoke the approval</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Rejection</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <source>No approval yet</source>
        <translation>No approval yet</translation>
    </message>
    <message>
        <source>Approval valid</source>
        <translation>Approval valid</translation>
    </message>
    <message>
        <source>File changed since approval</source>
        <translation>File changed since approval</translation>
    </message>
    <message>
        <source>Approval invalid</source>
        <translation>Approval invalid</translation>
    </message>
    <message>
        <source>Approval revoked</source>
        <translation>Approval revoked</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>file changed</source>
        <translation>file changed</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Head (approves)</source>
        <translation>Head (approves)</translation>
    </message>
    <message>
        <source>Editor (recommends)</source>
        <translation>Editor (recommends)</translation>
    </message>
    <message>
        <source>signed in the desk</source>
        <translation>signed in the desk</translation>
    </message>
    <message>
        <source>signed on the command line</source>
        <translation>signed on the command line</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1/%2 answered: %3 pass · %4 fail · %5 N/A</source>
        <translation>%1/%2 answered: %3 pass · %4 fail · %5 N/A</translation>
    </message>
    <message>
        <source>Checklist not finished: %1 of %2 items not answered yet</source>
        <translation>Checklist not finished: %1 of %2 items not answered yet</translation>
    </message>
    <message>
        <source>Blocking item failed: %1</source>
        <translation>Blocking item failed: %1</translation>
    </message>
    <message>
        <source>You have watched %1 of version %2; watch the whole clip before approving</source>
        <translation>You have watched %1 of version %2; watch the whole clip before approving</translation>
    </message>
    <message>
        <source>Signing is locked after too many wrong passphrases; try again in %1 (at %2)</source>
        <translation>Signing is locked after too many wrong passphrases; try again in %1 (at %2)</translation>
    </message>
    <message>
        <source>%1 has no signing key. An administrator creates one with: reviewer keys init --principal %1</source>
        <translation>%1 has no signing key. An administrator creates one with: reviewer keys init --principal %1</translation>
    </message>
    <message>
        <source>Write the reason first: requesting changes needs a reason.</source>
        <translation>Write the reason first: requesting changes needs a reason.</translation>
    </message>
    <message>
        <source>Write the reason first: a rejection needs a reason.</source>
        <translation>Write the reason first: a rejection needs a reason.</translation>
    </message>
    <message>
        <source>Write the reason first: revoking an approval needs a reason.</source>
        <translation>Write the reason first: revoking an approval needs a reason.</translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation>Write the reason first.</translation>
    </message>
</context>
<context>
    <name>SignoffDesk</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Signed: %1 of %2 (version %3).</source>
        <translation>Signed: %1 of %2 (version %3).</translation>
    </message>
    <message>
        <source>No one is enrolled: set up the station first (status bar → No one is enrolled).</source>
        <translation>No one is enrolled: set up the station first (status bar → No one is enrolled).</translation>
    </message>
    <message>
        <source>Choose who is at the desk first (status bar → Who is at the desk?).</source>
        <translation>Choose who is at the desk first (status bar → Who is at the desk?).</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Checklist %1/%2</source>
        <translation>Checklist %1/%2</translation>
    </message>
</context>
<context>
    <name>StatsDesk</name>
    <message>
        <source>%1 is not approved: only an approved clip can be published.</source>
        <translation>%1 is not approved: only an approved clip can be published.</translation>
    </message>
    <message>
        <source>Already recorded: %1 on %2.</source>
        <translation>Already recorded: %1 on %2.</translation>
    </message>
    <message>
        <source>Publication recorded: %1 on %2.</source>
        <translation>Publication recorded: %1 on %2.</translation>
    </message>
    <message>
        <source>Effectiveness…</source>
        <translation>Effectiveness…</translation>
    </message>
    <message>
        <source>Record publication…</source>
        <translation>Record publication…</translation>
    </message>
    <message>
        <source>Publications and statistics</source>
        <translation>Publications and statistics</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>All clips</source>
        <translation>All clips</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No captions</source>
        <translation>No captions</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>unknown language</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 cues</source>
        <translation>%1 · %2 · %3 cues</translation>
    </message>
    <message>
        <source>This version has no caption file.</source>
        <translation>This version has no caption file.</translation>
    </message>
    <message>
        <source>Cues that need attention: %1 (marked ⚠; hover for details).</source>
        <translation>Cues that need attention: %1 (marked ⚠; hover for details).</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>No sound: %1</source>
        <translation>No sound: %1</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Watched</translation>
    </message>
    <message>
        <source>not counted as watched</source>
        <translation>not counted as watched</translation>
    </message>
    <message>
        <source>Faster than 2× or backwards: this part is not counted as watched. K stops, Space plays at 1×.</source>
        <translation>Faster than 2× or backwards: this part is not counted as watched. K stops, Space plays at 1×.</translation>
    </message>
    <message>
        <source>Parts of this version you have watched at up to 2× (green). Seeking and skipping do not count.</source>
        <translation>Parts of this version you have watched at up to 2× (green). Seeking and skipping do not count.</translation>
    </message>
    <message>
        <source>Volume (- and =)</source>
        <translation>Volume (- and =)</translation>
    </message>
    <message>
        <source>Playback speed ([ and ])</source>
        <translation>Playback speed ([ and ])</translation>
    </message>
    <message>
        <source>Timecode HH:MM:SS:FF at %1 frames per second</source>
        <translation>Timecode HH:MM:SS:FF at %1 frames per second</translation>
    </message>
</context>
</TS>
