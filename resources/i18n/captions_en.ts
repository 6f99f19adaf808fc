<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaptionNote</name>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>start time: %1</source>
        <translation>start time: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>end time: %1</source>
        <translation>end time: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>%1-digit milliseconds (WebVTT needs exactly 3)</source>
        <translation>%1-digit milliseconds (WebVTT needs exactly 3)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>%1-digit milliseconds read as %2 ms (FFmpeg-based players read %3)</source>
        <translation>%1-digit milliseconds read as %2 ms (FFmpeg-based players read %3)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>a time must start with a digit</source>
        <translation>a time must start with a digit</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>a time needs minutes and seconds (mm:ss.ttt)</source>
        <translation>a time needs minutes and seconds (mm:ss.ttt)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>minutes and seconds need exactly two digits</source>
        <translation>minutes and seconds need exactly two digits</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>minutes need exactly two digits (or hours, minutes and seconds: hh:mm:ss.ttt)</source>
        <translation>minutes need exactly two digits (or hours, minutes and seconds: hh:mm:ss.ttt)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>minutes over 59</source>
        <translation>minutes over 59</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>',' before the milliseconds (WebVTT needs '.')</source>
        <translation>',' before the milliseconds (WebVTT needs '.')</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>the milliseconds are missing (hh:mm:ss.ttt)</source>
        <translation>the milliseconds are missing (hh:mm:ss.ttt)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>minutes or seconds over 59</source>
        <translation>minutes or seconds over 59</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>the arrow '--&gt;' must follow the start time</source>
        <translation>the arrow '--&gt;' must follow the start time</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>a vertical tab is not a space in WebVTT</source>
        <translation>a vertical tab is not a space in WebVTT</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>no hours</source>
        <translation>no hours</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>one-digit minutes or seconds</source>
        <translation>one-digit minutes or seconds</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1: cue skipped: malformed timing %2: %3</source>
        <translation>Line %1: cue skipped: malformed timing %2: %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1: text outside any cue ignored</source>
        <translation>Line %1: text outside any cue ignored</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1 before the first cue ignored</source>
        <translation>Line %1 before the first cue ignored</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Lines %1 before the first cue ignored</source>
        <translation>Lines %1 before the first cue ignored</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1: no blank line before the timing on line %2: %3 is shown as the last line of the cue above</source>
        <translation>Line %1: no blank line before the timing on line %2: %3 is shown as the last line of the cue above</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1: this cue has no text (in WebVTT a blank line right below the timing ends the cue)</source>
        <translation>Line %1: this cue has no text (in WebVTT a blank line right below the timing ends the cue)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1: unusual timestamp %2: %3</source>
        <translation>Line %1: unusual timestamp %2: %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>%1 more timing lines with unusual timestamps</source>
        <translation>%1 more timing lines with unusual timestamps</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>%1 timestamps with '.' before the milliseconds (SRT uses ','): most players accept it, some do not</source>
        <translation>%1 timestamps with '.' before the milliseconds (SRT uses ','): most players accept it, some do not</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1: no blank line before the cue number %2: some players show the number and the timing below it as text of the cue above</source>
        <translation>Line %1: no blank line before the cue number %2: some players show the number and the timing below it as text of the cue above</translation>
    </message>
</context>
</TS>
