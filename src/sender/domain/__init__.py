"""Plain dataclasses and rules of Sender's domain. No I/O here."""
