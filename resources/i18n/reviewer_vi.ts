<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CaptionWarning</name>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="77" />
        <source>Cue %1 (%2) overlaps cue %3 by %4 ms</source>
        <translation>Câu %1 (%2) chồng lên câu %3 (%4 ms)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="82" />
        <source>Cue %1 (%2) reads at %3 characters per second (limit %4): %5 characters in %6 s</source>
        <translation>Câu %1 (%2) cần đọc %3 ký tự mỗi giây (giới hạn %4): %5 ký tự trong %6 giây</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="84" />
        <source>Cue %1 (%2): line %3 has %4 characters (limit %5)</source>
        <translation>Câu %1 (%2): dòng %3 có %4 ký tự (giới hạn %5)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="86" />
        <source>Cue %1 (%2) has zero duration</source>
        <translation>Câu %1 (%2) có thời lượng bằng 0</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="88" />
        <source>Cue %1 (%2) ends %3 ms before it starts</source>
        <translation>Câu %1 (%2) kết thúc trước khi bắt đầu (%3 ms)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="90" />
        <source>The file was decoded as Windows-1258 (legacy Vietnamese encoding)</source>
        <translation>Tệp được giải mã theo Windows-1258 (bảng mã tiếng Việt cũ)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="696" />
        <source>Cannot open the clip</source>
        <translation>Không mở được clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="713" />
        <location filename="../../reviewer/ui/main_window.py" line="921" />
        <source>This clip cannot be played</source>
        <translation>Không phát được clip này</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="714" />
        <source>The media file is missing from the library: %1</source>
        <translation>Tệp video không còn trong thư viện: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="771" />
        <location filename="../../reviewer/ui/main_window.py" line="1216" />
        <source>No clip to review</source>
        <translation>Không có clip nào cần duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="784" />
        <source>No clip selected</source>
        <translation>Chưa chọn clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="789" />
        <location filename="../../reviewer/ui/main_window.py" line="1192" />
        <location filename="../../reviewer/ui/main_window.py" line="1244" />
        <location filename="../../reviewer/ui/main_window.py" line="1256" />
        <source>Review desk</source>
        <translation>Bàn duyệt clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="794" />
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="798" />
        <source>deadline %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="800" />
        <source>by %1</source>
        <translation>của %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="802" />
        <source>POLITICAL</source>
        <translation>CHÍNH TRỊ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="804" />
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="807" />
        <source>%1 — Review desk</source>
        <translation>%1 — Bàn duyệt clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="821" />
        <location filename="../../reviewer/ui/main_window.py" line="1211" />
        <source>Notes (%1)</source>
        <translation>Ghi chú (%1)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="865" />
        <source>You have watched all of this version.</source>
        <translation>Bạn đã xem hết phiên bản này.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="932" />
        <source>Muted</source>
        <translation>Đã tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="932" />
        <source>Volume %1%</source>
        <translation>Âm lượng %1%</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="944" />
        <source>Playing the parts you have not watched yet…</source>
        <translation>Đang phát những đoạn bạn chưa xem…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="981" />
        <source>Choose who is at the desk first.</source>
        <translation>Hãy chọn người ngồi bàn duyệt trước.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="995" />
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1154" />
        <source>About the review desk</source>
        <translation>Giới thiệu bàn duyệt clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1155" />
        <source>Clip review and sign-off desk, version %1.
Library: %2</source>
        <translation>Bàn duyệt và ký duyệt clip, phiên bản %1.
