"""The review desk: Qt widgets only (each gets its model or service in ``__init__``)."""
