<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
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
            <translation>Xem lần lượt phiên bản trước và phiên bản này tại cùng một mốc thời gian</translation>
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
            <translation>B: đổi phiên bản tại cùng mốc thời gian · ←/→ 1 giây · Esc: đóng. Vạch xanh trên thanh: chỗ thay đổi.</translation>
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
            <translation>So sánh với phiên bản trước: A/B tại cùng mốc thời gian (bấm B lần nữa để đổi)</translation>
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
            <translation>đã có phiên bản mới hơn, không còn giá trị để đăng</translation>
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
</TS>