Thư viện: %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1157" />
        <location filename="../../reviewer/ui/main_window.py" line="1245" />
        <location filename="../../reviewer/ui/main_window.py" line="1258" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="219" />
        <source>Opening the library…</source>
        <translation>Đang mở thư viện…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1202" />
        <source>Add a folder of clips…</source>
        <translation>Thêm thư mục clip…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1203" />
        <source>Refresh queue</source>
        <translation>Làm mới hàng đợi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1204" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1205" />
        <source>Keyboard shortcuts…</source>
        <translation>Phím tắt…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1206" />
        <source>About…</source>
        <translation>Giới thiệu…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1208" />
        <source>Captions</source>
        <translation>Phụ đề</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1209" />
        <source>Post</source>
        <translation>Bài đăng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1186" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="574" />
        <source>No one is enrolled: set up the station first (status bar, bottom right).</source>
        <translation>Chưa có ai được đăng ký: hãy thiết lập đài trước (thanh trạng thái, góc dưới bên phải).</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="777" />
        <source>The queue is empty for this filter. Add clips with File → Add clips… (Ctrl+O) or drop them on the queue.</source>
        <translation>Không có clip nào theo bộ lọc này. Thêm clip bằng Tệp → Thêm clip… (Ctrl+O) hoặc kéo thả vào hàng đợi.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1187" />
        <source>&amp;Playback</source>
        <translation>&amp;Phát</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1188" />
        <source>&amp;Review</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1189" />
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1207" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1190" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1228" />
        <source>Pending: %1</source>
        <translation>Chờ duyệt: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="1230" />
        <source>Overdue: %1</source>
        <translation>Quá hạn: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../reviewer/ui/messages.py" line="74" />
        <source>Internal error: %1. The desk keeps running; details are in the log.</source>
        <translation>Lỗi nội bộ: %1. Bàn duyệt vẫn tiếp tục chạy; chi tiết có trong nhật ký.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="155" />
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="161" />
        <source>Range: until</source>
        <translation>Đoạn: đến</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="169" />
        <source>What needs attention here?</source>
        <translation>Điểm nào ở đây cần lưu ý?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="174" />
        <source>Save note</source>
        <translation>Lưu ghi chú</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="176" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="190" />
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="191" />
        <source>At</source>
        <translation>Tại</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="192" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="194" />
        <source>Ctrl+Enter saves · Esc cancels</source>
        <translation>Ctrl+Enter để lưu · Esc để hủy</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="209" />
        <source>The start time is not a timecode HH:MM:SS:FF.</source>
        <translation>Thời điểm bắt đầu không đúng dạng mã thời gian HH:MM:SS:FF.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="214" />
        <source>The end time is not a timecode HH:MM:SS:FF.</source>
        <translation>Thời điểm kết thúc không đúng dạng mã thời gian HH:MM:SS:FF.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="216" />
        <source>The end of the range is before its start.</source>
        <translation>Điểm kết thúc của đoạn nằm trước điểm bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="218" />
        <source>The start time is after the end of the clip.</source>
        <translation>Thời điểm bắt đầu nằm sau khi clip đã kết thúc.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="221" />
        <source>Write the note first.</source>
        <translation>Hãy viết nội dung ghi chú trước.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="129" />
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="129" />
        <source>Author</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="129" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="131" />
        <source>Add note at current time (N)</source>
        <translation>Thêm ghi chú tại thời điểm hiện tại (N)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/notes_panel.py" line="132" />
        <source>No notes on this version yet. Press N while watching to add one at the current time.</source>
        <translation>Phiên bản này chưa có ghi chú. Nhấn N khi đang xem để ghi chú tại thời điểm hiện tại.</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../../reviewer/media/player.py" line="264" />
        <source>The video engine (libvlc) could not start.</source>
        <translation>Không khởi động được bộ phát video (libvlc).</translation>
    </message>
    <message>
        <location filename="../../reviewer/media/player.py" line="387" />
        <source>Video cannot be shown on Wayland; start the desk with QT_QPA_PLATFORM=xcb.</source>
        <translation>Không hiển thị được video trên Wayland; hãy mở bàn duyệt với QT_QPA_PLATFORM=xcb.</translation>
    </message>
    <message>
        <location filename="../../reviewer/media/player.py" line="417" />
        <source>The media file does not exist: %1</source>
        <translation>Tệp video không tồn tại: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/media/player.py" line="730" />
        <source>This file cannot be played: %1</source>
        <translation>Không phát được tệp này: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/media/player.py" line="774" />
        <location filename="../../reviewer/media/player.py" line="815" />
        <source>No picture could be shown from %1; the file is damaged or not a video.</source>
        <translation>Không hiển thị được hình ảnh nào từ %1; tệp bị hỏng hoặc không phải video.</translation>
    </message>
