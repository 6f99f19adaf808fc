<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Set up the station</source>
        <translation>Thiết lập Đài</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>This library has no station key yet. The station key certifies who is a head (who may approve) and who is an editor; only whoever holds its passphrase can enrol, retire or revoke signers. Keep that passphrase apart from everyone's signing passphrase.</source>
        <translation>Thư viện này chưa có khóa gốc của Đài. Khóa gốc của Đài xác nhận ai là lãnh đạo phê duyệt (được phê duyệt) và ai là biên tập viên; chỉ người giữ cụm mật khẩu của khóa gốc mới cấp, ngừng sử dụng hoặc thu hồi khóa ký. Giữ cụm mật khẩu này tách biệt với cụm mật khẩu ký của từng người.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Nobody is enrolled yet: enrol the first signer with the station passphrase.</source>
        <translation>Chưa có ai được cấp khóa ký: cấp khóa cho người ký đầu tiên bằng cụm mật khẩu của khóa gốc của Đài.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Station key</source>
        <translation>Khóa gốc của Đài</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Station name</source>
        <translation>Tên Đài</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Station passphrase</source>
        <translation>Cụm mật khẩu của khóa gốc</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Repeat it</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>First signer</source>
        <translation>Người ký đầu tiên</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Identity (principal)</source>
        <translation>Định danh (principal)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Printed name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Signing passphrase</source>
        <translation>Cụm mật khẩu ký</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>head (approves)</source>
        <translation>lãnh đạo phê duyệt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>editor (recommends)</source>
        <translation>biên tập viên (đề xuất)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>The two station passphrases differ.</source>
        <translation>Hai lần nhập cụm mật khẩu của khóa gốc không khớp.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>The two signing passphrases differ.</source>
        <translation>Hai lần nhập cụm mật khẩu ký không khớp.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/first_run.py" />
        <source>%1 is enrolled. Publish the station's trust file: reviewer station trust</source>
        <translation>Đã cấp khóa ký cho %1. Hãy công bố tệp tin cậy của Đài: reviewer station trust</translation>
    </message>
</context>
</TS>
