<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CaptionNote</name>
    <message>
        <source>start time: %1</source>
        <translation>thời điểm bắt đầu: %1</translation>
    </message>
    <message>
        <source>end time: %1</source>
        <translation>thời điểm kết thúc: %1</translation>
    </message>
    <message>
        <source>%1-digit milliseconds (WebVTT needs exactly 3)</source>
        <translation>phần nghìn giây có %1 chữ số (WebVTT cần đúng 3)</translation>
    </message>
    <message>
        <source>%1-digit milliseconds read as %2 ms (FFmpeg-based players read %3)</source>
        <translation>phần nghìn giây có %1 chữ số, được đọc là %2 ms (trình phát dùng FFmpeg đọc là %3)</translation>
    </message>
    <message>
        <source>a time must start with a digit</source>
        <translation>mốc thời gian phải bắt đầu bằng chữ số</translation>
    </message>
    <message>
        <source>a time needs minutes and seconds (mm:ss.ttt)</source>
        <translation>mốc thời gian cần có phút và giây (mm:ss.ttt)</translation>
    </message>
    <message>
        <source>minutes and seconds need exactly two digits</source>
        <translation>phút và giây phải có đúng hai chữ số</translation>
    </message>
    <message>
        <source>minutes need exactly two digits (or hours, minutes and seconds: hh:mm:ss.ttt)</source>
        <translation>phút phải có đúng hai chữ số (hoặc giờ, phút và giây: hh:mm:ss.ttt)</translation>
    </message>
    <message>
        <source>minutes over 59</source>
        <translation>số phút lớn hơn 59</translation>
    </message>
    <message>
        <source>&apos;,&apos; before the milliseconds (WebVTT needs &apos;.&apos;)</source>
        <translation>dấu &apos;,&apos; trước phần nghìn giây (WebVTT cần dấu &apos;.&apos;)</translation>
    </message>
    <message>
        <source>the milliseconds are missing (hh:mm:ss.ttt)</source>
        <translation>thiếu phần nghìn giây (hh:mm:ss.ttt)</translation>
    </message>
    <message>
        <source>minutes or seconds over 59</source>
        <translation>số phút hoặc số giây lớn hơn 59</translation>
    </message>
    <message>
        <source>the arrow &apos;--&gt;&apos; must follow the start time</source>
        <translation>mũi tên &apos;--&gt;&apos; phải đứng ngay sau thời điểm bắt đầu</translation>
    </message>
    <message>
        <source>a vertical tab is not a space in WebVTT</source>
        <translation>ký tự tab dọc không phải là khoảng trắng trong WebVTT</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>không có giờ</translation>
    </message>
    <message>
        <source>one-digit minutes or seconds</source>
        <translation>phút hoặc giây chỉ có một chữ số</translation>
    </message>
    <message>
        <source>Line %1: cue skipped: malformed timing %2: %3</source>
        <translation>Dòng %1: bỏ qua câu phụ đề vì mốc thời gian sai %2: %3</translation>
    </message>
    <message>
        <source>Line %1: text outside any cue ignored</source>
        <translation>Dòng %1: chữ nằm ngoài mọi câu phụ đề, bị bỏ qua</translation>
    </message>
    <message>
        <source>Line %1 before the first cue ignored</source>
        <translation>Dòng %1 trước câu phụ đề đầu tiên bị bỏ qua</translation>
    </message>
    <message>
        <source>Lines %1 before the first cue ignored</source>
        <translation>Các dòng %1 trước câu phụ đề đầu tiên bị bỏ qua</translation>
    </message>
    <message>
        <source>Line %1: no blank line before the timing on line %2: %3 is shown as the last line of the cue above</source>
        <translation>Dòng %1: thiếu dòng trống trước mốc thời gian ở dòng %2: %3 hiện thành dòng cuối của câu phụ đề phía trên</translation>
    </message>
    <message>
        <source>Line %1: this cue has no text (in WebVTT a blank line right below the timing ends the cue)</source>
        <translation>Dòng %1: câu phụ đề này không có chữ (trong WebVTT, một dòng trống ngay dưới mốc thời gian kết thúc câu)</translation>
    </message>
    <message>
        <source>Line %1: unusual timestamp %2: %3</source>
        <translation>Dòng %1: mốc thời gian bất thường %2: %3</translation>
    </message>
    <message>
        <source>%1 more timing lines with unusual timestamps</source>
        <translation>Còn %1 dòng mốc thời gian bất thường khác</translation>
    </message>
    <message>
        <source>%1 timestamps with &apos;.&apos; before the milliseconds (SRT uses &apos;,&apos;): most players accept it, some do not</source>
        <translation>%1 mốc thời gian dùng dấu &apos;.&apos; trước phần nghìn giây (SRT dùng &apos;,&apos;): đa số trình phát chấp nhận, một số thì không</translation>
    </message>
    <message>
        <source>Line %1: no blank line before the cue number %2: some players show the number and the timing below it as text of the cue above</source>
        <translation>Dòng %1: thiếu dòng trống trước số thứ tự câu %2: một số trình phát hiện số này và mốc thời gian bên dưới thành chữ của câu phía trên</translation>
    </message>