</context>
<context>
    <name>PostPanel</name>
    <message>
        <location filename="../../reviewer/ui/post_panel.py" line="102" />
        <source>This version has no post text.</source>
        <translation>Phiên bản này không có nội dung bài đăng.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/post_panel.py" line="108" />
        <source>no platform</source>
        <translation>chưa rõ nền tảng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/post_panel.py" line="110" />
        <source>%1 characters · %2 (no limit configured)</source>
        <translation>%1 ký tự · %2 (chưa đặt giới hạn)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/post_panel.py" line="113" />
        <source>%1 / %2 characters · %3 · %4 too long</source>
        <translation>%1 / %2 ký tự · %3 · dài quá %4</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/post_panel.py" line="116" />
        <source>%1 / %2 characters · %3</source>
        <translation>%1 / %2 ký tự · %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/post_panel.py" line="123" />
        <source>Hashtags: %1 · Mentions: %2</source>
        <translation>Hashtag: %1 · Nhắc đến: %2</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="117" />
        <location filename="../../reviewer/ui/queue_model.py" line="139" />
        <source>Cannot read the queue</source>
        <translation>Không đọc được hàng đợi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="212" />
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="213" />
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="214" />
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="215" />
        <source>Deadline</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="217" />
        <source>Ver.</source>
        <translation>Bản</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="221" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="222" />
        <location filename="../../reviewer/ui/queue_model.py" line="264" />
        <source>Political content</source>
        <translation>Nội dung chính trị</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="223" />
        <source>Version under review</source>
        <translation>Phiên bản đang duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="224" />
        <source>Publishing deadline (red when overdue)</source>
        <translation>Hạn đăng (màu đỏ khi quá hạn)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="266" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../../reviewer/ui/queue_view.py" line="287" />
        <source>REVIEW QUEUE</source>
        <translation>HÀNG ĐỢI DUYỆT</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_view.py" line="288" />
        <source>Search title, id, author, platform (Ctrl+F)</source>
        <translation>Tìm tiêu đề, mã, tác giả, nền tảng (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_view.py" line="291" />
        <source>Show clips with this status</source>
        <translation>Hiện các clip ở trạng thái này</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_view.py" line="329" />
        <source>%1 clips</source>
        <translation>%1 clip</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="52" />
        <source>Playback</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="53" />
        <source>Moving in the clip</source>
        <translation>Di chuyển trong clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="54" />
        <source>Speed and sound</source>
        <translation>Tốc độ và âm thanh</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="55" />
        <source>View</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="56" />
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="57" />
        <source>Sign-off</source>
        <translation>Ký duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="58" />
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="59" />
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="61" />
        <source>Play at normal speed / pause</source>
        <translation>Phát ở tốc độ thường / tạm dừng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="62" />
        <source>Stop (always pauses, shuttles too)</source>
        <translation>Dừng (luôn tạm dừng, cả khi đang tua)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="63" />
        <source>Shuttle backward (press again: faster)</source>
        <translation>Tua lùi (nhấn thêm: nhanh hơn)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="64" />
        <source>Shuttle forward (press again: faster)</source>
        <translation>Tua tới (nhấn thêm: nhanh hơn)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="65" />
        <source>Play the parts not yet watched</source>
        <translation>Phát những đoạn chưa xem</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="66" />
        <source>Loop the clip on/off</source>
        <translation>Bật/tắt phát lặp</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="67" />
        <source>Back 5 seconds</source>
        <translation>Lùi 5 giây</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="68" />
        <source>Forward 5 seconds</source>
        <translation>Tiến 5 giây</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="69" />
        <source>Back 1 second</source>
        <translation>Lùi 1 giây</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="70" />
        <source>Forward 1 second</source>
        <translation>Tiến 1 giây</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="71" />
        <source>One frame back</source>
        <translation>Lùi một khung hình</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="72" />
        <source>One frame forward</source>
        <translation>Tiến một khung hình</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="73" />
        <source>Go to the start</source>
        <translation>Về đầu clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="74" />
        <source>Go to the end</source>
        <translation>Đến cuối clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="75" />
        <source>Slower (down to 0.5×)</source>
        <translation>Chậm hơn (tối thiểu 0,5×)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="76" />
        <source>Faster (up to 2×)</source>
        <translation>Nhanh hơn (tối đa 2×)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="77" />
        <source>Normal speed (1×)</source>
        <translation>Tốc độ bình thường (1×)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="78" />
        <source>Volume down</source>
        <translation>Giảm âm lượng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="79" />
        <source>Volume up</source>
        <translation>Tăng âm lượng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="80" />
        <source>Mute on/off</source>
        <translation>Bật/tắt tiếng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="81" />
        <source>Full screen on/off (Esc leaves)</source>
        <translation>Bật/tắt toàn màn hình (Esc để thoát)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="82" />
        <source>Captions over the video on/off</source>
        <translation>Bật/tắt phụ đề trên hình</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="83" />
        <source>Captions at the top of the picture</source>
        <translation>Phụ đề ở phía trên hình</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="84" />
        <source>Add a note at the current time</source>
        <translation>Thêm ghi chú tại thời điểm hiện tại</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="85" />
        <source>Who is at the desk…</source>
        <translation>Người ngồi bàn duyệt…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="86" />
        <source>Checklist: first open item</source>
        <translation>Kiểm duyệt: mục đầu tiên chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="87" />
        <source>Approve and sign…</source>
        <translation>Phê duyệt và ký…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="89" />
        <source>Write the reason (request changes, reject, revoke)</source>
        <translation>Nhập lý do (yêu cầu sửa, từ chối, thu hồi)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="90" />
        <source>History of the clip</source>
        <translation>Lịch sử của clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="91" />
        <source>Next clip in the queue</source>
        <translation>Clip tiếp theo trong hàng đợi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="92" />
        <source>Previous clip in the queue</source>
        <translation>Clip trước trong hàng đợi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="93" />
        <source>Search the queue</source>
        <translation>Tìm trong hàng đợi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="94" />
        <source>Back to the queue list (↑/↓ choose a clip)</source>
        <translation>Về danh sách hàng đợi (↑/↓ để chọn clip)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="95" />
        <source>Add clips (files, folders, .zip)…</source>
        <translation>Thêm clip (tệp, thư mục, .zip)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="96" />
        <source>Export the approval package…</source>
        <translation>Xuất gói phê duyệt…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="97" />
        <source>Print the approval certificate…</source>
        <translation>In giấy chứng nhận phê duyệt…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="202" />
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="203" />
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="203" />
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="204" />
        <source>The keys work wherever the keyboard focus is, except while you type in a text field.</source>
        <translation>Các phím tắt dùng được ở mọi nơi, trừ khi bạn đang gõ chữ trong một ô nhập.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shortcuts.py" line="205" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="33" />
        <source>Pending</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="34" />
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="35" />
        <source>Changes requested</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="36" />
        <source>Rejected</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="37" />
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/queue_model.py" line="38" />
        <source>All clips</source>
        <translation>Tất cả clip</translation>
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
        <translation>Không có phụ đề</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="279" />
        <source>unknown language</source>
        <translation>không rõ ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="280" />
        <source>%1 · %2 · %3 cues</source>
        <translation>%1 · %2 · %3 câu</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="281" />
        <source>This version has no caption file.</source>
        <translation>Phiên bản này không có tệp phụ đề.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transcript_panel.py" line="285" />
        <source>Cues that need attention: %1 (marked ⚠; hover for details).</source>
        <translation>Câu phụ đề cần xem lại: %1 (đánh dấu ⚠; di chuột vào để xem chi tiết).</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="197" />
        <source>No sound: %1</source>
        <translation>Không có âm thanh: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="230" />
        <source>Watched</source>
        <translation>Đã xem</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="231" />
        <source>not counted as watched</source>
        <translation>không tính là đã xem</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="232" />
        <source>Faster than 2× or backwards: this part is not counted as watched. K stops, Space plays at 1×.</source>
        <translation>Nhanh hơn 2× hoặc tua lùi: đoạn này không được tính là đã xem. K để dừng, Space để phát ở 1×.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="234" />
        <source>Parts of this version you have watched at up to 2× (green). Seeking and skipping do not count.</source>
        <translation>Những đoạn của phiên bản này bạn đã xem ở tốc độ tối đa 2× (màu xanh). Tua và bỏ qua không được tính.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="235" />
        <source>Volume (- and =)</source>
        <translation>Âm lượng (- và =)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="236" />
        <source>Playback speed ([ and ])</source>
        <translation>Tốc độ phát ([ và ])</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/transport.py" line="237" />
        <source>Timecode HH:MM:SS:FF at %1 frames per second</source>
        <translation>Mã thời gian HH:MM:SS:FF ở %1 khung hình/giây</translation>
    </message>
</context>
</TS>
