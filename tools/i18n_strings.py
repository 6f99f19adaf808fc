"""Strings the desk translates where ``pyside6-lupdate`` cannot see them, so the catalogue keeps them.

``reviewer/ui/first_run.py`` translates its texts through a one-argument helper and over tuples of
labels; lupdate only reads ``translate("Context", "literal")`` calls. This module is never imported:
``tools/i18n_merge.py`` hands it to lupdate beside ``reviewer/``. When first_run.py calls
``QCoreApplication.translate("FirstRunDialog", ...)`` with literals, delete these lines.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

FIRST_RUN = [
    QT_TRANSLATE_NOOP("FirstRunDialog", "Set up the station"),
    QT_TRANSLATE_NOOP(
        "FirstRunDialog",
        "This library has no station key yet. The station key certifies who is a head (who may "
        "approve) and who is an editor; only whoever holds its passphrase can enrol, retire or "
        "revoke signers. Keep that passphrase apart from everyone's signing passphrase.",
    ),
    QT_TRANSLATE_NOOP("FirstRunDialog", "Nobody is enrolled yet: enrol the first signer with the station passphrase."),
    QT_TRANSLATE_NOOP("FirstRunDialog", "Station key"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "Station name"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "Station passphrase"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "Repeat it"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "First signer"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "Identity (principal)"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "Printed name"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "Title"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "Role"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "Signing passphrase"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "head (approves)"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "editor (recommends)"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "Create"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "Later"),
    QT_TRANSLATE_NOOP("FirstRunDialog", "The two station passphrases differ."),
    QT_TRANSLATE_NOOP("FirstRunDialog", "The two signing passphrases differ."),
    QT_TRANSLATE_NOOP("FirstRunDialog", "%1 is enrolled. Publish the station's trust file: reviewer station trust"),
]
