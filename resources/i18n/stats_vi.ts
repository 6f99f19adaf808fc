<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>EffectivenessView</name>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="130" />
      <location filename="../../reviewer/ui/stats_view.py" line="459" />
      <source>Political</source>
      <translation>Chính trị</translation>
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
      <translation>Tiêu đề</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="145" />
      <source>Platforms</source>
      <translation>Nền tảng</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="146" />
      <location filename="../../reviewer/ui/stats_view.py" line="498" />
      <source>Published</source>
      <translation>Đăng phát lúc</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="147" />
      <location filename="../../reviewer/ui/stats_view.py" line="452" />
      <location filename="../../reviewer/ui/stats_view.py" line="499" />
      <source>Views</source>
      <translation>Lượt xem</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="148" />
      <location filename="../../reviewer/ui/stats_view.py" line="453" />
      <location filename="../../reviewer/ui/stats_view.py" line="461" />
      <source>Reach</source>
      <translation>Lượt tiếp cận</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="149" />
      <source>Reactions, comments, shares</source>
      <translation>Cảm xúc, bình luận, chia sẻ</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="150" />
      <location filename="../../reviewer/ui/stats_view.py" line="463" />
      <source>Engagement rate</source>
      <translation>Tỷ lệ tương tác</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="151" />
      <source>Watch-through</source>
      <translation>Tỷ lệ xem hết</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="152" />
      <source>Political clip</source>
      <translation>Clip chính trị</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="153" />
      <location filename="../../reviewer/ui/stats_view.py" line="646" />
      <source>Topic</source>
      <translation>Chủ đề</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="154" />
      <source>Author</source>
      <translation>Tác giả</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="340" />
      <source>Last 7 days</source>
      <translation>7 ngày qua</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="340" />
      <source>Last 30 days</source>
      <translation>30 ngày qua</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="341" />
      <source>This month</source>
      <translation>Tháng này</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="341" />
      <source>Last month</source>
      <translation>Tháng trước</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="342" />
      <source>All time</source>
      <translation>Toàn bộ</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="342" />
      <source>From – to</source>
      <translation>Từ ngày – đến ngày</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="347" />
      <source>All platforms</source>
      <translation>Mọi nền tảng</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="348" />
      <source>Political and other</source>
      <translation>Clip chính trị và clip khác</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="348" />
      <source>Political clips</source>
      <translation>Clip chính trị</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="349" />
      <source>Other clips</source>
      <translation>Clip khác</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="352" />
      <location filename="../../reviewer/ui/stats_view.py" line="429" />
      <source>All topics</source>
      <translation>Mọi chủ đề</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="409" />
      <source>Cannot compute the numbers</source>
      <translation>Không tính được số liệu</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="440" />
      <source>&lt;b&gt;%1&lt;/b&gt; clips published · views &lt;b&gt;%2&lt;/b&gt; · reach &lt;b&gt;%3&lt;/b&gt; · engagement rate &lt;b&gt;%4&lt;/b&gt; · watch-through &lt;b&gt;%5&lt;/b&gt;</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; clip đã đăng phát · lượt xem &lt;b&gt;%2&lt;/b&gt; · lượt tiếp cận &lt;b&gt;%3&lt;/b&gt; · tỷ lệ tương tác &lt;b&gt;%4&lt;/b&gt; · tỷ lệ xem hết &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="454" />
      <source>Views and reach by platform</source>
      <translation>Lượt xem và lượt tiếp cận theo nền tảng</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="459" />
      <source>Other</source>
      <translation>Khác</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="477" />
      <source>Audience online and our publications by hour</source>
      <translation>Công chúng trực tuyến và giờ đăng phát của Đài</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="478" />
      <source>Clips published</source>
      <translation>Clip đã đăng phát</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="478" />
      <source>Active followers</source>
      <translation>Người theo dõi đang hoạt động</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="479" />
      <source>Views per clip by hour of publication</source>
      <translation>Lượt xem mỗi clip theo giờ đăng phát</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="485" />
      <source>Top clips by reach</source>
      <translation>Clip có lượt tiếp cận cao nhất</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="485" />
      <source>Top clips by views</source>
      <translation>Clip có lượt xem cao nhất</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="498" />
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="498" />
      <location filename="../../reviewer/ui/stats_view.py" line="644" />
      <source>Platform</source>
      <translation>Nền tảng</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="500" />
      <source>Best suggestion</source>
      <translation>Gợi ý tốt nhất</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="500" />
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="503" />
      <source>%1 (score %2)</source>
      <translation>%1 (điểm %2)</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="523" />
      <source>%1 — suggested (score %2)</source>
      <translation>%1 — gợi ý (điểm %2)</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="544" />
      <source>Cannot match the row</source>
      <translation>Không gán được dòng</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="546" />
      <source>Row %1 tied to %2 (%3 rows across snapshots).</source>
      <translation>Đã gán dòng %1 cho %2 (%3 dòng qua các lần xuất).</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="557" />
      <source>h</source>
      <translation>giờ</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="559" />
      <source>The review in this period</source>
      <translation>Quá trình duyệt trong kỳ</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="560" />
      <source>%1 clips vetted: %2 approved, %3 sent back for changes, %4 rejected.</source>
      <translation>%1 clip được kiểm duyệt: %2 phê duyệt, %3 yêu cầu sửa, %4 từ chối.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="563" />
      <source>From ingest to the head's decision: median %1 %3, mean %2 %3.</source>
      <translation>Từ lúc nhận clip đến quyết định của lãnh đạo: trung vị %1 %3, trung bình %2 %3.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="565" />
      <source>Rounds of changes per clip: mean %1, most %2.</source>
      <translation>Số vòng yêu cầu sửa mỗi clip: trung bình %1, nhiều nhất %2.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="567" />
      <source>From approval to publication: median %1 %2.</source>
      <translation>Từ phê duyệt đến đăng phát: trung vị %1 %2.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="571" />
      <source>Failed checklist items</source>
      <translation>Mục kiểm duyệt không đạt</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="574" />
      <source>Approved but never published: %1</source>
      <translation>Đã phê duyệt nhưng chưa đăng phát: %1</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="581" />
      <source>Who follows and watches</source>
      <translation>Ai theo dõi và xem</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="582" />
      <source>Aggregates the platforms give; nothing about any person.</source>
      <translation>Số liệu tổng hợp do nền tảng cung cấp; không có thông tin về cá nhân nào.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="585" />
      <source>No audience file imported yet.</source>
      <translation>Chưa nhập tệp công chúng nào.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="592" />
      <source>%1: followers online most at %2.</source>
      <translation>%1: người theo dõi trực tuyến đông nhất lúc %2.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="596" />
      <source>Our clips do best when published at %1.</source>
      <translation>Clip của Đài hiệu quả nhất khi đăng phát lúc %1.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="608" />
      <source>Import platform export files</source>
      <translation>Nhập tệp xuất của các nền tảng</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="609" />
      <source>Exports (*.csv *.zip);;All files (*)</source>
      <translation>Tệp xuất (*.csv *.zip);;Mọi tệp (*)</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="620" />
      <source>Cannot import</source>
      <translation>Không nhập được</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="624" />
      <source>Not imported: %1</source>
      <translation>Không nhập: %1</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="626" />
      <source>%1: %2 rows, %3 matched, %4 unmatched (%5).</source>
      <translation>%1: %2 dòng, %3 đã khớp, %4 chưa khớp (%5).</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="634" />
      <source>Overview</source>
      <translation>Tổng quan</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="634" />
      <location filename="../../reviewer/ui/stats_view.py" line="645" />
      <source>Clips</source>
      <translation>Clip</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="635" />
      <source>Unmatched (%1)</source>
      <translation>Chưa khớp (%1)</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="635" />
      <source>Unmatched</source>
      <translation>Chưa khớp</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="636" />
      <source>Review</source>
      <translation>Quá trình duyệt</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="636" />
      <source>Audience</source>
      <translation>Công chúng</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="642" />
      <source>Effectiveness</source>
      <translation>Hiệu quả</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="643" />
      <source>Period</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="647" />
      <source>Import exports…</source>
      <translation>Nhập tệp xuất…</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="648" />
      <source>Refresh</source>
      <translation>Làm mới</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="650" />
      <source>Tie to this clip</source>
      <translation>Gán cho clip này</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="651" />
      <source>Rows of the platforms' exports that no recorded publication or clip code claimed. Suggestions come from the publish time, the duration and the title; tie each row to its clip yourself (the choice is recorded in the audit trail).</source>
      <translation>Các dòng trong tệp xuất của nền tảng chưa khớp với bài đã đăng nào hay mã clip nào. Gợi ý dựa trên giờ đăng, thời lượng và tiêu đề; hãy tự gán từng dòng cho đúng clip (lựa chọn được ghi vào nhật ký kiểm toán).</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="670" />
      <source>Age and gender</source>
      <translation>Độ tuổi và giới tính</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="670" />
      <source>Cities</source>
      <translation>Thành phố</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="671" />
      <source>Countries</source>
      <translation>Quốc gia</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="671" />
      <source>Gender</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="672" />
      <source>Subscription status</source>
      <translation>Trạng thái đăng ký kênh</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_view.py" line="672" />
      <source>Age</source>
      <translation>Độ tuổi</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="46" />
      <source>Record a publication</source>
      <translation>Ghi nhận đăng phát</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="48" />
      <source>Where and when did the approved version of “%1” go out?</source>
      <translation>Phiên bản đã phê duyệt của “%1” được đăng phát ở đâu, lúc nào?</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="61" />
      <source>Platform</source>
      <translation>Nền tảng</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="62" />
      <source>Address of the post</source>
      <translation>Địa chỉ bài đăng</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="63" />
      <source>Published at</source>
      <translation>Đăng phát lúc</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="70" />
      <source>Record</source>
      <translation>Ghi nhận</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/publish_dialog.py" line="71" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
  </context>
  <context>
    <name>StatsDesk</name>
    <message>
      <location filename="../../reviewer/ui/stats_integration.py" line="90" />
      <source>%1 is not approved: only an approved clip can be published.</source>
      <translation>%1 chưa được phê duyệt: chỉ clip đã phê duyệt mới được đăng phát.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_integration.py" line="99" />
      <source>Already recorded: %1 on %2.</source>
      <translation>Đã ghi nhận trước đó: %1 trên %2.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_integration.py" line="100" />
      <source>Publication recorded: %1 on %2.</source>
      <translation>Đã ghi nhận đăng phát: %1 trên %2.</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_integration.py" line="106" />
      <source>Effectiveness…</source>
      <translation>Hiệu quả…</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_integration.py" line="107" />
      <source>Record publication…</source>
      <translation>Ghi nhận đăng phát…</translation>
    </message>
    <message>
      <location filename="../../reviewer/ui/stats_integration.py" line="111" />
      <source>Publications and statistics</source>
      <translation>Đăng phát và số liệu</translation>
    </message>
  </context>
</TS>