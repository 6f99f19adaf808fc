<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>EffectivenessView</name>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="130" />
      <location filename="../../reviewer/ui/stats_view.py" line="459" />
      <source>Political</source>
      <translation>Political</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="143" />
      <location filename="../../reviewer/ui/stats_view.py" line="649" />
      <source>Clip</source>
      <translation>Clip</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="144" />
      <location filename="../../reviewer/ui/stats_view.py" line="499" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="145" />
      <source>Platforms</source>
      <translation>Platforms</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="146" />
      <location filename="../../reviewer/ui/stats_view.py" line="498" />
      <source>Published</source>
      <translation>Published</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="147" />
      <location filename="../../reviewer/ui/stats_view.py" line="452" />
      <location filename="../../reviewer/ui/stats_view.py" line="499" />
      <source>Views</source>
      <translation>Views</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="148" />
      <location filename="../../reviewer/ui/stats_view.py" line="453" />
      <location filename="../../reviewer/ui/stats_view.py" line="461" />
      <source>Reach</source>
      <translation>Reach</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="149" />
      <source>Reactions, comments, shares</source>
      <translation>Reactions, comments, shares</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="150" />
      <location filename="../../reviewer/ui/stats_view.py" line="463" />
      <source>Engagement rate</source>
      <translation>Engagement rate</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="151" />
      <source>Watch-through</source>
      <translation>Watch-through</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="152" />
      <source>Political clip</source>
      <translation>Political clip</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="153" />
      <location filename="../../reviewer/ui/stats_view.py" line="646" />
      <source>Topic</source>
      <translation>Topic</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="154" />
      <source>Author</source>
      <translation>Author</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="340" />
      <source>Last 7 days</source>
      <translation>Last 7 days</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="340" />
      <source>Last 30 days</source>
      <translation>Last 30 days</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="341" />
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="341" />
      <source>Last month</source>
      <translation>Last month</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="342" />
      <source>All time</source>
      <translation>All time</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="342" />
      <source>From – to</source>
      <translation>From – to</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="347" />
      <source>All platforms</source>
      <translation>All platforms</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="348" />
      <source>Political and other</source>
      <translation>Political and other</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="348" />
      <source>Political clips</source>
      <translation>Political clips</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="349" />
      <source>Other clips</source>
      <translation>Other clips</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="352" />
      <location filename="../../reviewer/ui/stats_view.py" line="429" />
      <source>All topics</source>
      <translation>All topics</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="409" />
      <source>Cannot compute the numbers</source>
      <translation>Cannot compute the numbers</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="440" />
      <source>&lt;b&gt;%1&lt;/b&gt; clips published · views &lt;b&gt;%2&lt;/b&gt; · reach &lt;b&gt;%3&lt;/b&gt; · engagement rate &lt;b&gt;%4&lt;/b&gt; · watch-through &lt;b&gt;%5&lt;/b&gt;</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; clips published · views &lt;b&gt;%2&lt;/b&gt; · reach &lt;b&gt;%3&lt;/b&gt; · engagement rate &lt;b&gt;%4&lt;/b&gt; · watch-through &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="454" />
      <source>Views and reach by platform</source>
      <translation>Views and reach by platform</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="459" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="477" />
      <source>Audience online and our publications by hour</source>
      <translation>Audience online and our publications by hour</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="478" />
      <source>Clips published</source>
      <translation>Clips published</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="478" />
      <source>Active followers</source>
      <translation>Active followers</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="479" />
      <source>Views per clip by hour of publication</source>
      <translation>Views per clip by hour of publication</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="485" />
      <source>Top clips by reach</source>
      <translation>Top clips by reach</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="485" />
      <source>Top clips by views</source>
      <translation>Top clips by views</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="498" />
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="498" />
      <location filename="../../reviewer/ui/stats_view.py" line="644" />
      <source>Platform</source>
      <translation>Platform</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="500" />
      <source>Best suggestion</source>
      <translation>Best suggestion</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="500" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="503" />
      <source>%1 (score %2)</source>
      <translation>%1 (score %2)</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="523" />
      <source>%1 — suggested (score %2)</source>
      <translation>%1 — suggested (score %2)</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="544" />
      <source>Cannot match the row</source>
      <translation>Cannot match the row</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="546" />
      <source>Row %1 tied to %2 (%3 rows across snapshots).</source>
      <translation>Row %1 tied to %2 (%3 rows across snapshots).</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="557" />
      <source>h</source>
      <translation>h</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="559" />
      <source>The review in this period</source>
      <translation>The review in this period</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="560" />
      <source>%1 clips vetted: %2 approved, %3 sent back for changes, %4 rejected.</source>
      <translation>%1 clips vetted: %2 approved, %3 sent back for changes, %4 rejected.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="563" />
      <source>From ingest to the head's decision: median %1 %3, mean %2 %3.</source>
      <translation>From ingest to the head's decision: median %1 %3, mean %2 %3.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="565" />
      <source>Rounds of changes per clip: mean %1, most %2.</source>
      <translation>Rounds of changes per clip: mean %1, most %2.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="567" />
      <source>From approval to publication: median %1 %2.</source>
      <translation>From approval to publication: median %1 %2.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="571" />
      <source>Failed checklist items</source>
      <translation>Failed checklist items</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="574" />
      <source>Approved but never published: %1</source>
      <translation>Approved but never published: %1</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="581" />
      <source>Who follows and watches</source>
      <translation>Who follows and watches</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="582" />
      <source>Aggregates the platforms give; nothing about any person.</source>
      <translation>Aggregates the platforms give; nothing about any person.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="585" />
      <source>No audience file imported yet.</source>
      <translation>No audience file imported yet.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="592" />
      <source>%1: followers online most at %2.</source>
      <translation>%1: followers online most at %2.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="596" />
      <source>Our clips do best when published at %1.</source>
      <translation>Our clips do best when published at %1.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="608" />
      <source>Import platform export files</source>
      <translation>Import platform export files</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="609" />
      <source>Exports (*.csv *.zip);;All files (*)</source>
      <translation>Exports (*.csv *.zip);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="620" />
      <source>Cannot import</source>
      <translation>Cannot import</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="624" />
      <source>Not imported: %1</source>
      <translation>Not imported: %1</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="626" />
      <source>%1: %2 rows, %3 matched, %4 unmatched (%5).</source>
      <translation>%1: %2 rows, %3 matched, %4 unmatched (%5).</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="634" />
      <source>Overview</source>
      <translation>Overview</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="634" />
      <location filename="../../reviewer/ui/stats_view.py" line="645" />
      <source>Clips</source>
      <translation>Clips</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="635" />
      <source>Unmatched (%1)</source>
      <translation>Unmatched (%1)</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="635" />
      <source>Unmatched</source>
      <translation>Unmatched</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="636" />
      <source>Review</source>
      <translation>Review</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="636" />
      <source>Audience</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="642" />
      <source>Effectiveness</source>
      <translation>Effectiveness</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="643" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="647" />
      <source>Import exports…</source>
      <translation>Import exports…</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="648" />
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="650" />
      <source>Tie to this clip</source>
      <translation>Tie to this clip</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="651" />
      <source>Rows of the platforms' exports that no recorded publication or clip code claimed. Suggestions come from the publish time, the duration and the title; tie each row to its clip yourself (the choice is recorded in the audit trail).</source>
      <translation>Rows of the platforms' exports that no recorded publication or clip code claimed. Suggestions come from the publish time, the duration and the title; tie each row to its clip yourself (the choice is recorded in the audit trail).</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="670" />
      <source>Age and gender</source>
      <translation>Age and gender</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="670" />
      <source>Cities</source>
      <translation>Cities</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="671" />
      <source>Countries</source>
      <translation>Countries</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="671" />
      <source>Gender</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="672" />
      <source>Subscription status</source>
      <translation>Subscription status</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="672" />
      <source>Age</source>
      <translation>Age</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="46" />
      <source>Record a publication</source>
      <translation>Record a publication</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="48" />
      <source>Where and when did the approved version of “%1” go out?</source>
      <translation>Where and when did the approved version of “%1” go out?</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="61" />
      <source>Platform</source>
      <translation>Platform</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="62" />
      <source>Address of the post</source>
      <translation>Address of the post</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="63" />
      <source>Published at</source>
      <translation>Published at</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="70" />
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="71" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>StatsDesk</name>
    <message>
      <location filename="../../reviewer/ui/stats_integration.py" line="90" />
      <source>%1 is not approved: only an approved clip can be published.</source>
      <translation>%1 is not approved: only an approved clip can be published.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_integration.py" line="99" />
      <source>Already recorded: %1 on %2.</source>
      <translation>Already recorded: %1 on %2.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_integration.py" line="100" />
      <source>Publication recorded: %1 on %2.</source>
      <translation>Publication recorded: %1 on %2.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_integration.py" line="106" />
      <source>Effectiveness…</source>
      <translation>Effectiveness…</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_integration.py" line="107" />
      <source>Record publication…</source>
      <translation>Record publication…</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_integration.py" line="111" />
      <source>Publications and statistics</source>
      <translation>Publications and statistics</translation>
    </message>
  </context>
</TS>