</context>
<context>
    <name>CaptionWarning</name>
    <message>
        <source>Cue %1 (%2) overlaps cue %3 by %4 ms</source>
        <translation>Câu %1 (%2) chồng lên câu %3 (%4 ms)</translation>
    </message>
    <message>
        <source>Cue %1 (%2) reads at %3 characters per second (limit %4): %5 characters in %6 s</source>
        <translation>Câu %1 (%2) cần đọc %3 ký tự mỗi giây (giới hạn %4): %5 ký tự trong %6 giây</translation>
    </message>
    <message>
        <source>Cue %1 (%2): line %3 has %4 characters (limit %5)</source>
        <translation>Câu %1 (%2): dòng %3 có %4 ký tự (giới hạn %5)</translation>
    </message>
    <message>
        <source>Cue %1 (%2) has zero duration</source>
        <translation>Câu %1 (%2) có thời lượng bằng 0</translation>
    </message>
    <message>
        <source>Cue %1 (%2) ends %3 ms before it starts</source>
        <translation>Câu %1 (%2) kết thúc trước khi bắt đầu (%3 ms)</translation>
    </message>
    <message>
        <source>The file was decoded as Windows-1258 (legacy Vietnamese encoding)</source>
        <translation>Tệp được giải mã theo Windows-1258 (bảng mã tiếng Việt cũ)</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Why does it fail? (note)</source>
        <translation>Vì sao không đạt? (ghi chú)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Choose a clip in the queue to fill in its checklist.</source>
        <translation>Chọn một clip trong hàng đợi để điền danh mục kiểm duyệt.</translation>
    </message>
    <message>
        <source>Note written when the answer was %1:</source>
        <translation>Ghi chú viết khi mục còn %1:</translation>
    </message>
    <message>
        <source>%1 · item %2 of %3</source>
        <translation>%1 · mục %2/%3</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Đã trả lời %1/%2</translation>
    </message>
    <message>
        <source>%1 failed (%2 blocking)</source>
        <translation>%1 không đạt (%2 mục bắt buộc)</translation>
    </message>
    <message>
        <source>The answer changes</source>
        <translation>Đổi kết quả</translation>
    </message>
    <message>
        <source>This item had the note “%1”, written when it was %2. Keep the note with the new answer %3?</source>
        <translation>Mục này có ghi chú “%1”, viết khi kết quả là %2. Giữ ghi chú này với kết quả mới %3?</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Giữ ghi chú</translation>
    </message>
    <message>
        <source>Clear the note</source>
        <translation>Xóa ghi chú</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (phím %2)</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Blocking item: a Fail here blocks approval.</source>
        <translation>Mục bắt buộc: Không đạt ở đây thì không thể phê duyệt.</translation>
    </message>
    <message>
        <source>Keys: 1 Pass · 2 Fail · 3 N/A, then on to the next open item · ↑↓ other items · Tab note</source>
        <translation>Phím: 1 Đạt · 2 Không đạt · 3 Không áp dụng, rồi sang mục chưa trả lời tiếp theo · ↑↓ mục khác · Tab ghi chú</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 không đạt</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>đã đủ</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (phiên bản %2)</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>no such file or folder</source>
        <translation>không có tệp hay thư mục này</translation>
    </message>
    <message>
        <source>no clips found in this folder</source>
        <translation>không tìm thấy clip nào trong thư mục này</translation>
    </message>
    <message>
        <source>no clips found in this package</source>
        <translation>không tìm thấy clip nào trong gói này</translation>
    </message>
    <message>
        <source>unsupported file type “%1”</source>
        <translation>loại tệp “%1” không được hỗ trợ</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>tệp rỗng (0 byte)</translation>
    </message>
    <message>
        <source>the clip has no duration</source>
        <translation>clip không có thời lượng</translation>
    </message>
    <message>
        <source>no video in this file (sound or data only)</source>
        <translation>tệp không có hình (chỉ có tiếng hoặc dữ liệu)</translation>
    </message>
    <message>
        <source>not a video file the desk accepts (MP4/MOV, MKV/WebM, AVI, MXF, MPEG-TS)</source>
        <translation>không phải tệp video bàn duyệt nhận (MP4/MOV, MKV/WebM, AVI, MXF, MPEG-TS)</translation>
    </message>
    <message>
        <source>damaged or unsupported video file</source>
        <translation>tệp video bị hỏng hoặc không được hỗ trợ</translation>
    </message>
    <message>
        <source>not a readable video file</source>
        <translation>không đọc được tệp video</translation>
    </message>
    <message>
        <source>no picture can be decoded (truncated or empty file)</source>
        <translation>không giải mã được hình nào (tệp bị cắt cụt hoặc rỗng)</translation>
    </message>
    <message>
        <source>the first picture does not decode (damaged file)</source>
        <translation>không giải mã được hình đầu tiên (tệp bị hỏng)</translation>
    </message>
    <message>
        <source>picture size %1×%2 is larger than 8K</source>
        <translation>kích thước hình %1×%2 lớn hơn 8K</translation>
    </message>
    <message>
        <source>the file ends early (an interrupted copy?)</source>
        <translation>tệp bị thiếu phần cuối (sao chép bị ngắt giữa chừng?)</translation>
    </message>
    <message>
        <source>not a valid zip package</source>
        <translation>không phải gói zip hợp lệ</translation>
    </message>
    <message>
        <source>“%1” in the package is encrypted</source>
        <translation>“%1” trong gói đã bị mã hóa</translation>
    </message>
    <message>
        <source>“%1” would be unpacked outside the package folder (unsafe package)</source>
        <translation>“%1” sẽ bị giải nén ra ngoài thư mục của gói (gói không an toàn)</translation>
    </message>
    <message>
        <source>the name “%1” appears twice in the package</source>
        <translation>tên “%1” xuất hiện hai lần trong gói</translation>
    </message>
    <message>
        <source>it revises clip “%1”, which is not in the library</source>
        <translation>tệp này sửa clip “%1”, nhưng clip đó không có trong thư viện</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>không đọc được (%1)</translation>
    </message>
    <message>
        <source>no video named “%1” beside it</source>
        <translation>không có video tên “%1” đi kèm</translation>
    </message>
    <message>
        <source>a package inside a package is not opened; unpack it first</source>
        <translation>không mở gói nằm trong gói; hãy giải nén trước</translation>
    </message>
    <message>
        <source>These exact bytes are already in the library.</source>
        <translation>Thư viện đã có đúng tệp này.</translation>
    </message>
    <message>
        <source>The disk holding the library is full; the file was not added.</source>
        <translation>Ổ đĩa chứa thư viện đã đầy; tệp chưa được thêm.</translation>
    </message>
    <message>
        <source>The disk holding the library is full; the package was not unpacked.</source>
        <translation>Ổ đĩa chứa thư viện đã đầy; gói chưa được giải nén.</translation>
    </message>
    <message>
        <source>The disk holding the library is full; nothing was changed.</source>
        <translation>Ổ đĩa chứa thư viện đã đầy; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The disk holding the export folder is full; nothing was exported.</source>
        <translation>Ổ đĩa chứa thư mục xuất đã đầy; chưa xuất gì.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Ghi chú cần có nội dung.</translation>
    </message>
    <message>
        <source>A note&apos;s end must not be before its start.</source>
        <translation>Điểm kết thúc của ghi chú không được trước điểm bắt đầu.</translation>
    </message>
    <message>
        <source>Clip %1 has no approval of its current version to export (only a head&apos;s signed approval can be exported).</source>
        <translation>Clip %1 chưa có phê duyệt cho phiên bản hiện tại để xuất (chỉ xuất được phê duyệt có chữ ký số của lãnh đạo).</translation>
    </message>
    <message>
        <source>The approval of %1 was revoked; there is nothing to export.</source>
        <translation>Phê duyệt của %1 đã bị thu hồi; không có gì để xuất.</translation>
    </message>
    <message>
        <source>The approval of %1 no longer matches its files: %2</source>
        <translation>Phê duyệt của %1 không còn khớp với các tệp: %2</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose another folder.</source>
        <translation>%1 đã có và không phải thư mục trống; hãy chọn thư mục khác.</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>No clip under review.</source>
        <translation>Chưa có clip nào đang được duyệt.</translation>
    </message>
    <message>
        <source>Choose who is at the desk first.</source>
        <translation>Hãy chọn người ngồi bàn duyệt trước.</translation>
    </message>
    <message>
        <source>Approval is not possible yet:</source>
        <translation>Chưa thể phê duyệt:</translation>
    </message>
    <message>
        <source>%1 of version %2</source>
        <translation>%1 phiên bản %2</translation>
    </message>
    <message>
        <source>The clip, a caption file or the post text no longer has the signed bytes.</source>
        <translation>Tệp clip, tệp phụ đề hoặc nội dung bài đăng đã khác với nội dung đã ký.</translation>
    </message>
    <message>
        <source>The signature or the audit record does not verify: do not publish.</source>
        <translation>Chữ ký hoặc bản ghi nhật ký kiểm toán không hợp lệ: không được đăng phát.</translation>
    </message>
    <message>
        <source>Revoked at %1</source>
        <translation>Đã thu hồi lúc %1</translation>
    </message>
    <message>
        <source>Already approved</source>
        <translation>Đã được phê duyệt</translation>
    </message>
    <message>
        <source>Version %1 of this clip was already approved by %2 at %3, and that approval is valid. Sign another approval of the same version?</source>
        <translation>Phiên bản %1 của clip này đã được %2 phê duyệt lúc %3 và phê duyệt đó đang hợp lệ. Ký thêm một phê duyệt cho cùng phiên bản?</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>Ký lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Meaning of the signature: %1</source>
        <translation>Ý nghĩa chữ ký: %1</translation>
    </message>
    <message>
        <source>Watched by you: %1</source>
        <translation>Bạn đã xem: %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Recommend approval &amp;&amp; sign…</source>
        <translation>Đề xuất phê duyệt và ký…</translation>
    </message>
    <message>
        <source>Approve &amp;&amp; sign…</source>
        <translation>Phê duyệt và ký…</translation>
    </message>
    <message>
        <source>Reason — required to request changes, reject or revoke (Ctrl+Shift+R)</source>
        <translation>Lý do — bắt buộc khi yêu cầu sửa, từ chối hoặc thu hồi (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>What must change, or why it cannot be published</source>
        <translation>Cần sửa gì, hoặc vì sao không thể đăng phát</translation>
    </message>
    <message>
        <source>Request changes…</source>
        <translation>Yêu cầu sửa…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Thu hồi…</translation>
    </message>
</context>
<context>
    <name>EffectivenessView</name>
    <message>
        <source>Political</source>
        <translation>Chính trị</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đăng phát lúc</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Lượt xem</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>Reactions, comments, shares</source>
        <translation>Cảm xúc, bình luận, chia sẻ</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Tỷ lệ tương tác</translation>
    </message>
    <message>
        <source>Watch-through</source>
        <translation>Tỷ lệ xem hết</translation>
    </message>
    <message>
        <source>Political clip</source>
        <translation>Clip chính trị</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toàn bộ</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Từ ngày – đến ngày</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Mọi nền tảng</translation>
    </message>
    <message>
        <source>Political and other</source>
        <translation>Clip chính trị và clip khác</translation>
    </message>
    <message>
        <source>Political clips</source>
        <translation>Clip chính trị</translation>
    </message>
    <message>
        <source>Other clips</source>
        <translation>Clip khác</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Mọi chủ đề</translation>
    </message>
    <message>
        <source>Cannot compute the numbers</source>
        <translation>Không tính được số liệu</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; clips published · views &lt;b&gt;%2&lt;/b&gt; · reach &lt;b&gt;%3&lt;/b&gt; · engagement rate &lt;b&gt;%4&lt;/b&gt; · watch-through &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; clip đã đăng phát · lượt xem &lt;b&gt;%2&lt;/b&gt; · lượt tiếp cận &lt;b&gt;%3&lt;/b&gt; · tỷ lệ tương tác &lt;b&gt;%4&lt;/b&gt; · tỷ lệ xem hết &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Views and reach by platform</source>
        <translation>Lượt xem và lượt tiếp cận theo nền tảng</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Audience online and our publications by hour</source>
        <translation>Công chúng trực tuyến và giờ đăng phát của Đài</translation>
    </message>
    <message>
        <source>Clips published</source>
        <translation>Clip đã đăng phát</translation>
    </message>
    <message>
        <source>Active followers</source>
        <translation>Người theo dõi đang hoạt động</translation>
    </message>
    <message>
        <source>Views per clip by hour of publication</source>
        <translation>Lượt xem mỗi clip theo giờ đăng phát</translation>
    </message>
    <message>
        <source>Top clips by reach</source>
        <translation>Clip có lượt tiếp cận cao nhất</translation>
    </message>
    <message>
        <source>Top clips by views</source>
        <translation>Clip có lượt xem cao nhất</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Best suggestion</source>
        <translation>Gợi ý tốt nhất</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (điểm %2)</translation>
    </message>
    <message>
        <source>%1 — suggested (score %2)</source>
        <translation>%1 — gợi ý (điểm %2)</translation>
    </message>
    <message>
        <source>Cannot match the row</source>
        <translation>Không gán được dòng</translation>
    </message>
    <message>
        <source>Row %1 tied to %2 (%3 rows across snapshots).</source>
        <translation>Đã gán dòng %1 cho %2 (%3 dòng qua các lần xuất).</translation>
    </message>
    <message>
        <source>h</source>
        <translation>giờ</translation>
    </message>
    <message>
        <source>The review in this period</source>
        <translation>Quá trình duyệt trong kỳ</translation>
    </message>
    <message>
        <source>%1 clips vetted: %2 approved, %3 sent back for changes, %4 rejected.</source>
        <translation>%1 clip được kiểm duyệt: %2 phê duyệt, %3 yêu cầu sửa, %4 từ chối.</translation>
    </message>
    <message>
        <source>From ingest to the head&apos;s decision: median %1 %3, mean %2 %3.</source>
        <translation>Từ lúc nhận clip đến quyết định của lãnh đạo: trung vị %1 %3, trung bình %2 %3.</translation>
    </message>
    <message>
        <source>Rounds of changes per clip: mean %1, most %2.</source>
        <translation>Số vòng yêu cầu sửa mỗi clip: trung bình %1, nhiều nhất %2.</translation>
    </message>
    <message>
        <source>From approval to publication: median %1 %2.</source>
        <translation>Từ phê duyệt đến đăng phát: trung vị %1 %2.</translation>
    </message>
    <message>
        <source>Failed checklist items</source>
        <translation>Mục kiểm duyệt không đạt</translation>
    </message>
    <message>
        <source>Approved but never published: %1</source>
        <translation>Đã phê duyệt nhưng chưa đăng phát: %1</translation>
    </message>
    <message>
        <source>Who follows and watches</source>
        <translation>Ai theo dõi và xem</translation>
    </message>
    <message>
        <source>Aggregates the platforms give; nothing about any person.</source>
        <translation>Số liệu tổng hợp do nền tảng cung cấp; không có thông tin về cá nhân nào.</translation>
    </message>
    <message>
        <source>No audience file imported yet.</source>
        <translation>Chưa nhập tệp công chúng nào.</translation>
    </message>
    <message>
        <source>%1: followers online most at %2.</source>
        <translation>%1: người theo dõi trực tuyến đông nhất lúc %2.</translation>
    </message>
    <message>
        <source>Our clips do best when published at %1.</source>
        <translation>Clip của Đài hiệu quả nhất khi đăng phát lúc %1.</translation>
    </message>
    <message>
        <source>Import platform export files</source>
        <translation>Nhập tệp xuất của các nền tảng</translation>
    </message>
    <message>
        <source>Exports (*.csv *.zip);;All files (*)</source>
        <translation>Tệp xuất (*.csv *.zip);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Không nhập: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 matched, %4 unmatched (%5).</source>
        <translation>%1: %2 dòng, %3 đã khớp, %4 chưa khớp (%5).</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Unmatched (%1)</source>
        <translation>Chưa khớp (%1)</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Chưa khớp</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Quá trình duyệt</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Công chúng</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Hiệu quả</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Import exports…</source>
        <translation>Nhập tệp xuất…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Tie to this clip</source>
        <translation>Gán cho clip này</translation>
    </message>
    <message>
        <source>Rows of the platforms&apos; exports that no recorded publication or clip code claimed. Suggestions come from the publish time, the duration and the title; tie each row to its clip yourself (the choice is recorded in the audit trail).</source>
        <translation>Các dòng trong tệp xuất của nền tảng chưa khớp với bài đã đăng nào hay mã clip nào. Gợi ý dựa trên giờ đăng phát, thời lượng và tiêu đề; hãy tự gán từng dòng cho đúng clip (lựa chọn được ghi vào nhật ký kiểm toán).</translation>
    </message>
    <message>
        <source>Age and gender</source>
        <translation>Độ tuổi và giới tính</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Trạng thái đăng ký kênh</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Độ tuổi</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Where should the package go?</source>
        <translation>Lưu gói vào đâu?</translation>
    </message>
    <message>
        <source>Choose where the package goes.</source>
        <translation>Hãy chọn nơi lưu gói.</translation>
    </message>
    <message>
        <source>Enter your passphrase: the package is handed over in your name.</source>
        <translation>Nhập cụm mật khẩu của bạn: gói được bàn giao dưới tên bạn.</translation>
    </message>
    <message>
        <source>Package written to %1 (%2 files). The publishing desk checks it with VERIFY.txt, without this program.</source>
        <translation>Đã ghi gói vào %1 (%2 tệp). Bộ phận đăng phát kiểm tra gói theo VERIFY.txt, không cần chương trình này.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Export the approval package</source>
        <translation>Xuất gói phê duyệt</translation>
    </message>
    <message>
        <source>Approval package of %1, version %2</source>
        <translation>Gói phê duyệt của %1, phiên bản %2</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>Cụm mật khẩu:</translation>
    </message>
    <message>
        <source>%1&apos;s signing passphrase</source>
        <translation>Cụm mật khẩu ký của %1</translation>
    </message>
    <message>
        <source>The package holds the clip, its captions and post text, the signed approval, the certificate and the commands to check them.</source>
        <translation>Gói gồm clip, phụ đề và nội dung bài đăng, bản phê duyệt đã ký, giấy chứng nhận và các lệnh để kiểm tra.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất gói</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Clip %1 has no valid approval of its current version: there is no certificate to print.</source>
        <translation>Clip %1 chưa có phê duyệt hợp lệ cho phiên bản hiện tại: không có giấy chứng nhận để in.</translation>
    </message>
    <message>
        <source>The approval of %1 has no signed checkpoint after it; run reviewer verify.</source>
        <translation>Phê duyệt của %1 không có điểm chốt nhật ký đã ký đi kèm; hãy chạy reviewer verify.</translation>
    </message>
    <message>
        <source>Approval certificate %1</source>
        <translation>Giấy chứng nhận phê duyệt %1</translation>
    </message>
    <message>
        <source>Print the approval certificate</source>
        <translation>In giấy chứng nhận phê duyệt</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up the station</source>
        <translation>Thiết lập Đài</translation>
    </message>
    <message>
        <source>This library has no station key yet. The station key certifies who is a head (who may approve) and who is an editor; only whoever holds its passphrase can enrol, retire or revoke signers. Keep that passphrase apart from everyone&apos;s signing passphrase.</source>
        <translation>Thư viện này chưa có khóa gốc của Đài. Khóa gốc của Đài xác nhận ai là lãnh đạo phê duyệt (được phê duyệt) và ai là biên tập viên; chỉ người giữ cụm mật khẩu của khóa gốc mới cấp, ngừng sử dụng hoặc thu hồi khóa ký. Giữ cụm mật khẩu này tách biệt với cụm mật khẩu ký của từng người.</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet: enrol the first signer with the station passphrase.</source>
        <translation>Chưa có ai được cấp khóa ký: cấp khóa cho người ký đầu tiên bằng cụm mật khẩu của khóa gốc của Đài.</translation>
    </message>
    <message>
        <source>Station key</source>
        <translation>Khóa gốc của Đài</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Tên Đài</translation>
    </message>
    <message>
        <source>Station passphrase</source>
        <translation>Cụm mật khẩu của khóa gốc</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <source>First signer</source>
        <translation>Người ký đầu tiên</translation>
    </message>
    <message>
        <source>Identity (principal)</source>
        <translation>Định danh (principal)</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Signing passphrase</source>
        <translation>Cụm mật khẩu ký</translation>
    </message>
    <message>
        <source>head (approves)</source>
        <translation>lãnh đạo phê duyệt</translation>
    </message>
    <message>
        <source>editor (recommends)</source>
        <translation>biên tập viên (đề xuất)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>The two station passphrases differ.</source>
        <translation>Hai lần nhập cụm mật khẩu của khóa gốc không khớp.</translation>
    </message>
    <message>
        <source>The two signing passphrases differ.</source>
        <translation>Hai lần nhập cụm mật khẩu ký không khớp.</translation>
    </message>
    <message>
        <source>%1 is enrolled. Publish the station&apos;s trust file: reviewer station trust</source>
        <translation>Đã cấp khóa ký cho %1. Hãy công bố tệp tin cậy của Đài: reviewer station trust</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Ingested</source>
        <translation>Nhập clip</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Xem clip</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Kiểm duyệt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Ký duyệt</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất gói</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Điểm chốt nhật ký</translation>
    </message>
    <message>
        <source>Key enrolled</source>
        <translation>Cấp khóa ký</translation>
    </message>
    <message>
        <source>Key retired</source>
        <translation>Ngừng sử dụng khóa</translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation>Đổi quy định</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Sai cụm mật khẩu</translation>
    </message>
    <message>
        <source>Signing locked</source>
        <translation>Tạm khóa ký</translation>
    </message>
    <message>
        <source>%1 events in the audit trail of this clip, %2 signed; newest first.</source>
        <translation>%1 sự kiện trong nhật ký kiểm toán của clip này, %2 sự kiện có chữ ký số; mới nhất ở trên.</translation>
    </message>
    <message>
        <source>(payload unreadable)</source>
        <translation>(không đọc được nội dung)</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Phiên bản %1: %2</translation>
    </message>
    <message>
        <source>Version %1: %2 answers — %3 pass · %4 fail · %5 N/A</source>
        <translation>Phiên bản %1: %2 câu trả lời — %3 đạt · %4 không đạt · %5 không áp dụng</translation>
    </message>
    <message>
        <source>Version %1: %2, caption files: %3, SHA-256 %4…</source>
        <translation>Phiên bản %1: %2, số tệp phụ đề: %3, SHA-256 %4…</translation>
    </message>
    <message>
        <source>Version %1: watched %2 in this session, %3 in all</source>
        <translation>Phiên bản %1: xem %2 trong phiên này, tổng cộng %3</translation>
    </message>
    <message>
        <source>Version %1 at %2: “%3”</source>
        <translation>Phiên bản %1, tại %2: “%3”</translation>
    </message>
    <message>
        <source>%1 of version %2 (%3), %4</source>
        <translation>%1 phiên bản %2 (%3), %4</translation>
    </message>
    <message>
        <source>%1 of version %2, %3</source>
        <translation>%1 phiên bản %2, %3</translation>
    </message>
    <message>
        <source>Approval of version %1 revoked: “%2”</source>
        <translation>Thu hồi phê duyệt phiên bản %1: “%2”</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>chữ ký %1</translation>
    </message>
    <message>
        <source>Package of version %1 exported to %2</source>
        <translation>Đã xuất gói phiên bản %1 tới %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Check every signature and re-hash the files the sign-offs name</source>
        <translation>Kiểm tra mọi chữ ký và tính lại mã băm các tệp đã được ký duyệt</translation>
    </message>
    <message>
        <source>The history of the clip under review appears here.</source>
        <translation>Lịch sử của clip đang duyệt hiển thị ở đây.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Ai đang ngồi bàn duyệt?</translation>
    </message>
    <message>
        <source>Who is at the desk? Your notes, checklist answers and viewing are recorded under your name.</source>
        <translation>Ai đang ngồi bàn duyệt? Ghi chú, câu trả lời kiểm duyệt và thời lượng đã xem được ghi dưới tên bạn.</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>Tôi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Set up the station…</source>
        <translation>Thiết lập đài…</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Người khác…</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Người duyệt: %1</translation>
    </message>
    <message>
        <source>%1 — recorded as %2. Click to switch person.</source>
        <translation>%1 — ghi nhận là %2. Bấm để đổi người.</translation>
    </message>
    <message>
        <source>No one is enrolled</source>
        <translation>Chưa có ai được đăng ký</translation>
    </message>
    <message>
        <source>No one is enrolled: set up the station first.</source>
        <translation>Chưa có ai được đăng ký: hãy thiết lập đài trước.</translation>
    </message>
    <message>
        <source>Choose who is at the desk before reviewing.</source>
        <translation>Hãy chọn người ngồi bàn duyệt trước khi duyệt.</translation>
    </message>
</context>
<context>
    <name>IngestDialog</name>
    <message>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Đã có trong thư viện</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Choose clips or .zip packages</source>
        <translation>Chọn clip hoặc gói .zip</translation>
    </message>
    <message>
        <source>Clips and packages (%1)</source>
        <translation>Clip và gói (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose a folder of clips</source>
        <translation>Chọn thư mục clip</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 MB</source>
        <translation>%1 — %2/%3 MB</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>Không có gì để thêm.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Đã dừng: %1</translation>
    </message>
    <message>
        <source>Add clips</source>
        <translation>Thêm clip</translation>
    </message>
    <message>
        <source>Add clips from files, folders or .zip packages (a USB stick). Captions, post text and metadata beside a clip come with it.</source>
        <translation>Thêm clip từ tệp, thư mục hoặc gói .zip (USB). Phụ đề, nội dung bài đăng và thông tin clip đi kèm được thêm cùng.</translation>
    </message>
    <message>
        <source>Files or packages…</source>
        <translation>Tệp hoặc gói…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Thư mục…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>File or reason</source>
        <translation>Tệp hoặc lý do</translation>
    </message>
    <message>
        <source>Add to the library</source>
        <translation>Thêm vào thư viện</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Kèm theo</translation>
    </message>
    <message>
        <source>Captions (%1)</source>
        <translation>Phụ đề (%1)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Phụ đề</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Nội dung bài đăng</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Thông tin clip</translation>
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
        <translation>Không mở được clip</translation>
    </message>
    <message>
        <source>This clip cannot be played</source>
        <translation>Không phát được clip này</translation>
    </message>
    <message>
        <source>The media file is missing from the library: %1</source>
        <translation>Tệp video không còn trong thư viện: %1</translation>
    </message>
    <message>
        <source>No clip to review</source>
        <translation>Không có clip nào cần duyệt</translation>
    </message>
    <message>
        <source>No clip selected</source>
        <translation>Chưa chọn clip</translation>
    </message>
    <message>
        <source>Review desk</source>
        <translation>Bàn duyệt clip</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>hạn chót %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>của %1</translation>
    </message>
    <message>
        <source>POLITICAL</source>
        <translation>CHÍNH TRỊ</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <source>%1 — Review desk</source>
        <translation>%1 — Bàn duyệt clip</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Ghi chú (%1)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>You have watched all of this version.</source>
        <translation>Bạn đã xem hết phiên bản này.</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Đã tắt tiếng</translation>
    </message>
    <message>
        <source>Volume %1%</source>
        <translation>Âm lượng %1%</translation>
    </message>
    <message>
        <source>Playing the parts you have not watched yet…</source>
        <translation>Đang phát những đoạn bạn chưa xem…</translation>
    </message>
    <message>
        <source>Choose who is at the desk first.</source>
        <translation>Hãy chọn người ngồi bàn duyệt trước.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <source>About the review desk</source>
        <translation>Giới thiệu bàn duyệt clip</translation>
    </message>
    <message>
        <source>Clip review and sign-off desk, version %1.
Library: %2</source>
        <translation>Bàn duyệt và ký duyệt clip, phiên bản %1.
Thư viện: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Đang mở thư viện…</translation>
    </message>
    <message>
        <source>Add a folder of clips…</source>
        <translation>Thêm thư mục clip…</translation>
    </message>
    <message>
        <source>Refresh queue</source>
        <translation>Làm mới hàng đợi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Phím tắt…</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Giới thiệu…</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Phụ đề</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Bài đăng</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>No one is enrolled: set up the station first (status bar, bottom right).</source>
        <translation>Chưa có ai được đăng ký: hãy thiết lập đài trước (thanh trạng thái, góc dưới bên phải).</translation>
    </message>
    <message>
        <source>The queue is empty for this filter. Add clips with File → Add clips… (Ctrl+O) or drop them on the queue.</source>
        <translation>Không có clip nào theo bộ lọc này. Thêm clip bằng Tệp → Thêm clip… (Ctrl+O) hoặc kéo thả vào hàng đợi.</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Phát</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Chờ duyệt: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Quá hạn: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Internal error: %1. The desk keeps running; details are in the log.</source>
        <translation>Lỗi nội bộ: %1. Bàn duyệt vẫn tiếp tục chạy; chi tiết có trong nhật ký.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Range: until</source>
        <translation>Đoạn: đến</translation>
    </message>
    <message>
        <source>What needs attention here?</source>
        <translation>Điểm nào ở đây cần lưu ý?</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Lưu ghi chú</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Tại</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Esc cancels</source>
        <translation>Ctrl+Enter để lưu · Esc để hủy</translation>
    </message>
    <message>
        <source>The start time is not a timecode HH:MM:SS:FF.</source>
        <translation>Thời điểm bắt đầu không đúng dạng mã thời gian HH:MM:SS:FF.</translation>
    </message>
    <message>
        <source>The end time is not a timecode HH:MM:SS:FF.</source>
        <translation>Thời điểm kết thúc không đúng dạng mã thời gian HH:MM:SS:FF.</translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation>Điểm kết thúc của đoạn nằm trước điểm bắt đầu.</translation>
    </message>
    <message>
        <source>The start time is after the end of the clip.</source>
        <translation>Thời điểm bắt đầu nằm sau khi clip đã kết thúc.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Hãy viết nội dung ghi chú trước.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Add note at current time (N)</source>
        <translation>Thêm ghi chú tại thời điểm hiện tại (N)</translation>
    </message>
    <message>
        <source>No notes on this version yet. Press N while watching to add one at the current time.</source>
        <translation>Phiên bản này chưa có ghi chú. Nhấn N khi đang xem để ghi chú tại thời điểm hiện tại.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Political: %1</source>
        <translation>Chính trị: %1</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>Hạn hôm nay: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Quá hạn: %1</translation>
    </message>
    <message>
        <source>Re-reviews: %1</source>
        <translation>Duyệt lại: %1</translation>
    </message>
    <message>
        <source>Political clips waiting for your decision (they head the queue)</source>
        <translation>Clip chính trị đang chờ quyết định (đứng đầu hàng đợi)</translation>
    </message>
    <message>
        <source>Pending clips whose deadline is later today</source>
        <translation>Clip chờ duyệt có hạn chót trong hôm nay</translation>
    </message>
    <message>
        <source>Pending clips past their deadline</source>
        <translation>Clip chờ duyệt đã quá hạn</translation>
    </message>
    <message>
        <source>New versions of clips that were sent back (changes requested or rejected)</source>
        <translation>Phiên bản mới của clip đã bị trả lại (yêu cầu sửa hoặc từ chối)</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>The video engine (libvlc) could not start.</source>
        <translation>Không khởi động được bộ phát video (libvlc).</translation>
    </message>
    <message>
        <source>Video cannot be shown on Wayland; start the desk with QT_QPA_PLATFORM=xcb.</source>
        <translation>Không hiển thị được video trên Wayland; hãy mở bàn duyệt với QT_QPA_PLATFORM=xcb.</translation>
    </message>
    <message>
        <source>The media file does not exist: %1</source>
        <translation>Tệp video không tồn tại: %1</translation>
    </message>
    <message>
        <source>This file cannot be played: %1</source>
        <translation>Không phát được tệp này: %1</translation>
    </message>
    <message>
        <source>No picture could be shown from %1; the file is damaged or not a video.</source>
        <translation>Không hiển thị được hình ảnh nào từ %1; tệp bị hỏng hoặc không phải video.</translation>
    </message>
</context>
<context>
    <name>PostPanel</name>
    <message>
        <source>This version has no post text.</source>
        <translation>Phiên bản này không có nội dung bài đăng.</translation>
    </message>
    <message>
        <source>no platform</source>
        <translation>chưa rõ nền tảng</translation>
    </message>
    <message>
        <source>%1 characters · %2 (no limit configured)</source>
        <translation>%1 ký tự · %2 (chưa đặt giới hạn)</translation>
    </message>
    <message>
        <source>%1 / %2 characters · %3 · %4 too long</source>
        <translation>%1 / %2 ký tự · %3 · dài quá %4</translation>
    </message>
    <message>
        <source>%1 / %2 characters · %3</source>
        <translation>%1 / %2 ký tự · %3</translation>
    </message>
    <message>
        <source>Hashtags: %1 · Mentions: %2</source>
        <translation>Hashtag: %1 · Nhắc đến: %2</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Record a publication</source>
        <translation>Ghi nhận đăng phát</translation>
    </message>
    <message>
        <source>Where and when did the approved version of “%1” go out?</source>
        <translation>Phiên bản đã phê duyệt của “%1” được đăng phát ở đâu, lúc nào?</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Address of the post</source>
        <translation>Địa chỉ bài đăng</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Đăng phát lúc</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Cannot read the queue</source>
        <translation>Không đọc được hàng đợi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>Bản</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Political content</source>
        <translation>Nội dung chính trị</translation>
    </message>
    <message>
        <source>Version under review</source>
        <translation>Phiên bản đang duyệt</translation>
    </message>
    <message>
        <source>Publishing deadline (red when overdue)</source>
        <translation>Hạn chót đăng phát (màu đỏ khi quá hạn)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <source>REVIEW QUEUE</source>
        <translation>HÀNG ĐỢI DUYỆT</translation>
    </message>
    <message>
        <source>Search title, id, author, platform (Ctrl+F)</source>
        <translation>Tìm tiêu đề, mã, tác giả, nền tảng (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show clips with this status</source>
        <translation>Hiện các clip ở trạng thái này</translation>
    </message>
    <message>
        <source>%1 clips</source>
        <translation>%1 clip</translation>
    </message>
</context>
<context>
    <name>RoundTrip</name>
    <message>
        <source>Click to see this moment</source>
        <translation>Bấm để xem thời điểm này</translation>
    </message>
    <message>
        <source>The post text is the same as in version %1.</source>
        <translation>Nội dung bài đăng giống phiên bản %1.</translation>
    </message>
    <message>
        <source>Version %1 compared with version %2.</source>
        <translation>Phiên bản %1 so với phiên bản %2.</translation>
    </message>
    <message>
        <source>Comparing pictures and sound…</source>
        <translation>Đang so sánh hình và tiếng…</translation>
    </message>
    <message>
        <source>Changed segments of pictures and sound: %1.</source>
        <translation>Đoạn hình, tiếng thay đổi: %1.</translation>
    </message>
    <message>
        <source>Caption changes: %1.</source>
        <translation>Thay đổi phụ đề: %1.</translation>
    </message>
    <message>
        <source>Post text changed.</source>
        <translation>Nội dung bài đăng đã sửa.</translation>
    </message>
    <message>
        <source>Post text unchanged.</source>
        <translation>Nội dung bài đăng không đổi.</translation>
    </message>
    <message>
        <source>Notes of earlier versions: %1 open of %2.</source>
        <translation>Ghi chú phiên bản trước: %1/%2 chưa xử lý.</translation>
    </message>
    <message>
        <source>Pictures and sound</source>
        <translation>Hình và tiếng</translation>
    </message>
    <message>
        <source>Length %1 → %2</source>
        <translation>Thời lượng %1 → %2</translation>
    </message>
    <message>
        <source>The same file as the earlier version.</source>
        <translation>Cùng một tệp với phiên bản trước.</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Không so sánh được: %1</translation>
    </message>
    <message>
        <source>No change in pictures or sound (a new encoding of the same content).</source>
        <translation>Hình và tiếng không đổi (chỉ mã hóa lại cùng nội dung).</translation>
    </message>
    <message>
        <source>pictures</source>
        <translation>hình</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>tiếng</translation>
    </message>
    <message>
        <source>pictures and sound</source>
        <translation>hình và tiếng</translation>
    </message>
    <message>
        <source>Cut here: %1–%2 of version %3 (%4)</source>
        <translation>Cắt bỏ tại đây: %1–%2 của phiên bản %3 (%4)</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Thêm mới: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Thay đổi: %1</translation>
    </message>
    <message>
        <source>Captions [%1]: %2</source>
        <translation>Phụ đề [%1]: %2</translation>
    </message>
    <message>
        <source>No caption changed.</source>
        <translation>Không câu phụ đề nào thay đổi.</translation>
    </message>
    <message>
        <source>Cue %1 rewritten: “%2” → “%3”</source>
        <translation>Câu %1 viết lại: “%2” → “%3”</translation>
    </message>
    <message>
        <source>Cue %1 moved: %2–%3 → %4–%5</source>
        <translation>Câu %1 dời thời gian: %2–%3 → %4–%5</translation>
    </message>
    <message>
        <source>Cue %1 added: “%2”</source>
        <translation>Câu %1 thêm mới: “%2”</translation>
    </message>
    <message>
        <source>Cue %1 of version %2 removed: “%3”</source>
        <translation>Câu %1 của phiên bản %2 bị bỏ: “%3”</translation>
    </message>
    <message>
        <source>Clip information</source>
        <translation>Thông tin clip</translation>
    </message>
    <message>
        <source>Notes of earlier versions (tick when dealt with)</source>
        <translation>Ghi chú phiên bản trước (đánh dấu khi đã xử lý)</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>đã xử lý</translation>
    </message>
    <message>
        <source>open</source>
        <translation>chưa xử lý</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Phiên bản %1: %2</translation>
    </message>
    <message>
        <source>Ticked: resolved. Click the box to change.</source>
        <translation>Có dấu: đã xử lý. Bấm vào ô để đổi.</translation>
    </message>
    <message>
        <source>Compare A/B (B)</source>
        <translation>So sánh A/B (B)</translation>
    </message>
    <message>
        <source>Play the earlier and this version in turn at the same timecode</source>
        <translation>Xem lần lượt phiên bản trước và phiên bản này tại cùng một mã thời gian</translation>
    </message>
    <message>
        <source>POST TEXT (struck through: taken out; underlined: new)</source>
        <translation>NỘI DUNG BÀI ĐĂNG (gạch ngang: bỏ đi; gạch chân: mới)</translation>
    </message>
    <message>
        <source>This is the first version of the clip: there is no earlier version to compare with.</source>
        <translation>Đây là phiên bản đầu tiên của clip: chưa có phiên bản trước để so sánh.</translation>
    </message>
    <message>
        <source>This version cannot be played</source>
        <translation>Không phát được phiên bản này</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Dừng (Space)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Phát (Space)</translation>
    </message>
    <message>
        <source>A · version %1 (earlier)</source>
        <translation>A · phiên bản %1 (trước)</translation>
    </message>
    <message>
        <source>B · version %1 (new)</source>
        <translation>B · phiên bản %1 (mới)</translation>
    </message>
    <message>
        <source>Compare versions — %1</source>
        <translation>So sánh phiên bản — %1</translation>
    </message>
    <message>
        <source>%1 — version %2 against version %3</source>
        <translation>%1 — phiên bản %2 so với phiên bản %3</translation>
    </message>
    <message>
        <source>A: version %1</source>
        <translation>A: phiên bản %1</translation>
    </message>
    <message>
        <source>B: version %1</source>
        <translation>B: phiên bản %1</translation>
    </message>
    <message>
        <source>B switches version at the same timecode · ←/→ 1 s · Esc closes. Blue marks on the bar: what changed.</source>
        <translation>B: đổi phiên bản tại cùng mã thời gian · ←/→ 1 giây · Esc: đóng. Vạch xanh trên thanh: chỗ thay đổi.</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Lưu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Sửa ghi chú</translation>
    </message>
    <message>
        <source>The earlier text stays in the audit trail.</source>
        <translation>Nội dung cũ vẫn được lưu trong nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>Reply to note</source>
        <translation>Trả lời ghi chú</translation>
    </message>
    <message>
        <source>Note: “%1”</source>
        <translation>Ghi chú: “%1”</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <source>This is the first version of the clip: nothing to compare with.</source>
        <translation>Đây là phiên bản đầu tiên của clip: chưa có gì để so sánh.</translation>
    </message>
    <message>
        <source>Where to put the change request</source>
        <translation>Chọn nơi lưu gói yêu cầu sửa</translation>
    </message>
    <message>
        <source>The change request was not written</source>
        <translation>Chưa ghi được gói yêu cầu sửa</translation>
    </message>
    <message>
        <source>Change request written to %1 (notes: %2)</source>
        <translation>Đã ghi gói yêu cầu sửa vào %1 (ghi chú: %2)</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Thay đổi (%1)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Compare with the earlier version: A/B at the same timecode (B again switches)</source>
        <translation>So sánh với phiên bản trước: A/B tại cùng mã thời gian (bấm B lần nữa để đổi)</translation>
    </message>
    <message>
        <source>Changes since the earlier version</source>
        <translation>Thay đổi so với phiên bản trước</translation>
    </message>
    <message>
        <source>Send change request…</source>
        <translation>Gửi yêu cầu sửa…</translation>
    </message>
    <message>
        <source>Versions and changes</source>
        <translation>Phiên bản và thay đổi</translation>
    </message>
    <message>
        <source>Notes not marked resolved yet: %1</source>
        <translation>Ghi chú chưa xử lý: %1</translation>
    </message>
    <message>
        <source>Version %1 at %2: %3</source>
        <translation>Phiên bản %1 tại %2: %3</translation>
    </message>
    <message>
        <source>… and %1 more (Notes and Changes tabs)</source>
        <translation>… và %1 ghi chú khác (thẻ Ghi chú và Thay đổi)</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Đánh dấu đã xử lý</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Trả lời…</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>Sửa ghi chú</translation>
    </message>
    <message>
        <source>Note resolved</source>
        <translation>Ghi chú đã xử lý</translation>
    </message>
    <message>
        <source>Note reopened</source>
        <translation>Ghi chú mở lại</translation>
    </message>
    <message>
        <source>Note reply</source>
        <translation>Trả lời ghi chú</translation>
    </message>
    <message>
        <source>superseded by a newer version, not valid for publishing</source>
        <translation>đã có phiên bản mới hơn, không còn giá trị để đăng phát</translation>
    </message>
    <message>
        <source>Change request for version %1 written to %2</source>
        <translation>Gói yêu cầu sửa phiên bản %1 đã ghi vào %2</translation>
    </message>
    <message>
        <source>Version %1, note %2: “%3” → “%4”</source>
        <translation>Phiên bản %1, ghi chú %2: “%3” → “%4”</translation>
    </message>
    <message>
        <source>Version %1, note %2 resolved: “%3”</source>
        <translation>Phiên bản %1, ghi chú %2 đã xử lý: “%3”</translation>
    </message>
    <message>
        <source>Version %1, note %2 open again: “%3”</source>
        <translation>Phiên bản %1, ghi chú %2 mở lại: “%3”</translation>
    </message>
    <message>
        <source>Version %1, note %2, reply: “%3”</source>
        <translation>Phiên bản %1, ghi chú %2, trả lời: “%3”</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Playback</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Moving in the clip</source>
        <translation>Di chuyển trong clip</translation>
    </message>
    <message>
        <source>Speed and sound</source>
        <translation>Tốc độ và âm thanh</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Ký duyệt</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Play at normal speed / pause</source>
        <translation>Phát ở tốc độ thường / tạm dừng</translation>
    </message>
    <message>
        <source>Stop (always pauses, shuttles too)</source>
        <translation>Dừng (luôn tạm dừng, cả khi đang tua)</translation>
    </message>
    <message>
        <source>Shuttle backward (press again: faster)</source>
        <translation>Tua lùi (nhấn thêm: nhanh hơn)</translation>
    </message>
    <message>
        <source>Shuttle forward (press again: faster)</source>
        <translation>Tua tới (nhấn thêm: nhanh hơn)</translation>
    </message>
    <message>
        <source>Play the parts not yet watched</source>
        <translation>Phát những đoạn chưa xem</translation>
    </message>
    <message>
        <source>Loop the clip on/off</source>
        <translation>Bật/tắt phát lặp</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Lùi 5 giây</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Tiến 5 giây</translation>
    </message>
    <message>
        <source>Back 1 second</source>
        <translation>Lùi 1 giây</translation>
    </message>
    <message>
        <source>Forward 1 second</source>
        <translation>Tiến 1 giây</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>Lùi một khung hình</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>Tiến một khung hình</translation>
    </message>
    <message>
        <source>Go to the start</source>
        <translation>Về đầu clip</translation>
    </message>
    <message>
        <source>Go to the end</source>
        <translation>Đến cuối clip</translation>
    </message>
    <message>
        <source>Slower (down to 0.5×)</source>
        <translation>Chậm hơn (tối thiểu 0,5×)</translation>
    </message>
    <message>
        <source>Faster (up to 2×)</source>
        <translation>Nhanh hơn (tối đa 2×)</translation>
    </message>
    <message>
        <source>Normal speed (1×)</source>
        <translation>Tốc độ bình thường (1×)</translation>
    </message>
    <message>
        <source>Volume down</source>
        <translation>Giảm âm lượng</translation>
    </message>
    <message>
        <source>Volume up</source>
        <translation>Tăng âm lượng</translation>
    </message>
    <message>
        <source>Mute on/off</source>
        <translation>Bật/tắt tiếng</translation>
    </message>
    <message>
        <source>Full screen on/off (Esc leaves)</source>
        <translation>Bật/tắt toàn màn hình (Esc để thoát)</translation>
    </message>
    <message>
        <source>Captions over the video on/off</source>
        <translation>Bật/tắt phụ đề trên hình</translation>
    </message>
    <message>
        <source>Captions at the top of the picture</source>
        <translation>Phụ đề ở phía trên hình</translation>
    </message>
    <message>
        <source>Add a note at the current time</source>
        <translation>Thêm ghi chú tại thời điểm hiện tại</translation>
    </message>
    <message>
        <source>Who is at the desk…</source>
        <translation>Người ngồi bàn duyệt…</translation>
    </message>
    <message>
        <source>Checklist: first open item</source>
        <translation>Kiểm duyệt: mục đầu tiên chưa trả lời</translation>
    </message>
    <message>
        <source>Approve and sign…</source>
        <translation>Phê duyệt và ký…</translation>
    </message>
    <message>
        <source>Write the reason (request changes, reject, revoke)</source>
        <translation>Nhập lý do (yêu cầu sửa, từ chối, thu hồi)</translation>
    </message>
    <message>
        <source>History of the clip</source>
        <translation>Lịch sử của clip</translation>
    </message>
    <message>
        <source>Next clip in the queue</source>
        <translation>Clip tiếp theo trong hàng đợi</translation>
    </message>
    <message>
        <source>Previous clip in the queue</source>
        <translation>Clip trước trong hàng đợi</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Tìm trong hàng đợi</translation>
    </message>
    <message>
        <source>Back to the queue list (↑/↓ choose a clip)</source>
        <translation>Về danh sách hàng đợi (↑/↓ để chọn clip)</translation>
    </message>
    <message>
        <source>Add clips (files, folders, .zip)…</source>
        <translation>Thêm clip (tệp, thư mục, .zip)…</translation>
    </message>
    <message>
        <source>Export the approval package…</source>
        <translation>Xuất gói phê duyệt…</translation>
    </message>
    <message>
        <source>Print the approval certificate…</source>
        <translation>In giấy chứng nhận phê duyệt…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>The keys work wherever the keyboard focus is, except while you type in a text field.</source>
        <translation>Các phím tắt dùng được ở mọi nơi, trừ khi bạn đang gõ chữ trong một ô nhập.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Clip SHA-256</source>
        <translation>SHA-256 của clip</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Đã xem</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Danh mục kiểm duyệt</translation>
    </message>
    <message>
        <source>Not passed, or with a note</source>
        <translation>Mục không đạt hoặc có ghi chú</translation>
    </message>
    <message>
        <source>Revokes</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Record SHA-256</source>
        <translation>SHA-256 của bản ghi</translation>
    </message>
    <message>
        <source>Time of signing</source>
        <translation>Thời điểm ký</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Sign the revocation</source>
        <translation>Ký thu hồi phê duyệt</translation>
    </message>
    <message>
        <source>You are about to revoke this approval</source>
        <translation>Bạn sắp thu hồi phê duyệt này</translation>
    </message>
    <message>
        <source>Sign the decision</source>
        <translation>Ký quyết định</translation>
    </message>
    <message>
        <source>You are about to sign this decision</source>
        <translation>Bạn sắp ký quyết định này</translation>
    </message>
    <message>
        <source>%1 (recommendation: only a head approves)</source>
        <translation>%1 (đề xuất: chỉ lãnh đạo mới phê duyệt)</translation>
    </message>
    <message>
        <source>%1 — %2, version %3</source>
        <translation>%1 — %2, phiên bản %3</translation>
    </message>
    <message>
        <source>approval of version %1 signed by %2 at %3</source>
        <translation>phê duyệt phiên bản %1 do %2 ký lúc %3</translation>
    </message>
    <message>
        <source>By entering your passphrase you sign the facts above with your own key. The signature binds you to this decision like your handwritten signature.</source>
        <translation>Khi nhập cụm mật khẩu, bạn ký các thông tin trên bằng khóa của chính mình. Chữ ký số này ràng buộc bạn với quyết định như chữ ký tay.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <source>Your signing passphrase</source>
        <translation>Cụm mật khẩu ký của bạn</translation>
    </message>
    <message>
        <source>Sign (Ctrl+Enter)</source>
        <translation>Ký (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The passphrase is asked at every signing.</source>
        <translation>Mỗi lần ký đều phải nhập cụm mật khẩu.</translation>
    </message>
    <message>
        <source>none: every item passed, without notes</source>
        <translation>không có: mọi mục đều đạt, không có ghi chú</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 (%2) — recorded when you sign</source>
        <translation>%1 (%2) — ghi nhận đúng lúc bạn ký</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to sign.</source>
        <translation>Nhấn Ctrl+Enter để ký.</translation>
    </message>
    <message>
        <source>Enter your passphrase to sign.</source>
        <translation>Nhập cụm mật khẩu để ký.</translation>
    </message>
    <message>
        <source>A new version of this clip has arrived since this dialog opened. Close it and review the new version.</source>
        <translation>Clip vừa có phiên bản mới sau khi mở hộp thoại này. Hãy đóng hộp thoại và duyệt phiên bản mới.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Đang ký…</translation>
    </message>
    <message>
        <source>Wrong passphrase. %1 of %2 attempts left before signing locks for %3.</source>
        <translation>Sai cụm mật khẩu. Còn %1/%2 lần thử trước khi bị tạm khóa ký %3.</translation>
    </message>
    <message>
        <source>Notes on this version</source>
        <translation>Ghi chú trên phiên bản này</translation>
    </message>
</context>
<context>
    <name>SignedBanner</name>
    <message>
        <source>✓ Signed: %1 of version %2, by %3 at %4.</source>
        <translation>✓ Đã ký: %1 phiên bản %2, do %3 ký lúc %4.</translation>
    </message>
    <message>
        <source>Export the approval package…</source>
        <translation>Xuất gói phê duyệt…</translation>
    </message>
    <message>
        <source>Print the certificate…</source>
        <translation>In giấy chứng nhận…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Signoff</name>
    <message>
        <source>Pass</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Revoke the approval</source>
        <translation>Thu hồi phê duyệt</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>No approval yet</source>
        <translation>Chưa có phê duyệt</translation>
    </message>
    <message>
        <source>Approval valid</source>
        <translation>Phê duyệt hợp lệ</translation>
    </message>
    <message>
        <source>File changed since approval</source>
        <translation>Tệp đã thay đổi sau khi phê duyệt</translation>
    </message>
    <message>
        <source>Approval invalid</source>
        <translation>Phê duyệt không hợp lệ</translation>
    </message>
    <message>
        <source>Approval revoked</source>
        <translation>Phê duyệt đã bị thu hồi</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <source>file changed</source>
        <translation>tệp đã thay đổi</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>không hợp lệ</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <source>Head (approves)</source>
        <translation>Lãnh đạo phê duyệt</translation>
    </message>
    <message>
        <source>Editor (recommends)</source>
        <translation>Biên tập viên (đề xuất)</translation>
    </message>
    <message>
        <source>signed in the desk</source>
        <translation>ký tại bàn duyệt</translation>
    </message>
    <message>
        <source>signed on the command line</source>
        <translation>ký bằng dòng lệnh</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>%1/%2 answered: %3 pass · %4 fail · %5 N/A</source>
        <translation>Đã trả lời %1/%2: %3 đạt · %4 không đạt · %5 không áp dụng</translation>
    </message>
    <message>
        <source>Checklist not finished: %1 of %2 items not answered yet</source>
        <translation>Chưa hoàn tất kiểm duyệt: còn %1/%2 mục chưa trả lời</translation>
    </message>
    <message>
        <source>Blocking item failed: %1</source>
        <translation>Mục bắt buộc không đạt: %1</translation>
    </message>
    <message>
        <source>You have watched %1 of version %2; watch the whole clip before approving</source>
        <translation>Bạn mới xem %1 phiên bản %2; hãy xem hết clip trước khi phê duyệt</translation>
    </message>
    <message>
        <source>Signing is locked after too many wrong passphrases; try again in %1 (at %2)</source>
        <translation>Đang tạm khóa ký do nhập sai cụm mật khẩu quá nhiều lần; thử lại sau %1 (lúc %2)</translation>
    </message>
    <message>
        <source>%1 has no signing key. An administrator creates one with: reviewer keys init --principal %1</source>
        <translation>%1 chưa có khóa ký. Quản trị viên tạo khóa bằng lệnh: reviewer keys init --principal %1</translation>
    </message>
    <message>
        <source>Write the reason first: requesting changes needs a reason.</source>
        <translation>Hãy nhập lý do trước: yêu cầu sửa cần có lý do.</translation>
    </message>
    <message>
        <source>Write the reason first: a rejection needs a reason.</source>
        <translation>Hãy nhập lý do trước: từ chối cần có lý do.</translation>
    </message>
    <message>
        <source>Write the reason first: revoking an approval needs a reason.</source>
        <translation>Hãy nhập lý do trước: thu hồi phê duyệt cần có lý do.</translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation>Hãy nhập lý do trước.</translation>
    </message>
</context>
<context>
    <name>SignoffDesk</name>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Signed: %1 of %2 (version %3).</source>
        <translation>Đã ký: %1 cho %2 (phiên bản %3).</translation>
    </message>
    <message>
        <source>No one is enrolled: set up the station first (status bar → No one is enrolled).</source>
        <translation>Chưa có ai được đăng ký: hãy thiết lập đài trước (thanh trạng thái → Chưa có ai được đăng ký).</translation>
    </message>
    <message>
        <source>Choose who is at the desk first (status bar → Who is at the desk?).</source>
        <translation>Hãy chọn người ngồi bàn duyệt trước (thanh trạng thái → Ai đang ngồi bàn duyệt?).</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Kiểm duyệt</translation>
    </message>
    <message>
        <source>Checklist %1/%2</source>
        <translation>Kiểm duyệt %1/%2</translation>
    </message>
</context>
<context>
    <name>StatsDesk</name>
    <message>
        <source>%1 is not approved: only an approved clip can be published.</source>
        <translation>%1 chưa được phê duyệt: chỉ clip đã phê duyệt mới được đăng phát.</translation>
    </message>
    <message>
        <source>Already recorded: %1 on %2.</source>
        <translation>Đã ghi nhận trước đó: %1 trên %2.</translation>
    </message>
    <message>
        <source>Publication recorded: %1 on %2.</source>
        <translation>Đã ghi nhận đăng phát: %1 trên %2.</translation>
    </message>
    <message>
        <source>Effectiveness…</source>
        <translation>Hiệu quả…</translation>
    </message>
    <message>
        <source>Record publication…</source>
        <translation>Ghi nhận đăng phát…</translation>
    </message>
    <message>
        <source>Publications and statistics</source>
        <translation>Đăng phát và số liệu</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Pending</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>All clips</source>
        <translation>Tất cả clip</translation>
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
        <translation>Không có phụ đề</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>không rõ ngôn ngữ</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 cues</source>
        <translation>%1 · %2 · %3 câu</translation>
    </message>
    <message>
        <source>This version has no caption file.</source>
        <translation>Phiên bản này không có tệp phụ đề.</translation>
    </message>
    <message>
        <source>Cues that need attention: %1 (marked ⚠; hover for details).</source>
        <translation>Câu phụ đề cần xem lại: %1 (đánh dấu ⚠; di chuột vào để xem chi tiết).</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>No sound: %1</source>
        <translation>Không có âm thanh: %1</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Đã xem</translation>
    </message>
    <message>
        <source>not counted as watched</source>
        <translation>không tính là đã xem</translation>
    </message>
    <message>
        <source>Faster than 2× or backwards: this part is not counted as watched. K stops, Space plays at 1×.</source>
        <translation>Nhanh hơn 2× hoặc tua lùi: đoạn này không được tính là đã xem. K để dừng, Space để phát ở 1×.</translation>
    </message>
    <message>
        <source>Parts of this version you have watched at up to 2× (green). Seeking and skipping do not count.</source>
        <translation>Những đoạn của phiên bản này bạn đã xem ở tốc độ tối đa 2× (màu xanh). Tua và bỏ qua không được tính.</translation>
    </message>
    <message>
        <source>Volume (- and =)</source>
        <translation>Âm lượng (- và =)</translation>
    </message>
    <message>
        <source>Playback speed ([ and ])</source>
        <translation>Tốc độ phát ([ và ])</translation>
    </message>
    <message>
        <source>Timecode HH:MM:SS:FF at %1 frames per second</source>
        <translation>Mã thời gian HH:MM:SS:FF ở %1 khung hình/giây</translation>
    </message>
</context>
</TS>
