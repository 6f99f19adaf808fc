<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="432" />
        <source>Why does it fail? (note)</source>
        <translation>Vì sao không đạt? (ghi chú)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="434" />
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="395" />
        <source>Choose a clip in the queue to fill in its checklist.</source>
        <translation>Chọn một clip trong hàng đợi để điền danh mục kiểm duyệt.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="102" />
        <source>Note written when the answer was %1:</source>
        <translation>Ghi chú viết khi mục còn %1:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="419" />
        <source>%1 · item %2 of %3</source>
        <translation>%1 · mục %2/%3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="454" />
        <source>%1 of %2 answered</source>
        <translation>Đã trả lời %1/%2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="456" />
        <source>%1 failed (%2 blocking)</source>
        <translation>%1 không đạt (%2 mục bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="580" />
        <source>The answer changes</source>
        <translation>Đổi kết quả</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="582" />
        <source>This item had the note “%1”, written when it was %2. Keep the note with the new answer %3?</source>
        <translation>Mục này có ghi chú “%1”, viết khi kết quả là %2. Giữ ghi chú này với kết quả mới %3?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="585" />
        <source>Keep the note</source>
        <translation>Giữ ghi chú</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="586" />
        <source>Clear the note</source>
        <translation>Xóa ghi chú</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="587" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="673" />
        <source>%1 (key %2)</source>
        <translation>%1 (phím %2)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="674" />
        <source>Blocking</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="675" />
        <source>Blocking item: a Fail here blocks approval.</source>
        <translation>Mục bắt buộc: Không đạt ở đây thì không thể phê duyệt.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="677" />
        <source>Keys: 1 Pass · 2 Fail · 3 N/A, then on to the next open item · ↑↓ other items · Tab note</source>
        <translation>Phím: 1 Đạt · 2 Không đạt · 3 Không áp dụng, rồi sang mục chưa trả lời tiếp theo · ↑↓ mục khác · Tab ghi chú</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="459" />
        <source>%1 failed</source>
        <translation>%1 không đạt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="461" />
        <source>complete</source>
        <translation>đã đủ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="471" />
        <source>%1 (version %2)</source>
        <translation>%1 (phiên bản %2)</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="356" />
        <location filename="../../reviewer/ui/decision_panel.py" line="362" />
        <source>No clip under review.</source>
        <translation>Chưa có clip nào đang được duyệt.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="358" />
        <source>Choose who is at the desk first.</source>
        <translation>Hãy chọn người ngồi bàn duyệt trước.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="407" />
        <source>Approval is not possible yet:</source>
        <translation>Chưa thể phê duyệt:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="450" />
        <source>%1 of version %2</source>
        <translation>%1 phiên bản %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="458" />
        <source>The clip, a caption file or the post text no longer has the signed bytes.</source>
        <translation>Tệp clip, tệp phụ đề hoặc bài đăng đã khác với nội dung đã ký.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="460" />
        <source>The signature or the audit record does not verify: do not publish.</source>
        <translation>Chữ ký hoặc bản ghi nhật ký kiểm toán không hợp lệ: không được đăng.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="462" />
        <source>Revoked at %1</source>
        <translation>Đã thu hồi lúc %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="533" />
        <source>Already approved</source>
        <translation>Đã được phê duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="534" />
        <source>Version %1 of this clip was already approved by %2 at %3, and that approval is valid. Sign another approval of the same version?</source>
        <translation>Phiên bản %1 của clip này đã được %2 phê duyệt lúc %3 và phê duyệt đó đang hợp lệ. Ký thêm một phê duyệt cho cùng phiên bản?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="537" />
        <source>Sign again</source>
        <translation>Ký lại</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="538" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="592" />
        <location filename="../../reviewer/ui/decision_panel.py" line="596" />
        <source>Meaning of the signature: %1</source>
        <translation>Ý nghĩa chữ ký: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="607" />
        <source>Watched by you: %1</source>
        <translation>Bạn đã xem: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="612" />
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="614" />
        <source>Recommend approval &amp;&amp; sign…</source>
        <translation>Đề xuất phê duyệt và ký…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="616" />
        <source>Approve &amp;&amp; sign…</source>
        <translation>Phê duyệt và ký…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="617" />
        <source>Reason — required to request changes, reject or revoke (Ctrl+Shift+R)</source>
        <translation>Lý do — bắt buộc khi yêu cầu sửa, từ chối hoặc thu hồi (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="620" />
        <source>What must change, or why it cannot be published</source>
        <translation>Cần sửa gì, hoặc vì sao không thể đăng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="621" />
        <source>Request changes…</source>
        <translation>Yêu cầu sửa…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="622" />
        <source>Reject…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="623" />
        <source>Revoke…</source>
        <translation>Thu hồi…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="63" />
        <source>Ingested</source>
        <translation>Nhập clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="64" />
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="65" />
        <source>Viewing</source>
        <translation>Xem clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="66" />
        <source>Checklist</source>
        <translation>Kiểm duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="67" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="68" />
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="69" />
        <source>Sign-off</source>
        <translation>Ký duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="70" />
        <source>Revocation</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="71" />
        <source>Export</source>
        <translation>Xuất gói</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="72" />
        <source>Checkpoint</source>
        <translation>Điểm chốt nhật ký</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="73" />
        <source>Key enrolled</source>
        <translation>Cấp khóa ký</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="74" />
        <source>Key retired</source>
        <translation>Ngừng sử dụng khóa</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="75" />
        <source>Policy changed</source>
        <translation>Đổi quy định</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="76" />
        <source>Wrong passphrase</source>
        <translation>Sai cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="77" />
        <source>Signing locked</source>
        <translation>Tạm khóa ký</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="296" />
        <source>%1 events in the audit trail of this clip, %2 signed; newest first.</source>
        <translation>%1 sự kiện trong nhật ký kiểm toán của clip này, %2 sự kiện có chữ ký số; mới nhất ở trên.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="308" />
        <source>(payload unreadable)</source>
        <translation>(không đọc được nội dung)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="333" />
        <location filename="../../reviewer/ui/history_panel.py" line="335" />
        <source>Version %1: %2</source>
        <translation>Phiên bản %1: %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="337" />
        <source>Version %1: %2 answers — %3 pass · %4 fail · %5 N/A</source>
        <translation>Phiên bản %1: %2 câu trả lời — %3 đạt · %4 không đạt · %5 không áp dụng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="347" />
        <source>Version %1: %2, caption files: %3, SHA-256 %4…</source>
        <translation>Phiên bản %1: %2, số tệp phụ đề: %3, SHA-256 %4…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="351" />
        <source>Version %1: watched %2 in this session, %3 in all</source>
        <translation>Phiên bản %1: xem %2 trong phiên này, tổng cộng %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="357" />
        <source>Version %1 at %2: “%3”</source>
        <translation>Phiên bản %1, tại %2: “%3”</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="362" />
        <source>%1 of version %2 (%3), %4</source>
        <translation>%1 phiên bản %2 (%3), %4</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="366" />
        <source>%1 of version %2, %3</source>
        <translation>%1 phiên bản %2, %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="372" />
        <source>Approval of version %1 revoked: “%2”</source>
        <translation>Thu hồi phê duyệt phiên bản %1: “%2”</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="374" />
        <source>signature %1</source>
        <translation>chữ ký %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="377" />
        <source>Package of version %1 exported to %2</source>
        <translation>Đã xuất gói phiên bản %1 tới %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="397" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="398" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="399" />
        <source>By</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="400" />
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="402" />
        <source>Verify again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="403" />
        <source>Check every signature and re-hash the files the sign-offs name</source>
        <translation>Kiểm tra mọi chữ ký và tính lại mã băm các tệp đã được ký duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="404" />
        <source>The history of the clip under review appears here.</source>
        <translation>Lịch sử của clip đang duyệt hiển thị ở đây.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="286" />
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="287" />
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="288" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="289" />
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="290" />
        <source>Meaning</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="291" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="292" />
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="293" />
        <source>Clip SHA-256</source>
        <translation>SHA-256 của clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="294" />
        <source>Watched</source>
        <translation>Đã xem</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="295" />
        <source>Checklist</source>
        <translation>Danh mục kiểm duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="296" />
        <source>Not passed, or with a note</source>
        <translation>Mục không đạt hoặc có ghi chú</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="297" />
        <source>Open notes</source>
        <translation>Ghi chú chưa xử lý</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="298" />
        <source>Revokes</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="299" />
        <source>Record SHA-256</source>
        <translation>SHA-256 của bản ghi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="300" />
        <source>Time of signing</source>
        <translation>Thời điểm ký</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="301" />
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="306" />
        <source>Sign the revocation</source>
        <translation>Ký thu hồi phê duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="307" />
        <source>You are about to revoke this approval</source>
        <translation>Bạn sắp thu hồi phê duyệt này</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="309" />
        <source>Sign the decision</source>
        <translation>Ký quyết định</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="310" />
        <source>You are about to sign this decision</source>
        <translation>Bạn sắp ký quyết định này</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="314" />
        <source>%1 (recommendation: only a head approves)</source>
        <translation>%1 (đề xuất: chỉ lãnh đạo mới phê duyệt)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="317" />
        <source>%1 — %2, version %3</source>
        <translation>%1 — %2, phiên bản %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="321" />
        <source>approval of version %1 signed by %2 at %3</source>
        <translation>phê duyệt phiên bản %1 do %2 ký lúc %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="329" />
        <source>By entering your passphrase you sign the facts above with your own key. The signature binds you to this decision like your handwritten signature.</source>
        <translation>Khi nhập cụm mật khẩu, bạn ký các thông tin trên bằng khóa của chính mình. Chữ ký số này ràng buộc bạn với quyết định như chữ ký tay.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="332" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="333" />
        <source>Your signing passphrase</source>
        <translation>Cụm mật khẩu ký số của bạn</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="334" />
        <source>Sign (Ctrl+Enter)</source>
        <translation>Ký (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="335" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="336" />
        <location filename="../../reviewer/ui/sign_dialog.py" line="497" />
        <source>The passphrase is asked at every signing.</source>
        <translation>Mỗi lần ký đều phải nhập cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="352" />
        <source>none: every item passed, without notes</source>
        <translation>không có: mọi mục đều đạt, không có ghi chú</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="365" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="380" />
        <source>%1 (%2) — recorded when you sign</source>
        <translation>%1 (%2) — ghi nhận đúng lúc bạn ký</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="441" />
        <source>Press Ctrl+Enter to sign.</source>
        <translation>Nhấn Ctrl+Enter để ký.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="449" />
        <source>Enter your passphrase to sign.</source>
        <translation>Nhập cụm mật khẩu để ký.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="462" />
        <source>A new version of this clip has arrived since this dialog opened. Close it and review the new version.</source>
        <translation>Clip vừa có phiên bản mới sau khi mở hộp thoại này. Hãy đóng hộp thoại và duyệt phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="468" />
        <source>Signing…</source>
        <translation>Đang ký…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="508" />
        <source>Wrong passphrase. %1 of %2 attempts left before signing locks for %3.</source>
        <translation>Sai cụm mật khẩu. Còn %1/%2 lần thử trước khi bị tạm khóa ký %3.</translation>
    </message>
</context>
<context>
    <name>Signoff</name>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="42" />
        <source>Pass</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="43" />
        <source>Fail</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="44" />
        <source>N/A</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="51" />
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="52" />
        <source>Request changes</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="53" />
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="54" />
        <source>Revoke the approval</source>
        <translation>Thu hồi phê duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="61" />
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="62" />
        <source>Changes requested</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="63" />
        <source>Rejection</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="64" />
        <source>Recommendation</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="65" />
        <source>Revocation</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="72" />
        <source>No approval yet</source>
        <translation>Chưa có phê duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="73" />
        <source>Approval valid</source>
        <translation>Phê duyệt hợp lệ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="74" />
        <source>File changed since approval</source>
        <translation>Tệp đã thay đổi sau khi phê duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="75" />
        <source>Approval invalid</source>
        <translation>Phê duyệt không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="76" />
        <source>Approval revoked</source>
        <translation>Phê duyệt đã bị thu hồi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="83" />
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="84" />
        <source>file changed</source>
        <translation>tệp đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="85" />
        <source>invalid</source>
        <translation>không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="86" />
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="93" />
        <source>Head (approves)</source>
        <translation>Lãnh đạo (phê duyệt)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="94" />
        <source>Editor (recommends)</source>
        <translation>Biên tập viên (đề xuất)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="101" />
        <source>signed in the desk</source>
        <translation>ký tại bàn duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="102" />
        <source>signed on the command line</source>
        <translation>ký bằng dòng lệnh</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="133" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="140" />
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="142" />
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="143" />
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="160" />
        <source>%1/%2 answered: %3 pass · %4 fail · %5 N/A</source>
        <translation>Đã trả lời %1/%2: %3 đạt · %4 không đạt · %5 không áp dụng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="177" />
        <source>Checklist not finished: %1 of %2 items not answered yet</source>
        <translation>Chưa hoàn tất kiểm duyệt: còn %1/%2 mục chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="180" />
        <source>Blocking item failed: %1</source>
        <translation>Mục bắt buộc không đạt: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="187" />
        <source>You have watched %1 of version %2; watch the whole clip before approving</source>
        <translation>Bạn mới xem %1 phiên bản %2; hãy xem hết clip trước khi phê duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="196" />
        <source>Signing is locked after too many wrong passphrases; try again in %1 (at %2)</source>
        <translation>Đang tạm khóa ký do nhập sai cụm mật khẩu quá nhiều lần; thử lại sau %1 (lúc %2)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="204" />
        <source>%1 has no signing key. An administrator creates one with: reviewer keys init --principal %1</source>
        <translation>%1 chưa có khóa ký. Quản trị viên tạo khóa bằng lệnh: reviewer keys init --principal %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="212" />
        <source>Write the reason first: requesting changes needs a reason.</source>
        <translation>Hãy nhập lý do trước: yêu cầu sửa cần có lý do.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="213" />
        <source>Write the reason first: a rejection needs a reason.</source>
        <translation>Hãy nhập lý do trước: từ chối cần có lý do.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="214" />
        <source>Write the reason first: revoking an approval needs a reason.</source>
        <translation>Hãy nhập lý do trước: thu hồi phê duyệt cần có lý do.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="215" />
        <source>Write the reason first.</source>
        <translation>Hãy nhập lý do trước.</translation>
    </message>
</context>
<context>
    <name>SignoffDesk</name>
    <message>
        <location filename="../../reviewer/ui/signoff_integration.py" line="141" />
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_integration.py" line="100" />
        <source>Signed: %1 of %2 (version %3).</source>
        <translation>Đã ký: %1 cho %2 (phiên bản %3).</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_integration.py" line="30" />
        <source>No one is enrolled: set up the station first (status bar → No one is enrolled).</source>
        <translation>Chưa có ai được đăng ký: hãy thiết lập đài trước (thanh trạng thái → Chưa có ai được đăng ký).</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_integration.py" line="31" />
        <source>Choose who is at the desk first (status bar → Who is at the desk?).</source>
        <translation>Hãy chọn người ngồi bàn duyệt trước (thanh trạng thái → Ai đang ngồi bàn duyệt?).</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_integration.py" line="134" />
        <source>Checklist</source>
        <translation>Kiểm duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_integration.py" line="136" />
        <source>Checklist %1/%2</source>
        <translation>Kiểm duyệt %1/%2</translation>
    </message>
</context>
</TS>
