"""Publications and platform statistics: pure Python, no Qt, no SQLAlchemy.

``urls`` reads a platform's post id out of a URL; ``values`` parses the numbers, dates and ids
the platforms write into their export files; ``exports`` recognises an export by its content
and parses it; ``matching`` ties export rows to publications (post id / URL, then the clip code
in the post text) and suggests the rest; ``measures`` computes the numbers the desk and the
monthly report show; ``service`` is the use case (publish, import, clip, summary, report data).
"""
