"""A first name, alias or handle several attendees share, wherever it names someone
(an attribution, a presenter, an owner, the chair): one warning, naming the candidates."""

from __future__ import annotations

from ..model.mistake import Mistake


def ambiguous_name(who: str, candidates: tuple[str, ...]) -> Mistake:
    """``'Eric' may be Eric Hall or Eric Holm.``, and how to tell them apart."""
    message = f"{who!r} may be {' or '.join(candidates)}."
    words = candidates[0].split()
    hint = (
        "Write the full name, or give the person an alias of their own in the "
        f"attendance (`- {candidates[0]} (@{(words[0][0] + words[-1]).lower()})`) and "
        "write that."
    )
    return Mistake("ambiguous-name", message, hint)
