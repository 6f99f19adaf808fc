<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CaptionNote</name>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>start time: %1</source>
        <translation>thời điểm bắt đầu: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>end time: %1</source>
        <translation>thời điểm kết thúc: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>%1-digit milliseconds (WebVTT needs exactly 3)</source>
        <translation>phần nghìn giây có %1 chữ số (WebVTT cần đúng 3)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>%1-digit milliseconds read as %2 ms (FFmpeg-based players read %3)</source>
        <translation>phần nghìn giây có %1 chữ số, được đọc là %2 ms (trình phát dùng FFmpeg đọc là %3)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>a time must start with a digit</source>
        <translation>mốc thời gian phải bắt đầu bằng chữ số</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>a time needs minutes and seconds (mm:ss.ttt)</source>
        <translation>mốc thời gian cần có phút và giây (mm:ss.ttt)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>minutes and seconds need exactly two digits</source>
        <translation>phút và giây phải có đúng hai chữ số</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>minutes need exactly two digits (or hours, minutes and seconds: hh:mm:ss.ttt)</source>
        <translation>phút phải có đúng hai chữ số (hoặc giờ, phút và giây: hh:mm:ss.ttt)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>minutes over 59</source>
        <translation>số phút lớn hơn 59</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>',' before the milliseconds (WebVTT needs '.')</source>
        <translation>dấu ',' trước phần nghìn giây (WebVTT cần dấu '.')</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>the milliseconds are missing (hh:mm:ss.ttt)</source>
        <translation>thiếu phần nghìn giây (hh:mm:ss.ttt)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>minutes or seconds over 59</source>
        <translation>số phút hoặc số giây lớn hơn 59</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>the arrow '--&gt;' must follow the start time</source>
        <translation>mũi tên '--&gt;' phải đứng ngay sau thời điểm bắt đầu</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>a vertical tab is not a space in WebVTT</source>
        <translation>ký tự tab dọc không phải là khoảng trắng trong WebVTT</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>no hours</source>
        <translation>không có giờ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>one-digit minutes or seconds</source>
        <translation>phút hoặc giây chỉ có một chữ số</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1: cue skipped: malformed timing %2: %3</source>
        <translation>Dòng %1: bỏ qua câu phụ đề vì mốc thời gian sai %2: %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1: text outside any cue ignored</source>
        <translation>Dòng %1: chữ nằm ngoài mọi câu phụ đề, bị bỏ qua</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1 before the first cue ignored</source>
        <translation>Dòng %1 trước câu phụ đề đầu tiên bị bỏ qua</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Lines %1 before the first cue ignored</source>
        <translation>Các dòng %1 trước câu phụ đề đầu tiên bị bỏ qua</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1: no blank line before the timing on line %2: %3 is shown as the last line of the cue above</source>
        <translation>Dòng %1: thiếu dòng trống trước mốc thời gian ở dòng %2: %3 hiện thành dòng cuối của câu phụ đề phía trên</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1: this cue has no text (in WebVTT a blank line right below the timing ends the cue)</source>
        <translation>Dòng %1: câu phụ đề này không có chữ (trong WebVTT, một dòng trống ngay dưới mốc thời gian kết thúc câu)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1: unusual timestamp %2: %3</source>
        <translation>Dòng %1: mốc thời gian bất thường %2: %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>%1 more timing lines with unusual timestamps</source>
        <translation>Còn %1 dòng mốc thời gian bất thường khác</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>%1 timestamps with '.' before the milliseconds (SRT uses ','): most players accept it, some do not</source>
        <translation>%1 mốc thời gian dùng dấu '.' trước phần nghìn giây (SRT dùng ','): đa số trình phát chấp nhận, một số thì không</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/caption_notes.py" />
        <source>Line %1: no blank line before the cue number %2: some players show the number and the timing below it as text of the cue above</source>
        <translation>Dòng %1: thiếu dòng trống trước số thứ tự câu %2: một số trình phát hiện số này và mốc thời gian bên dưới thành chữ của câu phía trên</translation>
    </message>
</context>
</TS>
