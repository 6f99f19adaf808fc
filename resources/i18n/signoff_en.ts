<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="432" />
        <source>Why does it fail? (note)</source>
        <translation>Why does it fail? (note)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="434" />
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="395" />
        <source>Choose a clip in the queue to fill in its checklist.</source>
        <translation>Choose a clip in the queue to fill in its checklist.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="102" />
        <source>Note written when the answer was %1:</source>
        <translation>Note written when the answer was %1:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="419" />
        <source>%1 · item %2 of %3</source>
        <translation>%1 · item %2 of %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="454" />
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="456" />
        <source>%1 failed (%2 blocking)</source>
        <translation>%1 failed (%2 blocking)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="580" />
        <source>The answer changes</source>
        <translation>The answer changes</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="582" />
        <source>This item had the note “%1”, written when it was %2. Keep the note with the new answer %3?</source>
        <translation>This item had the note “%1”, written when it was %2. Keep the note with the new answer %3?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="585" />
        <source>Keep the note</source>
        <translation>Keep the note</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="586" />
        <source>Clear the note</source>
        <translation>Clear the note</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="587" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="673" />
        <source>%1 (key %2)</source>
        <translation>%1 (key %2)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="674" />
        <source>Blocking</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="675" />
        <source>Blocking item: a Fail here blocks approval.</source>
        <translation>Blocking item: a Fail here blocks approval.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="677" />
        <source>Keys: 1 Pass · 2 Fail · 3 N/A, then on to the next open item · ↑↓ other items · Tab note</source>
        <translation>Keys: 1 Pass · 2 Fail · 3 N/A, then on to the next open item · ↑↓ other items · Tab note</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="459" />
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="461" />
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/checklist_panel.py" line="471" />
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="356" />
        <location filename="../../reviewer/ui/decision_panel.py" line="362" />
        <source>No clip under review.</source>
        <translation>No clip under review.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="358" />
        <source>Choose who is at the desk first.</source>
        <translation>Choose who is at the desk first.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="407" />
        <source>Approval is not possible yet:</source>
        <translation>Approval is not possible yet:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="450" />
        <source>%1 of version %2</source>
        <translation>%1 of version %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="458" />
        <source>The clip, a caption file or the post text no longer has the signed bytes.</source>
        <translation>The clip, a caption file or the post text no longer has the signed bytes.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="460" />
        <source>The signature or the audit record does not verify: do not publish.</source>
        <translation>The signature or the audit record does not verify: do not publish.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="462" />
        <source>Revoked at %1</source>
        <translation>Revoked at %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="533" />
        <source>Already approved</source>
        <translation>Already approved</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="534" />
        <source>Version %1 of this clip was already approved by %2 at %3, and that approval is valid. Sign another approval of the same version?</source>
        <translation>Version %1 of this clip was already approved by %2 at %3, and that approval is valid. Sign another approval of the same version?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="537" />
        <source>Sign again</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="538" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="592" />
        <location filename="../../reviewer/ui/decision_panel.py" line="596" />
        <source>Meaning of the signature: %1</source>
        <translation>Meaning of the signature: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="607" />
        <source>Watched by you: %1</source>
        <translation>Watched by you: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="612" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="614" />
        <source>Recommend approval &amp;&amp; sign…</source>
        <translation>Recommend approval &amp;&amp; sign…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="616" />
        <source>Approve &amp;&amp; sign…</source>
        <translation>Approve &amp;&amp; sign…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="617" />
        <source>Reason — required to request changes, reject or revoke (Ctrl+Shift+R)</source>
        <translation>Reason — required to request changes, reject or revoke (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="620" />
        <source>What must change, or why it cannot be published</source>
        <translation>What must change, or why it cannot be published</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="621" />
        <source>Request changes…</source>
        <translation>Request changes…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="622" />
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/decision_panel.py" line="623" />
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="63" />
        <source>Ingested</source>
        <translation>Ingested</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="64" />
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="65" />
        <source>Viewing</source>
        <translation>Viewing</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="66" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="67" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="68" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="69" />
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="70" />
        <source>Revocation</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="71" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="72" />
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="73" />
        <source>Key enrolled</source>
        <translation>Key enrolled</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="74" />
        <source>Key retired</source>
        <translation>Key retired</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="75" />
        <source>Policy changed</source>
        <translation>Policy changed</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="76" />
        <source>Wrong passphrase</source>
        <translation>Wrong passphrase</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="77" />
        <source>Signing locked</source>
        <translation>Signing locked</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="296" />
        <source>%1 events in the audit trail of this clip, %2 signed; newest first.</source>
        <translation>%1 events in the audit trail of this clip, %2 signed; newest first.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="308" />
        <source>(payload unreadable)</source>
        <translation>(payload unreadable)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="333" />
        <location filename="../../reviewer/ui/history_panel.py" line="335" />
        <source>Version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="337" />
        <source>Version %1: %2 answers — %3 pass · %4 fail · %5 N/A</source>
        <translation>Version %1: %2 answers — %3 pass · %4 fail · %5 N/A</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="347" />
        <source>Version %1: %2, caption files: %3, SHA-256 %4…</source>
        <translation>Version %1: %2, caption files: %3, SHA-256 %4…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="351" />
        <source>Version %1: watched %2 in this session, %3 in all</source>
        <translation>Version %1: watched %2 in this session, %3 in all</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="357" />
        <source>Version %1 at %2: “%3”</source>
        <translation>Version %1 at %2: “%3”</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="362" />
        <source>%1 of version %2 (%3), %4</source>
        <translation>%1 of version %2 (%3), %4</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="366" />
        <source>%1 of version %2, %3</source>
        <translation>%1 of version %2, %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="372" />
        <source>Approval of version %1 revoked: “%2”</source>
        <translation>Approval of version %1 revoked: “%2”</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="374" />
        <source>signature %1</source>
        <translation>signature %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="377" />
        <source>Package of version %1 exported to %2</source>
        <translation>Package of version %1 exported to %2</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="397" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="398" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="399" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="400" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="402" />
        <source>Verify again</source>
        <translation>Verify again</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="403" />
        <source>Check every signature and re-hash the files the sign-offs name</source>
        <translation>Check every signature and re-hash the files the sign-offs name</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/history_panel.py" line="404" />
        <source>The history of the clip under review appears here.</source>
        <translation>The history of the clip under review appears here.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="286" />
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="287" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="288" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="289" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="290" />
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="291" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="292" />
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="293" />
        <source>Clip SHA-256</source>
        <translation>Clip SHA-256</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="294" />
        <source>Watched</source>
        <translation>Watched</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="295" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="296" />
        <source>Not passed, or with a note</source>
        <translation>Not passed, or with a note</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="297" />
        <source>Open notes</source>
        <translation>Open notes</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="298" />
        <source>Revokes</source>
        <translation>Revokes</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="299" />
        <source>Record SHA-256</source>
        <translation>Record SHA-256</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="300" />
        <source>Time of signing</source>
        <translation>Time of signing</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="301" />
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="306" />
        <source>Sign the revocation</source>
        <translation>Sign the revocation</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="307" />
        <source>You are about to revoke this approval</source>
        <translation>You are about to revoke this approval</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="309" />
        <source>Sign the decision</source>
        <translation>Sign the decision</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="310" />
        <source>You are about to sign this decision</source>
        <translation>You are about to sign this decision</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="314" />
        <source>%1 (recommendation: only a head approves)</source>
        <translation>%1 (recommendation: only a head approves)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="317" />
        <source>%1 — %2, version %3</source>
        <translation>%1 — %2, version %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="321" />
        <source>approval of version %1 signed by %2 at %3</source>
        <translation>approval of version %1 signed by %2 at %3</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="329" />
        <source>By entering your passphrase you sign the facts above with your own key. The signature binds you to this decision like your handwritten signature.</source>
        <translation>By entering your passphrase you sign the facts above with your own key. The signature binds you to this decision like your handwritten signature.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="332" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="333" />
        <source>Your signing passphrase</source>
        <translation>Your signing passphrase</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="334" />
        <source>Sign (Ctrl+Enter)</source>
        <translation>Sign (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="335" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="336" />
        <location filename="../../reviewer/ui/sign_dialog.py" line="497" />
        <source>The passphrase is asked at every signing.</source>
        <translation>The passphrase is asked at every signing.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="352" />
        <source>none: every item passed, without notes</source>
        <translation>none: every item passed, without notes</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="365" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="380" />
        <source>%1 (%2) — recorded when you sign</source>
        <translation>%1 (%2) — recorded when you sign</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="441" />
        <source>Press Ctrl+Enter to sign.</source>
        <translation>Press Ctrl+Enter to sign.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="449" />
        <source>Enter your passphrase to sign.</source>
        <translation>Enter your passphrase to sign.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="462" />
        <source>A new version of this clip has arrived since this dialog opened. Close it and review the new version.</source>
        <translation>A new version of this clip has arrived since this dialog opened. Close it and review the new version.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="468" />
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/sign_dialog.py" line="508" />
        <source>Wrong passphrase. %1 of %2 attempts left before signing locks for %3.</source>
        <translation>Wrong passphrase. %1 of %2 attempts left before signing locks for %3.</translation>
    </message>
</context>
<context>
    <name>Signoff</name>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="42" />
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="43" />
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="44" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="51" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="52" />
        <source>Request changes</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="53" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="54" />
        <source>Revoke the approval</source>
        <translation>Revoke the approval</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="61" />
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="62" />
        <source>Changes requested</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="63" />
        <source>Rejection</source>
        <translation>Rejection</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="64" />
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="65" />
        <source>Revocation</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="72" />
        <source>No approval yet</source>
        <translation>No approval yet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="73" />
        <source>Approval valid</source>
        <translation>Approval valid</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="74" />
        <source>File changed since approval</source>
        <translation>File changed since approval</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="75" />
        <source>Approval invalid</source>
        <translation>Approval invalid</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="76" />
        <source>Approval revoked</source>
        <translation>Approval revoked</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="83" />
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="84" />
        <source>file changed</source>
        <translation>file changed</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="85" />
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="86" />
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="93" />
        <source>Head (approves)</source>
        <translation>Head (approves)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="94" />
        <source>Editor (recommends)</source>
        <translation>Editor (recommends)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="101" />
        <source>signed in the desk</source>
        <translation>signed in the desk</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="102" />
        <source>signed on the command line</source>
        <translation>signed on the command line</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="133" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="140" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="142" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="143" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="160" />
        <source>%1/%2 answered: %3 pass · %4 fail · %5 N/A</source>
        <translation>%1/%2 answered: %3 pass · %4 fail · %5 N/A</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="177" />
        <source>Checklist not finished: %1 of %2 items not answered yet</source>
        <translation>Checklist not finished: %1 of %2 items not answered yet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="180" />
        <source>Blocking item failed: %1</source>
        <translation>Blocking item failed: %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="187" />
        <source>You have watched %1 of version %2; watch the whole clip before approving</source>
        <translation>You have watched %1 of version %2; watch the whole clip before approving</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="196" />
        <source>Signing is locked after too many wrong passphrases; try again in %1 (at %2)</source>
        <translation>Signing is locked after too many wrong passphrases; try again in %1 (at %2)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="204" />
        <source>%1 has no signing key. An administrator creates one with: reviewer keys init --principal %1</source>
        <translation>%1 has no signing key. An administrator creates one with: reviewer keys init --principal %1</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="212" />
        <source>Write the reason first: requesting changes needs a reason.</source>
        <translation>Write the reason first: requesting changes needs a reason.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="213" />
        <source>Write the reason first: a rejection needs a reason.</source>
        <translation>Write the reason first: a rejection needs a reason.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="214" />
        <source>Write the reason first: revoking an approval needs a reason.</source>
        <translation>Write the reason first: revoking an approval needs a reason.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_text.py" line="215" />
        <source>Write the reason first.</source>
        <translation>Write the reason first.</translation>
    </message>
</context>
<context>
    <name>SignoffDesk</name>
    <message>
        <location filename="../../reviewer/ui/signoff_integration.py" line="141" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_integration.py" line="100" />
        <source>Signed: %1 of %2 (version %3).</source>
        <translation>Signed: %1 of %2 (version %3).</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_integration.py" line="30" />
        <source>No one is enrolled: set up the station first (status bar → No one is enrolled).</source>
        <translation>No one is enrolled: set up the station first (status bar → No one is enrolled).</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_integration.py" line="31" />
        <source>Choose who is at the desk first (status bar → Who is at the desk?).</source>
        <translation>Choose who is at the desk first (status bar → Who is at the desk?).</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_integration.py" line="134" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/signoff_integration.py" line="136" />
        <source>Checklist %1/%2</source>
        <translation>Checklist %1/%2</translation>
    </message>
</context>
</TS>
