"""post_texts.hashtags: each post text's hashtags, kept beside the text

``stats summary`` groups a library's numbers by topic, and a clip's topics include its post text's
hashtags. Finding them in 100,000 post texts took 0.3 s of every summary; a post text never changes
once stored (a new text is a new version), so its hashtags are found once, when it is stored
(``reviewer.storage.library``), and kept: NFKC, case folded, without the '#', in order, once each,
separated by one space (a hashtag has none). The upgrade fills the column for the texts already
stored, with a frozen copy of the rule as of this revision (``core.stats.measures.hashtags``; a
released revision must not change when the application's code does).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 05:10:00
"""

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_HASHTAG = re.compile(r"#(\w[\w.]*)", re.UNICODE)


def _hashtags(text: str) -> str:
    if not text or "#" not in text:
        return ""
    seen: dict[str, None] = {}
    for m in _HASHTAG.finditer(unicodedata.normalize("NFKC", text)):
        seen.setdefault(m.group(1).rstrip(".").casefold(), None)
    return " ".join(seen)


def upgrade() -> None:
    with op.batch_alter_table("post_texts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hashtags", sa.Text(), nullable=False, server_default=""))
    texts = sa.table(
        "post_texts", sa.column("version_id", sa.Integer), sa.column("text", sa.Text), sa.column("hashtags", sa.Text)
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(texts.c.version_id, texts.c.text).where(texts.c.text.contains("#"))).all()
    values = [{"vid": r.version_id, "tags": tags} for r in rows if (tags := _hashtags(r.text))]
    if values:
        bind.execute(
            texts.update().where(texts.c.version_id == sa.bindparam("vid")).values(hashtags=sa.bindparam("tags")),
            values,
        )


def downgrade() -> None:
    with op.batch_alter_table("post_texts", schema=None) as batch_op:
        batch_op.drop_column("hashtags")
