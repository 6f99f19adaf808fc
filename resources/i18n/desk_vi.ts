<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="74" />
        <source>no such file or folder</source>
        <translation>không có tệp hay thư mục này</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="75" />
        <source>no clips found in this folder</source>
        <translation>không tìm thấy clip nào trong thư mục này</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="76" />
        <source>no clips found in this package</source>
        <translation>không tìm thấy clip nào trong gói này</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="77" />
        <source>unsupported file type “%1”</source>
        <translation>loại tệp “%1” không được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="78" />
        <source>empty file (0 bytes)</source>
        <translation>tệp rỗng (0 byte)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="79" />
        <source>the clip has no duration</source>
        <translation>clip không có thời lượng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="80" />
        <source>no video in this file (sound or data only)</source>
        <translation>tệp không có hình (chỉ có tiếng hoặc dữ liệu)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="82" />
        <source>not a video file the desk accepts (MP4/MOV, MKV/WebM, AVI, MXF, MPEG-TS)</source>
        <translation>không phải tệp video bàn duyệt nhận (MP4/MOV, MKV/WebM, AVI, MXF, MPEG-TS)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="83" />
        <source>damaged or unsupported video file</source>
        <translation>tệp video bị hỏng hoặc không được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="84" />
        <source>not a readable video file</source>
        <translation>không đọc được tệp video</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="86" />
        <source>no picture can be decoded (truncated or empty file)</source>
        <translation>không giải mã được hình nào (tệp bị cắt cụt hoặc rỗng)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="88" />
        <source>the first picture does not decode (damaged file)</source>
        <translation>không giải mã được hình đầu tiên (tệp bị hỏng)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="89" />
        <source>picture size %1×%2 is larger than 8K</source>
        <translation>kích thước hình %1×%2 lớn hơn 8K</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="90" />
        <source>the file ends early (an interrupted copy?)</source>
        <translation>tệp bị thiếu phần cuối (sao chép bị ngắt giữa chừng?)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="91" />
        <source>not a valid zip package</source>
        <translation>không phải gói zip hợp lệ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="92" />
        <source>“%1” in the package is encrypted</source>
        <translation>“%1” trong gói đã bị mã hóa</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="94" />
        <source>“%1” would be unpacked outside the package folder (unsafe package)</source>
        <translation>“%1” sẽ bị giải nén ra ngoài thư mục của gói (gói không an toàn)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="95" />
        <source>the name “%1” appears twice in the package</source>
        <translation>tên “%1” xuất hiện hai lần trong gói</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="97" />
        <source>it revises clip “%1”, which is not in the library</source>
        <translation>tệp này sửa clip “%1”, nhưng clip đó không có trong thư viện</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="98" />
        <source>cannot be read (%1)</source>
        <translation>không đọc được (%1)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="99" />
        <source>no video named “%1” beside it</source>
        <translation>không có video tên “%1” đi kèm</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="101" />
        <source>a package inside a package is not opened; unpack it first</source>
        <translation>không mở gói nằm trong gói; hãy giải nén trước</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="103" />
        <source>These exact bytes are already in the library.</source>
        <translation>Thư viện đã có đúng tệp này.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="105" />
        <source>The disk holding the library is full; the file was not added.</source>
        <translation>Ổ đĩa chứa thư viện đã đầy; tệp chưa được thêm.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="107" />
        <source>The disk holding the library is full; the package was not unpacked.</source>
        <translation>Ổ đĩa chứa thư viện đã đầy; gói chưa được giải nén.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="109" />
        <source>The disk holding the library is full; nothing was changed.</source>
        <translation>Ổ đĩa chứa thư viện đã đầy; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="111" />
        <source>The disk holding the export folder is full; nothing was exported.</source>
        <translation>Ổ đĩa chứa thư mục xuất đã đầy; chưa xuất gì.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="112" />
        <source>A note needs some text.</source>
        <translation>Ghi chú cần có nội dung.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="113" />
        <source>A note's end must not be before its start.</source>
        <translation>Điểm kết thúc của ghi chú không được trước điểm bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="115" />
        <source>Clip %1 has no approval of its current version to export (only a head's signed approval can be exported).</source>
        <translation>Clip %1 chưa có phê duyệt cho phiên bản hiện tại để xuất (chỉ xuất được phê duyệt có chữ ký số của lãnh đạo).</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="118" />
        <source>The approval of %1 was revoked; there is nothing to export.</source>
        <translation>Phê duyệt của %1 đã bị thu hồi; không có gì để xuất.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="120" />
        <source>The approval of %1 no longer matches its files: %2</source>
        <translation>Phê duyệt của %1 không còn khớp với các tệp: %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/core_text.py" line="122" />
        <source>%1 already exists and is not an empty folder; choose another folder.</source>
        <translation>%1 đã có và không phải thư mục trống; hãy chọn thư mục khác.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="131" />
        <source>Where should the package go?</source>
        <translation>Lưu gói vào đâu?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="146" />
        <source>Choose where the package goes.</source>
        <translation>Hãy chọn nơi lưu gói.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="149" />
        <source>Enter your passphrase: the package is handed over in your name.</source>
        <translation>Nhập cụm mật khẩu của bạn: gói được bàn giao dưới tên bạn.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="164" />
        <source>Package written to %1 (%2 files). The publishing desk checks it with VERIFY.txt, without this program.</source>
        <translation>Đã ghi gói vào %1 (%2 tệp). Bộ phận đăng phát kiểm tra gói theo VERIFY.txt, không cần chương trình này.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="170" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="185" />
        <source>Export the approval package</source>
        <translation>Xuất gói phê duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="186" />
        <source>Approval package of %1, version %2</source>
        <translation>Gói phê duyệt của %1, phiên bản %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="188" />
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="189" />
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="190" />
        <source>Your passphrase:</source>
        <translation>Cụm mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="191" />
        <source>%1's signing passphrase</source>
        <translation>Cụm mật khẩu ký số của %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="193" />
        <source>The package holds the clip, its captions and post text, the signed approval, the certificate and the commands to check them.</source>
        <translation>Gói gồm clip, phụ đề và nội dung bài đăng, bản phê duyệt đã ký, giấy chứng nhận và các lệnh để kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="195" />
        <source>Export</source>
        <translation>Xuất gói</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="197" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="221" />
        <source>Clip %1 has no valid approval of its current version: there is no certificate to print.</source>
        <translation>Clip %1 chưa có phê duyệt hợp lệ cho phiên bản hiện tại: không có giấy chứng nhận để in.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="227" />
        <source>The approval of %1 has no signed checkpoint after it; run reviewer verify.</source>
        <translation>Phê duyệt của %1 không có điểm chốt nhật ký đã ký đi kèm; hãy chạy reviewer verify.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="260" />
        <source>Approval certificate %1</source>
        <translation>Giấy chứng nhận phê duyệt %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/export_dialog.py" line="267" />
        <source>Print the approval certificate</source>
        <translation>In giấy chứng nhận phê duyệt</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="59" />
        <source>Set up the station</source>
        <translation>Thiết lập đài</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="60" />
        <source>No one is enrolled at this station yet. Enrol the first head on this workstation with the command below, then choose them here.</source>
        <translation>Đài chưa đăng ký người ký nào. Hãy đăng ký lãnh đạo đầu tiên trên máy này bằng lệnh dưới đây, rồi chọn người đó tại đây.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="65" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="249" />
        <location filename="../../reviewer/ui/identity.py" line="315" />
        <source>Who is at the desk?</source>
        <translation>Ai đang ngồi bàn duyệt?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="250" />
        <source>Who is at the desk? Your notes, checklist answers and viewing are recorded under your name.</source>
        <translation>Ai đang ngồi bàn duyệt? Ghi chú, câu trả lời kiểm duyệt và thời lượng đã xem được ghi dưới tên bạn.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="252" />
        <source>This is me</source>
        <translation>Tôi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="253" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="290" />
        <source>Set up the station…</source>
        <translation>Thiết lập đài…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="299" />
        <source>Someone else…</source>
        <translation>Người khác…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="306" />
        <source>Reviewer: %1</source>
        <translation>Người duyệt: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="307" />
        <source>%1 — recorded as %2. Click to switch person.</source>
        <translation>%1 — ghi nhận là %2. Bấm để đổi người.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="311" />
        <source>No one is enrolled</source>
        <translation>Chưa có ai được đăng ký</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="312" />
        <source>No one is enrolled: set up the station first.</source>
        <translation>Chưa có ai được đăng ký: hãy thiết lập đài trước.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/identity.py" line="316" />
        <source>Choose who is at the desk before reviewing.</source>
        <translation>Hãy chọn người ngồi bàn duyệt trước khi duyệt.</translation>
    </message>
</context>
<context>
    <name>IngestDialog</name>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="47" />
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="48" />
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="49" />
        <source>Already in the library</source>
        <translation>Đã có trong thư viện</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="50" />
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="192" />
        <source>Choose clips or .zip packages</source>
        <translation>Chọn clip hoặc gói .zip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="194" />
        <source>Clips and packages (%1)</source>
        <translation>Clip và gói (%1)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="195" />
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="202" />
        <source>Choose a folder of clips</source>
        <translation>Chọn thư mục clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="223" />
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="242" />
        <source>%1 — %2 of %3 MB</source>
        <translation>%1 — %2/%3 MB</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="248" />
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="265" />
        <source>Nothing to add.</source>
        <translation>Không có gì để thêm.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="282" />
        <source>Stopped: %1</source>
        <translation>Đã dừng: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="318" />
        <source>Add clips</source>
        <translation>Thêm clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="319" />
        <source>Add clips from files, folders or .zip packages (a USB stick). Captions, post text and metadata beside a clip come with it.</source>
        <translation>Thêm clip từ tệp, thư mục hoặc gói .zip (USB). Phụ đề, nội dung bài đăng và thông tin đi kèm clip được thêm cùng.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="321" />
        <source>Files or packages…</source>
        <translation>Tệp hoặc gói…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="322" />
        <source>Folder…</source>
        <translation>Thư mục…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="323" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="323" />
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="324" />
        <source>File or reason</source>
        <translation>Tệp hoặc lý do</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="325" />
        <source>Add to the library</source>
        <translation>Thêm vào thư viện</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/ingest_dialog.py" line="326" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="80" />
        <source>Political: %1</source>
        <translation>Chính trị: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="81" />
        <source>Due today: %1</source>
        <translation>Hạn hôm nay: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="82" />
        <source>Overdue: %1</source>
        <translation>Quá hạn: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="83" />
        <source>Re-reviews: %1</source>
        <translation>Duyệt lại: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="86" />
        <source>Political clips waiting for your decision (they head the queue)</source>
        <translation>Clip chính trị đang chờ quyết định (đứng đầu hàng đợi)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="87" />
        <source>Pending clips whose deadline is later today</source>
        <translation>Clip chờ duyệt có hạn chót trong hôm nay</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="88" />
        <source>Pending clips past their deadline</source>
        <translation>Clip chờ duyệt đã quá hạn</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="89" />
        <source>New versions of clips that were sent back (changes requested or rejected)</source>
        <translation>Phiên bản mới của clip đã bị trả lại (yêu cầu sửa hoặc từ chối)</translation>
    </message>
</context>
<context>
    <name>SignedBanner</name>
    <message>
        <location filename="../../reviewer/ui/signed_banner.py" line="87" />
        <source>✓ Signed: %1 of version %2, by %3 at %4.</source>
        <translation>✓ Đã ký: %1 phiên bản %2, do %3 ký lúc %4.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signed_banner.py" line="98" />
        <source>Export the approval package…</source>
        <translation>Xuất gói phê duyệt…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signed_banner.py" line="99" />
        <source>Print the certificate…</source>
        <translation>In giấy chứng nhận…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signed_banner.py" line="100" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
</TS>
